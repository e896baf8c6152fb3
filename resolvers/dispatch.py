"""Dispatch of paid merchant orders to their merchant: the merchant inbox and webhook.

When a merchant order is paid (outbox topic ``order.paid``), and again at every later change
its merchant acts on (``models.webhooks.DISPATCH_CHANGES``: ``order.updated`` -- address or
remark --, ``order.cancelled``, ``aftersales.*``), the outbox relay (``tasks.webhooks``) calls
:func:`dispatch_event` inside its claim's transaction, which

* puts the order in the merchant's **inbox** (one ``MerchantInboxItem`` per order, whatever
  how often the event is relayed) or brings the item up to date with the order (address,
  remark, status, lines); staff list it (``inbox``) and acknowledge it (``inbox_acknowledge``);
* if the merchant configured a webhook (``merchant_webhook_update``), writes a
  ``WebhookDelivery`` to it (one per event: a second relay of the event writes none), signed
  like partner webhooks (Standard Webhooks) and retried the same way (``resolvers.webhooks``).

Both rows commit with the event's ``published_at``, before any broker message exists: a lost
message leaves a pending delivery that the delivery sweep sends.

The body (and the inbox item's ``payload``) is ``{type, timestamp, data}`` where ``data`` is the
order as the merchant needs it to fulfil: number, ids, lines, amounts, shipping method and
address, remark, status; for a change also ``change`` (what happened, as partners see it, and
for an address change the address it replaced, ``previousShippingAddress``: partners do not get
addresses).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from tortoise.transactions import in_transaction

from models.accounts import StaffRole
from models.merchants import Merchant
from models.orders import MerchantOrder, OrderLine
from models.outbox import OutboxEvent
from models.repository.dispatch import (
    DispatchedOrder,
    dispatched_order,
    order_to_dispatch,
    write_inbox_item,
)
from models.repository.webhooks import insert_deliveries
from models.webhooks import (
    DISPATCH_CHANGES,
    DISPATCH_EVENT,
    DeliveryTarget,
    MerchantInboxItem,
    WebhookDelivery,
)
from resolvers import webhooks
from resolvers.errors import DispatchErrorCode as Code
from resolvers.errors import DomainError
from resolvers.pagination import Page, paginate
from resolvers.permissions import (
    Viewer,
    merchant_scope,
    require_merchant_role,
    require_user,
    staff_merchant,
)

#: staff roles that may acknowledge inbox items (owners always may; admins too)
ACKNOWLEDGE_ROLES = frozenset({StaffRole.ORDERS, StaffRole.WAREHOUSE, StaffRole.LOGISTICS})
MAX_ACKNOWLEDGE = 100


def _money(value) -> str:
    return str(value)


def order_data(order: MerchantOrder, lines: Sequence[OrderLine], event: OutboxEvent) -> dict:
    """The dispatched order: what the merchant needs to fulfil it."""
    api_id = webhooks.api_id
    return {
        "eventId": str(event.id),
        "orderId": api_id("MerchantOrder", order.id),
        "orderNumber": order.number,
        "merchantId": api_id("Merchant", order.merchant_id),
        "orderGroupId": api_id("OrderGroup", order.group_id),
        "status": str(getattr(order.status, "value", order.status)).upper(),
        "currency": order.currency,
        "subtotal": _money(order.subtotal),
        "shippingPrice": _money(order.shipping_price),
        "total": _money(order.total),
        "shippingMethod": order.shipping_method,
        "shippingMethodName": order.shipping_method_name,
        "shippingAddress": order.shipping_address,
        "remark": order.remark,
        "paidAt": order.paid_at.isoformat() if order.paid_at else None,
        "lines": [
            {
                "sku": line.sku,
                "productName": line.product_name,
                "variantName": line.variant_name,
                "variantId": api_id("Variant", line.variant_id),
                "quantity": line.quantity,
                "unitPrice": _money(line.unit_price),
                "total": _money(line.total),
            }
            for line in lines
        ],
    }


def dispatches(topic: str) -> bool:
    """Whether events of ``topic`` go to the merchant (inbox + merchant webhook)."""
    return topic == DISPATCH_EVENT or any(
        topic == t or (t.endswith(".*") and topic.startswith(t[:-1])) for t in DISPATCH_CHANGES
    )


def _order_id_of(event: OutboxEvent) -> int | None:
    if event.aggregate == "merchant_order":
        return event.aggregate_id
    order_id = (event.payload or {}).get("order_id")  # aftersales cases carry their order
    return int(order_id) if order_id else None


async def dispatch_event(
    event: OutboxEvent, now: datetime | None = None
) -> list[webhooks.DeliveryRef]:
    """The inbox item and merchant webhook delivery for an event about a merchant order
    (``order.paid`` or a change, see :func:`dispatches`); returns the deliveries it wrote, to
    send once they are committed. A change to an order that was never paid (no dispatch to
    update) does nothing. Idempotent: the same event again writes nothing.

    Its writes run in a savepoint when the caller has a transaction open (the relay's claim:
    a failing event then leaves the others of the batch alone), in a transaction otherwise."""
    if not dispatches(event.topic):
        return []
    order_id = _order_id_of(event)
    if order_id is None:
        return []
    async with in_transaction():
        found = await order_to_dispatch(order_id)
        if found is None or (event.topic != DISPATCH_EVENT and found.order.paid_at is None):
            return []
        return await _dispatch(found, event, now)


async def dispatch_paid_order(
    event_id: int, now: datetime | None = None
) -> list[webhooks.DeliveryRef]:
    """Inbox item + merchant webhook delivery for ``order.paid`` outbox event ``event_id``
    (the relay does this itself, :func:`dispatch_event`; this is for a message naming the
    event); returns the event's deliveries still to send. Idempotent."""
    async with in_transaction():
        found = await dispatched_order(event_id, DISPATCH_EVENT)
        if found is None or found.event is None:
            return []
        await _dispatch(found, found.event, now)
    return await webhooks.untried(event_id, DeliveryTarget.MERCHANT)


