"""Dispatch of paid merchant orders: each merchant order lands in its merchant's inbox and, if
the merchant configured one, goes to the merchant's webhook (signed per Standard Webhooks,
retried with backoff); what still fails is visible to admins and can be retried.

Same machinery as ``test_webhooks``: a real receiver on 127.0.0.1, the relay run by hand, the
in-process worker, ``broker.join`` instead of sleeps.
"""

from __future__ import annotations

import pytest
from standardwebhooks import Webhook

from models.accounts import StaffRole
from models.merchants import Merchant
from models.outbox import OutboxEvent
from models.webhooks import DeliveryStatus, DeliveryTarget, MerchantInboxItem, WebhookDelivery
from tasks import webhooks as jobs
from tests.checkout_support import gid, pk
from tests.support import make_staff, make_user
from tests.test_webhooks import (  # noqa: F401
    DELIVERIES,
    RETRY,
    example_dns_fixture,
    make_shop,
    partner_key,
    pay_order,
    policy_fixture,
    receiver_fixture,
    worker_fixture,
)

WEBHOOK_UPDATE = """mutation($input: MerchantWebhookUpdateInput!) {
  merchantWebhookUpdate(input: $input) {
    webhook { url hasSecret merchant { slug } } secret errors { code field message } } }"""
WEBHOOK = """query($merchant: ID) { merchantWebhook(merchant: $merchant) {
  url hasSecret merchant { slug } } }"""
INBOX = """query($merchant: ID, $unacknowledgedOnly: Boolean, $first: Int, $after: String) {
  merchantInbox(merchant: $merchant, unacknowledgedOnly: $unacknowledgedOnly, first: $first,
    after: $after) {
  totalCount pageInfo { endCursor hasNextPage }
  nodes { id eventType orderNumber acknowledgedAt payload merchant { slug }
    order { id number status } } } }"""
ACK = """mutation($ids: [ID!]!) { merchantInboxAcknowledge(input: {ids: $ids}) {
  items { id acknowledgedAt } errors { code field message } } }"""
NODE = """query($id: ID!) { node(id: $id) { id ... on MerchantInboxItem { orderNumber } } }"""


async def set_webhook(gql, token: str, url: str | None, **extra) -> dict:
    body = await gql(WEBHOOK_UPDATE, {"input": {"url": url, **extra}}, token=token)
    return body["data"]["merchantWebhookUpdate"]


async def test_paid_orders_reach_each_merchants_inbox_and_webhook(gql, client, receiver, worker):
    """One payment, two merchant orders: both land in their merchant's inbox; merchant 0 also
    has a webhook that fails once, then accepts a verifiable, signed dispatch."""
    shop = await make_shop(2)
    _, owner0 = await make_staff(shop.merchants[0], "owner@m0.test", [StaffRole.OWNER])
    _, owner1 = await make_staff(shop.merchants[1], "owner@m1.test", [StaffRole.OWNER])
    configured = await set_webhook(gql, owner0, receiver.url("m0"))
    assert configured["errors"] == [] and configured["secret"].startswith("whsec_")
    assert configured["webhook"] == {
        "url": receiver.url("m0"),
        "hasSecret": True,
        "merchant": {"slug": "merchant-0"},
    }
    receiver.fail_first["m0"] = 1

    group = await pay_order(gql, client, shop, [0, 1], "dispatch-1")
    orders = {o["number"]: o for o in group["orders"]}
    await worker.drain()

    # the webhook: 500, then 200; signed with the merchant's secret; the order in full
    hits = receiver.to("m0")
    assert [h.status for h in hits] == [500, 200]
    assert hits[0].webhook_id == hits[1].webhook_id
    payload = Webhook(configured["secret"]).verify(hits[1].body, hits[1].headers)
    data = payload["data"]
    assert payload["type"] == "order.paid"
    order0 = orders[data["orderNumber"]]
    assert data["orderId"] == order0["id"] and data["status"] == "PAID"
    assert data["merchantId"] == gid("Merchant", shop.merchants[0].id)
    assert data["total"] == order0["total"]["amount"] and data["currency"] == "CNY"
    assert [(line["sku"], line["quantity"]) for line in data["lines"]] == [
        (order0["lines"][0]["sku"], 1)
    ]
    assert data["shippingAddress"]["city"] == "Hangzhou"
    (delivery,) = await WebhookDelivery.all()
    assert delivery.target == DeliveryTarget.MERCHANT and delivery.endpoint_id is None
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.DELIVERED, 2)
    assert delivery.last_error == "HTTP 500 Internal Server Error"  # never the answer's body

    # the inboxes: one item each, seen by that merchant's staff only
    for token, index in ((owner0, 0), (owner1, 1)):
        inbox = (await gql(INBOX, {}, token=token))["data"]["merchantInbox"]
        assert inbox["totalCount"] == 1
        (item,) = inbox["nodes"]
        assert item["merchant"]["slug"] == f"merchant-{index}"
        assert item["eventType"] == "order.paid" and item["acknowledgedAt"] is None
        assert item["order"]["id"] == orders[item["orderNumber"]]["id"]
        assert item["order"]["status"] == "PAID"
        assert item["payload"]["data"]["orderNumber"] == item["orderNumber"]
    assert receiver.to("m1") == []  # merchant 1 has no webhook

    # a relay that publishes order.paid again dispatches nothing twice
    for event in await OutboxEvent.filter(topic="order.paid"):
        await OutboxEvent.filter(id=event.id).update(published_at=None)
    assert await worker.drain() == 2
    assert await MerchantInboxItem.all().count() == 2
    assert await WebhookDelivery.all().count() == 1
    assert [h.status for h in receiver.to("m0")] == [500, 200]


