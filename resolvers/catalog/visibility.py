"""Who may see a product or a variant: the one rule for every way of fetching one by id."""

from __future__ import annotations

from models.catalog import Product, ProductStatus, Variant
from resolvers.permissions import Viewer


def may_see_unlisted(viewer: Viewer, product: Product) -> bool:
    return viewer.is_platform_staff or viewer.merchant_id == product.merchant_id


def product_visible(viewer: Viewer, product: Product | None) -> bool:
    """Active products are public; archived ones only for their merchant's staff (and admins).

    The one rule for every way of fetching a product by id (``product``, ``node``, entities),
    so the batched loaders and the single-row use case cannot disagree.
    """
    if product is None:
        return False
    return product.status == ProductStatus.ACTIVE or may_see_unlisted(viewer, product)


def variant_visible(viewer: Viewer, variant: Variant | None, product: Product | None) -> bool:
    """A variant is public when it and its product are active; otherwise staff only."""
    if variant is None or product is None or variant.product_id != product.id:
        return False
    public = variant.status == ProductStatus.ACTIVE and product.status == ProductStatus.ACTIVE
    return public or may_see_unlisted(viewer, product)