async def _dispatch(
    found: DispatchedOrder, event: OutboxEvent, now: datetime | None
) -> list[webhooks.DeliveryRef]:
    order = found.order
    data = order_data(order, found.lines, event)
    if event.topic != DISPATCH_EVENT:
        data["change"] = webhooks.event_data(event)
        previous = (event.payload or {}).get("previous_address")
        if previous is not None:  # an address change: the merchant sees what it replaced
            data["change"]["previousShippingAddress"] = previous
    payload = webhooks.envelope(event.topic, event.created_at, data)
    now = now or webhooks.now_utc()
    await write_inbox_item(
        now=now,
        merchant_id=order.merchant_id,
        order_id=order.id,
        event_id=event.id,
        event_type=event.topic,
        payload=payload,
    )
    merchant: Merchant = order.merchant
    if not merchant.webhook_url:
        return []  # the inbox only (a merchant without a webhook gets no deliveries)
    written = await insert_deliveries(
        [
            WebhookDelivery(
                target=DeliveryTarget.MERCHANT,
                subscriber=f"merchant:{merchant.id}",
                endpoint_id=None,
                merchant_id=merchant.id,
                event_id=event.id,
                event_type=event.topic,
                message_id=webhooks.new_message_id(),
                body=webhooks.encode_body(payload),
                next_attempt_at=now,
                created_at=now,
                updated_at=now,
            )
        ]
    )
    return [webhooks.DeliveryRef(i, a) for i, a in written]


# --- the inbox ------------------------------------------------------------------------------------


async def inbox(
    viewer: Viewer,
    *,
    merchant_id: int | None = None,
    unacknowledged_only: bool = False,
    first: int | None,
    after: str | None,
) -> Page:
    """A merchant's dispatched orders, oldest first (a poller keeps its last cursor as
    ``after`` and gets only what is new). Staff: their merchant's; platform staff: any (all
    merchants when ``merchant_id`` is None)."""
    scope = merchant_scope(viewer, merchant_id, Code)
    qs = MerchantInboxItem.all() if scope is None else MerchantInboxItem.filter(merchant_id=scope)
    if unacknowledged_only:
        qs = qs.filter(acknowledged_at__isnull=True)
    return await paginate(qs, first=first, after=after, code=Code)


