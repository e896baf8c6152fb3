"""The ranges the database columns hold, so a use case can refuse a number before a statement
fails on it (PostgreSQL raises "integer out of range" / "numeric field overflow"; SQLite would
store it silently).

- ``MAX_INT32``: the ``INT`` columns (stock on hand and reserved, quantities).
- ``MAX_AMOUNT``: the money columns, ``numeric(14, 2)`` (``models.base.money_field``).
- ``MAX_UNIT_PRICE``: the highest price of one unit, chosen so that the largest order a cart
  can make (100 lines of 99 units, see ``resolvers.checkout.MAX_LINES`` and
  ``StorefrontPolicy.max_line_quantity``) plus ``SHIPPING_HEADROOM`` still fits ``MAX_AMOUNT``:
  then no subtotal, total or refund computed from prices can overflow.
"""

from __future__ import annotations

from decimal import Decimal

MAX_INT32 = 2**31 - 1
MAX_AMOUNT = Decimal("999999999999.99")
MAX_UNIT_PRICE = Decimal("99999999.99")
SHIPPING_HEADROOM = Decimal("1000000000.00")


def int32_fits(value: int) -> bool:
    """Whether ``value`` fits a signed 32-bit ``INT`` column."""
    return -MAX_INT32 - 1 <= value <= MAX_INT32


def amount_fits(value: Decimal) -> bool:
    """Whether ``value`` fits a money column (``numeric(14, 2)``)."""
    return value.is_finite() and -MAX_AMOUNT <= value <= MAX_AMOUNT
