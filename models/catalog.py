"""Catalog: categories, products (SPU), variants (SKU) and storefront listings."""

from enum import StrEnum

from tortoise import fields
from tortoise.indexes import Index

from models.base import TimestampedModel, money_field


class ProductStatus(StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"


class Category(TimestampedModel):
    name = fields.CharField(max_length=120)
    slug = fields.CharField(max_length=120, unique=True)
    parent = fields.ForeignKeyField(
        "models.Category", related_name="children", null=True, on_delete=fields.SET_NULL
    )

    class Meta:
        table = "catalog_category"
        indexes = (Index(fields=("parent_id",)),)


class Product(TimestampedModel):
    merchant = fields.ForeignKeyField(
        "models.Merchant", related_name="products", on_delete=fields.CASCADE
    )
    category = fields.ForeignKeyField(
        "models.Category", related_name="products", null=True, on_delete=fields.SET_NULL
    )
    name = fields.CharField(max_length=200)
    description = fields.TextField(default="")
    status = fields.CharEnumField(ProductStatus, max_length=16, default=ProductStatus.ACTIVE)
    # Lower-cased name + description + SKUs; searched with ILIKE, which a trigram GIN index
    # (created by the migration on PostgreSQL) serves without scanning every row.
    search_text = fields.TextField(default="")
    # Cheapest active variant, kept by the catalog use cases: price filters and sorting.
    price_min = money_field(null=True)
    currency = fields.CharField(max_length=3, default="CNY")
    # The visible reviews: how many, and their ratings summed (models/reviews.py keeps them).
    rating_count = fields.IntField(default=0)
    rating_sum = fields.BigIntField(default=0)
    # The freight template that prices its shipping (None: the merchant's default).
    shipping_template = fields.ForeignKeyField(
        "models.ShippingTemplate", related_name="products", null=True, on_delete=fields.SET_NULL
    )

    class Meta:
        table = "catalog_product"
        indexes = (
            Index(fields=("status", "price_min")),
            Index(fields=("merchant_id", "status")),
            Index(fields=("category_id",)),
            Index(fields=("shipping_template_id",)),
        )


class Variant(TimestampedModel):
    product = fields.ForeignKeyField(
        "models.Product", related_name="variants", on_delete=fields.CASCADE
    )
    sku = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=200, default="")
    price_amount = money_field()
    currency = fields.CharField(max_length=3, default="CNY")
    attributes = fields.JSONField(default=dict)
    status = fields.CharEnumField(ProductStatus, max_length=16, default=ProductStatus.ACTIVE)
    weight_grams = fields.IntField(default=0)  # per unit, for weight-priced freight

    class Meta:
        table = "catalog_variant"
        indexes = (Index(fields=("product_id",)),)


class Listing(TimestampedModel):
    """A product offered in a storefront."""

    product = fields.ForeignKeyField(
        "models.Product", related_name="listings", on_delete=fields.CASCADE
    )
    storefront = fields.ForeignKeyField(
        "models.Storefront", related_name="listings", on_delete=fields.CASCADE
    )

    class Meta:
        table = "catalog_listing"
        indexes = (Index(fields=("storefront_id",)),)
        unique_together = (("product", "storefront"),)
