"""Merchant staff through the HTTP API: invitations the invitee accepts, and the owner's staff
list, role changes and removals (never of the last owner; never of another merchant's staff)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta

from models.accounts import MerchantStaff, StaffInvitation, StaffRole, User
from tests.support import (
    PASSWORD,
    gid,
    gql_code,
    make_staff,
    make_user,
    make_world,
    payload,
    payload_errors,
    snapshot,
)

STAFF_INVITE = """
mutation($input: StaffInviteInput!) {
  staffInvite(input: $input) {
    invitation { id email roles expiresAt merchant { slug } } token
    errors { code field message }
  }
}"""

ACCEPT = """
mutation($input: StaffInvitationAcceptInput!) {
  staffInvitationAccept(input: $input) {
    user { id email fullName } staff { roles merchant { slug } } errors { code field message }
  }
}"""

TOKEN_CREATE = """
mutation($email: String!, $password: String!) {
  tokenCreate(email: $email, password: $password) { token errors { code } }
}"""

ME = "{ me { user { email } staff { roles merchant { slug } } } }"

MERCHANT_STAFF = """
query($m: ID!) {
  merchantStaff(merchantId: $m) { id roles user { id email fullName } merchant { slug } }
}"""

ROLE_UPDATE = """
mutation($id: ID!, $roles: [StaffRole!]!) {
  staffRoleUpdate(id: $id, roles: $roles) {
    staffMember { id roles user { email } } errors { code field message }
  }
}"""

REMOVE = """
mutation($id: ID!) {
  staffRemove(id: $id) { removedStaffMemberId errors { code field message } }
}"""


async def _invite(gql, token: str, merchant_id: int, email: str, roles: list[str]) -> dict:
    variables = {
        "input": {"merchant": gid("Merchant", merchant_id), "email": email, "roles": roles}
    }
    return payload(await gql(STAFF_INVITE, variables, token=token), "staffInvite")


async def _sign_in(gql, email: str, password: str = PASSWORD) -> str:
    body = await gql(TOKEN_CREATE, {"email": email, "password": password})
    result = payload(body, "tokenCreate")
    assert result["errors"] == [], result
    return result["token"]


async def _accept(gql, variables: dict, token: str | None = None) -> dict:
    return payload(await gql(ACCEPT, {"input": variables}, token=token), "staffInvitationAccept")


# --- invitations --------------------------------------------------------------------------------


async def test_inviting_an_existing_customer_makes_nobody_staff_and_tells_nothing(gql):
    """The defect: inviting an existing customer's email made them an owner of the inviting
    merchant at once and answered their name. Now it only records an invitation."""
    world = await make_world()
    customer, customer_token = await make_user("existing@example.com")
    await User.filter(id=customer.id).update(full_name="Private Person")
    before = await snapshot(User, customer.id)

    result = await _invite(
        gql, world.b.owner_token, world.b.merchant.id, "Existing@Example.com", ["OWNER"]
    )
    assert result["errors"] == []
    assert result["invitation"]["email"] == "existing@example.com"
    assert result["invitation"]["roles"] == ["OWNER"]
    assert result["invitation"]["merchant"] == {"slug": "beta"}
    assert result["token"]
    text = json.dumps(result)
    assert "Private Person" not in text and gid("User", customer.id) not in text

    # nothing happened to the account: no membership, same password, same everything
    assert not await MerchantStaff.filter(user_id=customer.id).exists()
    assert await snapshot(User, customer.id) == before
    me = (await gql(ME, token=customer_token))["data"]["me"]
    assert me["staff"] is None
    await _sign_in(gql, "existing@example.com")


async def test_the_answer_is_the_same_whether_or_not_an_account_exists(gql):
    world = await make_world()
    await make_user("known@example.com")
    users_before = await User.all().count()
    known = await _invite(
        gql, world.a.owner_token, world.a.merchant.id, "known@example.com", ["ORDERS"]
    )
    unknown = await _invite(
        gql, world.a.owner_token, world.a.merchant.id, "unknown@example.com", ["ORDERS"]
    )

    def shape(result: dict) -> dict:
        invitation = dict(result["invitation"])
        for key in ("id", "email", "expiresAt"):
            invitation.pop(key)
        return {**result, "invitation": invitation, "token": len(result["token"])}

    assert shape(known) == shape(unknown)
    assert await User.all().count() == users_before  # no account is made by inviting


async def test_the_invitee_accepts_signed_in_and_the_token_works_once(gql):
    world = await make_world()
    invitee, invitee_token = await make_user("packer@example.com")
    invited = await _invite(
        gql, world.admin_token, world.a.merchant.id, "packer@example.com", ["WAREHOUSE", "ORDERS"]
    )
    assert invited["invitation"]["roles"] == ["ORDERS", "WAREHOUSE"]

    result = await _accept(gql, {"token": invited["token"]}, token=invitee_token)
    assert result["errors"] == []
    assert result["user"]["email"] == "packer@example.com"
    assert result["staff"] == {"roles": ["ORDERS", "WAREHOUSE"], "merchant": {"slug": "alpha"}}
    staff = await MerchantStaff.get(user_id=invitee.id)
    assert staff.merchant_id == world.a.merchant.id
    me = (await gql(ME, token=invitee_token))["data"]["me"]
    assert me["staff"] == {"roles": ["ORDERS", "WAREHOUSE"], "merchant": {"slug": "alpha"}}

    again = await _accept(gql, {"token": invited["token"]}, token=invitee_token)
    assert [(e["code"], e["field"]) for e in again["errors"]] == [("INVALID_TOKEN", "token")]
    assert await MerchantStaff.filter(user_id=invitee.id).count() == 1


async def test_only_the_invited_account_may_accept(gql):
    world = await make_world()
    invitee, _ = await make_user("invitee@example.com")
    before = await snapshot(User, invitee.id)
    invited = await _invite(
        gql, world.a.owner_token, world.a.merchant.id, "invitee@example.com", ["OWNER"]
    )
    token = invited["token"]

    # another signed-in person (the inviting owner, a customer) cannot take it
    for other in (world.a.owner_token, world.customer_token):
        result = await _accept(gql, {"token": token}, token=other)
        assert [e["code"] for e in result["errors"]] == ["PERMISSION_DENIED"]
    # anonymous: the account exists, so its owner must sign in; no password is set by the token
    result = await _accept(gql, {"token": token, "password": "taken-over-123"})
    assert [e["code"] for e in result["errors"]] == ["UNAUTHENTICATED"]
    assert await snapshot(User, invitee.id) == before
    assert not await MerchantStaff.filter(user_id=invitee.id).exists()
    assert (await StaffInvitation.get(email="invitee@example.com")).accepted_at is None


async def test_a_new_person_accepts_by_creating_their_account(gql):
    world = await make_world()
    invited = await _invite(
        gql, world.a.owner_token, world.a.merchant.id, "new@alpha.test", ["CATALOG"]
    )
    short = await _accept(gql, {"token": invited["token"], "password": "short"})
    assert [(e["code"], e["field"]) for e in short["errors"]] == [
        ("PASSWORD_TOO_SHORT", "password")
    ]
    assert not await User.filter(email="new@alpha.test").exists()

    result = await _accept(
        gql, {"token": invited["token"], "password": "new-person-pw", "fullName": "New Person"}
    )
    assert result["errors"] == []
    assert result["user"]["email"] == "new@alpha.test"
    assert result["user"]["fullName"] == "New Person"
    token = await _sign_in(gql, "new@alpha.test", "new-person-pw")
    me = (await gql(ME, token=token))["data"]["me"]
    assert me["staff"] == {"roles": ["CATALOG"], "merchant": {"slug": "alpha"}}


async def test_expired_replaced_and_made_up_tokens_are_refused(gql):
    world = await make_world()
    _, invitee_token = await make_user("late@example.com")
    first = await _invite(
        gql, world.a.owner_token, world.a.merchant.id, "late@example.com", ["ORDERS"]
    )
    second = await _invite(
        gql, world.a.owner_token, world.a.merchant.id, "late@example.com", ["CATALOG"]
    )
    # inviting again replaced the pending invitation
    assert await StaffInvitation.filter(email="late@example.com").count() == 1
    await StaffInvitation.filter(email="late@example.com").update(
        expires_at=datetime.now(UTC) - timedelta(seconds=1)
    )
    for token in (first["token"], second["token"], "made-up", ""):
        result = await _accept(gql, {"token": token}, token=invitee_token)
        assert [(e["code"], e["field"]) for e in result["errors"]] == [("INVALID_TOKEN", "token")]
    assert await MerchantStaff.filter(merchant_id=world.a.merchant.id).count() == 1


async def test_the_invitation_token_is_stored_hashed(gql):
    world = await make_world()
    invited = await _invite(
        gql, world.a.owner_token, world.a.merchant.id, "hash@example.com", ["ORDERS"]
    )
    row = await StaffInvitation.get(email="hash@example.com")
    assert row.token_hash == hashlib.sha256(invited["token"].encode()).hexdigest()
    for value in (await StaffInvitation.filter(id=row.id).values())[0].values():
        assert invited["token"] not in str(value)
    assert row.expires_at - datetime.now(UTC) > timedelta(days=6)


async def test_staff_of_this_merchant_are_already_staff_and_of_another_are_not_told(gql):
    world = await make_world()
    # A's own owner is A's staff: its owner knows that anyway
    own = await _invite(
        gql, world.a.owner_token, world.a.merchant.id, "owner@alpha.test", ["ORDERS"]
    )
    assert [(e["code"], e["field"]) for e in own["errors"]] == [("ALREADY_STAFF", "email")]
    # B's owner is staff elsewhere: A's owner gets the usual answer, and B's owner cannot accept
    other = await _invite(
        gql, world.a.owner_token, world.a.merchant.id, "owner@beta.test", ["ORDERS"]
    )
    assert other["errors"] == [] and other["token"]
    result = await _accept(gql, {"token": other["token"]}, token=world.b.owner_token)
    assert [e["code"] for e in result["errors"]] == ["ALREADY_STAFF"]
    assert (await MerchantStaff.get(user_id=world.b.owner.id)).merchant_id == world.b.merchant.id


# --- the owner's staff management -----------------------------------------------------------------


async def _staff_id(user: User) -> str:
    return gid("StaffMember", (await MerchantStaff.get(user_id=user.id)).id)


async def test_owner_lists_changes_and_removes_staff(gql):
    world = await make_world()
    clerk, clerk_token = await make_staff(world.a.merchant, "clerk@alpha.test", [StaffRole.ORDERS])
    listed = await gql(
        MERCHANT_STAFF, {"m": gid("Merchant", world.a.merchant.id)}, token=world.a.owner_token
    )
    members = listed["data"]["merchantStaff"]
    assert [(m["user"]["email"], m["roles"]) for m in members] == [
        ("owner@alpha.test", ["OWNER"]),
        ("clerk@alpha.test", ["ORDERS"]),
    ]
    assert {m["merchant"]["slug"] for m in members} == {"alpha"}
    clerk_id = await _staff_id(clerk)
    assert members[1]["id"] == clerk_id

    updated = payload(
        await gql(
            ROLE_UPDATE, {"id": clerk_id, "roles": ["CATALOG", "ORDERS"]}, token=world.a.owner_token
        ),
        "staffRoleUpdate",
    )
    assert updated["errors"] == []
    assert updated["staffMember"] == {
        "id": clerk_id,
        "roles": ["CATALOG", "ORDERS"],
        "user": {"email": "clerk@alpha.test"},
    }
    me = (await gql(ME, token=clerk_token))["data"]["me"]
    assert me["staff"]["roles"] == ["CATALOG", "ORDERS"]

    removed = payload(await gql(REMOVE, {"id": clerk_id}, token=world.a.owner_token), "staffRemove")
    assert removed == {"removedStaffMemberId": clerk_id, "errors": []}
    assert not await MerchantStaff.filter(user_id=clerk.id).exists()
    assert await User.filter(id=clerk.id).exists()  # the account stays
    assert (await gql(ME, token=clerk_token))["data"]["me"]["staff"] is None

    # a platform admin may do the same
    listed = await gql(
        MERCHANT_STAFF, {"m": gid("Merchant", world.b.merchant.id)}, token=world.admin_token
    )
    assert [m["user"]["email"] for m in listed["data"]["merchantStaff"]] == ["owner@beta.test"]


async def test_the_last_owner_can_be_neither_demoted_nor_removed(gql):
    world = await make_world()
    owner_id = await _staff_id(world.a.owner)
    for token in (world.a.owner_token, world.admin_token):
        demoted = payload_errors(
            await gql(ROLE_UPDATE, {"id": owner_id, "roles": ["ORDERS"]}, token=token),
            "staffRoleUpdate",
        )
        assert [(e["code"], e["field"]) for e in demoted] == [("LAST_OWNER", "roles")]
        removed = payload_errors(await gql(REMOVE, {"id": owner_id}, token=token), "staffRemove")
        assert [(e["code"], e["field"]) for e in removed] == [("LAST_OWNER", "id")]
    assert (await MerchantStaff.get(user_id=world.a.owner.id)).roles == ["owner"]

    # with a second owner, the first may step down
    second, _ = await make_staff(world.a.merchant, "second@alpha.test", [StaffRole.OWNER])
    stepped = payload(
        await gql(ROLE_UPDATE, {"id": owner_id, "roles": ["ORDERS"]}, token=world.a.owner_token),
        "staffRoleUpdate",
    )
    assert stepped["errors"] == [] and stepped["staffMember"]["roles"] == ["ORDERS"]
    # and now the second one is the last
    last = payload_errors(
        await gql(REMOVE, {"id": await _staff_id(second)}, token=world.admin_token), "staffRemove"
    )
    assert [e["code"] for e in last] == ["LAST_OWNER"]


async def test_other_merchants_owners_and_non_owners_are_refused(gql):
    world = await make_world()
    clerk, clerk_token = await make_staff(world.a.merchant, "clerk@alpha.test", [StaffRole.ORDERS])
    clerk_id = await _staff_id(clerk)
    owner_id = await _staff_id(world.a.owner)
    a = gid("Merchant", world.a.merchant.id)
    before = await MerchantStaff.all().order_by("id").values()

    for token, code in [
        (world.b.owner_token, "PERMISSION_DENIED"),
        (clerk_token, "PERMISSION_DENIED"),
        (world.customer_token, "PERMISSION_DENIED"),
        (None, "UNAUTHENTICATED"),
    ]:
        assert gql_code(await gql(MERCHANT_STAFF, {"m": a}, token=token)) == code, token

    # B's owner does not even learn that A's staff ids exist
    for staff_id in (clerk_id, owner_id):
        update = payload_errors(
            await gql(ROLE_UPDATE, {"id": staff_id, "roles": ["OWNER"]}, token=world.b.owner_token),
            "staffRoleUpdate",
        )
        assert [(e["code"], e["field"]) for e in update] == [("NOT_FOUND", "id")]
        remove = payload_errors(
            await gql(REMOVE, {"id": staff_id}, token=world.b.owner_token), "staffRemove"
        )
        assert [(e["code"], e["field"]) for e in remove] == [("NOT_FOUND", "id")]
    # A's clerk may not promote themselves nor remove the owner; a customer sees nothing
    for token, code in [(clerk_token, "PERMISSION_DENIED"), (world.customer_token, "NOT_FOUND")]:
        update = payload_errors(
            await gql(ROLE_UPDATE, {"id": clerk_id, "roles": ["OWNER"]}, token=token),
            "staffRoleUpdate",
        )
        assert [e["code"] for e in update] == [code]
        remove = payload_errors(await gql(REMOVE, {"id": owner_id}, token=token), "staffRemove")
        assert [e["code"] for e in remove] == [code]
    anonymous = payload_errors(await gql(REMOVE, {"id": owner_id}), "staffRemove")
    assert [e["code"] for e in anonymous] == ["UNAUTHENTICATED"]
    # a role list must not be empty, an id must be a StaffMember's
    empty = payload_errors(
        await gql(ROLE_UPDATE, {"id": clerk_id, "roles": []}, token=world.a.owner_token),
        "staffRoleUpdate",
    )
    assert [(e["code"], e["field"]) for e in empty] == [("INVALID", "roles")]
    wrong = payload_errors(
        await gql(REMOVE, {"id": gid("Merchant", world.a.merchant.id)}, token=world.a.owner_token),
        "staffRemove",
    )
    assert [(e["code"], e["field"]) for e in wrong] == [("INVALID", "id")]
    assert await MerchantStaff.all().order_by("id").values() == before
