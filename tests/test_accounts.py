"""Accounts through the HTTP API: registration, tokens, staff invitations, partner API keys."""

from __future__ import annotations

import asyncio
import hashlib

from models.accounts import (
    MerchantStaff,
    Partner,
    PartnerKey,
    PlatformRole,
    StaffInvitation,
    StaffRole,
    User,
)
from plaza import auth
from plaza.settings import Settings
from tests.support import (
    PASSWORD,
    gid,
    gql_code,
    gql_error,
    make_staff,
    make_user,
    make_world,
    payload,
    payload_errors,
)

REGISTER = """
mutation($input: CustomerRegisterInput!) {
  customerRegister(input: $input) { user { id email fullName } errors { code field message } }
}"""

TOKEN_CREATE = """
mutation($email: String!, $password: String!) {
  tokenCreate(email: $email, password: $password) {
    token refreshToken user { email } errors { code field message }
  }
}"""

TOKEN_REFRESH = """
mutation($refresh: String!) {
  tokenRefresh(refreshToken: $refresh) { token errors { code field message } }
}"""

ME = """{ me { user { id email platformRole } partnerId isCourier
               staff { roles merchant { id slug } } } }"""

STAFF_INVITE = """
mutation($input: StaffInviteInput!) {
  staffInvite(input: $input) {
    invitation { id email roles merchant { slug } } token errors { code field message }
  }
}"""

PARTNER_CREATE = """
mutation($name: String!) {
  partnerCreate(name: $name) { partner { id name } errors { code field message } }
}"""

PARTNER_KEY_CREATE = """
mutation($input: PartnerKeyCreateInput!) {
  partnerKeyCreate(input: $input) {
    key { id prefix merchantIds eventTypes revokedAt } secret errors { code field message }
  }
}"""

PARTNER_KEY_REVOKE = """
mutation($id: ID!) {
  partnerKeyRevoke(id: $id) { key { id revokedAt } errors { code field message } }
}"""


async def _sign_in(gql, email: str, password: str = PASSWORD) -> dict:
    body = await gql(TOKEN_CREATE, {"email": email, "password": password})
    result = payload(body, "tokenCreate")
    assert result["errors"] == [], result
    return result


# --- registration -----------------------------------------------------------------------------


async def test_register_creates_a_customer_with_a_hashed_password(gql):
    body = await gql(
        REGISTER,
        {"input": {"email": " New@Example.COM ", "password": "long-enough-pw", "fullName": "N"}},
    )
    result = payload(body, "customerRegister")
    assert result["errors"] == []
    assert result["user"]["email"] == "new@example.com"
    user = await User.get(email="new@example.com")
    assert user.platform_role == PlatformRole.NONE
    assert "long-enough-pw" not in user.password_hash
    assert user.password_hash.startswith("$argon2")
    # and the new account can sign in
    signed_in = await _sign_in(gql, "new@example.com", "long-enough-pw")
    assert signed_in["token"] and signed_in["refreshToken"]


async def test_register_rejects_a_bad_email_and_creates_nothing(gql):
    for email in ["not-an-email", "a@b", "", "two@@example.com", "sp ace@example.com"]:
        body = await gql(REGISTER, {"input": {"email": email, "password": "long-enough-pw"}})
        result = payload(body, "customerRegister")
        assert result["user"] is None
        assert [(e["code"], e["field"]) for e in result["errors"]] == [("INVALID", "email")], email
    assert await User.all().count() == 0


async def test_register_rejects_a_short_password_and_creates_nothing(gql):
    body = await gql(REGISTER, {"input": {"email": "short@example.com", "password": "1234567"}})
    result = payload(body, "customerRegister")
    assert result["user"] is None
    assert [(e["code"], e["field"]) for e in result["errors"]] == [
        ("PASSWORD_TOO_SHORT", "password")
    ]
    assert result["errors"][0]["message"]
    assert not await User.filter(email="short@example.com").exists()


async def test_register_rejects_a_taken_email_whatever_its_case(gql):
    await make_user("taken@example.com")
    before = await User.all().count()
    body = await gql(REGISTER, {"input": {"email": "TAKEN@example.com", "password": "long-pw-123"}})
    result = payload(body, "customerRegister")
    assert result["user"] is None
    assert [(e["code"], e["field"]) for e in result["errors"]] == [("EMAIL_TAKEN", "email")]
    assert await User.all().count() == before
    # the existing account's password is untouched
    await _sign_in(gql, "taken@example.com")


