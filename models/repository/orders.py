"""Hand-written statements on merchant orders.

The order state machine's one write: the conditional UPDATE on (status, version) by which of
two racing transitions exactly one wins (``resolvers.orders.transitions.transition``).
"""

from __future__ import annotations

from typing import Any

from models import sql
from models.orders import MerchantOrder, OrderStatus

# The order as it was read, or nothing: the check and the change are one statement.
_AS_READ = '"id" = $1 AND "status" = $2 AND "version" = $3'


async def update_order_as_read(
    order_id: int, status: OrderStatus, version: int, changes: dict[str, Any]
) -> int:
    """Set ``changes`` (field name -> value) on the order and bump its version, provided it is
    still in ``status`` at ``version``. Returns how many rows changed: 1, or 0 if another
    change came first."""
    return await sql.update_fields(
        MerchantOrder,
        changes,
        _AS_READ,
        order_id,
        status.value,
        version,
        increments=("version",),
    )
