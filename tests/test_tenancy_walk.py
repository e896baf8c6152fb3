"""Tenancy, walked: every role follows every path of the graph and sees no other tenant's rows.

The world: merchants A and B share one checkout (an order group with an order of each, paid;
A's shipped, with a batch, tracking and the inbox, webhook and partner deliveries that payment
dispatched; a case on B's, opened from a ticket with an agent's internal note; a ticket about
A's; a review of each, B's hidden), a second customer with an order of A and a ticket about no
order, a group-buy order of B at a leader's pickup point, a courier of A, and a partner whose
key is scoped to A (another partner has an endpoint for B). A's shipped order was assigned to
A's warehouse staff (its assignee and warehouse are walked); pick lists and a point's orders
of the day are asked by every role. Saved addresses, delivery slots, freight templates,
payments and refunds, reports and forecasts are in the world too.

For each role the walk starts from every entry the schema has (root fields without required
arguments, ``products`` of the storefront, and ``node``/``order``/``orderGroup``/... with every
id of the world: the viewer's and everyone else's) and follows every object field of every type
reachable, to depth :data:`DEPTH`, with ``first: 5`` on connections. The queries are generated
from the schema's introspection. Every object in the answers is checked against the owners in
the database: a global id of a tenant type (MerchantOrder, OrderGroup, AftersalesCase, ...),
an order line's id, a parcel's waybill number, a carrier account, ids inside JSON payloads
(``orderId``, ``merchantId``...), the merchant of a tenant object, and the totals of an order
group (a merchant sees only its own part). ``node`` answers exactly what the rules allow, and
so do federation ``_entities`` on each subgraph.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import graphql
import httpx
import pytest
from graphql import (
    GraphQLInterfaceType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLUnionType,
    get_named_type,
    is_leaf_type,
)

from models.accounts import MerchantStaff, Partner, PlatformRole, StaffRole
from models.addresses import CustomerAddress
from models.aftersales import AftersalesCase, AftersalesCaseLine, CaseParty, CaseType
from models.freight import ShippingTemplate
from models.logistics import CarrierAccount, Shipment, ShipmentBatch, TrackingEvent
from models.merchants import Merchant, Warehouse
from models.orders import GroupStatus, MerchantOrder, OrderGroup, OrderLine, OrderStatus
from models.outbox import OutboxEvent
from models.payments import Payment, Refund
from models.reviews import Review
from models.slots import DeliverySlot
from models.tickets import Ticket, TicketCategory
from models.webhooks import (
    EVENT_TYPES,
    DeliveryTarget,
    MerchantInboxItem,
    WebhookDelivery,
    WebhookEndpoint,
)
from plaza.app import create_app
from plaza.settings import Settings
from resolvers import accounts, tickets
from resolvers.dispatch import dispatch_paid_order
from resolvers.permissions import Viewer
from resolvers.slots import RuleInput, delivery_slot_rules_set
from resolvers.webhooks import fan_out
from schema.build import DOMAINS
from tests.checkout_support import pk
from tests.order_support import OrderWorld, make_order_world, paid_order, pay, placed_group

DEPTH = 4
PAGE = 5
ADMIN = Viewer(user_id=1, platform_role=PlatformRole.ADMIN)
READ_ROLES = {
    StaffRole.OWNER,
    StaffRole.ORDERS,
    StaffRole.WAREHOUSE,
    StaffRole.LOGISTICS,
    StaffRole.CUSTOMER_SERVICE,
}
FULFILMENT = {StaffRole.OWNER, StaffRole.ORDERS, StaffRole.WAREHOUSE, StaffRole.LOGISTICS}
COURIER_SEES = {OrderStatus.SHIPPED, OrderStatus.DELIVERY_FAILED, OrderStatus.DELIVERED}
#: values for required arguments the walk knows (the insight reports: the days around today's
#: orders)
_TODAY = datetime.now(UTC).date()
FIXTURES = {
    "storefront": '"mall"',
    "from": f'"{_TODAY - timedelta(days=1)}"',
    "to": f'"{_TODAY + timedelta(days=1)}"',
}
#: tenant types that are not relay nodes (no ``node(id:)``)
NOT_NODES = {"StaffMember"}


# --- the world ----------------------------------------------------------------------------------


@dataclass
class Who:
    """A viewer, and the facts the oracle below decides on."""

    name: str
    token: str | None
    user_id: int | None = None
    platform: bool = False
    admin: bool = False
    merchant_id: int | None = None
    roles: frozenset = frozenset()
    courier_of: int | None = None
    points: frozenset = frozenset()
    partner_id: int | None = None
    partner_merchants: frozenset = frozenset()

    def staff(self, merchant_id: int | None, roles) -> bool:
        return (
            merchant_id is not None and self.merchant_id == merchant_id and bool(self.roles & roles)
        )


@dataclass
class Facts:
    """Every tenant row of the world, as the oracle needs it."""

    orders: dict[int, MerchantOrder]
    groups: dict[int, OrderGroup]
    group_orders: dict[int, list[MerchantOrder]]
    lines: dict[int, int]  # order line -> order
    cases: dict[int, AftersalesCase]
    batches: dict[int, ShipmentBatch]
    warehouses: dict[int, Warehouse]
    inbox: dict[int, MerchantInboxItem]
    endpoints: dict[int, WebhookEndpoint]
    deliveries: dict[int, WebhookDelivery]
    staff: dict[int, MerchantStaff]
    waybills: dict[str, int]  # tracking number -> order
    carrier_accounts: dict[str, int]  # name -> merchant
    addresses: dict[int, CustomerAddress] = field(default_factory=dict)
    tickets: dict[int, Ticket] = field(default_factory=dict)
    reviews: dict[int, Review] = field(default_factory=dict)
    templates: dict[int, ShippingTemplate] = field(default_factory=dict)
    staff_merchant: dict[int, int] = field(default_factory=dict)  # staff user -> merchant

    def ids(self) -> dict[str, list[int]]:
        return {
            "MerchantOrder": sorted(self.orders),
            "OrderGroup": sorted(self.groups),
            "AftersalesCase": sorted(self.cases),
            "ShipmentBatch": sorted(self.batches),
            "Warehouse": sorted(self.warehouses),
            "MerchantInboxItem": sorted(self.inbox),
            "WebhookEndpoint": sorted(self.endpoints),
            "WebhookDelivery": sorted(self.deliveries),
            "StaffMember": sorted(self.staff),
            "CustomerAddress": sorted(self.addresses),
            "Ticket": sorted(self.tickets),
            "Review": sorted(self.reviews),
            "ShippingTemplate": sorted(self.templates),
        }


@dataclass
class Walk:
    world: OrderWorld
    facts: Facts
    viewers: list[Who]
    shared_group: int
    extra: dict = field(default_factory=dict)


async def _partner(name: str, merchant: Merchant) -> tuple[Partner, str]:
    partner = await accounts.partner_create(ADMIN, name)
    _, key = await accounts.partner_key_create(ADMIN, partner.id, [merchant.id], list(EVENT_TYPES))
    await WebhookEndpoint.create(
        partner=partner,
        url=f"https://{name.lower().replace(' ', '-')}.example/hook",
        secret="whsec_" + base64.b64encode(b"x" * 32).decode(),
        event_types=list(EVENT_TYPES),
        merchant_ids=[merchant.id],
    )
    return partner, key


async def _facts() -> Facts:
    orders = {o.id: o for o in await MerchantOrder.all()}
    group_orders: dict[int, list[MerchantOrder]] = {}
    for o in orders.values():
        group_orders.setdefault(o.group_id, []).append(o)
    return Facts(
        orders=orders,
        groups={g.id: g for g in await OrderGroup.all()},
        group_orders=group_orders,
        lines={line.id: line.order_id for line in await OrderLine.all()},
        cases={c.id: c for c in await AftersalesCase.all()},
        batches={b.id: b for b in await ShipmentBatch.all()},
        warehouses={w.id: w for w in await Warehouse.all()},
        inbox={i.id: i for i in await MerchantInboxItem.all()},
        endpoints={e.id: e for e in await WebhookEndpoint.all()},
        deliveries={d.id: d for d in await WebhookDelivery.all()},
        staff={s.id: s for s in await MerchantStaff.all()},
        waybills={s.tracking_number: s.order_id for s in await Shipment.all()},
        carrier_accounts={c.name: c.merchant_id for c in await CarrierAccount.all()},
        addresses={a.id: a for a in await CustomerAddress.all()},
        tickets={t.id: t for t in await Ticket.all()},
        reviews={r.id: r for r in await Review.all()},
        templates={t.id: t for t in await ShippingTemplate.all()},
        staff_merchant={s.user_id: s.merchant_id for s in await MerchantStaff.all()},
    )


async def build_walk(gql, client) -> Walk:
    w = await make_order_world()
    a, b = w.a.merchant, w.b.merchant
    partner_a, key_a = await _partner("Partner A", a)
    await _partner("Partner B", b)
    await Merchant.filter(id__in=[a.id, b.id]).update(
        webhook_url="https://merchant.example/hook", webhook_secret="whsec_merchant"
    )
    for m in (a, b):
        await CarrierAccount.create(merchant=m, provider="manual", name=f"{m.slug} carrier")
        await ShippingTemplate.create(
            merchant=m, name=f"{m.slug} freight", is_default=True, first_unit=1,
            first_price=5, additional_unit=1, additional_price=1,
        )  # fmt: skip

    # one checkout, two merchants
    group = await placed_group(gql, w.customer, w.mall, [(w.a.variant, 1), (w.b.variant, 2)])
    await pay(gql, client, w.customer, group)
    # another customer's order of A; a group-buy order of B at the leader's point
    stranger_order = await paid_order(gql, client, w.stranger, w.mall, w.a.variant)
    await paid_order(gql, client, w.customer, w.groupbuy, w.b.variant, point=w.point)
    # a refund of part of the stranger's order (payments and refunds are walked too)
    refunded = await MerchantOrder.get(id=pk(stranger_order))
    stranger_payment = await Payment.get(group_id=refunded.group_id)
    await Refund.create(
        payment=stranger_payment, order=refunded, amount=Decimal("1.00"), reason="walk",
        key=f"walk-{refunded.id}",
    )  # fmt: skip

    shared = await MerchantOrder.filter(group_id=pk(group["id"])).order_by("merchant_id")
    order_a, order_b = (next(o for o in shared if o.merchant_id == m.id) for m in (a, b))
    # A's part ships (in a batch, with a tracking step); B's part gets a case
    batch = await ShipmentBatch.create(number="B-ALPHA-1", merchant=a, provider="manual")
    await MerchantOrder.filter(id=order_a.id).update(
        status=OrderStatus.SHIPPED,
        assignee_id=w.a.warehouse_staff.user.id,
        warehouse_id=w.a.warehouse.id,
    )
    parcel = await Shipment.create(
        order=order_a,
        merchant=a,
        batch=batch,
        provider="manual",
        carrier_name="SF",
        tracking_number="SF-ALPHA-1",
        courier=w.courier.user,  # the courier's myDeliveries
    )
    await TrackingEvent.create(
        shipment=parcel,
        status="in_transit",
        description="left the depot",
        occurred_at=order_a.created_at,
        provider_event_id="e1",
    )
    # delivery calendars of both; A's part booked on a slot (its warehouse is staff-only)
    for seller in (w.a, w.b):
        await delivery_slot_rules_set(
            ADMIN, seller.warehouse.id, RuleInput(slot_minutes=60, capacity=3, horizon_days=2)
        )
    slot = await DeliverySlot.filter(warehouse_id=w.a.warehouse.id).order_by("id").first()
    await MerchantOrder.filter(id=order_a.id).update(delivery_slot_id=slot.id)
    line_b = await OrderLine.filter(order_id=order_b.id).first()
    case = await AftersalesCase.create(
        number="AS-BETA-1",
        order=order_b,
        merchant=b,
        customer=w.customer.user,
        type=CaseType.REFUND_ONLY,
        reason="damaged",
        opened_by=CaseParty.CUSTOMER,
        currency="CNY",
    )
    await AftersalesCaseLine.create(case=case, order_line=line_b, quantity=1)

    # tickets: the customer's about B's order (the case opened from it, an agent's internal
    # note) and about A's order; the other customer's about no order
    as_customer = Viewer(user_id=w.customer.user.id)
    agent = Viewer(user_id=w.service.user.id, platform_role=PlatformRole.CUSTOMER_SERVICE)
    about_b = await tickets.ticket_open(
        as_customer, TicketCategory.QUALITY, "Dented", "The tin is dented", order_id=order_b.id
    )
    await Ticket.filter(id=about_b.id).update(case_id=case.id)
    await tickets.ticket_reply(agent, about_b.id, "internal: call the merchant", internal=True)
    await tickets.ticket_reply(agent, about_b.id, "We are on it")
    await tickets.ticket_open(
        as_customer, TicketCategory.STATUS, "Where is it?", "Tracking?", order_id=order_a.id
    )
    await tickets.ticket_open(
        Viewer(user_id=w.stranger.user.id), TicketCategory.PAYMENT, "Charged", "Twice?"
    )
    # reviews: a public one of A's line, a hidden one of B's (written as the use cases do)
    of_a = await OrderLine.filter(order_id=order_a.id).select_related("variant").first()
    of_b = await OrderLine.filter(order_id=order_b.id).select_related("variant").first()
    for line, order, hidden in ((of_a, order_a, False), (of_b, order_b, True)):
        await Review.create(
            order_line=line,
            order=order,
            product_id=line.variant.product_id,
            merchant_id=order.merchant_id,
            customer_id=order.customer_id,
            rating=4,
            text="hidden" if hidden else "public",
            hidden=hidden,
        )

    # what payment dispatches: the merchants' inboxes and webhooks, the partners' deliveries
    for event in await OutboxEvent.filter(topic="order.paid").order_by("id"):
        await dispatch_paid_order(event.id)
        await fan_out(event.id)

    # each customer's address book (only its customer sees it)
    for party, district in ((w.customer, "330106"), (w.stranger, "310115")):
        await CustomerAddress.create(
            customer=party.user,
            recipient="Li Lei",
            phone="+8613800138000",
            province_code=district[:2] + "0000",
            province="-",
            city_code=district[:4] + "00",
            city="-",
            district_code=district,
            district="-",
            street="1 Walk Rd",
            is_default=True,
        )

    facts = await _facts()
    assert len(facts.inbox) == 4 and facts.deliveries, "the dispatch made nothing to walk"

    def staff(seller, party, roles) -> Who:
        return Who(
            f"{seller.merchant.slug}:{'+'.join(sorted(r.value for r in roles))}",
            party.token,
            party.user.id,
            merchant_id=seller.merchant.id,
            roles=frozenset(roles),
        )

    viewers = [
        Who("customer", w.customer.token, w.customer.user.id),
        Who("other customer", w.stranger.token, w.stranger.user.id),
        staff(w.a, w.a.owner, {StaffRole.OWNER}),
        staff(w.a, w.a.orders, {StaffRole.ORDERS}),
        staff(w.a, w.a.warehouse_staff, {StaffRole.WAREHOUSE}),
        staff(w.a, w.a.logistics, {StaffRole.LOGISTICS}),
        staff(w.a, w.a.catalog, {StaffRole.CATALOG}),
        staff(w.b, w.b.owner, {StaffRole.OWNER}),
        staff(w.b, w.b.orders, {StaffRole.ORDERS}),
        Who("admin", w.admin.token, w.admin.user.id, platform=True, admin=True),
        Who("support", w.service.token, w.service.user.id, platform=True),
        Who("courier", w.courier.token, w.courier.user.id, courier_of=a.id),
        Who("leader", w.leader.token, w.leader.user.id, points=frozenset({w.point.id})),
        Who(
            "other leader",
            w.other_leader.token,
            w.other_leader.user.id,
            points=frozenset({w.other_point.id}),
        ),
        Who("partner", key_a, partner_id=partner_a.id, partner_merchants=frozenset({a.id})),
        Who("anonymous", None),
    ]
    return Walk(w, facts, viewers, pk(group["id"]), {"order_a": order_a.id, "order_b": order_b.id})


# --- the oracle: who may see which row (the spec, written independently of the code) -----------


def may_see_order(who: Who, o: MerchantOrder) -> bool:
    if who.user_id is None:
        return False
    return (
        who.platform
        or o.customer_id == who.user_id
        or who.staff(o.merchant_id, READ_ROLES)
        or (o.pickup_point_id is not None and o.pickup_point_id in who.points)
        or (who.courier_of == o.merchant_id and OrderStatus(o.status) in COURIER_SEES)
    )


def may_see_assignee(who: Who, merchant_id: int | None) -> bool:
    """Who picks an order: its merchant's staff with a reading role, and the platform."""
    return who.user_id is not None and (who.platform or who.staff(merchant_id, READ_ROLES))


