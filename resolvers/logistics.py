"""Logistics: carrier accounts, shipping an order (one or a batch), tracking events.

* ``carrier_account_set``: a merchant enables a carrier plugin (``plugins.interfaces.
  CarrierProvider``) with its settings and, for carriers that issue waybill numbers in ranges,
  the range still unused. Owners and ``logistics`` staff; platform admins.
* ``ship``: PACKED -> SHIPPED for one order with a shipment: the manual carrier takes the
  carrier's name and tracking number as typed; a range carrier takes the next number of the
  merchant's range. Same rights as ``orders.order_ship`` (which the ``orderShip`` mutation now
  reaches through here).
* ``ship_batch``: many PACKED orders of one merchant at once, all or nothing: consecutive numbers
  from the range (one atomic UPDATE), one shipment each, one batch with a printable label page
  (``batch_label_page``) and an address export for the courier (``batch_address_csv``).
* ``receive_tracking``: a carrier's pushed events (verified by its plugin) become the shipment's
  timeline -- each event once -- and move the order: DELIVERED, FAILED_ATTEMPT ->
  DELIVERY_FAILED, OUT_FOR_DELIVERY / IN_TRANSIT after a failure -> SHIPPED again, RETURNED ->
  CANCELLED (restocked, refunded). Each recorded event is an ``order.tracking_updated`` outbox
  event: customers follow it on ``orderEvents``, partners by webhook.

Waybill numbers are ``<prefix><number, 10 digits>``. A range is taken from with a conditional
UPDATE (``next_number + n - 1 <= last_number``), so concurrent batches never share a number and a
range never runs past its end.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from models.accounts import StaffRole
from models.logistics import CarrierAccount, Shipment, ShipmentBatch, TrackingEvent, TrackingStatus
from models.merchants import Merchant
from models.orders import MerchantOrder, OrderLine, OrderStatus
from plugins.interfaces import CarrierProvider, ShipmentRequest, TrackingUpdate
from plugins.registry import get_registry
from plugins.shipping.labels import label_page
from resolvers import outbox
from resolvers.checkout import new_number
from resolvers.errors import DomainError, LogisticsErrorCode, clean_text, recode
from resolvers.orders import (
    FULFILMENT_ROLES,
    SHIP,
    Acting,
    _operate,
    authorise,
    carrier_move,
    load_visible,
    move_order,
    now_utc,
    send_refunds,
)
from resolvers.permissions import Viewer, merchant_scope, require_merchant_role, require_user

Code = LogisticsErrorCode
log = logging.getLogger("plaza.logistics")

MANUAL = "manual"
MAX_BATCH = 200
MAX_NUMBER = 10**10 - 1  # ten digits
NUMBER_DIGITS = 10
PREFIX = re.compile(r"^[A-Z0-9]{0,8}$")
CONFIG_MAX_BYTES = 4096
CONFIG_ROLES = frozenset({StaffRole.LOGISTICS})

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


def format_number(prefix: str, number: int) -> str:
    return f"{prefix}{number:0{NUMBER_DIGITS}d}"


def _provider(code: str, field: str = "provider") -> CarrierProvider:
    provider = get_registry().carriers.get(code)
    if provider is None:
        known = ", ".join(sorted(get_registry().carriers))
        raise DomainError(Code.UNKNOWN_PROVIDER, f"No carrier '{code}' (known: {known}).", field)
    return provider


def providers() -> list[CarrierProvider]:
    return sorted(get_registry().carriers.values(), key=lambda p: p.code)


def _text(value: str | None, field: str, *, required: bool, limit: int) -> str:
    return clean_text(value, field, Code, required=required, limit=limit)


# --- carrier accounts ---------------------------------------------------------------------------


def _merchant_for(viewer: Viewer, merchant_id: int | None, roles) -> int:
    """The merchant the viewer acts for: their own (staff), or the one named (platform)."""
    merchant = merchant_scope(viewer, merchant_id, Code)
    if merchant is None:
        raise DomainError(Code.INVALID, "Name the merchant.", "merchant")
    require_merchant_role(viewer, merchant, roles, Code)
    return merchant


async def carrier_account_set(
    viewer: Viewer,
    merchant_id: int | None,
    provider_code: str,
    name: str,
    *,
    active: bool = True,
    config: dict | None = None,
    tracking_prefix: str | None = None,
    first_number: int | None = None,
    last_number: int | None = None,
) -> CarrierAccount:
    """Enable (or change) a carrier for the merchant; a given range replaces what is left."""
    merchant = _merchant_for(viewer, merchant_id, CONFIG_ROLES)
    if not await Merchant.filter(id=merchant).exists():
        raise DomainError(Code.NOT_FOUND, "No such merchant.", "merchant")
    provider = _provider(provider_code)
    name = _text(name, "name", required=True, limit=80)
    if config is not None and (
        not isinstance(config, dict) or len(json.dumps(config)) > CONFIG_MAX_BYTES
    ):
        raise DomainError(Code.INVALID, f"An object of at most {CONFIG_MAX_BYTES} bytes.", "config")
    if tracking_prefix is not None and not PREFIX.match(tracking_prefix):
        raise DomainError(Code.INVALID, "Up to 8 capital letters and digits.", "trackingPrefix")
    if (first_number is None) != (last_number is None):
        raise DomainError(Code.INVALID, "Give both ends of the range.", "range")
    if first_number is not None and not 0 <= first_number <= last_number <= MAX_NUMBER:
        raise DomainError(Code.INVALID, f"A range within 0..{MAX_NUMBER}, first <= last.", "range")
    changes: dict = {"name": name, "active": active}
    if config is not None:
        changes["config"] = config
    if tracking_prefix is not None:
        changes["tracking_prefix"] = tracking_prefix
    if first_number is not None:
        changes.update(next_number=first_number, last_number=last_number)
    async with in_transaction():
        account = (
            await CarrierAccount.filter(merchant_id=merchant, provider=provider.code)
            .select_for_update()
            .first()
        )
        if account is None:
            account = await CarrierAccount.create(
                merchant_id=merchant, provider=provider.code, **changes
            )
        else:
            await CarrierAccount.filter(id=account.id).update(**changes)
            await account.refresh_from_db()
    return account


async def carrier_accounts(viewer: Viewer, merchant_id: int | None) -> list[CarrierAccount]:
    merchant = _merchant_for(viewer, merchant_id, FULFILMENT_ROLES)
    return await CarrierAccount.filter(merchant_id=merchant).order_by("provider")


async def _active_account(merchant_id: int, provider: CarrierProvider) -> CarrierAccount | None:
    return await CarrierAccount.get_or_none(
        merchant_id=merchant_id, provider=provider.code, active=True
    )


async def _take_numbers(account: CarrierAccount, count: int) -> list[str]:
    """``count`` consecutive waybill numbers from the account's range, or RANGE_EXHAUSTED."""
    taken = await CarrierAccount.filter(
        id=account.id, active=True, next_number__lte=F("last_number") - (count - 1)
    ).update(next_number=F("next_number") + count)
    if taken != 1:
        left = max(account.last_number - account.next_number + 1, 0)
        raise DomainError(
            Code.RANGE_EXHAUSTED,
            f"{count} waybill number(s) needed, {left} left in the {account.name} range: "
            "add a range (carrierAccountSet).",
            "provider",
        )
    await account.refresh_from_db(fields=["next_number"])
    first = account.next_number - count
    return [format_number(account.tracking_prefix, first + i) for i in range(count)]