async def test_inbox_is_scoped_filtered_paged_and_acknowledged(gql, client, worker):
    shop = await make_shop(2)
    _, owner0 = await make_staff(shop.merchants[0], "owner@m0.test", [StaffRole.OWNER])
    _, orders0 = await make_staff(shop.merchants[0], "orders@m0.test", [StaffRole.ORDERS])
    _, catalog0 = await make_staff(shop.merchants[0], "cat@m0.test", [StaffRole.CATALOG])
    _, owner1 = await make_staff(shop.merchants[1], "owner@m1.test", [StaffRole.OWNER])
    for n in range(3):
        await pay_order(gql, client, shop, [0, 1], f"inbox-{n}")
    await worker.drain()

    first = (await gql(INBOX, {"first": 2}, token=orders0))["data"]["merchantInbox"]
    assert first["totalCount"] == 3 and first["pageInfo"]["hasNextPage"]
    after = first["pageInfo"]["endCursor"]
    rest = (await gql(INBOX, {"first": 2, "after": after}, token=orders0))["data"]
    items = first["nodes"] + rest["merchantInbox"]["nodes"]
    assert len({i["id"] for i in items}) == 3
    assert [pk(i["id"]) for i in items] == sorted(pk(i["id"]) for i in items)  # oldest first
    assert all(i["merchant"]["slug"] == "merchant-0" for i in items)

    # another merchant's staff: the items do not exist for them
    other = (await gql(INBOX, {}, token=owner1))["data"]["merchantInbox"]
    assert {i["merchant"]["slug"] for i in other["nodes"]} == {"merchant-1"}
    body = await gql(ACK, {"ids": [items[0]["id"]]}, token=owner1)
    assert [e["code"] for e in body["data"]["merchantInboxAcknowledge"]["errors"]] == ["NOT_FOUND"]
    assert (await gql(NODE, {"id": items[0]["id"]}, token=owner1))["data"]["node"] is None
    body = await gql(INBOX, {"merchant": gid("Merchant", shop.merchants[0].id)}, token=owner1)
    assert body["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"
    # staff without a fulfilment role may read but not acknowledge
    body = await gql(ACK, {"ids": [items[0]["id"]]}, token=catalog0)
    assert [e["code"] for e in body["data"]["merchantInboxAcknowledge"]["errors"]] == [
        "PERMISSION_DENIED"
    ]
    # all or nothing: one foreign id refuses the lot
    foreign = other["nodes"][0]["id"]
    body = await gql(ACK, {"ids": [items[0]["id"], foreign]}, token=orders0)
    assert body["data"]["merchantInboxAcknowledge"]["errors"][0]["code"] == "NOT_FOUND"
    assert await MerchantInboxItem.filter(acknowledged_at__isnull=False).count() == 0

    body = await gql(ACK, {"ids": [items[0]["id"], items[1]["id"]]}, token=orders0)
    acked = body["data"]["merchantInboxAcknowledge"]
    assert acked["errors"] == [] and all(i["acknowledgedAt"] for i in acked["items"])
    again = await gql(ACK, {"ids": [items[0]["id"]]}, token=owner0)  # idempotent
    assert (
        again["data"]["merchantInboxAcknowledge"]["items"][0]["acknowledgedAt"]
        == acked["items"][0]["acknowledgedAt"]
    )
    open_ = await gql(INBOX, {"unacknowledgedOnly": True}, token=owner0)
    assert [i["id"] for i in open_["data"]["merchantInbox"]["nodes"]] == [items[2]["id"]]

    # platform admins see every merchant's inbox; customers none
    everything = (await gql(INBOX, {}, token=shop.admin_token))["data"]["merchantInbox"]
    assert everything["totalCount"] == 6
    _, customer = await make_user("someone@plaza.test")
    body = await gql(INBOX, {}, token=customer)
    assert body["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"


async def test_merchant_webhook_settings_need_the_owner(gql):
    shop = await make_shop(2)
    _, owner = await make_staff(shop.merchants[0], "owner@m0.test", [StaffRole.OWNER])
    _, orders_staff = await make_staff(shop.merchants[0], "orders@m0.test", [StaffRole.ORDERS])
    _, other_owner = await make_staff(shop.merchants[1], "owner@m1.test", [StaffRole.OWNER])

    refused = await set_webhook(gql, orders_staff, "https://erp.example.com/hook")
    assert refused["errors"][0]["code"] == "PERMISSION_DENIED"
    foreign = await set_webhook(
        gql, other_owner, "https://x.example.com", merchant=gid("Merchant", shop.merchants[0].id)
    )
    assert foreign["errors"][0]["code"] == "PERMISSION_DENIED"
    bad = await set_webhook(gql, owner, "ftp://erp.example.com/hook")
    assert [(e["code"], e["field"]) for e in bad["errors"]] == [("INVALID_URL", "url")]
    merchant = await Merchant.get(id=shop.merchants[0].id)
    assert merchant.webhook_url is None and merchant.webhook_secret is None

    first = await set_webhook(gql, owner, "https://erp.example.com/hook")
    assert first["secret"].startswith("whsec_")
    moved = await set_webhook(gql, owner, "https://erp.example.com/v2")
    assert moved["secret"] is None  # the secret stays; it is shown only when made
    assert (await Merchant.get(id=merchant.id)).webhook_secret == first["secret"]
    rotated = await set_webhook(gql, owner, "https://erp.example.com/v2", rotateSecret=True)
    assert rotated["secret"].startswith("whsec_") and rotated["secret"] != first["secret"]
    body = await gql(WEBHOOK, {}, token=owner)
    assert body["data"]["merchantWebhook"] == {
        "url": "https://erp.example.com/v2",
        "hasSecret": True,
        "merchant": {"slug": "merchant-0"},
    }
    # an admin may set any merchant's; removing it clears the secret too
    by_admin = await set_webhook(
        gql, shop.admin_token, "", merchant=gid("Merchant", shop.merchants[0].id)
    )
    assert by_admin["errors"] == [] and by_admin["webhook"]["url"] is None
    assert (await Merchant.get(id=merchant.id)).webhook_secret is None
    body = await gql(WEBHOOK, {}, token=orders_staff)
    assert body["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"


async def test_failed_dispatch_is_visible_to_admins_and_retried(
    gql, client, receiver, worker, policy
):
    jobs.configure(policy, max_attempts=3)
    shop = await make_shop(1)
    _, owner = await make_staff(shop.merchants[0], "owner@m0.test", [StaffRole.OWNER])
    configured = await set_webhook(gql, owner, receiver.url("down"))
    receiver.always_fail.add("down")
    await pay_order(gql, client, shop, [0], "down-1")
    await worker.drain()

    assert [h.status for h in receiver.to("down")] == [500, 500, 500]
    (delivery,) = await WebhookDelivery.all()
    assert delivery.status == DeliveryStatus.FAILED and delivery.attempts == 3
    # the order is in the inbox all the same
    assert await MerchantInboxItem.filter(merchant_id=shop.merchants[0].id).count() == 1

    failed = (await gql(DELIVERIES, {"status": "FAILED"}, token=shop.admin_token))["data"]
    (row,) = failed["webhookDeliveries"]["nodes"]
    assert row["target"] == "MERCHANT" and row["endpoint"] is None
    assert row["merchant"]["slug"] == "merchant-0" and row["lastStatusCode"] == 500
    # the owner sees its own webhook's log; a partner of the merchant does not
    own = (await gql(DELIVERIES, {}, token=owner))["data"]["webhookDeliveries"]
    assert [n["id"] for n in own["nodes"]] == [row["id"]]
    _, key = await partner_key("Acme", shop.merchants)
    assert (await gql(DELIVERIES, {}, token=key))["data"]["webhookDeliveries"]["totalCount"] == 0
    body = await gql(RETRY, {"id": row["id"]}, token=key)
    assert body["data"]["webhookDeliveryRetry"]["errors"][0]["code"] == "NOT_FOUND"

    receiver.always_fail.clear()  # the merchant's server is back; the admin retries
    body = await gql(RETRY, {"id": row["id"]}, token=shop.admin_token)
    assert body["data"]["webhookDeliveryRetry"]["errors"] == []
    await worker.drain()
    delivery = await WebhookDelivery.get(id=delivery.id)
    assert (delivery.status, delivery.attempts, delivery.redeliveries) == ("delivered", 4, 1)
    last = receiver.to("down")[-1]
    assert last.status == 200
    assert Webhook(configured["secret"]).verify(last.body, last.headers)["type"] == "order.paid"


@pytest.mark.parametrize("who", ["customer", "partner", "anonymous"])
async def test_only_staff_read_an_inbox(gql, who):
    shop = await make_shop(1)
    token = {
        "customer": (await make_user("c@plaza.test"))[1],
        "partner": (await partner_key("Acme", shop.merchants))[1],
        "anonymous": None,
    }[who]
    body = await gql(INBOX, {}, token=token)
    expected = "UNAUTHENTICATED" if who in ("anonymous", "partner") else "PERMISSION_DENIED"
    assert body["errors"][0]["extensions"]["code"] == expected