def whole_group(who: Who, g: OrderGroup) -> bool:
    return who.user_id is not None and (who.platform or g.customer_id == who.user_id)


def may_see(who: Who, facts: Facts, type_name: str, key: int) -> bool:
    if type_name == "MerchantOrder":
        return may_see_order(who, facts.orders[key])
    if type_name == "OrderGroup":
        g = facts.groups[key]
        return whole_group(who, g) or any(may_see_order(who, o) for o in facts.group_orders[key])
    if type_name == "AftersalesCase":
        c = facts.cases[key]
        return who.user_id is not None and (
            who.platform or c.customer_id == who.user_id or who.staff(c.merchant_id, READ_ROLES)
        )
    if type_name == "ShipmentBatch":
        return who.user_id is not None and (
            who.platform or who.staff(facts.batches[key].merchant_id, FULFILMENT)
        )
    if type_name in ("Warehouse", "MerchantInboxItem", "ShippingTemplate"):
        tables = {"Warehouse": facts.warehouses, "ShippingTemplate": facts.templates}
        row = tables.get(type_name, facts.inbox)[key]
        return who.user_id is not None and (who.platform or who.merchant_id == row.merchant_id)
    if type_name == "WebhookEndpoint":
        if who.partner_id is not None:
            return facts.endpoints[key].partner_id == who.partner_id
        return who.platform
    if type_name == "WebhookDelivery":
        d = facts.deliveries[key]
        if who.partner_id is not None:
            endpoint = facts.endpoints.get(d.endpoint_id)
            return endpoint is not None and endpoint.partner_id == who.partner_id
        if who.user_id is None:
            return False
        return who.platform or (
            DeliveryTarget(d.target) == DeliveryTarget.MERCHANT
            and who.staff(d.merchant_id, {StaffRole.OWNER})
        )
    if type_name == "CustomerAddress":
        return who.user_id is not None and facts.addresses[key].customer_id == who.user_id
    if type_name == "Ticket":
        t = facts.tickets[key]
        return who.user_id is not None and (
            who.platform or t.customer_id == who.user_id or who.staff(t.merchant_id, READ_ROLES)
        )
    if type_name == "Review":  # public; hidden: platform, its author, its merchant's staff
        r = facts.reviews[key]
        return not r.hidden or (
            who.user_id is not None
            and (who.platform or r.customer_id == who.user_id or who.merchant_id == r.merchant_id)
        )
    if type_name == "StaffMember":
        member = facts.staff[key]
        return who.user_id is not None and (
            who.admin or who.staff(member.merchant_id, {StaffRole.OWNER})
        )
    raise AssertionError(type_name)