# --- shipping -------------------------------------------------------------------------------------


async def _request(
    order: MerchantOrder, carrier_name: str, tracking_number: str, config: dict
) -> ShipmentRequest:
    merchant = await Merchant.get(id=order.merchant_id)
    lines = await OrderLine.filter(order_id=order.id).order_by("id")
    sender = {"name": merchant.name, **(config.get("origin") or {})}
    return ShipmentRequest(
        order_number=order.number,
        tracking_number=tracking_number,
        carrier_name=carrier_name,
        sender=sender,
        recipient=dict(order.shipping_address or {}),
        items=tuple((line.sku, line.product_name, line.quantity) for line in lines),
        config=config,
    )


async def _ship_one(
    order: MerchantOrder,
    acting: Acting,
    provider: CarrierProvider,
    carrier_name: str,
    tracking_number: str,
    config: dict,
    batch: ShipmentBatch | None = None,
) -> Shipment:
    """The shipment and the PACKED -> SHIPPED move, in the caller's transaction."""
    label = await provider.create_shipment(
        await _request(order, carrier_name, tracking_number, config)
    )
    shipment = await Shipment.create(
        order_id=order.id,
        merchant_id=order.merchant_id,
        batch_id=batch.id if batch else None,
        provider=provider.code,
        carrier_name=carrier_name,
        tracking_number=label.tracking_number,
        label=label.label_html,
        created_by_user_id=acting.user_id,
    )
    await move_order(
        order,
        OrderStatus.SHIPPED,
        acting,
        reason=f"shipped with {carrier_name}",
        updates={"carrier": carrier_name, "tracking_number": label.tracking_number},
        data={
            "carrier": carrier_name,
            "tracking_number": label.tracking_number,
            "provider": provider.code,
            **({"batch": batch.number} if batch else {}),
        },
    )
    return shipment


async def ship(
    viewer: Viewer,
    order_id: int,
    provider_code: str = MANUAL,
    *,
    carrier_name: str | None = None,
    tracking_number: str | None = None,
) -> MerchantOrder:
    """PACKED -> SHIPPED with a shipment (see the module's docstring)."""
    provider = _provider(provider_code)
    typed = _text(tracking_number, "trackingNumber", required=False, limit=80)
    carrier = _text(carrier_name, "carrier", required=False, limit=80)
    if provider.uses_number_range and typed:
        raise DomainError(
            Code.INVALID,
            f"{provider.name} numbers come from the merchant's range: leave it empty.",
            "trackingNumber",
        )
    if not provider.uses_number_range:
        carrier = _text(carrier_name, "carrier", required=True, limit=80)
        typed = _text(tracking_number, "trackingNumber", required=True, limit=80)

    async def apply(order: MerchantOrder, acting: Acting) -> None:
        account = await _active_account(order.merchant_id, provider)
        if provider.uses_number_range:
            if account is None:
                raise _not_configured(provider)
            (number,) = await _take_numbers(account, 1)
            name = carrier or account.name
        else:
            number, name = typed, carrier
        await _ship_one(order, acting, provider, name, number, account.config if account else {})

    try:
        return await _operate(viewer, order_id, SHIP, apply)
    except DomainError as err:
        raise recode(err, Code)


