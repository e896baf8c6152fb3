"""Delivery slots (docs/delivery-slots.md): a warehouse's delivery calendar, appointment orders
and the courier's deliveries. Booking a slot at checkout is ``resolvers.checkout.slots``;
giving its place back on cancellation is in ``resolvers.allocation.give_back``.

What is where:

* ``calendar`` -- ``delivery_slot_rules_set`` / ``delivery_slot_rules`` (a warehouse's rule),
  the slots it generates (``generate``, ``extend_calendars``) and ``delivery_slots``, what a
  customer may choose from;
* ``appointments`` -- ``start_due_picking``: appointment orders to PICKING at the agreed time;
* ``deliveries`` -- ``my_deliveries``: a courier's assigned parcels in slot order.
"""

from resolvers.slots.appointments import BATCH as PICKING_BATCH
from resolvers.slots.appointments import start_due_picking
from resolvers.slots.calendar import (
    CALENDAR_ROLES,
    RuleInput,
    can_manage,
    delivery_slot_rules,
    delivery_slot_rules_set,
    delivery_slots,
    extend_calendars,
    generate,
)
from resolvers.slots.deliveries import my_deliveries

__all__ = [
    "CALENDAR_ROLES",
    "PICKING_BATCH",
    "RuleInput",
    "can_manage",
    "delivery_slot_rules",
    "delivery_slot_rules_set",
    "delivery_slots",
    "extend_calendars",
    "generate",
    "my_deliveries",
    "start_due_picking",
]