def merchant_scope(who: Who) -> frozenset | None:
    """The merchants whose tenant data the viewer may meet at all (None: no such limit)."""
    if who.merchant_id is not None:
        return frozenset({who.merchant_id})
    if who.courier_of is not None:
        return frozenset({who.courier_of})
    if who.partner_id is not None:
        return who.partner_merchants
    return None


# --- reading the answers ------------------------------------------------------------------------

TENANT_TYPES = {
    "MerchantOrder",
    "OrderGroup",
    "OrderLine",
    "OrderEvent",
    "Shipment",
    "TrackingEvent",
    "ShipmentBatch",
    "CarrierAccount",
    "AftersalesCase",
    "AftersalesCaseLine",
    "Warehouse",
    "StockLevel",
    "MerchantInboxItem",
    "MerchantWebhook",
    "WebhookEndpoint",
    "WebhookDelivery",
    "StaffMember",
    "StaffInvitation",
    "CustomerAddress",
    "Ticket",
    "TicketMessage",
    "TicketHistoryEntry",
    "ShippingTemplate",
    "OrderAssignee",
    "PickList",
}


def decode(value: Any) -> tuple[str, int] | None:
    """(type, pk) of a global id (the API's and the webhook bodies'), else None."""
    if not isinstance(value, str) or len(value) > 200:
        return None
    try:
        text = base64.b64decode(value, validate=True).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    type_name, _, key = text.partition(":")
    return (type_name, int(key)) if key.isdigit() and type_name.isidentifier() else None