async def test_concurrent_registrations_of_one_email_make_one_account(gql):
    """The unique index decides a race the existence check cannot: the losers get EMAIL_TAKEN."""
    variables = {"input": {"email": "race@example.com", "password": "long-enough-pw"}}
    bodies = await asyncio.gather(*(gql(REGISTER, variables) for _ in range(8)))
    results = [payload(b, "customerRegister") for b in bodies]
    winners = [r for r in results if r["user"]]
    assert len(winners) == 1, results
    losers = [r for r in results if not r["user"]]
    assert all([e["code"] for e in r["errors"]] == ["EMAIL_TAKEN"] for r in losers), losers
    assert await User.filter(email="race@example.com").count() == 1


# --- tokens -----------------------------------------------------------------------------------


async def test_token_create_refuses_a_wrong_password_or_unknown_email_alike(gql):
    await make_user("someone@example.com")
    for email, password in [
        ("someone@example.com", "wrong-password"),
        ("nobody@example.com", PASSWORD),
    ]:
        body = await gql(TOKEN_CREATE, {"email": email, "password": password})
        result = payload(body, "tokenCreate")
        assert result["token"] is None and result["refreshToken"] is None
        assert result["user"] is None
        assert [e["code"] for e in result["errors"]] == ["INVALID_CREDENTIALS"]
        assert result["errors"][0]["message"] == "Wrong email or password."


async def test_token_create_refuses_a_deactivated_user(gql):
    user, _ = await make_user("gone@example.com")
    await User.filter(id=user.id).update(is_active=False)
    result = payload(
        await gql(TOKEN_CREATE, {"email": "gone@example.com", "password": PASSWORD}),
        "tokenCreate",
    )
    assert [e["code"] for e in result["errors"]] == ["INVALID_CREDENTIALS"]


async def test_me_with_the_access_token(gql):
    user, _ = await make_user("me@example.com")
    tokens = await _sign_in(gql, "ME@example.com")
    body = await gql(ME, token=tokens["token"])
    me = body["data"]["me"]
    assert me["user"] == {
        "id": gid("User", user.id),
        "email": "me@example.com",
        "platformRole": "NONE",
    }
    assert me["partnerId"] is None and me["staff"] is None and me["isCourier"] is False
    # anonymous: no viewer at all
    assert (await gql(ME))["data"]["me"] is None


async def test_token_refresh_issues_a_working_access_token(gql):
    await make_user("refresh@example.com")
    tokens = await _sign_in(gql, "refresh@example.com")
    result = payload(await gql(TOKEN_REFRESH, {"refresh": tokens["refreshToken"]}), "tokenRefresh")
    assert result["errors"] == []
    new_access = result["token"]
    assert new_access and new_access != tokens["token"]
    body = await gql(ME, token=new_access)
    assert body["data"]["me"]["user"]["email"] == "refresh@example.com"


async def test_token_refresh_refuses_an_access_token_and_garbage(gql):
    await make_user("typ@example.com")
    tokens = await _sign_in(gql, "typ@example.com")
    for bad in [tokens["token"], "garbage", tokens["refreshToken"] + "x"]:
        result = payload(await gql(TOKEN_REFRESH, {"refresh": bad}), "tokenRefresh")
        assert result["token"] is None
        assert [e["code"] for e in result["errors"]] == ["INVALID_TOKEN"], bad


async def test_bumping_token_version_revokes_refresh_and_access_tokens(gql):
    user, _ = await make_user("revoke@example.com")
    tokens = await _sign_in(gql, "revoke@example.com")
    assert (await gql(ME, token=tokens["token"]))["data"]["me"]["user"]["email"]
    await User.filter(id=user.id).update(token_version=user.token_version + 1)

    result = payload(await gql(TOKEN_REFRESH, {"refresh": tokens["refreshToken"]}), "tokenRefresh")
    assert result["token"] is None
    assert [e["code"] for e in result["errors"]] == ["INVALID_TOKEN"]

    body = await gql(ME, token=tokens["token"], status=401)
    assert gql_code(body) == "INVALID_TOKEN"

    # signing in again gives tokens of the new version, which work
    fresh = await _sign_in(gql, "revoke@example.com")
    assert (await gql(ME, token=fresh["token"]))["data"]["me"]["user"]["email"]


