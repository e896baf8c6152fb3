"""The demo's delivery calendars: every warehouse of a merchant that sells in the grocery
storefront delivers in one-hour slots, 09:00-21:00 Shanghai time, every day.

Only the rules are written (deterministic: no dates in them); their slots are generated for
the next days the first time a calendar is read (``deliverySlots``) or the calendar job runs,
relative to that day."""

from __future__ import annotations

from models.slots import DeliverySlotRule
from plaza.demo.merchants import MERCHANTS
from plaza.demo.write_shops import ShopIds

GROCERY = "grocery"
CALENDAR = {
    "slot_minutes": 60,
    "capacity": 20,  # orders one slot takes
    "cutoff_minutes": 60,  # booking closes an hour before the slot
    "picking_lead_minutes": 90,  # appointment orders start picking 90 minutes before
    "weekdays": [1, 2, 3, 4, 5, 6, 7],
    "opens_at": "09:00",
    "closes_at": "21:00",
    "timezone": "Asia/Shanghai",
    "horizon_days": 7,
}


async def write_slots(ids: ShopIds) -> int:
    """One calendar per warehouse of each grocery merchant; returns how many."""
    rules = [
        DeliverySlotRule(
            merchant_id=ids.merchant[m.slug],
            warehouse_id=ids.warehouse[(m.slug, code)],
            **CALENDAR,
        )
        for m in MERCHANTS
        if GROCERY in m.storefronts
        for code, *_ in m.warehouses
    ]
    await DeliverySlotRule.bulk_create(rules)
    return len(rules)
