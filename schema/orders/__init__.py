"""Orders: order groups, merchant orders, their lines and history.

- ``enums``: the status, inventory-mode and actor enums, and ``OrderError``;
- ``objects``: the object types (``MerchantOrder``, ``OrderGroup``, ``OrderLine``, ...);
- ``related``: lazy references to the types other domains hang on an order (its ``shipment``
  from logistics, its ``aftersalesCases`` from aftersales), which orders never imports;
- ``inputs``: the mutation inputs and the listing filter; ``payloads``: what mutations return;
- ``queries``: the root ``Query`` fields; ``mutations``: the root ``Mutation`` fields.

This package re-exports the names other modules import (``from schema.orders import
MerchantOrder``), and ``types``, the entity types ``schema.build`` adds to the schema (the
object types live in ``objects``: a submodule named ``types`` would clash with that list).
"""

from schema.orders.enums import InventoryMode, OrderActor, OrderError, OrderGroupStatus, OrderStatus
from schema.orders.inputs import (
    OrderAddressInput,
    OrderAssignInput,
    OrderCancelInput,
    OrderCancelOnRequestInput,
    OrderConfirmInput,
    OrderConfirmReceiptInput,
    OrderFilterInput,
    OrderHandOverInput,
    OrderInvalidateInput,
    OrderMarkDeliveredInput,
    OrderMarkDeliveryFailedInput,
    OrderMarkPackedInput,
    OrderMarkReadyForPickupInput,
    OrderMarkReturnedInput,
    OrderReattemptDeliveryInput,
    OrderShipInput,
    OrderUpdateInput,
)
from schema.orders.mutations import Mutation
from schema.orders.objects import MerchantOrder, OrderEvent, OrderGroup, OrderLine, OrderStatusCount
from schema.orders.payloads import OrderPayload
from schema.orders.queries import Query

types = [MerchantOrder, OrderGroup]

__all__ = [
    "InventoryMode",
    "MerchantOrder",
    "Mutation",
    "OrderActor",
    "OrderAddressInput",
    "OrderAssignInput",
    "OrderCancelInput",
    "OrderCancelOnRequestInput",
    "OrderConfirmInput",
    "OrderConfirmReceiptInput",
    "OrderError",
    "OrderEvent",
    "OrderFilterInput",
    "OrderGroup",
    "OrderGroupStatus",
    "OrderHandOverInput",
    "OrderInvalidateInput",
    "OrderLine",
    "OrderMarkDeliveredInput",
    "OrderMarkDeliveryFailedInput",
    "OrderMarkPackedInput",
    "OrderMarkReadyForPickupInput",
    "OrderMarkReturnedInput",
    "OrderPayload",
    "OrderReattemptDeliveryInput",
    "OrderShipInput",
    "OrderStatus",
    "OrderStatusCount",
    "OrderUpdateInput",
    "Query",
    "types",
]
