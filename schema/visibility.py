"""Authorise where data is resolved: the tenant types and the field extension that screens them.

Every GraphQL type that carries tenant data is listed in :func:`tenant_types` with its kind
(the rule in ``resolvers.visibility``) and how to get the row that rule reads from a resolved
object (fields already loaded, or a request DataLoader: never a query per object).

:func:`install` runs when a schema is built (``schema.build.PlazaSchema``): it walks every type
reachable from the roots and adds :class:`Visibility` to every field whose type, unwrapped from
lists, optionals, lazy references, unions and connections (``Connection[T]``), is a tenant type
or an interface (``node``) or union (federation ``_entities``) one could hide behind. So the
rule applies on every path: entry queries, nested fields (``orderGroup.orders``), ``node(id:)``,
``_entities``, mutation payloads and subscription streams. What the viewer may not see:

* a single object answers null;
* a list leaves it out (a list of nullable items, such as ``_entities``, keeps its place with
  null, so the answers stay in the order asked);
* a connection leaves its edge out;
* a subscription does not deliver it.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from functools import cache
from types import SimpleNamespace
from typing import Any

from strawberry.extensions import FieldExtension
from strawberry.types.base import (
    StrawberryList,
    StrawberryOptional,
    get_object_definition,
)
from strawberry.types.lazy_type import LazyType
from strawberry.types.union import StrawberryUnion
from strawberry.utils.await_maybe import await_maybe

from models.webhooks import WebhookEndpoint as EndpointModel
from resolvers import batches
from resolvers import visibility as rules
from schema.base import Connection

RowOf = Callable[[Any, Any], Any]  # (object, info) -> the rule's row, or an awaitable of it


@dataclass(frozen=True)
class Tenancy:
    kind: str
    row: RowOf


def _attr(name: str) -> RowOf:
    return lambda obj, info: getattr(obj, name)


def _merchant(name: str = "merchant_pk") -> RowOf:
    return lambda obj, info: SimpleNamespace(merchant_id=getattr(obj, name))


def _order_of(obj: Any, info: Any) -> Any:
    """The order an object hangs on, through the request's order loader (a parent order
    primes it, so this is free under ``MerchantOrder``)."""
    return info.context.loader("merchant_order", batches.merchant_orders).load(obj.order_pk)


async def _group(obj: Any, info: Any) -> rules.GroupRow:
    if not rules.group_needs_orders(info.context.viewer, obj.row):
        return rules.GroupRow(obj.row)
    loader = info.context.loader("orders_by_group", batches.orders_by_group)
    return rules.GroupRow(obj.row, tuple(await loader.load(obj.id)))


def _warehouse(obj: Any, info: Any) -> Any:
    return info.context.loader("warehouse", batches.warehouses).load(obj.warehouse_id)


async def _delivery(obj: Any, info: Any) -> rules.DeliveryRow:
    partner_id = None
    if obj.endpoint_pk is not None:
        loader = info.context.loader(
            "webhook_endpoint_row", lambda ids: batches.by_id(EndpointModel, ids)
        )
        endpoint = await loader.load(obj.endpoint_pk)
        partner_id = endpoint.partner_id if endpoint is not None else None
    row = SimpleNamespace(target=obj.target, merchant_id=obj.merchant_pk)
    return rules.DeliveryRow(row, partner_id)


def _stream_event(obj: Any, info: Any) -> rules.OrderFacts:
    return rules.OrderFacts(
        id=obj.order_pk,
        merchant_id=obj.merchant_pk,
        customer_id=obj.customer_pk,
        pickup_point_id=obj.pickup_point_pk,
        status=obj.to_status,
        topic=obj.topic,
    )


def _ticket_entry(obj: Any, info: Any) -> rules.TicketEntryRow:
    return rules.TicketEntryRow(obj.ticket_row, obj.internal)


@cache
def tenant_types() -> dict[type, Tenancy]:
    """Every tenant type, its rule's kind and how to get the rule's row. (``StaffMembership``
    is not one: it is always the viewer's own, in ``me`` and when accepting an invitation.)"""
    from schema.accounts.addresses import CustomerAddress
    from schema.accounts.types import StaffInvitation, StaffMember
    from schema.aftersales.objects import AftersalesCase, AftersalesCaseLine
    from schema.aftersales.tickets import Ticket, TicketHistoryEntry, TicketMessage
    from schema.freight import ShippingTemplate
    from schema.insight.objects import AftersalesRate, SalesReport, StockForecast, TopProduct
    from schema.inventory import StockLevel, Warehouse
    from schema.logistics import CarrierAccount, Shipment, ShipmentBatch, TrackingEvent
    from schema.orders.assignment import OrderAssignee, PickList
    from schema.orders.objects import MerchantOrder, OrderEvent, OrderGroup, OrderLine
    from schema.orders.payments import OrderGroupPayment, OrderPayment, PaymentRefund
    from schema.reviews.objects import Review
    from schema.slots import DeliverySlot, DeliverySlotRule
    from schema.subscriptions import OrderStreamEvent
    from schema.webhooks.objects import (
        MerchantInboxItem,
        MerchantWebhook,
        WebhookDelivery,
        WebhookEndpoint,
    )

    return {
        MerchantOrder: Tenancy("merchant_order", _attr("row")),
        OrderGroup: Tenancy("order_group", _group),
        OrderLine: Tenancy("order_line", _attr("order_row")),
        OrderEvent: Tenancy("order_event", _attr("order_row")),
        Shipment: Tenancy("shipment", _order_of),
        TrackingEvent: Tenancy("tracking_event", _order_of),
        OrderStreamEvent: Tenancy("order_stream_event", _stream_event),
        AftersalesCase: Tenancy("aftersales_case", _attr("row")),
        AftersalesCaseLine: Tenancy("aftersales_case_line", _attr("case_row")),
        ShipmentBatch: Tenancy("shipment_batch", _merchant()),
        CarrierAccount: Tenancy("carrier_account", _merchant()),
        Warehouse: Tenancy("warehouse", _merchant("merchant_id")),
        StockLevel: Tenancy("stock_level", _warehouse),
        MerchantInboxItem: Tenancy("merchant_inbox_item", _merchant()),
        StaffMember: Tenancy("staff_member", _merchant()),
        StaffInvitation: Tenancy("staff_invitation", _merchant()),
        MerchantWebhook: Tenancy("merchant_webhook", _merchant()),
        WebhookEndpoint: Tenancy(
            "webhook_endpoint", lambda obj, info: SimpleNamespace(partner_id=obj.partner_pk)
        ),
        WebhookDelivery: Tenancy("webhook_delivery", _delivery),
        CustomerAddress: Tenancy(
            "customer_address", lambda obj, info: SimpleNamespace(customer_id=obj.customer_pk)
        ),
        SalesReport: Tenancy("insight_report", _merchant()),
        TopProduct: Tenancy("insight_report", _merchant()),
        AftersalesRate: Tenancy("insight_report", _merchant()),
        StockForecast: Tenancy("stock_forecast", _merchant()),
        DeliverySlot: Tenancy("delivery_slot", _merchant()),
        DeliverySlotRule: Tenancy("delivery_slot_rule", _merchant()),
        Ticket: Tenancy("ticket", _attr("row")),
        TicketMessage: Tenancy("ticket_entry", _ticket_entry),
        TicketHistoryEntry: Tenancy("ticket_entry", _ticket_entry),
        Review: Tenancy("review", _attr("row")),
        OrderGroupPayment: Tenancy("order_group_payment", _attr("group_row")),
        OrderPayment: Tenancy("order_payment", _attr("order_row")),
        PaymentRefund: Tenancy("payment_refund", _attr("seen_from")),
        ShippingTemplate: Tenancy("shipping_template", _merchant()),
        OrderAssignee: Tenancy("order_assignee", _merchant()),
        PickList: Tenancy("pick_list", _merchant()),
    }


# --- checking resolved values -------------------------------------------------------------------


def check(obj: Any, info: Any) -> bool | Any:
    """Whether the viewer may see ``obj`` (True for objects of no tenant type); an awaitable
    when the row comes from a DataLoader."""
    tenancy = tenant_types().get(type(obj))
    if tenancy is None:
        return True
    row = tenancy.row(obj, info)
    if inspect.isawaitable(row):
        return _check_later(tenancy.kind, row, info)
    return rules.visible(info.context.viewer, tenancy.kind, row)


async def _check_later(kind: str, row: Any, info: Any) -> bool:
    return rules.visible(info.context.viewer, kind, await row)


def _keep(items: list, verdicts: list[bool], nullable_items: bool) -> list:
    if nullable_items:
        return [i if ok else None for i, ok in zip(items, verdicts, strict=True)]
    return [i for i, ok in zip(items, verdicts, strict=True) if ok]


def _screen_list(items: list, info: Any, nullable_items: bool) -> Any:
    if any(inspect.isawaitable(i) for i in items):
        return _screen_list_later(items, info, nullable_items)
    verdicts = [
        True if i is None or isinstance(i, BaseException) else check(i, info) for i in items
    ]
    if any(inspect.isawaitable(v) for v in verdicts):
        return _gather_verdicts(items, verdicts, nullable_items)
    return _keep(items, verdicts, nullable_items)


async def _screen_list_later(items: list, info: Any, nullable_items: bool) -> list:
    # federation entities: one awaitable per representation, awaited together (so their
    # DataLoaders batch) and each failure kept for its own representation
    resolved = await asyncio.gather(*(await_maybe(i) for i in items), return_exceptions=True)
    return await await_maybe(_screen_list(list(resolved), info, nullable_items))


async def _gather_verdicts(items: list, verdicts: list, nullable_items: bool) -> list:
    done = await asyncio.gather(*(await_maybe(v) for v in verdicts))
    return _keep(items, list(done), nullable_items)


def _screen_connection(conn: Connection, info: Any) -> Any:
    nodes = [e.node for e in conn.edges]
    kept = _screen_list(nodes, info, nullable_items=True)
    if inspect.isawaitable(kept):
        return _finish_connection_later(conn, kept)
    return _finish_connection(conn, kept)


def _finish_connection(conn: Connection, kept: list) -> Connection:
    dropped = sum(1 for n in kept if n is None)
    if dropped:
        conn.edges = [e for e, n in zip(conn.edges, kept, strict=True) if n is not None]
        conn.total_count = max(conn.total_count - dropped, len(conn.edges))
    return conn


async def _finish_connection_later(conn: Connection, kept: Any) -> Connection:
    return _finish_connection(conn, await kept)


async def _screen_stream(stream: Any, info: Any) -> AsyncIterator[Any]:
    try:
        async for item in stream:
            if await await_maybe(check(item, info)):
                yield item
    finally:
        close = getattr(stream, "aclose", None)
        if close is not None:
            await close()


async def _single_later(obj: Any, verdict: Any) -> Any:
    return obj if await verdict else None


async def _screen_later(value: Any, info: Any, nullable_items: bool) -> Any:
    return await await_maybe(screen(await value, info, nullable_items))


def screen(value: Any, info: Any, nullable_items: bool = False) -> Any:
    """``value`` as the viewer may see it (or an awaitable of that)."""
    if value is None or isinstance(value, str | bytes | int | float | bool):
        return value
    if inspect.isawaitable(value):
        return _screen_later(value, info, nullable_items)
    if hasattr(value, "__aiter__"):
        return _screen_stream(value, info)
    if isinstance(value, Connection):
        return _screen_connection(value, info)
    if isinstance(value, list | tuple):
        return _screen_list(list(value), info, nullable_items)
    verdict = check(value, info)
    if inspect.isawaitable(verdict):
        return _single_later(value, verdict)
    return value if verdict else None


class Visibility(FieldExtension):
    """Screens what a field returns with the tenant types' rules (see the module docstring)."""

    def __init__(self, nullable_items: bool = False) -> None:
        self.nullable_items = nullable_items

    def resolve(self, next_, source, info, **kwargs):
        return screen(next_(source, info, **kwargs), info, self.nullable_items)

    async def resolve_async(self, next_, source, info, **kwargs):
        value = await await_maybe(next_(source, info, **kwargs))
        return await await_maybe(screen(value, info, self.nullable_items))


# --- attaching the extension at schema build time -----------------------------------------------


def _leaves(type_: Any, nullable: bool = False) -> tuple[list[Any], bool]:
    """The classes a field type names (unwrapped), and whether its list items are nullable."""
    if isinstance(type_, LazyType):
        return _leaves(type_.resolve_type(), nullable)
    if isinstance(type_, StrawberryOptional):
        return _leaves(type_.of_type, True)
    if isinstance(type_, StrawberryList):
        leaves, items_nullable = _leaves(type_.of_type)
        return leaves, items_nullable
    if isinstance(type_, StrawberryUnion):
        found: list[Any] = []
        for member in type_.types:
            found.extend(_leaves(member)[0])
        return found, nullable
    definition = get_object_definition(type_) if isinstance(type_, type) else None
    if definition is not None and definition.type_var_map:  # Connection[T], Edge[T]
        found = []
        for arg in definition.type_var_map.values():
            found.extend(_leaves(arg)[0])
        return found, nullable
    return [type_], nullable


def _guarded(cls: Any) -> bool:
    if cls in tenant_types():
        return True
    definition = get_object_definition(cls) if isinstance(cls, type) else None
    return definition is not None and definition.is_interface


def install(*roots: Any) -> None:
    """Add :class:`Visibility` to every field of the types reachable from ``roots`` that can
    return a tenant object. Idempotent (the type classes are shared by every schema built)."""
    seen: set[Any] = set()
    stack = [r for r in roots if r is not None]
    while stack:
        cls = stack.pop()
        definition = get_object_definition(cls) if isinstance(cls, type) else None
        if definition is None or cls in seen or definition.is_input:
            continue
        seen.add(cls)
        for field in definition.fields:
            leaves, nullable_items = _leaves(field.type)
            stack.extend(leaves)
            if not any(_guarded(leaf) for leaf in leaves):
                continue
            if not any(isinstance(e, Visibility) for e in field.extensions):
                field.extensions.append(Visibility(nullable_items))
