"""Sessions through the HTTP API: refresh tokens rotate on use, a replayed one signs its session
out, ``tokenRevoke`` signs out one session or all, ``passwordChange`` revokes every token."""

from __future__ import annotations

import asyncio

import jwt

from models.accounts import RefreshToken, User
from plaza import auth
from tests.support import PASSWORD, gql_code, make_user, payload

TOKEN_CREATE = """
mutation($email: String!, $password: String!) {
  tokenCreate(email: $email, password: $password) {
    token refreshToken errors { code field message }
  }
}"""

TOKEN_REFRESH = """
mutation($refresh: String!) {
  tokenRefresh(refreshToken: $refresh) { token refreshToken errors { code field message } }
}"""

TOKEN_REVOKE = """
mutation($refresh: String, $all: Boolean) {
  tokenRevoke(refreshToken: $refresh, all: $all) { revoked errors { code field message } }
}"""

PASSWORD_CHANGE = """
mutation($old: String!, $new: String!) {
  passwordChange(oldPassword: $old, newPassword: $new) {
    token refreshToken user { email } errors { code field message }
  }
}"""

ME = "{ me { user { email } } }"


async def _sign_in(gql, email: str, password: str = PASSWORD) -> dict:
    result = payload(await gql(TOKEN_CREATE, {"email": email, "password": password}), "tokenCreate")
    assert result["errors"] == [], result
    return result


async def _refresh(gql, refresh: str) -> dict:
    return payload(await gql(TOKEN_REFRESH, {"refresh": refresh}), "tokenRefresh")


def _codes(result: dict) -> list[str]:
    return [e["code"] for e in result["errors"]]


async def _works(gql, access: str) -> bool:
    return (await gql(ME, token=access))["data"]["me"] is not None


async def test_refresh_rotates_and_a_replayed_token_signs_the_session_out(gql):
    await make_user("rotate@example.com")
    first = await _sign_in(gql, "rotate@example.com")

    second = await _refresh(gql, first["refreshToken"])
    assert second["errors"] == []
    assert second["token"] and second["refreshToken"]
    assert second["refreshToken"] != first["refreshToken"]
    claims = jwt.decode(second["refreshToken"], options={"verify_signature": False})
    first_claims = jwt.decode(first["refreshToken"], options={"verify_signature": False})
    assert claims["fam"] == first_claims["fam"] and claims["jti"] != first_claims["jti"]
    assert await _works(gql, second["token"])

    third = await _refresh(gql, second["refreshToken"])
    assert third["errors"] == []

    # the first token again: it was used, so it leaked -- the whole family dies
    replay = await _refresh(gql, first["refreshToken"])
    assert replay["token"] is None and replay["refreshToken"] is None
    assert _codes(replay) == ["INVALID_TOKEN"]
    assert _codes(await _refresh(gql, third["refreshToken"])) == ["INVALID_TOKEN"]
    assert await RefreshToken.filter(family=claims["fam"], revoked_at__isnull=True).count() == 0

    # another sign-in is another family, untouched
    other = await _sign_in(gql, "rotate@example.com")
    assert (await _refresh(gql, other["refreshToken"]))["errors"] == []


async def test_two_uses_of_one_refresh_token_at_once_give_at_most_one_pair(gql):
    await make_user("race@example.com")
    tokens = await _sign_in(gql, "race@example.com")
    results = await asyncio.gather(*(_refresh(gql, tokens["refreshToken"]) for _ in range(4)))
    winners = [r for r in results if r["token"]]
    assert len(winners) <= 1, results
    assert all(_codes(r) == ["INVALID_TOKEN"] for r in results if not r["token"])
    # the token was presented again after its use: the family is revoked, winner included
    for winner in winners:
        assert _codes(await _refresh(gql, winner["refreshToken"])) == ["INVALID_TOKEN"]


async def test_an_unrecorded_or_forged_refresh_token_is_refused(gql):
    user, _ = await make_user("unrecorded@example.com")
    _, unrecorded = auth.issue_tokens(user)  # signed, but no sign-in recorded its jti
    assert _codes(await _refresh(gql, unrecorded)) == ["INVALID_TOKEN"]
    tokens = await _sign_in(gql, "unrecorded@example.com")
    claims = jwt.decode(tokens["refreshToken"], options={"verify_signature": False})
    forged = jwt.encode({**claims, "sub": "999"}, "not-the-key-" * 4, algorithm="HS256")
    assert _codes(await _refresh(gql, forged)) == ["INVALID_TOKEN"]
    # someone else's jti under one's own subject is refused too
    other, _ = await make_user("other@example.com")
    mixed = auth._sign({**claims, "sub": str(other.id), "ver": 0}, 600, auth.Settings())
    assert _codes(await _refresh(gql, mixed)) == ["INVALID_TOKEN"]
    assert (await _refresh(gql, tokens["refreshToken"]))["errors"] == []


