"""A courier's deliveries: the own-fleet parcels assigned to them, in slot order."""

from __future__ import annotations

from datetime import datetime

from models.orders import MerchantOrder, OrderStatus
from models.slots import DeliverySlot
from resolvers.permissions import Viewer

S = OrderStatus
OPEN = (S.SHIPPED, S.DELIVERY_FAILED)
DONE = (S.DELIVERED, S.COMPLETED)
MAX_DELIVERIES = 200


def _order_key(order: MerchantOrder, slots: dict[int, DeliverySlot]) -> tuple:
    slot = slots.get(order.delivery_slot_id) if order.delivery_slot_id else None
    # booked slots first, by start; the orders without a slot after them, as they shipped
    return (
        slot is None,
        slot.starts_at if slot else datetime.min,
        order.shipped_at or order.created_at,
        order.id,
    )


async def my_deliveries(viewer: Viewer, include_done: bool = False) -> list[MerchantOrder]:
    """The orders of the courier's merchant whose parcel is assigned to the courier and still
    to deliver (SHIPPED, DELIVERY_FAILED; with ``include_done`` also DELIVERED, COMPLETED),
    ordered by their delivery slot's start (the latest ``MAX_DELIVERIES`` orders). Anyone who
    is not a courier has none."""
    if viewer.user_id is None or not viewer.is_courier or viewer.courier_merchant_id is None:
        return []
    statuses = [*OPEN, *DONE] if include_done else list(OPEN)
    orders = await (
        MerchantOrder.filter(
            shipment__courier_id=viewer.user_id,
            merchant_id=viewer.courier_merchant_id,
            status__in=statuses,
        )
        .order_by("-id")
        .limit(MAX_DELIVERIES)
    )
    slot_ids = {o.delivery_slot_id for o in orders if o.delivery_slot_id}
    slots = {s.id: s for s in await DeliverySlot.filter(id__in=slot_ids)} if slot_ids else {}
    return sorted(orders, key=lambda o: _order_key(o, slots))
