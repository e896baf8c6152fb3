"""Platform administration through the API: a storefront's settings within its policy's bounds
(every change recorded), risk rule settings, the blacklist (phone, device, address, email,
customer; expiry) and the refusals it causes, and who may do each."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from models.administration import StorefrontSettingsChange
from models.merchants import Storefront
from models.risk import BlacklistEntry
from tests.checkout_support import cart_with, place
from tests.support import gid, payload, snapshot
from tests.support import make_world as make_test_world

SETTINGS = """query($sf: ID!) { storefrontSettings(storefront: $sf) {
  policy paymentDeadlineMinutes inventoryMode confirmers aftersalesWindowDays caseTypes
  autoReceiveDays risk allowedConfirmers allowedCaseTypes } }"""
UPDATE = """mutation($sf: ID!, $input: StorefrontSettingsInput!) {
  storefrontSettingsUpdate(storefront: $sf, input: $input) {
    settings { paymentDeadlineMinutes confirmers caseTypes aftersalesWindowDays }
    errors { code field message } } }"""
HISTORY = """query($sf: ID!) { storefrontSettingsHistory(storefront: $sf) {
  actorId before after at } }"""
RULE = """mutation($input: RiskRuleSettingsInput!) { riskRuleSettingsUpdate(input: $input) {
  settings { risk } errors { code field message } } }"""
ADD = """mutation($input: BlacklistAddInput!) { blacklistAdd(input: $input) {
  entry { id kind phone deviceId addressKey reason active expiresAt }
  errors { code field message } } }"""
REMOVE = """mutation($id: ID!) { blacklistRemove(id: $id) { entry { active } errors { code } } }"""
ENTRIES = """query($all: Boolean!) { blacklistEntries(activeOnly: $all) { id kind active } }"""


async def make_world():
    """The test world with its storefront on the mall policy's own settings (none)."""
    world = await make_test_world()
    await Storefront.filter(id=world.storefront.id).update(settings={})
    return world


REFUSALS = """query($reason: String) { riskRefusals(reason: $reason) { outcome reasons } }"""


async def test_admin_changes_settings_within_bounds_and_every_change_is_recorded(gql):
    world = await make_world()
    sf = gid("Storefront", world.storefront.id)
    before = (await gql(SETTINGS, {"sf": sf}, token=world.admin_token))["data"]
    assert before["storefrontSettings"]["paymentDeadlineMinutes"] == 30
    assert set(before["storefrontSettings"]["allowedConfirmers"]) == {"ADMIN"}  # the mall's

    body = await gql(
        UPDATE,
        {"sf": sf, "input": {"paymentDeadlineMinutes": 15, "confirmers": ["ADMIN"]}},
        token=world.admin_token,
    )
    result = payload(body, "storefrontSettingsUpdate")
    assert result["errors"] == []
    assert result["settings"]["paymentDeadlineMinutes"] == 15
    assert result["settings"]["confirmers"] == ["ADMIN"]
    row = await Storefront.get(id=world.storefront.id)
    assert row.settings == {"payment_deadline_minutes": 15, "confirmers": ["admin"]}

    (change,) = (await gql(HISTORY, {"sf": sf}, token=world.admin_token))["data"][
        "storefrontSettingsHistory"
    ]
    assert change["before"] == {} and change["after"] == row.settings
    assert change["actorId"]

    # The same values again: nothing to record.
    await gql(UPDATE, {"sf": sf, "input": {"paymentDeadlineMinutes": 15}}, token=world.admin_token)
    assert await StorefrontSettingsChange.filter(storefront_id=world.storefront.id).count() == 1


