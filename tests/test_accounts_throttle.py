"""The sign-in and registration throttle (per account and per client address), and argon2 in
its bounded pool: refusals cost no password check, and a burst of sign-ins leaves the event
loop to the other requests."""

from __future__ import annotations

import asyncio
import threading
from datetime import timedelta

import httpx
import pytest

from models.accounts import AuthAttempt
from resolvers.accounts import passwords, throttle
from resolvers.accounts.throttle import ThrottleLimits
from tests.support import PASSWORD, make_user, payload

TOKEN_CREATE = """
mutation($email: String!, $password: String!) {
  tokenCreate(email: $email, password: $password) {
    token retryAfter errors { code field message }
  }
}"""

REGISTER = """
mutation($email: String!) {
  customerRegister(input: {email: $email, password: "long-enough-pw"}) {
    user { email } retryAfter errors { code field message }
  }
}"""

PASSWORD_CHANGE = """
mutation($old: String!) {
  passwordChange(oldPassword: $old, newPassword: "brand-new-password") {
    token retryAfter errors { code field message }
  }
}"""


async def _sign_in(gql, email: str, password: str = PASSWORD) -> dict:
    return payload(await gql(TOKEN_CREATE, {"email": email, "password": password}), "tokenCreate")


def _codes(result: dict) -> list[str]:
    return [e["code"] for e in result["errors"]]


@pytest.fixture
def checks(monkeypatch) -> list[str]:
    """The password hashes verified (by argon2, for real) while the test runs."""
    seen: list[str] = []
    real = passwords.password_matches

    def counted(password_hash: str, password: str) -> bool:
        seen.append(password_hash)
        return real(password_hash, password)

    monkeypatch.setattr(passwords, "password_matches", counted)
    return seen


async def test_five_failures_lock_the_account_without_a_password_check(gql, checks):
    await make_user("target@example.com")
    await make_user("bystander@example.com")
    for _ in range(5):
        assert _codes(await _sign_in(gql, "target@example.com", "guess-123")) == [
            "INVALID_CREDENTIALS"
        ]
    assert len(checks) == 5

    locked = await _sign_in(gql, "target@example.com")  # even the right password
    assert locked["token"] is None
    assert [(e["code"], e["field"]) for e in locked["errors"]] == [("TOO_MANY_ATTEMPTS", "email")]
    assert 880 <= locked["retryAfter"] <= 900
    assert str(locked["retryAfter"]) in locked["errors"][0]["message"]
    assert len(checks) == 5  # refused before any password check

    # another account from the same address is not affected
    assert (await _sign_in(gql, "bystander@example.com"))["token"]
    # an email nobody has is counted alike: the refusal does not tell who is registered
    for _ in range(5):
        assert _codes(await _sign_in(gql, "nobody@example.com", "guess")) == ["INVALID_CREDENTIALS"]
    assert _codes(await _sign_in(gql, "nobody@example.com", "guess")) == ["TOO_MANY_ATTEMPTS"]

    # once the window has passed, the account signs in again
    for row in await AuthAttempt.filter(email="target@example.com"):
        await AuthAttempt.filter(id=row.id).update(
            created_at=row.created_at - timedelta(minutes=16)
        )
    assert (await _sign_in(gql, "target@example.com"))["token"]


async def test_successes_do_not_count_against_the_account(gql):
    await make_user("regular@example.com")
    for _ in range(8):
        assert (await _sign_in(gql, "regular@example.com"))["token"]


async def test_password_change_guesses_count_as_sign_in_failures(gql, checks):
    _, token = await make_user("changer@example.com")
    for _ in range(5):
        result = payload(
            await gql(PASSWORD_CHANGE, {"old": "guess-123"}, token=token), "passwordChange"
        )
        assert _codes(result) == ["INVALID_CREDENTIALS"]
    result = payload(await gql(PASSWORD_CHANGE, {"old": PASSWORD}, token=token), "passwordChange")
    assert _codes(result) == ["TOO_MANY_ATTEMPTS"] and result["retryAfter"] > 0
    assert len(checks) == 5
    assert _codes(await _sign_in(gql, "changer@example.com")) == ["TOO_MANY_ATTEMPTS"]


