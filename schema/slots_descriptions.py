"""Descriptions of the delivery slot types and root fields (see ``schema.descriptions``)."""

from __future__ import annotations

DESCRIPTIONS: dict[str, str] = {
    "DeliverySlot.startsAt": "When the delivery window starts (UTC timestamp).",
    "DeliverySlot.endsAt": "When the delivery window ends (UTC timestamp).",
    "DeliverySlot.merchant": "The merchant whose warehouse delivers in this window.",
    "DeliverySlotChoiceInput.merchant": (
        "The global ID of a merchant with lines in the cart; each merchant at most once."
    ),
    "DeliverySlotChoiceInput.slot": (
        "The global ID of one of that merchant's slots (from `deliverySlots`), still `open`."
    ),
    "DeliverySlotRule.slotMinutes": "How long each slot lasts, in minutes (10 to 1440).",
    "DeliverySlotRule.capacity": "How many orders each generated slot takes.",
    "DeliverySlotRule.cutoffMinutes": (
        "Booking closes this many minutes before a slot starts (0: up to its start)."
    ),
    "DeliverySlotRule.pickingLeadMinutes": (
        "An appointment order moves to PICKING this many minutes before its slot starts."
    ),
    "DeliverySlotRule.opensAt": (
        "When the first slot of a day starts, `HH:MM` in the calendar's time zone."
    ),
    "DeliverySlotRule.closesAt": (
        "When the last slot of a day must end, `HH:MM` in the calendar's time zone."
    ),
    "DeliverySlotRule.timezone": (
        "The IANA time zone (`Asia/Shanghai`) the calendar's hours and dates are counted in."
    ),
    "DeliverySlotRule.horizonDays": (
        "How many local days ahead slots are generated (and bookable), 1 to 31."
    ),
    "DeliverySlotRule.active": (
        "Whether customers see the calendar's slots; inactive, the slots nobody booked are removed."
    ),
    "DeliverySlotRule.generatedUntil": (
        "The last local date slots have been generated for; null before the first generation."
    ),
    "DeliverySlotRule.warehouse": (
        "The warehouse this calendar belongs to; null when the viewer may not see it."
    ),
    "DeliverySlotRulesSetInput.warehouse": (
        "The warehouse's global ID; one of the viewer's merchant's (another is NOT_FOUND)."
    ),
    "DeliverySlotRulesSetInput.slotMinutes": "How long each slot lasts, in minutes (10 to 1440).",
    "DeliverySlotRulesSetInput.weekdays": (
        "The ISO weekdays with slots, 1 (Monday) to 7 (Sunday); every day by default."
    ),
    "DeliverySlotRulesSetInput.opensAt": (
        "When the first slot of a day starts, `HH:MM` local time; `08:00` by default."
    ),
    "DeliverySlotRulesSetInput.closesAt": (
        "When the last slot must end, `HH:MM` local time, after `opensAt` with room for one "
        "slot (at most 96 a day); `20:00` by default."
    ),
    "DeliverySlotRulesSetInput.timezone": (
        "An IANA time zone for the hours and dates; `Asia/Shanghai` by default."
    ),
    "DeliverySlotRulesSetInput.horizonDays": (
        "How many local days ahead to generate slots, 1 to 31; 7 by default."
    ),
    "DeliverySlotRulesSetInput.active": (
        "Whether customers may book it; false removes the future slots nobody booked. True by "
        "default."
    ),
    "Query.deliverySlots(storefront)": "The code of the storefront the customer shops in.",
    "Query.deliverySlots(date)": ("The day wanted, as a local date in the calendar's time zone."),
    "Query.deliverySlots(warehouse)": ("The global ID of one warehouse; give this or `merchant`."),
    "Query.deliverySlots(merchant)": (
        "The global ID of a merchant: the slots of all its warehouses; give this or `warehouse`."
    ),
    "Query.deliverySlotRules(merchant)": (
        "Platform staff: the merchant's global ID. Merchant staff: omitted, their own."
    ),
    "Query.myDeliveries(includeDone)": (
        "Also list the deliveries already delivered; false by default (only those still to "
        "deliver)."
    ),
}
