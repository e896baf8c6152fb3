"""Orders: the enums and the error type of the domain."""

from __future__ import annotations

import strawberry

from models.orders import Actor as ActorModel
from models.orders import GroupStatus as GroupStatusModel
from models.orders import InventoryMode as InventoryModeModel
from models.orders import OrderStatus as OrderStatusModel
from resolvers.errors import OrderErrorCode
from resolvers.orders import CallOutcome
from schema.base import error_type

OrderError = error_type(OrderErrorCode, "OrderError")
OrderStatus = strawberry.enum(OrderStatusModel, name="OrderStatus")
OrderGroupStatus = strawberry.enum(GroupStatusModel, name="OrderGroupStatus")
InventoryMode = strawberry.enum(InventoryModeModel, name="InventoryMode")
OrderActor = strawberry.enum(
    ActorModel, name="OrderActor", description="The kind of party that made an order's step."
)
ConfirmationCallOutcome = strawberry.enum(
    CallOutcome,
    name="ConfirmationCallOutcome",
    description="How a confirmation call ended: CONFIRMED (to picking), NO_ANSWER (call again), "
    "DECLINED (cancelled on the customer's request, refunded).",
)