async def test_settings_outside_the_policy_are_refused_and_change_nothing(gql):
    world = await make_world()
    sf = gid("Storefront", world.storefront.id)
    saved = await snapshot(Storefront, world.storefront.id)
    cases = [
        ({"paymentDeadlineMinutes": 0}, "input.paymentDeadlineMinutes"),
        ({"paymentDeadlineMinutes": 5000}, "input.paymentDeadlineMinutes"),
        ({"aftersalesWindowDays": 31}, "input.aftersalesWindowDays"),
        ({"confirmers": ["GROUP_LEADER"]}, "input.confirmers"),
        ({"confirmers": []}, "input.confirmers"),
        # a valid change with an invalid one: neither is applied
        ({"paymentDeadlineMinutes": 20, "autoReceiveDays": 0}, "input.autoReceiveDays"),
    ]
    for change, field in cases:
        body = await gql(UPDATE, {"sf": sf, "input": change}, token=world.admin_token)
        (error,) = payload(body, "storefrontSettingsUpdate")["errors"]
        assert (error["code"], error["field"]) == ("OUT_OF_BOUNDS", field), change
        assert error["message"]
    assert await snapshot(Storefront, world.storefront.id) == saved
    assert not await StorefrontSettingsChange.exists()


async def test_only_platform_admins_change_and_only_staff_read(gql):
    world = await make_world()
    sf = gid("Storefront", world.storefront.id)
    for token in (world.customer_token, world.a.owner_token):
        body = await gql(UPDATE, {"sf": sf, "input": {"paymentDeadlineMinutes": 5}}, token=token)
        assert payload(body, "storefrontSettingsUpdate")["errors"][0]["code"] == (
            "PERMISSION_DENIED"
        )
        assert (await gql(SETTINGS, {"sf": sf}, token=token))["data"]["storefrontSettings"] is None
        body = await gql(
            ADD, {"input": {"kind": "PHONE", "value": "13800000001", "reason": "x"}}, token=token
        )
        assert payload(body, "blacklistAdd")["errors"][0]["code"] == "PERMISSION_DENIED"
        assert (await gql(REFUSALS, {}, token=token))["data"]["riskRefusals"] == []
    body = await gql(UPDATE, {"sf": sf, "input": {"paymentDeadlineMinutes": 5}})
    assert payload(body, "storefrontSettingsUpdate")["errors"][0]["code"] == "UNAUTHENTICATED"
    assert (await Storefront.get(id=world.storefront.id)).settings == {}
    assert not await BlacklistEntry.exists()


async def test_risk_rule_settings_are_checked_and_recorded(gql):
    world = await make_world()
    sf = gid("Storefront", world.storefront.id)

    async def update(rule: str, **extra) -> dict:
        body = await gql(
            RULE, {"input": {"storefront": sf, "rule": rule, **extra}}, token=world.admin_token
        )
        return payload(body, "riskRuleSettingsUpdate")

    ok = await update("frequent_cancellation", settings={"cancellation_threshold": "5"})
    assert ok["errors"] == [] and ok["settings"]["risk"]["cancellation_threshold"] == 5
    ok = await update("order_rate", enabled=False)
    assert ok["settings"]["risk"]["order_rate_enabled"] is False
    refused = [
        (await update("no_such_rule"), "UNKNOWN_RULE"),
        (await update("order_rate", settings={"cancellation_threshold": 2}), "INVALID"),
        (await update("order_rate", settings={"max_orders_per_minute": 0}), "OUT_OF_BOUNDS"),
        (await update("frequent_cancellation", settings={"cancellation_action": "x"}), None),
    ]
    for result, code in refused:
        (error,) = result["errors"]
        assert error["code"] == (code or "OUT_OF_BOUNDS")
    row = await Storefront.get(id=world.storefront.id)
    assert row.settings["risk"] == {"cancellation_threshold": 5, "order_rate_enabled": False}
    assert await StorefrontSettingsChange.filter(storefront_id=row.id).count() == 2


