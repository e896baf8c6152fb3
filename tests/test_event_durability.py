"""The work an event causes survives the broker: at least once, duplicates only with the same
``webhook-id``.

Paid orders must reach their merchant (inbox item + merchant webhook) and partners (one delivery
per matching endpoint) even when the broker loses every message it held: a private
``redis-server`` killed with the messages queued, or an in-process broker whose process stopped.
The relay writes the inbox items and the delivery rows in its claim's transaction, before the
events count as published; the broker only carries "attempt delivery N now", and the delivery
sweep sends again what lost its message.

Also here: changes to a dispatched order (``order.updated``) reach the merchant too.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import defaultdict
from dataclasses import dataclass

import dramatiq
import pytest
import redis
from standardwebhooks import Webhook
from tortoise.transactions import in_transaction

from models.accounts import StaffRole
from models.aftersales import CaseType
from models.orders import Actor, MerchantOrder, OrderLine
from models.orders import OrderStatus as S
from models.outbox import OutboxEvent
from models.webhooks import (
    DeliveryStatus,
    DeliveryTarget,
    MerchantInboxItem,
    WebhookDelivery,
)
from plaza.auth import issue_tokens
from plaza.settings import Settings
from resolvers import aftersales, outbox
from resolvers import webhooks as uc
from resolvers.orders import transition
from resolvers.permissions import Viewer
from tasks import broker as brokers
from tasks import orm, runtime
from tasks import outbox as relay
from tasks import webhooks as jobs
from tasks.outbox import relay_once
from tests.broker_support import private_redis  # noqa: F401
from tests.checkout_support import cart_with, gid, make_shoppers, pk, place
from tests.order_support import act
from tests.support import make_staff
from tests.test_dispatch import set_webhook
from tests.test_webhooks import (  # noqa: F401
    Receiver,
    create_endpoint,
    make_shop,
    partner_key,
    pay_order,
    policy_fixture,
    receiver_fixture,
    worker_fixture,
)

pytestmark = pytest.mark.usefixtures("database")


@pytest.fixture(autouse=True)
def loopback_receivers(monkeypatch):
    """The receivers here listen on 127.0.0.1: registration must allow it (delivery does, by
    the policy each test configures)."""
    from resolvers.webhooks import PRIVATE_NETWORKS_ENV

    monkeypatch.setenv(PRIVATE_NETWORKS_ENV, "1")


GROUPS = 4  # order groups paid, each with an order of both merchants
PARTNER_TYPES = ("order.placed", "order.paid")
#: a pending delivery this long overdue is taken for lost by the sweep (60 s in production)
LOST_AFTER_S = 0.3


def fast_policy() -> uc.RetryPolicy:
    return uc.RetryPolicy(
        base_ms=40,
        max_attempts=5,
        timeout_s=2.0,
        jitter=0,
        allow_private_networks=True,
        lost_after_s=LOST_AFTER_S,
    )


async def wait_for(check, within: float) -> bool:
    """Await ``check()`` until it is truthy; False after ``within`` seconds."""
    deadline = time.monotonic() + within
    while not await check():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.1)
    return True


@dataclass
class Figures:
    """What reached whom, measured from the database and the receiver."""

    events: int = 0  # outbox events that partners or the merchant should get
    paid_orders: int = 0
    inbox_items: int = 0
    orders_without_inbox_item: int = 0
    orders_with_several_inbox_items: int = 0
    merchant_expected: int = 0  # order.paid events of the merchant with a webhook
    merchant_deliveries: int = 0
    merchant_delivered: int = 0
    partner_expected: int = 0  # (event, endpoint) pairs
    partner_deliveries: int = 0
    partner_delivered: int = 0
    hits: int = 0  # requests the receiver answered 2xx
    duplicates: int = 0  # 2xx requests repeating a webhook-id already received
    ids_per_delivery_max: int = 0  # distinct webhook-ids seen for one (subscriber, event)
    messages_lost: int = 0  # messages the broker held when it died

    @property
    def complete(self) -> bool:
        return (
            self.orders_without_inbox_item == 0
            and self.orders_with_several_inbox_items == 0
            and self.merchant_delivered == self.merchant_deliveries == self.merchant_expected
            and self.partner_delivered == self.partner_deliveries == self.partner_expected
            and self.ids_per_delivery_max <= 1
        )


async def measure(receiver: Receiver, merchant_id: int, lost: int = 0) -> Figures:
    f = Figures(messages_lost=lost)
    paid = await MerchantOrder.filter(paid_at__isnull=False).values_list("id", flat=True)
    items: dict[int, int] = defaultdict(int)
    for order_id in await MerchantInboxItem.all().values_list("order_id", flat=True):
        items[order_id] += 1
    f.paid_orders, f.inbox_items = len(paid), sum(items.values())
    f.orders_without_inbox_item = sum(1 for o in paid if not items.get(o))
    f.orders_with_several_inbox_items = sum(1 for o in paid if items.get(o, 0) > 1)
    events = await OutboxEvent.filter(topic__in=PARTNER_TYPES)
    f.events = len(events)
    f.merchant_expected = sum(
        1 for e in events if e.topic == "order.paid" and e.merchant_id == merchant_id
    )
    f.partner_expected = len(events)  # one endpoint, subscribed to both merchants and types
    for d in await WebhookDelivery.all():
        delivered = d.status == DeliveryStatus.DELIVERED
        if d.target == DeliveryTarget.MERCHANT:
            f.merchant_deliveries += 1
            f.merchant_delivered += delivered
        else:
            f.partner_deliveries += 1
            f.partner_delivered += delivered
    ids: dict[tuple[str, str], set[str]] = defaultdict(set)
    seen: set[str] = set()
    for hit in receiver.hits:
        if hit.status != 200:
            continue
        f.hits += 1
        f.duplicates += hit.webhook_id in seen
        seen.add(hit.webhook_id)
        ids[(hit.path, json.loads(hit.body)["data"]["eventId"])].add(hit.webhook_id)
    f.ids_per_delivery_max = max((len(v) for v in ids.values()), default=0)
    return f


def queued_messages(port: int) -> int:
    """Messages a Redis broker holds (queued or delayed): dramatiq keeps them in ``*.msgs``."""
    client = redis.Redis(port=port)
    try:
        return sum(client.hlen(key) for key in client.scan_iter(match="*.msgs"))
    finally:
        client.close()


async def test_paid_orders_reach_merchant_and_partners_after_the_broker_lost_its_messages(
    gql,
    client,
    receiver,
    database,
    private_redis,  # noqa: F811
):
    jobs.configure(fast_policy())
    shop = await make_shop(2)
    merchant = shop.merchants[0]
    _, owner = await make_staff_owner(merchant)
    configured = await set_webhook(gql, owner, receiver.url("merchant"))
    assert configured["errors"] == []
    _, key = await partner_key("Acme", shop.merchants)
    created = await create_endpoint(
        gql, key, receiver.url("partner"), shop.merchants, event_types=PARTNER_TYPES
    )
    assert created["errors"] == [], created

    # The relay and the sweeps run here; no worker consumes: messages wait in Redis.
    await runtime.start(
        Settings(database_url=database.url, broker_url=private_redis.url, pubsub_url=""),
        relay_interval=0.1,
        sweep_interval=0.3,
    )
    worker: dramatiq.Worker | None = None
    figures = Figures()
    try:
        for n in range(GROUPS):
            await pay_order(gql, client, shop, [0, 1], f"durable-{n}")
        runtime.wake_relay()

        async def relayed() -> bool:
            return await outbox.unpublished_count() == 0

        assert await wait_for(relayed, 20), "the relay did not publish the events"
        lost = queued_messages(private_redis.port)
        private_redis.kill()  # every queued message is gone
        private_redis.start()
        assert queued_messages(private_redis.port) == 0

        orm.configure(database.url, pool_max=4)
        worker = dramatiq.Worker(brokers.get_broker(), worker_threads=2, worker_timeout=100)
        worker.start()

        async def complete() -> bool:
            nonlocal figures
            figures = await measure(receiver, merchant.id, lost)
            return figures.complete

        done = await wait_for(complete, 30)
        print(f"broker lost its messages: {figures}")  # shown with pytest -s
        assert done, f"not every event reached its subscribers: {figures}"
        assert figures.paid_orders == figures.inbox_items == 2 * GROUPS, figures
        assert figures.merchant_expected == GROUPS, figures
        assert figures.partner_expected == 4 * GROUPS, figures
        assert figures.hits - figures.duplicates == 5 * GROUPS, figures
        # what the merchant got is the order, signed with its secret
        hit = next(h for h in receiver.to("merchant") if h.status == 200)
        payload = Webhook(configured["secret"]).verify(hit.body, hit.headers)
        assert payload["type"] == "order.paid" and payload["data"]["lines"], payload
    finally:
        if worker is not None:
            await asyncio.to_thread(worker.stop)
        await runtime.stop()
        brokers.bind_broker(brokers.make_broker(""))
        jobs.configure()


async def test_deliveries_survive_an_in_process_broker_whose_process_stopped(
    gql, client, receiver, database
):
    """The in-memory broker's messages die with its process; the next process's sweep sends
    the pending deliveries the relay wrote."""
    jobs.configure(fast_policy())
    shop = await make_shop(1)
    merchant = shop.merchants[0]
    _, owner = await make_staff_owner(merchant)
    assert (await set_webhook(gql, owner, receiver.url("merchant")))["errors"] == []
    _, key = await partner_key("Acme", shop.merchants)
    created = await create_endpoint(
        gql, key, receiver.url("partner"), shop.merchants, event_types=PARTNER_TYPES
    )
    assert created["errors"] == [], created
    try:
        # "process 1": a relay pass, then the process stops with the messages still queued
        stopped = brokers.make_broker("")
        brokers.bind_broker(stopped)
        await pay_order(gql, client, shop, [0], "in-process-1")
        while await relay_once():
            pass
        assert await outbox.unpublished_count() == 0
        lost = sum(q.qsize() for q in stopped.queues.values())
        stopped.flush_all()
        stopped.close()

        # "process 2": the in-process runtime; its sweep finds what lost its message
        await asyncio.sleep(LOST_AFTER_S)
        await runtime.start(
            Settings(database_url=database.url, broker_url="", pubsub_url=""),
            relay_interval=0.1,
            sweep_interval=0.3,
        )
        figures = Figures()

        async def complete() -> bool:
            nonlocal figures
            figures = await measure(receiver, merchant.id, lost)
            return figures.complete

        done = await wait_for(complete, 20)
        print(f"in-process broker stopped: {figures}")
        assert done, f"not every event reached its subscribers: {figures}"
        assert (figures.paid_orders, figures.merchant_expected, figures.partner_expected) == (
            1,
            1,
            2,
        ), figures
    finally:
        await runtime.stop()
        brokers.bind_broker(brokers.make_broker(""))
        jobs.configure()


async def test_a_send_that_fails_after_the_commit_leaves_the_delivery_to_the_sweep(
    gql, client, receiver, worker, policy, monkeypatch
):
    """The rows commit with the event; the broker refusing the message afterwards neither
    unpublishes the event nor loses the delivery: the sweep sends it, under the same id."""
    shop = await make_shop(1)
    _, owner = await make_staff_owner(shop.merchants[0])
    await set_webhook(gql, owner, receiver.url("merchant"))
    await pay_order(gql, client, shop, [0], "refused-1")
    real_send = relay.send

    async def refusing(actor, *args, **kwargs):
        if actor is jobs.deliver_webhook:
            raise dramatiq.errors.ConnectionClosed(ConnectionRefusedError("broker went away"))
        return await real_send(actor, *args, **kwargs)

    monkeypatch.setattr(relay, "send", refusing)
    result = await relay.relay_batch()
    assert result.broker_down and result.unsent_after_commit == 1, result
    assert await outbox.unpublished_count() == 0  # published: its rows are written
    (delivery,) = await WebhookDelivery.all()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.PENDING, 0)
    assert await MerchantInboxItem.all().count() == 1

    monkeypatch.setattr(relay, "send", real_send)  # the broker is back
    jobs.configure(policy, lost_after_s=0)
    assert await jobs.sweep_webhook_deliveries.coroutine() == 1
    await worker.join()
    (hit,) = receiver.to("merchant")
    assert hit.status == 200 and hit.webhook_id == delivery.message_id
    assert (await WebhookDelivery.get(id=delivery.id)).status == DeliveryStatus.DELIVERED


async def make_staff_owner(merchant):
    return await make_staff(merchant, f"owner@{merchant.slug}.test", [StaffRole.OWNER])


# --- changes after dispatch -----------------------------------------------------------------------

NEW_ADDRESS = {
    "name": "Han Meimei",
    "phone": "13900000000",
    "city": "Suzhou",
    "street": "8 Canal St",
}


async def test_an_address_change_after_dispatch_reaches_the_merchant(gql, client, receiver, worker):
    shop = await make_shop(1)
    merchant = shop.merchants[0]
    _, owner = await make_staff_owner(merchant)
    configured = await set_webhook(gql, owner, receiver.url("merchant"))
    group = await pay_order(gql, client, shop, [0], "change-1")
    await worker.drain()
    (item,) = await MerchantInboxItem.all()
    assert item.payload["data"]["shippingAddress"]["city"] == "Hangzhou"
    assert [h.status for h in receiver.to("merchant")] == [200]

    order_id = group["orders"][0]["id"]
    order = await MerchantOrder.get(id=pk(order_id))
    customer = await order.customer
    token = issue_tokens(customer)[0]
    changed = await act(gql, "orderUpdate", token, order_id, shippingAddress=NEW_ADDRESS)
    assert changed["errors"] == [], changed
    changed = await act(gql, "orderUpdate", token, order_id, remark="leave at the door")
    assert changed["errors"] == [], changed
    await worker.drain()

    # the inbox item shows the order as it is now
    (item,) = await MerchantInboxItem.all()
    data = item.payload["data"]
    assert data["shippingAddress"]["city"] == "Suzhou", data
    assert data["remark"] == "leave at the door" and data["status"] == "PAID"
    assert [line["quantity"] for line in data["lines"]] == [1]
    assert item.event_type == "order.updated"
    assert item.event_id == (await OutboxEvent.filter(topic="order.updated").order_by("-id"))[0].id

    # and the merchant's webhook got each change, the order in full, signed
    hits = [h for h in receiver.to("merchant") if h.status == 200]
    assert len(hits) == 3 and len({h.webhook_id for h in hits}) == 3
    bodies = sorted(  # the worker's threads may deliver them in any order
        (Webhook(configured["secret"]).verify(h.body, h.headers) for h in hits),
        key=lambda b: int(b["data"]["eventId"]),
    )
    assert [b["type"] for b in bodies] == ["order.paid", "order.updated", "order.updated"]
    address_change, remark_change = bodies[1]["data"], bodies[2]["data"]
    assert address_change["shippingAddress"]["city"] == "Suzhou"
    assert address_change["orderId"] == order_id
    assert address_change["change"]["changed"] == ["shipping_address"]
    assert remark_change["change"]["changed"] == ["remark"]
    assert remark_change["remark"] == "leave at the door"

    # relaying the events again changes nothing and sends nothing twice
    await OutboxEvent.all().update(published_at=None)
    await worker.drain()
    assert await WebhookDelivery.filter(target=DeliveryTarget.MERCHANT).count() == 3
    assert len([h for h in receiver.to("merchant") if h.status == 200]) == 3
    (again,) = await MerchantInboxItem.all()
    assert again.payload == item.payload and again.event_id == item.event_id


async def test_a_cancellation_after_dispatch_reaches_the_merchant(gql, client, receiver, worker):
    shop = await make_shop(1)
    merchant = shop.merchants[0]
    _, owner = await make_staff_owner(merchant)
    await set_webhook(gql, owner, receiver.url("merchant"))
    group = await pay_order(gql, client, shop, [0], "change-2")
    await worker.drain()
    order_id = group["orders"][0]["id"]
    order = await MerchantOrder.get(id=pk(order_id))
    token = issue_tokens(await order.customer)[0]
    cancelled = await act(gql, "orderCancel", token, order_id, reason="changed my mind")
    assert cancelled["errors"] == [], cancelled
    await worker.drain()
    (item,) = await MerchantInboxItem.all()
    assert item.event_type == "order.cancelled"
    assert item.payload["data"]["status"] == "CANCELLED"
    types = [json.loads(h.body)["type"] for h in receiver.to("merchant") if h.status == 200]
    assert types == ["order.paid", "order.cancelled"]


async def test_changes_to_an_unpaid_order_dispatch_nothing(gql, client, receiver, worker):
    shop = await make_shop(1)
    _, owner = await make_staff_owner(shop.merchants[0])
    await set_webhook(gql, owner, receiver.url("merchant"))
    (shopper,) = await make_shoppers(1, prefix="unpaid-")
    cart = await cart_with(gql, shopper.token, shop.storefront, [(shop.variants[0], 1)])
    placed = await place(gql, shopper.token, cart, "unpaid-1")
    order_id = placed["orderGroup"]["orders"][0]["id"]
    changed = await act(gql, "orderUpdate", shopper.token, order_id, remark="hello")
    assert changed["errors"] == [], changed
    await worker.drain()
    assert await MerchantInboxItem.all().count() == 0
    assert await WebhookDelivery.all().count() == 0 and receiver.hits == []


async def test_an_aftersales_step_after_dispatch_reaches_the_merchant(
    gql, client, receiver, worker
):
    shop = await make_shop(1)
    _, owner = await make_staff_owner(shop.merchants[0])
    configured = await set_webhook(gql, owner, receiver.url("merchant"))
    group = await pay_order(gql, client, shop, [0], "change-3")
    order_id = pk(group["orders"][0]["id"])
    async with in_transaction():
        order = await MerchantOrder.get(id=order_id)
        for target in (S.CONFIRMED, S.PICKING, S.PACKED, S.SHIPPED, S.DELIVERED):
            await transition(order, target, Actor.ADMIN)
    line = await OrderLine.get(order_id=order_id)
    case = await aftersales.case_open(
        Viewer(user_id=order.customer_id),
        order_id,
        CaseType.REFUND_ONLY,
        "late",
        [aftersales.LineRequest(line.id, 1)],
    )
    await worker.drain()

    (item,) = await MerchantInboxItem.all()
    assert item.event_type == "aftersales.requested"
    assert item.payload["data"]["status"] == "DELIVERED"
    hits = [h for h in receiver.to("merchant") if h.status == 200]
    bodies = sorted(  # the worker's threads may deliver them in any order
        (Webhook(configured["secret"]).verify(h.body, h.headers) for h in hits),
        key=lambda b: int(b["data"]["eventId"]),
    )
    # the merchant's own steps (confirm ... deliver) are not sent back to it
    assert [b["type"] for b in bodies] == ["order.paid", "aftersales.requested"]
    change = bodies[1]["data"]["change"]
    assert change["caseId"] == gid("AftersalesCase", case.id)
    assert (change["caseType"], change["status"]) == ("REFUND_ONLY", "REQUESTED")