class Checker:
    """Walks an answer and notes every row the viewer should not have got."""

    def __init__(self, walk: Walk, who: Who) -> None:
        self.walk, self.who, self.facts = walk, who, walk.facts
        self.scope = merchant_scope(who)
        self.leaks: list[str] = []
        self.seen: set[tuple[str, int]] = set()

    def _ref(self, type_name: str, key: int, where: str, reference: bool = False) -> None:
        """An object of ``type_name`` in the answer (or, ``reference``, only its id: in an
        event payload, ``orderId``...: allowed for the merchants the viewer works with)."""
        if type_name not in self.facts.ids() or key not in self._table(type_name):
            return
        if not reference:
            self.seen.add((type_name, key))
        if may_see(self.who, self.facts, type_name, key):
            return
        if reference and self.scope is not None:
            if type_name == "MerchantOrder" and self.facts.orders[key].merchant_id in self.scope:
                return
            if type_name == "OrderGroup" and any(
                o.merchant_id in self.scope for o in self.facts.group_orders[key]
            ):
                return
        self.leaks.append(f"{where}: {type_name}:{key}")

    def _table(self, type_name: str) -> dict:
        return {
            "MerchantOrder": self.facts.orders,
            "OrderGroup": self.facts.groups,
            "AftersalesCase": self.facts.cases,
            "ShipmentBatch": self.facts.batches,
            "Warehouse": self.facts.warehouses,
            "MerchantInboxItem": self.facts.inbox,
            "WebhookEndpoint": self.facts.endpoints,
            "WebhookDelivery": self.facts.deliveries,
            "StaffMember": self.facts.staff,
            "CustomerAddress": self.facts.addresses,
            "Ticket": self.facts.tickets,
            "Review": self.facts.reviews,
            "ShippingTemplate": self.facts.templates,
        }[type_name]

    def _merchant(self, merchant_id: int | None, where: str) -> None:
        if merchant_id is not None and self.scope is not None and merchant_id not in self.scope:
            self.leaks.append(f"{where}: data of merchant {merchant_id}")

    def _group_totals(self, d: dict, where: str) -> None:
        ref = decode(d.get("id"))
        if ref is None or ref[0] != "OrderGroup" or "total" not in d or d["total"] is None:
            return
        group = self.facts.groups[ref[1]]
        if whole_group(self.who, group):
            expected = group.total
        else:
            expected = sum(
                (o.total for o in self.facts.group_orders[group.id] if may_see_order(self.who, o)),
                Decimal(0),
            )
        if Decimal(str(d["total"]["amount"])) != expected:
            self.leaks.append(f"{where}: group total {d['total']['amount']} (may see {expected})")

    def check(self, value: Any, where: str = "", parent: str | None = None) -> None:
        if isinstance(value, list):
            for i, item in enumerate(value):
                self.check(item, f"{where}[{i}]", parent)
            return
        if not isinstance(value, dict):
            return
        typename = value.get("__typename")
        for key, item in value.items():
            path = f"{where}.{key}"
            ref = decode(item)
            if ref is not None and (key == "id" or key.endswith("Id")):
                self._ref(*ref, path, reference=key != "id" or typename is None)
                if ref[0] == "Merchant" and (key == "merchantId" or parent in TENANT_TYPES):
                    self._merchant(ref[1], path)
            elif key == "merchantIds" and isinstance(item, list):
                for m in item:
                    if (found := decode(m)) and found[0] == "Merchant":
                        self._merchant(found[1], path)
            self.check(item, path, typename or parent)
        if typename == "OrderLine" and str(value.get("id", "")).isdigit():
            order = self.facts.lines.get(int(value["id"]))
            if order is not None:
                self._ref("MerchantOrder", order, f"{where} (line)")
        if typename == "Shipment" and value.get("trackingNumber") in self.facts.waybills:
            self._ref("MerchantOrder", self.facts.waybills[value["trackingNumber"]], where)
        if typename == "CarrierAccount" and value.get("name") in self.facts.carrier_accounts:
            self._merchant(self.facts.carrier_accounts[value["name"]], where)
        if typename == "OrderGroup":
            self._group_totals(value, where)
        internal = (typename == "TicketMessage" and value.get("internal")) or (
            typename == "TicketHistoryEntry" and value.get("step") == "NOTE_ADDED"
        )
        if internal and not self.who.platform:
            self.leaks.append(f"{where}: an agent's internal note")
        if typename == "OrderAssignee" and (ref := decode(value.get("id"))) is not None:
            self.seen.add(("OrderAssignee", ref[1]))
            if not may_see_assignee(self.who, self.facts.staff_merchant.get(ref[1])):
                self.leaks.append(f"{where}: the assignee (User:{ref[1]}) of an order")