async def test_invalid_bearer_tokens_get_401_invalid_token(gql, client):
    user, _ = await make_user("expired@example.com")
    settings = Settings()
    expired = auth._sign({"sub": str(user.id), "ver": 0, "typ": "access"}, -60, settings)
    _, refresh = auth.issue_tokens(user)
    other_key = Settings(secret_key="another-secret-key-that-is-long-enough-0123")
    forged = auth._sign({"sub": str(user.id), "ver": 0, "typ": "access"}, 600, other_key)
    for token in ["garbage", "a.b.c", expired, refresh, forged, "plz_nope_nope"]:
        body = await gql(ME, token=token, status=401)
        error = gql_error(body)
        assert error["extensions"]["code"] == "INVALID_TOKEN", token
        assert "data" not in body or body["data"] is None
    # a scheme other than Bearer is refused too, not ignored
    resp = await client.post(
        "/graphql", json={"query": ME}, headers={"Authorization": "Basic dXNlcjpwdw=="}
    )
    assert resp.status_code == 401
    assert resp.json()["errors"][0]["extensions"]["code"] == "INVALID_TOKEN"


async def test_expired_token_message_says_expired(gql):
    user, _ = await make_user("exp2@example.com")
    expired = auth._sign({"sub": str(user.id), "ver": 0, "typ": "access"}, -1, Settings())
    body = await gql(ME, token=expired, status=401)
    assert "expired" in gql_error(body)["message"]


async def test_a_token_of_a_deactivated_user_is_refused(gql):
    user, token = await make_user("deact@example.com")
    await User.filter(id=user.id).update(is_active=False)
    body = await gql(ME, token=token, status=401)
    assert gql_code(body) == "INVALID_TOKEN"


# --- staff invitations (the invitation flow: tests/test_accounts_staff.py) ------------------


async def test_staff_invite_refuses_non_owners_and_bad_input(gql):
    world = await make_world()
    _, orders_token = await make_staff(world.a.merchant, "orders@alpha.test", [StaffRole.ORDERS])
    merchant = gid("Merchant", world.a.merchant.id)
    staff_before = await MerchantStaff.all().count()
    users_before = await User.all().count()
    cases = [
        (orders_token, {"roles": ["ORDERS"]}, ("PERMISSION_DENIED", None)),
        (world.customer_token, {"roles": ["ORDERS"]}, ("PERMISSION_DENIED", None)),
        (None, {"roles": ["ORDERS"]}, ("UNAUTHENTICATED", None)),
        (world.a.owner_token, {"roles": []}, ("INVALID", "roles")),
        (world.a.owner_token, {"roles": ["ORDERS"], "email": "nope"}, ("INVALID", "email")),
        (
            world.admin_token,
            {"roles": ["ORDERS"], "merchant": gid("Merchant", 999_999)},
            ("NOT_FOUND", "merchant"),
        ),
        (
            world.admin_token,
            {"roles": ["ORDERS"], "merchant": gid("Product", world.a.merchant.id)},
            ("INVALID", "merchant"),
        ),
    ]
    for token, override, expected in cases:
        variables = {"input": {"merchant": merchant, "email": "new@alpha.test", **override}}
        body = await gql(STAFF_INVITE, variables, token=token)
        errors = payload_errors(body, "staffInvite")
        assert [(e["code"], e["field"]) for e in errors] == [expected], (override, errors)
    assert await MerchantStaff.all().count() == staff_before
    assert await User.all().count() == users_before
    assert await StaffInvitation.all().count() == 0


# --- partners and API keys --------------------------------------------------------------------


async def _partner_key(gql, world, merchants: list[int]) -> dict:
    partner = payload(
        await gql(PARTNER_CREATE, {"name": "Courier Co"}, token=world.admin_token),
        "partnerCreate",
    )
    assert partner["errors"] == []
    body = await gql(
        PARTNER_KEY_CREATE,
        {
            "input": {
                "partner": partner["partner"]["id"],
                "merchants": [gid("Merchant", m) for m in merchants],
                "eventTypes": ["order.shipped", "order.paid", "order.paid"],
            }
        },
        token=world.admin_token,
    )
    result = payload(body, "partnerKeyCreate")
    assert result["errors"] == []
    return {"partner": partner["partner"], **result}