async def test_a_blacklisted_phone_device_or_address_refuses_the_placement(gql, client):
    world = await make_world()
    variant = gid("Variant", (await world.a.products[0].variants.all())[0].id)
    admin = world.admin_token

    async def try_place(key: str, headers: dict | None = None) -> dict:
        cart = await cart_with(gql, world.customer_token, "mall", [(variant, 1)])
        if headers:  # the app sends its device id
            body = {
                "query": """mutation($input: CheckoutPlaceOrderInput!) {
                  checkoutPlaceOrder(input: $input) { errors { code } orderGroup { id } } }""",
                "variables": {"input": {"cartToken": cart, "idempotencyKey": key}},
            }
            headers = {"Authorization": f"Bearer {world.customer_token}", **headers}
            response = await client.post("/graphql", json=body, headers=headers)
            return response.json()["data"]["checkoutPlaceOrder"]
        return await place(gql, world.customer_token, cart, key)

    # The checkout helper's address: phone 13800000000, Hangzhou, 1 West Lake Rd.
    body = await gql(
        ADD,
        {"input": {"kind": "PHONE", "value": "+86 138 0000 0000", "reason": "chargebacks"}},
        token=admin,
    )
    entry = payload(body, "blacklistAdd")["entry"]
    assert entry["phone"] == "+8613800000000" and entry["active"]
    refused = await try_place("k-1")
    assert [e["code"] for e in refused["errors"]] == ["BLACKLISTED"]
    assert refused["orderGroup"] is None

    assert payload(await gql(REMOVE, {"id": entry["id"]}, token=admin), "blacklistRemove")[
        "entry"
    ] == {"active": False}
    assert (await try_place("k-2"))["errors"] == []

    body = await gql(
        ADD, {"input": {"kind": "DEVICE", "value": "dev-42", "reason": "bots"}}, token=admin
    )
    assert payload(body, "blacklistAdd")["errors"] == []
    assert (await try_place("k-3", {"X-Device-Id": "dev-7"}))["errors"] == []
    refused = await try_place("k-4", {"X-Device-Id": "dev-42"})
    assert [e["code"] for e in refused["errors"]] == ["BLACKLISTED"]

    body = await gql(
        ADD,
        {
            "input": {
                "kind": "ADDRESS",
                "address": {"city": "hangzhou", "street": "1  West Lake Rd"},
                "reason": "resellers' drop address",
            }
        },
        token=admin,
    )
    assert payload(body, "blacklistAdd")["entry"]["addressKey"]
    assert [e["code"] for e in (await try_place("k-5"))["errors"]] == ["BLACKLISTED"]

    refusals = (await gql(REFUSALS, {"reason": "BLACKLISTED"}, token=admin))["data"]
    assert len(refusals["riskRefusals"]) == 3
    assert all(r["outcome"] == "reject" for r in refusals["riskRefusals"])
    listed = (await gql(ENTRIES, {"all": False}, token=admin))["data"]["blacklistEntries"]
    assert [e["kind"] for e in listed] == ["ADDRESS", "DEVICE", "PHONE"]
    active = (await gql(ENTRIES, {"all": True}, token=admin))["data"]["blacklistEntries"]
    assert [e["kind"] for e in active] == ["ADDRESS", "DEVICE"]


async def test_bad_blacklist_entries_are_refused_and_expired_ones_refuse_nobody(gql):
    world = await make_world()
    admin = world.admin_token
    cases = [
        ({"kind": "PHONE", "value": "not-a-phone", "reason": "x"}, "INVALID", "input.value"),
        ({"kind": "EMAIL", "value": "nobody", "reason": "x"}, "INVALID", "input.value"),
        ({"kind": "PHONE", "value": "13800000000", "reason": ""}, "INVALID", "input.reason"),
        ({"kind": "CUSTOMER", "reason": "x"}, "NOT_FOUND", "input.customer"),
        ({"kind": "ADDRESS", "address": {"city": "x"}, "reason": "x"}, "INVALID", "input.address"),
        (
            {"kind": "DEVICE", "value": "d", "reason": "x", "expiresAt": "2020-01-01T00:00:00Z"},
            "INVALID",
            "input.expiresAt",
        ),
    ]
    for entry, code, field in cases:
        body = await gql(ADD, {"input": entry}, token=admin)
        (error,) = payload(body, "blacklistAdd")["errors"]
        assert (error["code"], error["field"]) == (code, field), entry
    assert not await BlacklistEntry.exists()

    # An entry that expired refuses nobody (the rule reads the expiry in its one statement).
    from plugins.risk.blacklist import BlacklistRule
    from tests.test_risk_rules import context

    await BlacklistEntry.create(
        customer=world.customer, reason="old", expires_at=datetime.now(UTC) - timedelta(days=1)
    )
    assert await BlacklistRule().evaluate(context(world.customer, world.storefront)) is None
