"""Flash sales: created by the merchant's catalog staff (or admins), looked up at checkout."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal

from models.accounts import StaffRole
from models.catalog import Variant
from models.orders import InventoryMode
from models.promotions import FlashSale
from models.repository import promotions as promotions_repo
from resolvers.catalog import _price
from resolvers.errors import DomainError
from resolvers.errors import PromotionErrorCode as Code
from resolvers.permissions import Viewer, require_merchant_role, require_user


async def active_flash_sales(
    variant_ids: Iterable[int], storefront_id: int, now: datetime
) -> dict[int, FlashSale]:
    """The running sale of each variant in this storefront (one query, on every cart and
    checkout step: written out)."""
    ids = sorted(set(variant_ids))
    if not ids:
        return {}
    rows = await promotions_repo.running_flash_sales(storefront_id, now, ids)
    return {row.variant_id: row for row in rows}


async def flash_sale_create(
    viewer: Viewer,
    variant_id: int,
    *,
    price: Decimal,
    starts_at: datetime,
    ends_at: datetime,
    quantity: int,
    per_customer_limit: int = 1,
    storefront_id: int | None = None,
    name: str = "",
    inventory_mode: InventoryMode = InventoryMode.DEDUCT_ON_PAYMENT,
) -> FlashSale:
    require_user(viewer, Code)
    variant = await Variant.get_or_none(id=variant_id).select_related("product")
    own = variant is not None and viewer.merchant_id == variant.product.merchant_id
    if variant is None or not (viewer.is_admin or own):
        raise DomainError(Code.NOT_FOUND, "No such variant.", "variant")
    require_merchant_role(viewer, variant.product.merchant_id, [StaffRole.CATALOG], Code)
    if ends_at <= starts_at:
        raise DomainError(Code.INVALID_WINDOW, "The sale must end after it starts.", "endsAt")
    if quantity < 1:
        raise DomainError(Code.INVALID, "A sale has at least one unit.", "quantity")
    if per_customer_limit < 1:
        raise DomainError(Code.INVALID, "The per-customer limit is at least 1.", "perCustomerLimit")
    try:
        amount = _price(price, "price")
    except DomainError as err:
        raise DomainError(Code.INVALID, err.message, err.field)
    return await FlashSale.create(
        variant_id=variant_id,
        storefront_id=storefront_id,
        name=name[:120],
        price=amount,
        starts_at=starts_at,
        ends_at=ends_at,
        quantity=quantity,
        per_customer_limit=per_customer_limit,
        inventory_mode=inventory_mode,
    )