async def test_partner_key_is_shown_once_and_stored_hashed(gql):
    world = await make_world()
    created = await _partner_key(gql, world, [world.a.merchant.id])
    secret = created["secret"]
    assert secret.startswith("plz_") and len(secret) > 40
    assert created["key"]["merchantIds"] == [gid("Merchant", world.a.merchant.id)]
    assert created["key"]["eventTypes"] == ["order.paid", "order.shipped"]
    assert created["key"]["prefix"] in secret

    row = await PartnerKey.get(prefix=created["key"]["prefix"])
    assert row.key_hash == hashlib.sha256(secret.encode()).hexdigest()
    # no column of the stored key holds the secret, or its random part
    random_part = secret.split("_", 2)[2]
    for value in (await PartnerKey.filter(id=row.id).values())[0].values():
        assert random_part not in str(value)
    # the API never shows the secret again: the key type has no such field
    fields = await gql('{ __type(name: "PartnerKey") { fields { name } } }')
    names = {f["name"] for f in fields["data"]["__type"]["fields"]}
    assert "secret" not in names and "keyHash" not in names


async def test_partner_key_works_as_bearer_until_revoked(gql):
    world = await make_world()
    created = await _partner_key(gql, world, [world.a.merchant.id, world.b.merchant.id])
    secret = created["secret"]

    me = (await gql(ME, token=secret))["data"]["me"]
    assert me["partnerId"] == created["partner"]["id"]
    assert me["user"] is None and me["staff"] is None

    # a partner is not a person: merchant back office stays closed
    body = await gql("{ warehouses { id } }", token=secret)
    assert gql_code(body) == "UNAUTHENTICATED"

    # a wrong secret with the right prefix is refused
    assert gql_code(await gql(ME, token=secret[:-2] + "xx", status=401)) == "INVALID_TOKEN"

    revoked = payload(
        await gql(PARTNER_KEY_REVOKE, {"id": created["key"]["id"]}, token=world.admin_token),
        "partnerKeyRevoke",
    )
    assert revoked["errors"] == [] and revoked["key"]["revokedAt"]
    body = await gql(ME, token=secret, status=401)
    assert gql_code(body) == "INVALID_TOKEN"


async def test_only_admins_manage_partners(gql):
    world = await make_world()
    for token in [world.a.owner_token, world.customer_token]:
        errors = payload_errors(
            await gql(PARTNER_CREATE, {"name": "X"}, token=token), "partnerCreate"
        )
        assert [e["code"] for e in errors] == ["PERMISSION_DENIED"]
    assert await Partner.all().count() == 0

    created = await _partner_key(gql, world, [world.a.merchant.id])
    keys_before = await PartnerKey.all().count()
    body = await gql(
        PARTNER_KEY_CREATE,
        {"input": {"partner": created["partner"]["id"], "merchants": []}},
        token=world.a.owner_token,
    )
    result = payload(body, "partnerKeyCreate")
    assert result["secret"] is None
    assert [e["code"] for e in result["errors"]] == ["PERMISSION_DENIED"]
    assert await PartnerKey.all().count() == keys_before

    errors = payload_errors(
        await gql(PARTNER_KEY_REVOKE, {"id": created["key"]["id"]}, token=world.a.owner_token),
        "partnerKeyRevoke",
    )
    assert [e["code"] for e in errors] == ["PERMISSION_DENIED"]
    assert (await PartnerKey.get(prefix=created["key"]["prefix"])).revoked_at is None
    # still works
    assert (await gql(ME, token=created["secret"]))["data"]["me"]["partnerId"]


async def test_partner_key_scope_must_name_existing_merchants(gql):
    world = await make_world()
    partner = payload(
        await gql(PARTNER_CREATE, {"name": "P"}, token=world.admin_token), "partnerCreate"
    )["partner"]
    body = await gql(
        PARTNER_KEY_CREATE,
        {"input": {"partner": partner["id"], "merchants": [gid("Merchant", 424242)]}},
        token=world.admin_token,
    )
    result = payload(body, "partnerKeyCreate")
    assert result["secret"] is None
    assert [(e["code"], e["field"]) for e in result["errors"]] == [("NOT_FOUND", "merchants")]
    assert await PartnerKey.all().count() == 0
