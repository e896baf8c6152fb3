"""Orders: what the order mutations return."""

from __future__ import annotations

import strawberry

from resolvers.errors import OrderErrorCode
from schema.base import attempt
from schema.orders.enums import OrderError
from schema.orders.objects import MerchantOrder


@strawberry.type(description="The result of an order operation: the order, or why not.")
class OrderPayload:
    order: MerchantOrder | None
    errors: list[OrderError]


async def order_payload(run) -> OrderPayload:
    """Run a use case returning an order: the order, or the domain errors it refused with."""
    row, errors = await attempt(run, OrderErrorCode)
    return OrderPayload(order=row and MerchantOrder.from_model(row), errors=errors)
