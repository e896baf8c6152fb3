"""Hand-written statements of the stock an order takes (``resolvers.allocation``).

Which stock rows hold a variant, the order's allocation rows (written in one statement, and
turned from reserved to deducted in one), and the flash-sale counters an order takes units
from: the sale's total and each customer's quota, each changed by one conditional statement.
"""

from __future__ import annotations

from datetime import datetime

from models import sql
from models.orders import Allocation

_STOCK_ROWS = """
    SELECT "id", "variant_id" FROM "inventory_stock" WHERE "variant_id" IN ({}) ORDER BY "id"
"""

# The order's reservations turn into deductions, read and changed in one statement.
_RESERVED_TO_DEDUCTED = """
    UPDATE "order_allocation" SET "state" = 'deducted', "updated_at" = $2
    WHERE "state" = 'reserved'
        AND "line_id" IN (SELECT "id" FROM "order_line" WHERE "order_id" = $1)
    RETURNING "stock_id", "quantity"
"""

# The customer's units of a sale ($1, $2) go up by $3 unless that passes the limit $4: the
# quota row is created by the first order (an upsert: no read, no savepoint).
_TAKE_QUOTA = """
    INSERT INTO "promo_flash_sale_quota" ("created_at", "updated_at", "flash_sale_id",
        "customer_id", "quantity")
    VALUES ($5, $5, $1, $2, $3)
    ON CONFLICT ("flash_sale_id", "customer_id") DO UPDATE
        SET "quantity" = "promo_flash_sale_quota"."quantity" + $3, "updated_at" = $5
        WHERE "promo_flash_sale_quota"."quantity" + $3 <= $4
    RETURNING "id"
"""
_TAKE_UNITS = """
    UPDATE "promo_flash_sale" SET "sold" = "sold" + $2
    WHERE "id" = $1 AND "sold" + $2 <= "quantity"
"""
_SALE_LINES = """
    SELECT "flash_sale_id", "quantity" FROM "order_line"
    WHERE "order_id" = $1 AND "flash_sale_id" IS NOT NULL
    ORDER BY "id"
"""
_RETURN_QUOTA = """
    UPDATE "promo_flash_sale_quota" SET "quantity" = "quantity" - $3
    WHERE "flash_sale_id" = $1 AND "customer_id" = $2 AND "quantity" >= $3
"""
_RETURN_UNITS = """
    UPDATE "promo_flash_sale" SET "sold" = "sold" - $2 WHERE "id" = $1 AND "sold" >= $2
"""


# --- stock rows and allocations -----------------------------------------------------------------


async def stock_rows_of_variants(variant_ids: list[int]) -> list[dict]:
    """The stock rows (``id``, ``variant_id``) of these variants, by id; unlocked."""
    if not variant_ids:
        return []
    return await sql.fetch(_STOCK_ROWS.format(sql.placeholders(1, len(variant_ids))), *variant_ids)


async def insert_allocations(allocations: list[Allocation]) -> None:
    """Write an order's new allocation rows (one statement per table)."""
    await sql.insert_models(allocations)


async def reservations_to_deductions(order_id: int, now: datetime) -> list[dict]:
    """Mark the order's reserved allocations deducted; their ``stock_id`` and ``quantity``."""
    return await sql.fetch(_RESERVED_TO_DEDUCTED, order_id, now)


# --- flash-sale counters ------------------------------------------------------------------------


async def take_quota(
    flash_sale_id: int, customer_id: int, quantity: int, limit: int, now: datetime
) -> bool:
    """Add ``quantity`` to the customer's units of the sale unless that passes ``limit``
    (one conditional upsert); False if it would."""
    taken = await sql.fetch(_TAKE_QUOTA, flash_sale_id, customer_id, quantity, limit, now)
    return len(taken) == 1


async def take_units(flash_sale_id: int, quantity: int) -> bool:
    """Add ``quantity`` to the sale's units sold unless that passes its cap; False if it would."""
    return await sql.execute(_TAKE_UNITS, flash_sale_id, quantity) == 1


async def sale_lines(order_id: int) -> list[dict]:
    """The order's flash-sale lines (``flash_sale_id``, ``quantity``), by line id."""
    return await sql.fetch(_SALE_LINES, order_id)


async def return_quota(flash_sale_id: int, customer_id: int, quantity: int) -> None:
    """Give ``quantity`` back to the customer's quota of the sale (never below zero)."""
    await sql.execute(_RETURN_QUOTA, flash_sale_id, customer_id, quantity)


async def return_units(flash_sale_id: int, quantity: int) -> None:
    """Give ``quantity`` back to the sale's units (never below zero sold)."""
    await sql.execute(_RETURN_UNITS, flash_sale_id, quantity)