# --- generating the walk from the schema's introspection ---------------------------------------


class Walker:
    def __init__(self, schema: graphql.GraphQLSchema, fixtures: dict | None = None) -> None:
        self.schema = schema
        self.fixtures = {**FIXTURES, **(fixtures or {})}

    def _args(self, f: graphql.GraphQLField) -> str | None:
        """The arguments to pass (``first`` on connections, fixtures), or None: skip the field."""
        given = []
        for name, arg in f.args.items():
            if name == "first":
                given.append(f"first: {PAGE}")
            elif name in self.fixtures:
                given.append(f"{name}: {self.fixtures[name]}")
            elif isinstance(arg.type, GraphQLNonNull) and arg.default_value is graphql.Undefined:
                return None
        return f"({', '.join(given)})" if given else ""

    def selection(self, type_: Any, depth: int) -> str:
        named = get_named_type(type_)
        if isinstance(named, GraphQLInterfaceType | GraphQLUnionType):
            parts = ["__typename"] + [
                f"... on {t.name} {{ {self.fields(t, depth)} }}"
                for t in self.schema.get_possible_types(named)
            ]
            return " ".join(parts)
        return self.fields(named, depth)

    def fields(self, t: GraphQLObjectType, depth: int) -> str:
        if t.name.endswith("Connection") and "nodes" in t.fields:
            node = t.fields["nodes"].type
            return f"__typename totalCount nodes {{ {self.selection(node, depth)} }}"
        parts = ["__typename"]
        for name, f in t.fields.items():
            if name.startswith("_"):
                continue
            args = self._args(f)
            if args is None:
                continue
            if is_leaf_type(get_named_type(f.type)):
                parts.append(f"{name}{args}")
            elif depth > 0:
                parts.append(f"{name}{args} {{ {self.selection(f.type, depth - 1)} }}")
        return " ".join(parts)

    def root(self, name: str, args: str = "") -> str:
        f = self.schema.query_type.fields[name]
        if is_leaf_type(get_named_type(f.type)):
            return f"{name}{args}"
        return f"{name}{args} {{ {self.selection(f.type, DEPTH)} }}"

    def entries(self, ids: dict[str, list[int]]) -> list[str]:
        """The walk's queries: the root fields (nullable ones together, a non-null one alone, as
        an error there would null the whole answer), then each root field taking an id with
        every id of its type, and ``node`` with every id."""
        together, alone = [], []
        by_id: list[str] = []
        for name, f in self.schema.query_type.fields.items():
            if name.startswith("_") or name == "node":
                continue
            args = self._args(f)
            if args is None:
                target = get_named_type(f.type).name
                required = [n for n, a in f.args.items() if isinstance(a.type, GraphQLNonNull)]
                if required == ["id"] and target in ids:
                    for key in ids[target]:
                        gid = base64.b64encode(f"{target}:{key}".encode()).decode()
                        by_id.append(self.root(name, f'(id: "{gid}")'))
                continue
            (alone if isinstance(f.type, GraphQLNonNull) else together).append(
                self.root(name, args)
            )
        queries = ["{ " + " ".join(together) + " }"]
        queries += ["{ " + q + " }" for q in alone + by_id]
        for type_name, keys in ids.items():
            if type_name in NOT_NODES or not keys:
                continue
            t = self.schema.get_type(type_name)
            nodes = []
            for key in keys:
                gid = base64.b64encode(f"{type_name}:{key}".encode()).decode()
                nodes.append(
                    f'n_{type_name}_{key}: node(id: "{gid}") {{ __typename '
                    f"... on {type_name} {{ {self.fields(t, DEPTH - 1)} }} }}"
                )
            queries.append("{ " + " ".join(nodes) + " }")
        return queries