async def test_an_address_gets_so_many_attempts_a_minute(gql, app, monkeypatch, checks):
    monkeypatch.setenv("PLAZA_SIGNIN_ADDRESS_ATTEMPTS", "3")
    for n in range(2):
        await make_user(f"user{n}@example.com")
    assert (await _sign_in(gql, "user0@example.com"))["token"]
    assert _codes(await _sign_in(gql, "user1@example.com", "wrong-pw")) == ["INVALID_CREDENTIALS"]
    registered = payload(await gql(REGISTER, {"email": "fresh@example.com"}), "customerRegister")
    assert registered["errors"] == []  # registrations count in the same budget

    checked = len(checks)
    refused = await _sign_in(gql, "user1@example.com")
    assert [(e["code"], e["field"]) for e in refused["errors"]] == [("TOO_MANY_ATTEMPTS", None)]
    assert 1 <= refused["retryAfter"] <= 60
    refused = payload(await gql(REGISTER, {"email": "fresh2@example.com"}), "customerRegister")
    assert _codes(refused) == ["TOO_MANY_ATTEMPTS"] and refused["user"] is None
    assert len(checks) == checked

    # another address is not limited by this one's attempts
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://plaza.test") as other:
        resp = await other.post(
            "/graphql",
            json={
                "query": TOKEN_CREATE,
                "variables": {"email": "user1@example.com", "password": PASSWORD},
            },
        )
    assert resp.json()["data"]["tokenCreate"]["token"]
    assert await AuthAttempt.filter(address="203.0.113.7").count() == 1


async def test_concurrent_guesses_cannot_slip_past_the_limit(gql, checks):
    await make_user("burst@example.com")
    results = await asyncio.gather(
        *(_sign_in(gql, "burst@example.com", f"guess-{n}") for n in range(12))
    )
    codes = sorted(c for r in results for c in _codes(r))
    assert codes.count("INVALID_CREDENTIALS") <= 5, codes
    assert set(codes) == {"INVALID_CREDENTIALS", "TOO_MANY_ATTEMPTS"}
    assert len(checks) <= 5


async def test_admission_unit_windows_and_retry_after(monkeypatch):
    monkeypatch.setattr(throttle, "PRUNE_CHANCE", 0)
    limits = ThrottleLimits(account_failures=2, account_window=100, address_attempts=0)
    start = throttle.datetime.now(throttle.UTC)
    for seconds in (0, 10):
        admitted = await throttle.admit(
            throttle.AttemptKind.SIGN_IN,
            "unit@example.com",
            "",
            limits,
            start + timedelta(seconds=seconds),
        )
        await admitted.failed()
    with pytest.raises(throttle.Throttled) as refused:
        await throttle.admit(
            throttle.AttemptKind.SIGN_IN,
            "unit@example.com",
            "",
            limits,
            start + timedelta(seconds=30),
        )
    assert refused.value.retry_after == 70  # the first failure leaves the window at 100 s
    assert await AuthAttempt.all().count() == 2  # the refused attempt is not recorded
    later = await throttle.admit(
        throttle.AttemptKind.SIGN_IN, "unit@example.com", "", limits, start + timedelta(seconds=101)
    )
    await later.succeeded()
    assert await throttle.prune(start + timedelta(seconds=50)) == 2


async def test_a_burst_of_sign_ins_hashes_two_at_a_time_and_others_are_served(gql, monkeypatch):
    """16 sign-ins at once: at most ``HASH_CONCURRENCY`` argon2 checks run, the rest wait
    their turn without holding the event loop, so a request that hashes nothing goes through
    while they are all still waiting."""
    _, reader_token = await make_user("reader@example.com")
    for n in range(16):
        await make_user(f"burst{n}@example.com")
    release = threading.Event()
    lock = threading.Lock()
    running = {"now": 0, "most": 0, "done": 0}
    real = passwords.password_matches
    loop = asyncio.get_running_loop()
    slots_full = asyncio.Event()

    def slow(password_hash: str, password: str) -> bool:
        with lock:
            running["now"] += 1
            running["most"] = max(running["most"], running["now"])
            if running["now"] == passwords.HASH_CONCURRENCY:
                loop.call_soon_threadsafe(slots_full.set)
        release.wait(10)
        try:
            return real(password_hash, password)
        finally:
            with lock:
                running["now"] -= 1
                running["done"] += 1

    monkeypatch.setattr(passwords, "password_matches", slow)
    sign_ins = asyncio.gather(*(_sign_in(gql, f"burst{n}@example.com") for n in range(16)))
    await asyncio.wait_for(slots_full.wait(), 10)
    assert running["now"] == passwords.HASH_CONCURRENCY

    me = await gql("{ me { user { email } } }", token=reader_token)  # served meanwhile
    assert me["data"]["me"]["user"]["email"] == "reader@example.com"
    assert running["done"] == 0

    release.set()
    results = await sign_ins
    assert all(r["token"] for r in results), results
    assert running["most"] == passwords.HASH_CONCURRENCY
