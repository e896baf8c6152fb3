"""The types other domains hang on an order: its parcel and delivery slot (logistics), its
cases (aftersales), its lines' reviews (reviews), its pickup point (pickup) and the warehouse
it is picked in (inventory).

Logistics and aftersales build on orders (a shipment, a case is *of* an order), so orders
never imports them: it names their types by module path only, as strawberry's lazy references
(resolved when a schema is built), and lets their own types load them (``of_order``).
"""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any, get_args

import strawberry

ShipmentRef = Annotated["Shipment", strawberry.lazy("schema.logistics")]  # noqa: F821
DeliverySlotRef = Annotated["DeliverySlot", strawberry.lazy("schema.slots")]  # noqa: F821
ReviewRef = Annotated["Review", strawberry.lazy("schema.reviews.objects")]  # noqa: F821
PickupPointRef = Annotated["PickupPoint", strawberry.lazy("schema.pickup")]  # noqa: F821
WarehouseRef = Annotated["Warehouse", strawberry.lazy("schema.inventory")]  # noqa: F821
AftersalesCaseRef = Annotated[
    "AftersalesCase",  # noqa: F821
    strawberry.lazy("schema.aftersales.objects"),
]


@cache
def resolve(ref: Any) -> Any:
    """The class a lazy reference above names (its module is imported on first use; the class
    is kept, as resolving checks files on disk)."""
    forward, lazy = get_args(ref)
    return lazy.resolve_forward_ref(forward).resolve_type()