async def test_token_revoke_signs_out_one_session_or_all(gql):
    await make_user("out@example.com")
    phone = await _sign_in(gql, "out@example.com")
    laptop = await _sign_in(gql, "out@example.com")

    result = payload(await gql(TOKEN_REVOKE, {"refresh": phone["refreshToken"]}), "tokenRevoke")
    assert result == {"revoked": True, "errors": []}
    assert _codes(await _refresh(gql, phone["refreshToken"])) == ["INVALID_TOKEN"]
    # the other session goes on
    laptop = await _refresh(gql, laptop["refreshToken"])
    assert laptop["errors"] == [] and await _works(gql, laptop["token"])
    # signing out again with the dead token says so
    again = payload(await gql(TOKEN_REVOKE, {"refresh": phone["refreshToken"]}), "tokenRevoke")
    assert again["revoked"] is False and _codes(again) == ["INVALID_TOKEN"]

    # everywhere: every refresh token and every access token
    tablet = await _sign_in(gql, "out@example.com")
    everywhere = payload(
        await gql(TOKEN_REVOKE, {"refresh": laptop["refreshToken"], "all": True}), "tokenRevoke"
    )
    assert everywhere == {"revoked": True, "errors": []}
    for session in (laptop, tablet):
        assert _codes(await _refresh(gql, session["refreshToken"])) == ["INVALID_TOKEN"]
        assert gql_code(await gql(ME, token=session["token"], status=401)) == "INVALID_TOKEN"


async def test_token_revoke_all_with_the_access_token_only(gql):
    user, _ = await make_user("everywhere@example.com")
    tokens = await _sign_in(gql, "everywhere@example.com")
    anonymous = payload(await gql(TOKEN_REVOKE, {"all": True}), "tokenRevoke")
    assert _codes(anonymous) == ["UNAUTHENTICATED"]
    one = payload(await gql(TOKEN_REVOKE, {}, token=tokens["token"]), "tokenRevoke")
    assert [(e["code"], e["field"]) for e in one["errors"]] == [("INVALID", "refreshToken")]

    result = payload(await gql(TOKEN_REVOKE, {"all": True}, token=tokens["token"]), "tokenRevoke")
    assert result == {"revoked": True, "errors": []}
    assert (await User.get(id=user.id)).token_version == user.token_version + 1
    assert gql_code(await gql(ME, token=tokens["token"], status=401)) == "INVALID_TOKEN"
    assert _codes(await _refresh(gql, tokens["refreshToken"])) == ["INVALID_TOKEN"]


async def test_password_change_revokes_every_token_and_answers_a_new_pair(gql):
    await make_user("change@example.com")
    old = await _sign_in(gql, "change@example.com")
    other = await _sign_in(gql, "change@example.com")

    def change(old_pw: str, new_pw: str, token: str | None = old["token"]):
        return gql(PASSWORD_CHANGE, {"old": old_pw, "new": new_pw}, token=token)

    wrong = payload(await change("not-the-password", "brand-new-password"), "passwordChange")
    assert [(e["code"], e["field"]) for e in wrong["errors"]] == [
        ("INVALID_CREDENTIALS", "oldPassword")
    ]
    short = payload(await change(PASSWORD, "short"), "passwordChange")
    assert [(e["code"], e["field"]) for e in short["errors"]] == [
        ("PASSWORD_TOO_SHORT", "newPassword")
    ]
    anonymous = payload(await change(PASSWORD, "brand-new-password", None), "passwordChange")
    assert _codes(anonymous) == ["UNAUTHENTICATED"]
    assert await _works(gql, old["token"])  # the refusals changed nothing

    changed = payload(await change(PASSWORD, "brand-new-password"), "passwordChange")
    assert changed["errors"] == [] and changed["user"] == {"email": "change@example.com"}
    assert await _works(gql, changed["token"])
    assert (await _refresh(gql, changed["refreshToken"]))["errors"] == []
    for session in (old, other):
        assert gql_code(await gql(ME, token=session["token"], status=401)) == "INVALID_TOKEN"
        assert _codes(await _refresh(gql, session["refreshToken"])) == ["INVALID_TOKEN"]

    refused = payload(
        await gql(TOKEN_CREATE, {"email": "change@example.com", "password": PASSWORD}),
        "tokenCreate",
    )
    assert _codes(refused) == ["INVALID_CREDENTIALS"]
    await _sign_in(gql, "change@example.com", "brand-new-password")
