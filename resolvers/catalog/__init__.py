"""Catalog use cases: storefront browsing and the merchant's product management.

What is where:

* ``queries`` -- storefronts, the storefront's product search (``ProductFilter``,
  ``ProductSortField``), the merchant's product list, one product or variant by id;
* ``visibility`` -- who may see a product or variant (``product_visible``, ``variant_visible``);
* ``categories`` -- the category tree: ``categories``, ``category_with_descendants``,
  ``category_create``;
* ``validation`` -- what a write carries (``ProductData``, ``VariantData``) and its checks;
* ``products`` -- ``product_create`` / ``_update`` / ``_archive`` and
  ``refresh_product_derived`` (the cheapest price and search text);
* ``variants`` -- ``variant_create`` / ``_update`` / ``_archive``.
"""

from resolvers.catalog.categories import categories, category_create, category_with_descendants
from resolvers.catalog.products import (
    product_archive,
    product_create,
    product_update,
    refresh_product_derived,
)
from resolvers.catalog.queries import (
    ProductFilter,
    ProductSortField,
    get_product,
    get_variant,
    merchant_products,
    storefront_by_code,
    storefront_products,
    storefronts,
)
from resolvers.catalog.validation import MAX_PRICE, MAX_VARIANTS, ProductData, VariantData
from resolvers.catalog.validation import parse_price as _price  # the name promotions imports
from resolvers.catalog.variants import variant_archive, variant_create, variant_update
from resolvers.catalog.visibility import product_visible, variant_visible

__all__ = [
    "MAX_PRICE",
    "MAX_VARIANTS",
    "ProductData",
    "ProductFilter",
    "ProductSortField",
    "VariantData",
    "_price",
    "categories",
    "category_create",
    "category_with_descendants",
    "get_product",
    "get_variant",
    "merchant_products",
    "product_archive",
    "product_create",
    "product_update",
    "product_visible",
    "refresh_product_derived",
    "storefront_by_code",
    "storefront_products",
    "storefronts",
    "variant_archive",
    "variant_create",
    "variant_update",
    "variant_visible",
]
