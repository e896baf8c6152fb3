"""Descriptions of the catalog's types (see ``schema.descriptions``)."""

from __future__ import annotations

DESCRIPTIONS: dict[str, str] = {
    # objects
    "Merchant": (
        "A seller on the platform. Its name and slug are public (shown on its products); its "
        "orders, stock and settings are seen by its own staff and platform staff only."
    ),
    "Merchant.name": "The seller's display name.",
    "Merchant.slug": "Unique URL name: 3 to 80 lowercase letters, digits and dashes.",
    "Storefront": (
        "A shop front of the platform (a mall, a grocery, a group-buy, a marketplace). Its "
        "policy decides the order life: who confirms, how orders ship, the payment deadline "
        "and the aftersales window."
    ),
    "Storefront.code": (
        "Unique code, lowercase (`mall`, `grocery`): what `products(storefront:)` and "
        "`cartCreate(storefront:)` take."
    ),
    "Storefront.name": "The storefront's display name.",
    "Storefront.policy": "The built-in policy that decides this storefront's order life.",
    "Storefront.currency": (
        "ISO 4217 code of the currency everything in this storefront is priced in."
    ),
    "Category": "A node of the public category tree, shared by every merchant.",
    "Category.name": "The category's display name.",
    "Category.slug": "Unique URL name, lowercase.",
    "Category.parent": "The enclosing category; null for a top-level one.",
    "Product": (
        "A merchant's product: what a shopper browses. Active products are public; archived "
        "ones are seen only by the merchant's staff and platform staff."
    ),
    "Product.name": "The product's name (at most 200 characters); searched by `filter.search`.",
    "Product.description": "Free text shown on the product page; may be empty.",
    "Product.status": "ACTIVE (listed and orderable) or ARCHIVED (withdrawn).",
    "Product.merchant": "The merchant selling the product.",
    "Product.category": "The product's category; null when it has none.",
    "Product.inStock": (
        "Whether an active variant has available stock (on hand above reserved) in some "
        "warehouse, as the `inStock` filter decides."
    ),
    "Variant": (
        "A purchasable version of a product (size, colour...): what a cart line holds. Public "
        "when it and its product are active; otherwise staff only."
    ),
    "Variant.sku": "The merchant's stock-keeping unit, unique across the platform (at most 64).",
    "Variant.name": "The variant's name (`Large / Blue`); may be empty.",
    "Variant.price": "The unit price, in the product's currency.",
    "Variant.attributes": (
        'Free-form JSON object of the variant\'s properties (`{"size": "L"}`), as the '
        "merchant set them; `{}` when none."
    ),
    "Variant.status": "ACTIVE (orderable) or ARCHIVED (withdrawn; staff still see it).",
    "Variant.product": "The product this variant belongs to.",
    # enums
    "ProductStatus": "Whether a product or variant is listed.",
    "ProductStatus.ACTIVE": "Listed: public and orderable.",
    "ProductStatus.ARCHIVED": "Withdrawn: hidden from shoppers, kept for orders and staff.",
    "StorefrontPolicy": "The built-in storefront policies (docs/storefronts.md).",
    "StorefrontPolicy.MALL": (
        "Platform staff confirm each paid order by phone; merchants ship by a carrier of their "
        "choice; 7-day aftersales, every case type."
    ),
    "StorefrontPolicy.GROCERY": (
        "Paid orders confirm automatically, the merchant's own fleet delivers; a 10-minute "
        "payment deadline; 2-day aftersales, refund or reship only."
    ),
    "StorefrontPolicy.GROUPBUY": (
        "Orders ship to a pickup point whose group leader (or platform staff) confirms them; "
        "3-day aftersales, refund or reship only."
    ),
    "StorefrontPolicy.MARKETPLACE": (
        "The seller confirms its orders and ships through its own carrier account; 7-day "
        "aftersales, every case type."
    ),
    "ProductSortField": "What a product listing is sorted by.",
    "ProductSortField.NAME": "The product's name (the default without a search).",
    "ProductSortField.PRICE": "The product's lowest active variant price (`priceFrom`).",
    "ProductSortField.CREATED_AT": "When the product was created.",
    "SortDirection": "Ascending or descending order.",
    "SortDirection.ASC": "Smallest first (A to Z, cheapest, oldest).",
    "SortDirection.DESC": "Largest first (Z to A, dearest, newest).",
    "CatalogErrorCode.DUPLICATE_SKU": (
        "Another variant (on the platform, or in the same input) already has this SKU."
    ),
    "CatalogErrorCode.NEGATIVE_PRICE": "A price below zero.",
    # inputs
    "ProductFilterInput": "Narrows a product listing; every condition given must hold.",
    "ProductFilterInput.category": "Products of this category or any category under it.",
    "ProductFilterInput.merchant": "Products of this merchant only.",
    "ProductFilterInput.search": (
        "Text the product's name, description or a SKU contains (case-insensitive); without "
        "`sortBy`, the best matches come first."
    ),
    "ProductFilterInput.minPrice": (
        "Products whose cheapest active variant costs at least this (storefront currency)."
    ),
    "ProductFilterInput.maxPrice": (
        "Products whose cheapest active variant costs at most this (storefront currency)."
    ),
    "ProductFilterInput.inStock": (
        "True: only products that can be ordered now; false: only those that cannot."
    ),
    "ProductSortInput": "The order of a product listing.",
    "ProductSortInput.field": "What to sort by.",
    "ProductSortInput.direction": "Ascending (default) or descending.",
    "VariantInput": "A new variant: its SKU and price, optionally a name and attributes.",
    "VariantInput.sku": "Stock-keeping unit, unique across the platform (1 to 64 characters).",
    "VariantInput.price": "The unit price; in the product's currency, never negative.",
    "VariantInput.name": "The variant's name (`Large / Blue`); empty by default.",
    "VariantInput.attributes": 'Free-form JSON object of properties (`{"size": "L"}`).',
    "ProductCreateInput.name": "The product's name (1 to 200 characters).",
    "ProductCreateInput.description": "Free text for the product page; empty by default.",
    "ProductCreateInput.category": "The category's ID; none by default.",
    "ProductCreateInput.storefronts": (
        "IDs of the storefronts to list it in; each must sell in the product's currency "
        "(CURRENCY_MISMATCH on `storefronts.<i>`)."
    ),
    "ProductCreateInput.variants": "The product's variants; SKUs must all differ.",
    "ProductCreateInput.currency": (
        "ISO 4217 code every price of the product is in; `CNY` by default."
    ),
    "ProductUpdateInput": "The product fields to change; omitted ones stay as they are.",
    "ProductUpdateInput.name": "A new name (1 to 200 characters).",
    "ProductUpdateInput.description": "A new description.",
    "ProductUpdateInput.category": "A new category's ID.",
    "ProductUpdateInput.storefronts": (
        "The full new list of storefront IDs the product is listed in (replaces the old one)."
    ),
    "VariantUpdateInput": "The variant fields to change; omitted ones stay as they are.",
    "VariantUpdateInput.sku": "A new SKU, unique across the platform.",
    "VariantUpdateInput.name": "A new name.",
    "VariantUpdateInput.price": "A new unit price, in the product's currency.",
    "VariantUpdateInput.attributes": "New attributes (replace the old ones).",
    "CategoryCreateInput.name": "The category's name (1 to 120 characters).",
    "CategoryCreateInput.slug": "Unique URL name; stored lowercase.",
    "CategoryCreateInput.parent": "The enclosing category's ID; none for a top-level category.",
    # root fields
    "Query.storefronts": "Every storefront of the platform (public).",
    "Query.categories": "The whole category tree, flat (follow `parent`); public.",
    "Query.products(storefront)": "The storefront's code (`mall`).",
    "Query.products(filter)": "Conditions the products must meet.",
    "Query.products(sortBy)": "The order; by default best match for a search, else by name.",
    "Query.merchantProducts(merchant)": (
        "Platform staff: the merchant's ID (omitted: every merchant). Merchant staff: their "
        "own, the default (another merchant is refused)."
    ),
    "Query.merchantProducts(filter)": "Conditions the products must meet.",
    "Query.merchantProducts(includeArchived)": "Also list archived products.",
    "Query.product": (
        "A product by ID; null when there is none or the viewer may not see it (archived, for "
        "anyone but its merchant's staff and platform staff)."
    ),
    "Query.product(id)": "The product's global ID.",
    "Query.variant": (
        "A variant by ID; null when there is none or the viewer may not see it (it or its "
        "product archived)."
    ),
    "Query.variant(id)": "The variant's global ID.",
    "Mutation.productCreate": (
        "Create a product with its variants (merchant staff with the catalog role, for their "
        "merchant; platform admins for any, naming `merchant`)."
    ),
    "Mutation.productUpdate": "Change a product's fields (its merchant's catalog staff).",
    "Mutation.productUpdate(id)": "The product's global ID.",
    "Mutation.productArchive": (
        "Withdraw a product from sale: it becomes ARCHIVED, hidden from shoppers; existing "
        "orders keep it."
    ),
    "Mutation.productArchive(id)": "The product's global ID.",
    "Mutation.variantCreate": "Add a variant to a product (its merchant's catalog staff).",
    "Mutation.variantCreate(product)": "The product's global ID.",
    "Mutation.variantUpdate": "Change a variant's SKU, name, price or attributes.",
    "Mutation.variantUpdate(id)": "The variant's global ID.",
    "Mutation.variantArchive": "Withdraw a variant from sale (ARCHIVED); carts refuse it.",
    "Mutation.variantArchive(id)": "The variant's global ID.",
    "Mutation.categoryCreate": "Add a category to the tree (platform admins).",
}
