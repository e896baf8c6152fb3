"""Confirmation by phone (seed 000's mall): the platform calls the customer of each paid order.

On a storefront whose policy has ``confirmation_call`` (the built-in ``mall``) nobody confirms
with ``order_confirm``: platform staff (admins, customer service) phone the customer and record
the call's outcome, which decides the order in the same transaction:

* ``CONFIRMED``  -- the customer confirmed: PAID -> CONFIRMED, the order goes to picking;
* ``NO_ANSWER``  -- nothing moves; the attempt is in the history, to be called again;
* ``DECLINED``   -- the customer no longer wants it: cancelled on the customer's request (stock
  back, refund queued and sent after the commit; counts as the customer's cancellation).

Every call is an order event of kind ``confirmation_call`` (who, when, outcome, note), so the
order's history (``MerchantOrder.events``) shows every attempt.
"""

from __future__ import annotations

from enum import StrEnum

from models.orders import CancelReason, MerchantOrder, OrderStatus
from resolvers.errors import DomainError, OrderErrorCode
from resolvers.orders.access import Acting, Operation, Party, order_policy
from resolvers.orders.cancellation import cancel_with_effects
from resolvers.orders.operations import clean_note, move_order, operate
from resolvers.orders.transitions import record_event
from resolvers.permissions import Viewer

Code = OrderErrorCode
S = OrderStatus
CALL_EVENT = "confirmation_call"


class CallOutcome(StrEnum):
    CONFIRMED = "confirmed"
    NO_ANSWER = "no_answer"
    DECLINED = "declined"


RECORD_CALL = Operation(
    "record a confirmation call for",
    S.CONFIRMED,
    frozenset({S.PAID}),
    (Party.PLATFORM,),
)


async def order_confirmation_call_record(
    viewer: Viewer, order_id: int, outcome: CallOutcome, note: str = ""
) -> MerchantOrder:
    """Record one call to the customer of a PAID order; its outcome confirms or cancels it."""
    note = clean_note(note, "note", required=outcome == CallOutcome.DECLINED)

    async def apply(order: MerchantOrder, acting: Acting) -> list[int]:
        policy = await order_policy(order)
        if not policy.confirmation_call:
            raise DomainError(
                Code.INVALID,
                "This storefront does not confirm orders by phone: use orderConfirm.",
                "id",
            )
        await record_event(
            order,
            CALL_EVENT,
            acting.actor,
            actor_user_id=acting.user_id,
            reason=note,
            data=acting.data(outcome=outcome.value),
        )
        if outcome == CallOutcome.CONFIRMED:
            await move_order(
                order, S.CONFIRMED, acting, reason=note or "confirmed by phone", data={"call": True}
            )
            return []
        if outcome == CallOutcome.DECLINED:
            return await cancel_with_effects(
                order, acting, CancelReason.CUSTOMER_REQUEST, note, data={"call": True}
            )
        return []

    return await operate(viewer, order_id, RECORD_CALL, apply)


async def refuse_unless_confirmed_by_call(order: MerchantOrder) -> None:
    """``order_confirm`` on a storefront that confirms by phone: refused, with the way."""
    if (await order_policy(order)).confirmation_call:
        raise DomainError(
            Code.CONFIRMATION_CALL_REQUIRED,
            "Orders of this storefront are confirmed by phoning the customer: record the call "
            "with orderConfirmationCallRecord.",
            "id",
        )