# --- running it ---------------------------------------------------------------------------------


@pytest.fixture
async def wide(database):
    """The app with limits wide enough for the generated walk (the limits have tests of
    their own)."""
    settings = replace(
        Settings(),
        max_concurrent_requests=0,
        max_query_depth=64,
        max_query_tokens=10**6,
        max_aliases=10**4,
        max_query_cost=10**9,
        max_document_bytes=10**7,
        max_body_bytes=10**7,
    )
    app = create_app(settings, manage_orm=False)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://plaza.test") as c:
        yield c


async def _post(client, path: str, query: str, token: str | None, variables=None) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    resp = await client.post(
        path, json={"query": query, "variables": variables or {}}, headers=headers
    )
    assert resp.status_code == 200, resp.text
    return resp.json()


async def _schema(client, path: str = "/graphql") -> graphql.GraphQLSchema:
    body = await _post(client, path, graphql.get_introspection_query(), None)
    assert "errors" not in body, body
    return graphql.build_client_schema(body["data"])


def _unexpected_errors(body: dict) -> list[str]:
    """Errors that are bugs rather than refusals: masked exceptions, non-null violations (a
    rule hiding what another rule shows)."""
    return [
        f"{e.get('path')}: {e['message']}"
        for e in body.get("errors") or ()
        if (e.get("extensions") or {}).get("code") == "INTERNAL_ERROR"
        or "Cannot return null for non-nullable" in e["message"]
    ]


async def test_every_role_walks_the_graph_and_meets_only_its_own_tenants(gql, client, wide):
    walk = await build_walk(gql, client)
    merchant_a = base64.b64encode(f"Merchant:{walk.world.a.merchant.id}".encode()).decode()
    # merchantStaff(merchantId:) needs a merchant: A's (B's owner is refused it)
    walker = Walker(await _schema(wide), {"merchantId": f'"{merchant_a}"'})
    queries = walker.entries(walk.facts.ids())
    report = []
    for who in walk.viewers:
        checker = Checker(walk, who)
        errors = []
        for query in queries:
            body = await _post(wide, "/graphql", query, who.token)
            errors += _unexpected_errors(body)
            checker.check(body.get("data"), who.name)
            # node(id:) answers exactly what the viewer may see: null for every foreign id
            if query.startswith("{ n_"):
                for alias, found in (body.get("data") or {}).items():
                    _, type_name, key = alias.split("_")
                    expected = may_see(who, walk.facts, type_name, int(key))
                    if (found is not None) != expected:
                        report.append(f"{who.name}: node({type_name}:{key}) -> {found!r:.80}")
        report += [f"{who.name}: leak {leak}" for leak in checker.leaks]
        report += [f"{who.name}: error {e}" for e in errors]
        _expect_sightings(walk, who, checker.seen, report)
    assert not report, "\n".join(report[:80]) + f"\n({len(report)} findings)"


def _expect_sightings(walk: Walk, who: Who, seen: set, report: list[str]) -> None:
    """The walk is not vacuous: each viewer meets the rows it should (and the shared checkout
    through its own order)."""
    facts = walk.facts
    for type_name, keys in facts.ids().items():
        for key in keys:
            if (
                type_name == "StaffMember"
                and facts.staff[key].merchant_id != walk.world.a.merchant.id
            ):
                continue  # only merchant A's staff list is walked
            if may_see(who, facts, type_name, key) and (type_name, key) not in seen:
                report.append(f"{who.name}: never met {type_name}:{key} it may see")
    for order in facts.orders.values():
        if order.assignee_id is None or not may_see_order(who, order):
            continue
        if (
            may_see_assignee(who, order.merchant_id)
            and (
                "OrderAssignee",
                order.assignee_id,
            )
            not in seen
        ):
            report.append(f"{who.name}: never met the assignee of order {order.id}")


