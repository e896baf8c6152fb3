"""A revoked partner API key ends its open subscriptions within seconds: the running stream's
credential check (``schema.subscriptions.REVALIDATE_SECONDS``) refuses it."""

from __future__ import annotations

from models.accounts import PartnerKey, PlatformRole
from models.merchants import Merchant
from schema import subscriptions as sub_schema
from tests.support import gid, make_user, payload
from tests.test_subscriptions import (  # noqa: F401  (ws_url is a fixture)
    _no_subscribers,
    bearer,
    eventually,
    partner_token,
    subscribed,
    ws_session,
    ws_url,
)

EVENTS = "subscription { orderEvents { topic orderId } }"

PARTNER_KEY_REVOKE = """
mutation($id: ID!) { partnerKeyRevoke(id: $id) { key { revokedAt } errors { code } } }"""


def test_a_revoked_credential_is_cut_off_within_five_seconds():
    assert 0 < sub_schema.REVALIDATE_SECONDS <= 5


async def test_a_revoked_partner_key_ends_its_running_subscription(ws_url, gql, monkeypatch):  # noqa: F811
    # checks come at once instead of every few seconds: the test waits for the stream's
    # answer, never for the clock
    monkeypatch.setattr(sub_schema, "REVALIDATE_SECONDS", 0.05)
    admin, admin_token = await make_user("admin@plaza.test", PlatformRole.ADMIN)
    merchant = await Merchant.create(name="Gamma", slug="gamma")
    key = await partner_token(admin, [merchant], ["order.paid"])
    async with ws_session(ws_url, bearer(key)) as ws:
        op = await ws.subscribe(EVENTS)
        await subscribed(1)
        row = await PartnerKey.get(partner__name="Courier Co")
        revoked = payload(
            await gql(PARTNER_KEY_REVOKE, {"id": gid("PartnerKey", row.id)}, token=admin_token),
            "partnerKeyRevoke",
        )
        assert revoked["errors"] == [] and revoked["key"]["revokedAt"]
        message = await ws.next_payload(op)
        assert message["data"] is None
        assert message["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
        assert "revoked" in message["errors"][0]["message"]
        assert await ws.receive() == {"id": op, "type": "complete"}
    await eventually(_no_subscribers)
