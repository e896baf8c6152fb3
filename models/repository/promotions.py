"""The promotions' hand-written statement: the flash sales running on variants, read on every
cart and checkout step."""

from __future__ import annotations

from datetime import datetime

from models import sql
from models.promotions import FlashSale

_RUNNING_SALES = """
    SELECT * FROM "promo_flash_sale"
    WHERE ("storefront_id" = $1 OR "storefront_id" IS NULL)
        AND "starts_at" <= $2 AND "ends_at" > $2 AND "variant_id" IN ({})
    ORDER BY "id"
"""


async def running_flash_sales(
    storefront_id: int, now: datetime, variant_ids: list[int]
) -> list[FlashSale]:
    """The flash sales running at ``now`` on these variants (at least one id) in the storefront
    or in every storefront, oldest first (one statement)."""
    in_list = sql.placeholders(3, len(variant_ids))
    return await sql.fetch_models(
        FlashSale, _RUNNING_SALES.format(in_list), storefront_id, now, *variant_ids
    )