async def test_entities_on_every_subgraph_answer_only_what_the_viewer_may_see(gql, client, wide):
    walk = await build_walk(gql, client)
    ids = walk.facts.ids()
    report = []
    for domain in DOMAINS:
        path = f"/subgraphs/{domain}"
        schema = await _schema(wide, path)
        entity = schema.get_type("_Entity")
        if entity is None:
            continue
        types = [t for t in schema.get_possible_types(entity) if t.name in ids]
        for t in types:
            reps = [
                {"__typename": t.name, "id": base64.b64encode(f"{t.name}:{k}".encode()).decode()}
                for k in ids[t.name]
            ]
            query = (
                "query($r: [_Any!]!) { _entities(representations: $r) { __typename "
                f"... on {t.name} {{ {Walker(schema).fields(t, 2)} }} }} }}"
            )
            for who in walk.viewers:
                body = await _post(wide, path, query, who.token, {"r": reps})
                report += [f"{domain} {who.name}: {e}" for e in _unexpected_errors(body)]
                checker = Checker(walk, who)
                checker.check(body.get("data"), f"{domain} {who.name}")
                report += [f"leak {leak}" for leak in checker.leaks]
                found = (body.get("data") or {}).get("_entities") or [None] * len(reps)
                for key, entity_found in zip(ids[t.name], found, strict=True):
                    if (entity_found is not None) != may_see(who, walk.facts, t.name, key):
                        report.append(f"{domain} {who.name}: {t.name}:{key} -> {entity_found}")
    assert not report, "\n".join(report[:80]) + f"\n({len(report)} findings)"


async def test_a_merchant_sees_its_part_of_a_shared_checkout(gql, client):
    """The defect, as a merchant's staff met it: their order, then the checkout's orders."""
    walk = await build_walk(gql, client)
    w = walk.world
    order_a = base64.b64encode(f"MerchantOrder:{walk.extra['order_a']}".encode()).decode()
    query = """query($id: ID!) { order(id: $id) { number orderGroup { id total { amount }
      orders { number merchant { slug } shippingAddress lines { productName } events { reason } }
    } } }"""
    own = walk.facts.orders[walk.extra["order_a"]]
    for token in (w.a.orders.token, w.courier.token):
        body = await _post_gql(gql, query, {"id": order_a}, token)
        group = body["data"]["order"]["orderGroup"]
        assert [o["number"] for o in group["orders"]] == [own.number]
        assert {o["merchant"]["slug"] for o in group["orders"]} == {"alpha"}
        assert Decimal(group["total"]["amount"]) == own.total
    body = await _post_gql(gql, query, {"id": order_a}, w.customer.token)
    group = body["data"]["order"]["orderGroup"]
    assert {o["merchant"]["slug"] for o in group["orders"]} == {"alpha", "beta"}
    assert Decimal(group["total"]["amount"]) == walk.facts.groups[walk.shared_group].total

    # B's part cancelled: the customer learns it from the group, A's staff do not
    await OrderGroup.filter(id=walk.shared_group).update(status=GroupStatus.PARTIALLY_CANCELLED)
    status = """query($id: ID!) { order(id: $id) { orderGroup { status } } }"""
    for token, expected in (
        (w.customer.token, "PARTIALLY_CANCELLED"),
        (w.admin.token, "PARTIALLY_CANCELLED"),
        (w.a.orders.token, "PAID"),
    ):
        body = await _post_gql(gql, status, {"id": order_a}, token)
        assert body["data"]["order"]["orderGroup"]["status"] == expected


async def _post_gql(gql, query: str, variables: dict, token: str | None) -> dict:
    body = await gql(query, variables, token=token)
    assert "errors" not in body, body
    return body


async def test_inbox_items_and_deliveries_carry_only_their_own_order(gql, client):
    """What dispatch sends a merchant (inbox item, webhook) and a partner: one order, its own."""
    walk = await build_walk(gql, client)
    facts = walk.facts
    for item in facts.inbox.values():
        data = item.payload["data"]
        order = facts.orders[item.order_id]
        assert order.merchant_id == item.merchant_id
        assert decode(data["orderId"]) == ("MerchantOrder", order.id)
        assert decode(data["merchantId"]) == ("Merchant", item.merchant_id)
        lines = await OrderLine.filter(order_id=order.id).order_by("id")
        assert [li["sku"] for li in data["lines"]] == [line.sku for line in lines]
        assert Decimal(data["total"]) == order.total
    for delivery in facts.deliveries.values():
        import json

        data = json.loads(delivery.body)["data"]
        referenced = decode(data.get("orderId"))
        assert referenced is not None and referenced[0] == "MerchantOrder"
        order = facts.orders[referenced[1]]
        assert order.merchant_id == delivery.merchant_id
        assert decode(data["merchantId"]) == ("Merchant", delivery.merchant_id)
        if delivery.endpoint_id is not None:  # a partner's: only merchants in its scope
            endpoint = facts.endpoints[delivery.endpoint_id]
            assert delivery.merchant_id in endpoint.merchant_ids
        # nothing of the other merchants of the checkout
        others = {
            o.number
            for o in facts.group_orders[order.group_id]
            if o.merchant_id != order.merchant_id
        }
        assert not any(number in delivery.body for number in others)


