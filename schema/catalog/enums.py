"""Catalog: the product status, storefront policy and sorting enums, and ``CatalogError``."""

from __future__ import annotations

from enum import Enum

import strawberry

from models.catalog import ProductStatus as ProductStatusModel
from models.merchants import StorefrontPolicyName
from resolvers.errors import CatalogErrorCode as Code
from schema.base import error_type

CatalogError = error_type(Code, "CatalogError")
ProductStatus = strawberry.enum(ProductStatusModel, name="ProductStatus")
StorefrontPolicy = strawberry.enum(StorefrontPolicyName, name="StorefrontPolicy")


@strawberry.enum
class ProductSortField(Enum):
    NAME = "name"
    PRICE = "price"
    CREATED_AT = "created_at"


@strawberry.enum
class SortDirection(Enum):
    ASC = "asc"
    DESC = "desc"