def _not_configured(provider: CarrierProvider) -> DomainError:
    return DomainError(
        Code.CARRIER_NOT_CONFIGURED,
        f"The merchant has no active {provider.name} account (carrierAccountSet).",
        "provider",
    )


async def ship_batch(viewer: Viewer, order_ids: list[int], provider_code: str) -> ShipmentBatch:
    """Ship many PACKED orders of one merchant with one range carrier, all or nothing."""
    require_user(viewer, Code)
    provider = _provider(provider_code)
    if not provider.uses_number_range:
        raise DomainError(
            Code.INVALID,
            "Batch shipping prints numbers from a carrier's range; "
            f"{provider.name} numbers are typed per order.",
            "provider",
        )
    if not 1 <= len(order_ids) <= MAX_BATCH:
        raise DomainError(Code.INVALID, f"Between 1 and {MAX_BATCH} orders.", "orders")
    if len(set(order_ids)) != len(order_ids):
        raise DomainError(Code.INVALID, "Each order once.", "orders")
    async with in_transaction():
        orders: list[tuple[MerchantOrder, Acting]] = []
        for index, order_id in enumerate(order_ids):
            try:
                order = await load_visible(viewer, order_id)
                orders.append((order, authorise(viewer, order, SHIP)))
            except DomainError as err:
                raise DomainError(Code(err.code.value), err.message, f"orders.{index}")
        merchants = {order.merchant_id for order, _ in orders}
        if len(merchants) != 1:
            raise DomainError(Code.INVALID, "A batch holds one merchant's orders.", "orders")
        account = await _active_account(merchants.pop(), provider)
        if account is None:
            raise _not_configured(provider)
        numbers = await _take_numbers(account, len(orders))
        batch = await ShipmentBatch.create(
            number=new_number("B", now_utc()),
            merchant_id=account.merchant_id,
            provider=provider.code,
            created_by_user_id=viewer.user_id,
        )
        for (order, acting), number in zip(orders, numbers, strict=True):
            await _ship_one(order, acting, provider, account.name, number, account.config, batch)
    return batch


# --- batches: what the merchant prints and hands over ------------------------------------------


async def get_batch(viewer: Viewer, batch_id: int) -> ShipmentBatch | None:
    """The batch if the viewer is its merchant's fulfilment staff (or platform staff)."""
    require_user(viewer, Code)
    batch = await ShipmentBatch.get_or_none(id=batch_id)
    if batch is None:
        return None
    if not viewer.is_platform_staff:
        try:
            require_merchant_role(viewer, batch.merchant_id, FULFILMENT_ROLES, Code)
        except DomainError:
            return None
    return batch


async def batch_shipments(batch: ShipmentBatch) -> list[Shipment]:
    return await Shipment.filter(batch_id=batch.id).order_by("tracking_number")


async def batch_label_page(batch: ShipmentBatch) -> str:
    """One printable HTML page: a label per parcel, in waybill-number order."""
    shipments = await batch_shipments(batch)
    return label_page(f"Batch {batch.number}", [s.label for s in shipments])


EXPORT_COLUMNS = (
    "tracking_number",
    "order_number",
    "name",
    "phone",
    "country",
    "city",
    "district",
    "street",
    "postal_code",
    "items",
)


async def batch_address_csv(batch: ShipmentBatch) -> str:
    """The courier's pick-up list: a CSV row per parcel (waybill, order, recipient, items)."""
    shipments = await batch_shipments(batch)
    orders = {o.id: o for o in await MerchantOrder.filter(id__in=[s.order_id for s in shipments])}
    lines: dict[int, list[OrderLine]] = {}
    for line in await OrderLine.filter(order_id__in=list(orders)).order_by("id"):
        lines.setdefault(line.order_id, []).append(line)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    for shipment in shipments:
        order = orders[shipment.order_id]
        address = order.shipping_address or {}
        items = "; ".join(f"{ln.sku} x{ln.quantity}" for ln in lines.get(order.id, []))
        writer.writerow(
            [
                shipment.tracking_number,
                order.number,
                *(
                    address.get(key, "")
                    for key in ("name", "phone", "country", "city", "district", "street")
                ),
                address.get("postalCode", ""),
                items,
            ]
        )
    return out.getvalue()


# --- tracking -------------------------------------------------------------------------------------


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


async def record_tracking(provider_code: str, update: TrackingUpdate, result: TrackingResult):
    """One event: recorded with its order's move in one transaction (a repeat does nothing)."""
    refund_ids: list[int] = []
    async with in_transaction():
        shipment = (
            await Shipment.filter(provider=provider_code, tracking_number=update.tracking_number)
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