async def inbox_acknowledge(viewer: Viewer, item_ids: Sequence[int]) -> list[MerchantInboxItem]:
    """Mark inbox items acknowledged (already acknowledged ones keep their first time). All or
    nothing: an id the viewer may not see is NOT_FOUND and nothing changes."""
    require_user(viewer, Code)
    wanted = list(dict.fromkeys(item_ids))
    if not wanted or len(wanted) > MAX_ACKNOWLEDGE:
        raise DomainError(Code.INVALID, f"Give 1 to {MAX_ACKNOWLEDGE} inbox items.", "ids")
    rows = await MerchantInboxItem.filter(id__in=wanted)
    if not viewer.is_platform_staff:
        rows = [r for r in rows if r.merchant_id == viewer.merchant_id]
    if len(rows) != len(wanted):
        raise DomainError(Code.NOT_FOUND, "No such inbox item.", "ids")
    for merchant_id in sorted({r.merchant_id for r in rows}):
        require_merchant_role(viewer, merchant_id, ACKNOWLEDGE_ROLES, Code)
    now = webhooks.now_utc()
    await MerchantInboxItem.filter(id__in=wanted, acknowledged_at__isnull=True).update(
        acknowledged_at=now, acknowledged_by_id=viewer.user_id, updated_at=now
    )
    fresh = {r.id: r for r in await MerchantInboxItem.filter(id__in=wanted)}
    return [fresh[i] for i in wanted]


async def visible_inbox_items(viewer: Viewer, ids: Sequence[int]) -> list[MerchantInboxItem | None]:
    if viewer.user_id is None or not (viewer.is_platform_staff or viewer.merchant_id):
        return [None] * len(ids)
    qs = MerchantInboxItem.filter(id__in=set(ids))
    if not viewer.is_platform_staff:
        qs = qs.filter(merchant_id=viewer.merchant_id)
    rows = {r.id: r for r in await qs}
    return [rows.get(i) for i in ids]


async def orders_by_id(ids: Sequence[int]) -> list[MerchantOrder | None]:
    """Batch loader for inbox items' orders (an item is only shown to who may see its order)."""
    rows = {r.id: r for r in await MerchantOrder.filter(id__in=set(ids))}
    return [rows.get(i) for i in ids]


# --- the merchant's webhook -----------------------------------------------------------------------


def _merchant_of(viewer: Viewer, merchant_id: int | None) -> int:
    mid = merchant_id if merchant_id is not None else staff_merchant(viewer, Code)
    require_merchant_role(viewer, mid, (StaffRole.OWNER,), Code)
    return mid


async def merchant_webhook(viewer: Viewer, merchant_id: int | None = None) -> Merchant:
    """The merchant whose webhook settings the viewer asks for (owner or admin)."""
    mid = _merchant_of(viewer, merchant_id)
    merchant = await Merchant.get_or_none(id=mid)
    if merchant is None:
        raise DomainError(Code.NOT_FOUND, "No such merchant.", "merchant")
    return merchant


async def merchant_webhook_update(
    viewer: Viewer, merchant_id: int | None, url: str | None, rotate_secret: bool = False
) -> tuple[Merchant, str | None]:
    """Set (or, with an empty URL, remove) the merchant's webhook. Returns the merchant and the
    signing secret when one was generated (the first time, or on ``rotate_secret``): it is
    shown only then. Owner (or admin)."""
    merchant = await merchant_webhook(viewer, merchant_id)
    now = webhooks.now_utc()
    if url is None or not url.strip():
        merchant.webhook_url = None
        merchant.webhook_secret = None
        await Merchant.filter(id=merchant.id).update(
            webhook_url=None, webhook_secret=None, updated_at=now
        )
        return merchant, None
    url = await webhooks.clean_public_url(url, Code)
    secret = None
    if rotate_secret or not merchant.webhook_secret:
        secret = webhooks.new_secret()
        merchant.webhook_secret = secret
    merchant.webhook_url = url
    await Merchant.filter(id=merchant.id).update(
        webhook_url=url, webhook_secret=merchant.webhook_secret, updated_at=now
    )
    return merchant, secret