async def test_subscription_payloads_are_screened_per_event():
    """A subscription's stream passes through the same screen: an event of another merchant's
    order is not delivered, even if the subscription's own filters let it through."""
    from types import SimpleNamespace

    from resolvers.subscriptions import order_event_view
    from schema.subscriptions import OrderStreamEvent
    from schema.visibility import screen

    def event(merchant_id: int, customer_id: int, topic: str = "order.paid") -> OrderStreamEvent:
        message = {
            "id": merchant_id * 100 + customer_id,
            "topic": topic,
            "aggregate": "merchant_order",
            "aggregate_id": merchant_id * 10 + customer_id,
            "merchant_id": merchant_id,
            "customer_id": customer_id,
            "payload": {"order_number": "N", "to": topic.removeprefix("order.")},
        }
        return OrderStreamEvent.from_view(order_event_view(message), message)

    async def stream():
        for e in (event(1, 7), event(2, 7), event(2, 8), event(1, 8, "order.shipped")):
            yield e

    async def delivered(viewer: Viewer) -> list[tuple[int, int]]:
        info = SimpleNamespace(context=SimpleNamespace(viewer=viewer))
        return [(e.merchant_pk, e.customer_pk) async for e in screen(stream(), info)]

    staff_a = Viewer(user_id=50, merchant_id=1, staff_roles=frozenset({StaffRole.ORDERS}))
    catalog_a = Viewer(user_id=51, merchant_id=1, staff_roles=frozenset({StaffRole.CATALOG}))
    partner = Viewer(
        partner_id=3,
        partner_merchant_ids=frozenset({1}),
        partner_event_types=frozenset({"order.paid"}),
    )
    assert await delivered(staff_a) == [(1, 7), (1, 8)]
    assert await delivered(catalog_a) == []
    assert await delivered(Viewer(user_id=7)) == [(1, 7), (2, 7)]
    assert await delivered(partner) == [(1, 7)]
    assert await delivered(Viewer(user_id=9, is_courier=True, courier_merchant_id=1)) == [(1, 8)]
    assert await delivered(Viewer()) == []
    assert len(await delivered(ADMIN)) == 4


PICK_LIST = """query($ids: [ID!]!) { pickList(orderIds: $ids) { __typename merchantId
  orderNumbers totalQuantity rows { __typename sku location warehouseId quantity orderNumbers }
  html text } }"""
POINT_ORDERS = """query($p: ID!, $d: Date!) { pickupOrders(pointId: $p, date: $d) {
  __typename id number merchant { id } assignee { __typename id email }
  pickupPoint { id name } } }"""
POINTS = """{ pickupPoints(storefront: "groupbuy") { __typename id name address community
  cityCode capacityPerDay ordersToday remainingToday } }"""


def _gid(type_name: str, key: int) -> str:
    return base64.b64encode(f"{type_name}:{key}".encode()).decode()


async def test_pick_lists_and_point_orders_answer_only_what_each_role_may_see(gql, client, wide):
    """The entries the generated walk cannot take (they need ids and a day): every role asks
    for each merchant's pick list, each point's orders of the day, and the points of the
    group-buy storefront."""
    from datetime import UTC, datetime, timedelta

    from models.merchants import PickupPoint

    walk = await build_walk(gql, client)
    facts = walk.facts
    pickable = {OrderStatus.PAID, OrderStatus.CONFIRMED, OrderStatus.PICKING, OrderStatus.PACKED}
    by_merchant: dict[int, list[MerchantOrder]] = {}
    for o in facts.orders.values():
        if OrderStatus(o.status) in pickable:
            by_merchant.setdefault(o.merchant_id, []).append(o)
    assert len(by_merchant) == 2, "the world needs pickable orders of both merchants"
    points = await PickupPoint.all().order_by("id")
    day = (datetime.now(UTC) + timedelta(hours=8)).date().isoformat()
    report: list[str] = []
    met: set[tuple[str, str]] = set()
    for who in walk.viewers:
        checker = Checker(walk, who)
        for merchant_id, orders in by_merchant.items():
            ids = [_gid("MerchantOrder", o.id) for o in orders]
            body = await _post(wide, "/graphql", PICK_LIST, who.token, {"ids": ids})
            report += [f"{who.name}: error {e}" for e in _unexpected_errors(body)]
            got = (body.get("data") or {}).get("pickList")
            allowed = who.user_id is not None and (
                who.platform or who.staff(merchant_id, FULFILMENT)
            )
            if (got is not None) != allowed:
                report.append(f"{who.name}: pickList(merchant {merchant_id}) -> {got!r:.80}")
            if got is not None:
                met.add((who.name, "pickList"))
                expected = sorted(o.number for o in orders)
                if sorted(got["orderNumbers"]) != expected:
                    report.append(f"{who.name}: pick list of {got['orderNumbers']}")
                if decode(got["merchantId"]) != ("Merchant", merchant_id):
                    report.append(f"{who.name}: pick list of merchant {got['merchantId']}")
            checker.check(body.get("data"), f"{who.name} pickList")
        for point in points:
            body = await _post(
                wide,
                "/graphql",
                POINT_ORDERS,
                who.token,
                {"p": _gid("PickupPoint", point.id), "d": day},
            )
            report += [f"{who.name}: error {e}" for e in _unexpected_errors(body)]
            got = (body.get("data") or {}).get("pickupOrders")
            allowed = who.user_id is not None and (who.platform or point.id in who.points)
            if (got is not None) != allowed:
                report.append(f"{who.name}: pickupOrders({point.name}) -> {got!r:.80}")
            for o in got or ():
                met.add((who.name, "pickupOrders"))
                order = facts.orders[decode(o["id"])[1]]
                if order.pickup_point_id != point.id:
                    report.append(f"{who.name}: order {order.id} not at {point.name}")
            checker.check(body.get("data"), f"{who.name} pickupOrders")
        body = await _post(wide, "/graphql", POINTS, who.token)
        names = sorted(p["name"] for p in body["data"]["pickupPoints"])
        if names != sorted(p.name for p in points):
            report.append(f"{who.name}: pickupPoints -> {names}")
        report += [f"{who.name}: leak {leak}" for leak in checker.leaks]
    # not vacuous: the leader meets their point's order, staff and the platform pick lists
    for name, entry in (
        ("leader", "pickupOrders"),
        ("admin", "pickupOrders"),
        ("admin", "pickList"),
        ("alpha:warehouse", "pickList"),
    ):
        if (name, entry) not in met:
            report.append(f"{name}: {entry} answered nothing")
    assert not report, "\n".join(report[:80]) + f"\n({len(report)} findings)"
