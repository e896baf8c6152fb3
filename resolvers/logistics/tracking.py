"""Tracking: a carrier's pushed events (verified by its plugin) become the shipment's timeline
-- each event once -- and move the order: DELIVERED, FAILED_ATTEMPT -> DELIVERY_FAILED,
OUT_FOR_DELIVERY / IN_TRANSIT after a failure -> SHIPPED again, RETURNED -> CANCELLED
(restocked, refunded). Each recorded event is an ``order.tracking_updated`` outbox event:
customers follow it on ``orderEvents``, partners by webhook."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from tortoise.transactions import in_transaction

from models.logistics import CarrierAccount, Shipment, TrackingEvent, TrackingStatus
from models.orders import MerchantOrder, OrderStatus
from plugins.interfaces import TrackingUpdate
from plugins.registry import get_registry
from resolvers import outbox
from resolvers.errors import DomainError
from resolvers.freight.credentials import carrier_config
from resolvers.orders import carrier_move, send_refunds

log = logging.getLogger("plaza.logistics")

# What a carrier's event does to the order (from the statuses where it applies).
_ORDER_MOVES: dict[TrackingStatus, tuple[frozenset[OrderStatus], OrderStatus]] = {
    TrackingStatus.DELIVERED: (frozenset({OrderStatus.SHIPPED}), OrderStatus.DELIVERED),
    TrackingStatus.FAILED_ATTEMPT: (
        frozenset({OrderStatus.SHIPPED}),
        OrderStatus.DELIVERY_FAILED,
    ),
    TrackingStatus.OUT_FOR_DELIVERY: (
        frozenset({OrderStatus.DELIVERY_FAILED}),
        OrderStatus.SHIPPED,
    ),
    TrackingStatus.IN_TRANSIT: (frozenset({OrderStatus.DELIVERY_FAILED}), OrderStatus.SHIPPED),
    TrackingStatus.RETURNED: (
        frozenset({OrderStatus.DELIVERY_FAILED}),
        OrderStatus.CANCELLED,
    ),
}


@dataclass
class TrackingResult:
    recorded: int = 0
    duplicates: int = 0
    unknown: int = 0  # no shipment with that carrier and number
    orders_moved: int = 0


async def receive_tracking(
    provider_code: str, headers: Mapping[str, str], body: bytes
) -> TrackingResult:
    """A carrier's push: verified by its plugin (``InvalidCallback`` if not genuine), then each
    event recorded once and applied to its order. ``LookupError`` for an unknown carrier."""
    provider = get_registry().carriers.get(provider_code)
    if provider is None:
        raise LookupError(provider_code)
    updates = provider.parse_push(dict(headers), body)
    result = TrackingResult()
    for update in sorted(updates, key=lambda u: u.occurred_at):
        await record_tracking(provider.code, update, result)
    return result


async def receive_account_tracking(
    provider_code: str, account_id: int, headers: Mapping[str, str], body: bytes
) -> TrackingResult:
    """A push to one merchant's carrier account (a tracking aggregator signing with that
    merchant's secrets): verified with them, and applied to that merchant's parcels only.
    ``LookupError`` for an unknown carrier or account."""
    provider = get_registry().carriers.get(provider_code)
    if provider is None or not hasattr(provider, "parse_account_push"):
        raise LookupError(provider_code)
    account = await CarrierAccount.get_or_none(id=account_id, provider=provider.code)
    if account is None:
        raise LookupError(account_id)
    updates = provider.parse_account_push(dict(headers), body, carrier_config(account))
    result = TrackingResult()
    for update in sorted(updates, key=lambda u: u.occurred_at):
        await record_tracking(provider.code, update, result, merchant_id=account.merchant_id)
    return result


async def record_tracking(
    provider_code: str,
    update: TrackingUpdate,
    result: TrackingResult,
    *,
    merchant_id: int | None = None,
):
    """One event: recorded with its order's move in one transaction (a repeat does nothing).
    The parcel is found by carrier and number together (unique across the platform): a push of
    one carrier never reaches a parcel another carrier -- or another merchant's range -- holds.
    ``merchant_id``: a push to that merchant's account reaches its parcels only."""
    refund_ids: list[int] = []
    scope = {} if merchant_id is None else {"merchant_id": merchant_id}
    async with in_transaction():
        shipment = (
            await Shipment.filter(
                provider=provider_code, tracking_number=update.tracking_number, **scope
            )
            .order_by("-id")
            .select_for_update()
            .first()
        )
        if shipment is None:
            result.unknown += 1
            return
        if await TrackingEvent.filter(
            shipment_id=shipment.id, provider_event_id=update.event_id
        ).exists():
            result.duplicates += 1
            return
        await TrackingEvent.create(
            shipment_id=shipment.id,
            status=update.status,
            description=update.description,
            location=update.location,
            occurred_at=update.occurred_at,
            provider_event_id=update.event_id,
        )
        result.recorded += 1
        latest = (
            await TrackingEvent.filter(shipment_id=shipment.id)
            .order_by("-occurred_at", "-id")
            .first()
        )
        await Shipment.filter(id=shipment.id).update(status=latest.status)
        order = await MerchantOrder.get(id=shipment.order_id)
        await outbox.record(
            "order.tracking_updated",
            "merchant_order",
            order.id,
            {
                "order_number": order.number,
                "group_id": order.group_id,
                "carrier": shipment.carrier_name,
                "tracking_number": shipment.tracking_number,
                "tracking_status": TrackingStatus(update.status).value,
                "description": update.description,
                "location": update.location,
                "at": update.occurred_at.isoformat(),
            },
            merchant_id=order.merchant_id,
            customer_id=order.customer_id,
        )
        refund_ids = await _apply_to_order(order, update)
        if refund_ids is not None:
            result.orders_moved += 1
    await send_refunds(refund_ids or [])


async def _apply_to_order(order: MerchantOrder, update: TrackingUpdate) -> list[int] | None:
    """Move the order if the event calls for it from its current status; the refunds to send,
    or None when it did not move (an event out of order, or one that changes nothing)."""
    move = _ORDER_MOVES.get(TrackingStatus(update.status))
    if move is None or OrderStatus(order.status) not in move[0]:
        return None
    reason = update.description or TrackingStatus(update.status).value.replace("_", " ")
    try:
        return await carrier_move(
            order,
            move[1],
            reason=reason,
            data={"tracking_number": update.tracking_number, "event_id": update.event_id},
            now=update.occurred_at if move[1] != OrderStatus.CANCELLED else None,
        )
    except DomainError as err:  # a concurrent change won: the event stays recorded
        log.info("tracking event %s did not move order %s: %s", update.event_id, order.id, err)
        return None


async def shipment_events(shipment_id: int) -> list[TrackingEvent]:
    return await TrackingEvent.filter(shipment_id=shipment_id).order_by("occurred_at", "id")
