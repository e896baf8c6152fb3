"""Delivery slots at checkout: the slot the customer chose for a merchant's order, checked
before the placement's transaction, and its place taken inside it (after the stock: see
``models.repository.slots``). A placement without a slot runs none of this."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models.repository import slots as slots_repo
from models.slots import DeliverySlot, DeliverySlotRule
from resolvers.checkout.quotes import CartView
from resolvers.errors import CheckoutErrorCode as Code
from resolvers.errors import DomainError

MAX_CHOICES = 20


@dataclass(frozen=True)
class SlotChoice:
    """The slot chosen for the order of one merchant of the cart; ``field``: the input's path
    (``deliverySlots.0``) the errors name."""

    merchant_id: int
    slot_id: int
    field: str = "deliverySlots"


@dataclass(frozen=True)
class ChosenSlot:
    slot: DeliverySlot
    field: str


def hash_part(choices: list[SlotChoice]) -> dict[str, int]:
    """The choices as the placement's request hash holds them (merchant -> slot)."""
    return {str(c.merchant_id): c.slot_id for c in choices}


async def check_choices(
    choices: list[SlotChoice], view: CartView, now: datetime
) -> dict[int, ChosenSlot]:
    """The chosen slots by merchant, or the first refusal: a merchant with no order in the
    cart or named twice (INVALID), a slot that is not that merchant's (SLOT_NOT_FOUND), past
    its cut-off or of a calendar switched off (SLOT_CLOSED). Whether it is full is not read
    here: the conditional UPDATE in the transaction decides (SLOT_FULL), after the order's
    rows, so a retry of a placement that took the last place still finds its group by the
    idempotency key, as with stock."""
    if not choices:
        return {}
    if len(choices) > MAX_CHOICES:
        raise DomainError(Code.INVALID, f"At most {MAX_CHOICES} delivery slots.", "deliverySlots")
    merchants = {g.merchant_id for g in view.groups}
    seen: set[int] = set()
    for choice in choices:
        if choice.merchant_id not in merchants:
            raise DomainError(
                Code.INVALID, "The cart has no items of this merchant.", f"{choice.field}.merchant"
            )
        if choice.merchant_id in seen:
            raise DomainError(
                Code.INVALID, "One delivery slot per merchant.", f"{choice.field}.merchant"
            )
        seen.add(choice.merchant_id)
    rows = await DeliverySlot.filter(id__in=[c.slot_id for c in choices])
    slots = {s.id: s for s in rows}
    open_calendars = set(
        await DeliverySlotRule.filter(
            warehouse_id__in=sorted({s.warehouse_id for s in rows}), active=True
        ).values_list("warehouse_id", flat=True)
    ) if rows else set()  # fmt: skip
    chosen: dict[int, ChosenSlot] = {}
    for choice in choices:
        slot = slots.get(choice.slot_id)
        field = f"{choice.field}.slot"
        if slot is None or slot.merchant_id != choice.merchant_id:
            raise DomainError(Code.SLOT_NOT_FOUND, "No such delivery slot.", field)
        if slot.cutoff_at <= now or slot.warehouse_id not in open_calendars:
            raise DomainError(
                Code.SLOT_CLOSED, "This delivery slot no longer takes orders (cut-off).", field
            )
        chosen[choice.merchant_id] = ChosenSlot(slot, field)
    return chosen


async def take_places(chosen: dict[int, ChosenSlot], now: datetime) -> None:
    """One place on each chosen slot (in the placement's transaction, after the stock), in
    slot id order so two placements never wait on each other in a circle; SLOT_FULL rolls
    the whole placement back."""
    for item in sorted(chosen.values(), key=lambda c: c.slot.id):
        if not await slots_repo.take_place(item.slot.id, now):
            raise DomainError(Code.SLOT_FULL, "This delivery slot is full.", item.field)
