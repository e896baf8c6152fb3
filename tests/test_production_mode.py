"""Production mode (``PLAZA_ENV=production``): ``plaza serve`` and ``plaza worker`` refuse to
start with a default or short secret (exit 2, a clear message); elsewhere a default secret is
allowed with one loud warning. And a token without the ``ver`` claim cannot skip revocation."""

from __future__ import annotations

import logging

import pytest
import uvicorn

from plaza import auth, cli
from plaza import worker as plaza_worker
from plaza.settings import MIN_SECRET_LENGTH, Settings
from tests.support import make_user

STRONG = "k" * MIN_SECRET_LENGTH
ME = "{ me { user { id } } }"


@pytest.fixture
def started(monkeypatch) -> list[str]:
    """What would have run: uvicorn for serve, the worker loop for worker (neither runs)."""
    calls: list[str] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: calls.append("serve"))
    monkeypatch.setattr(plaza_worker, "run_worker", lambda *a, **k: calls.append("worker") or 0)
    monkeypatch.setenv("PLAZA_BROKER_URL", "redis://127.0.0.1:6379/7")
    return calls


COMMANDS = [(["serve", "--no-migrate"], "serve"), (["worker"], "worker")]
WEAK = [
    pytest.param({}, "PLAZA_SECRET_KEY", id="both-default"),
    pytest.param(
        {"PLAZA_SECRET_KEY": STRONG}, "PLAZA_PAYMENT_SANDBOX_SECRET", id="sandbox-default"
    ),
    pytest.param(
        {"PLAZA_PAYMENT_SANDBOX_SECRET": STRONG}, "PLAZA_SECRET_KEY", id="secret-key-default"
    ),
    pytest.param(
        {"PLAZA_SECRET_KEY": "short", "PLAZA_PAYMENT_SANDBOX_SECRET": STRONG},
        "PLAZA_SECRET_KEY",
        id="short",
    ),
    pytest.param(
        {"PLAZA_SECRET_KEY": STRONG, "PLAZA_PAYMENT_SANDBOX_SECRET": "x" * (MIN_SECRET_LENGTH - 1)},
        "PLAZA_PAYMENT_SANDBOX_SECRET",
        id="one-short",
    ),
    pytest.param(
        {"PLAZA_SECRET_KEY": STRONG, "PLAZA_PAYMENT_SANDBOX_SECRET": STRONG},
        "PLAZA_CREDENTIALS_KEY",
        id="credentials-key-missing",
    ),
]


@pytest.mark.parametrize(("argv", "command"), COMMANDS)
@pytest.mark.parametrize(("env", "named"), WEAK)
def test_production_refuses_weak_secrets(monkeypatch, capsys, started, argv, command, env, named):
    monkeypatch.setenv("PLAZA_ENV", "production")
    for name in ("PLAZA_SECRET_KEY", "PLAZA_PAYMENT_SANDBOX_SECRET", "PLAZA_CREDENTIALS_KEY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert cli.main(argv) == 2
    assert started == []
    err = capsys.readouterr().err
    assert f"plaza {command}" in err and "production" in err and named in err


@pytest.mark.parametrize(("argv", "command"), COMMANDS)
def test_production_starts_with_strong_secrets(monkeypatch, started, argv, command):
    monkeypatch.setenv("PLAZA_ENV", "production")
    monkeypatch.setenv("PLAZA_SECRET_KEY", STRONG)
    monkeypatch.setenv("PLAZA_PAYMENT_SANDBOX_SECRET", "s" * 40)
    monkeypatch.setenv("PLAZA_CREDENTIALS_KEY", "c" * 40)
    assert cli.main(argv) == 0
    assert started == [command]


@pytest.mark.parametrize(("argv", "command"), COMMANDS)
def test_development_warns_once_about_default_secrets(monkeypatch, caplog, started, argv, command):
    monkeypatch.delenv("PLAZA_ENV", raising=False)
    for name in ("PLAZA_SECRET_KEY", "PLAZA_PAYMENT_SANDBOX_SECRET"):
        monkeypatch.delenv(name, raising=False)
    with caplog.at_level(logging.WARNING):
        assert cli.main(argv) == 0
    assert started == [command]
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and "secret" in r.message]
    assert len(warnings) == 1, caplog.records
    assert "PLAZA_SECRET_KEY" in warnings[0].message
    assert "PLAZA_PAYMENT_SANDBOX_SECRET" in warnings[0].message
    assert (
        "PLAZA_CREDENTIALS_KEY" in warnings[0].message and "development key" in warnings[0].message
    )


def test_problems_lists_each_weak_secret(monkeypatch):
    strong = {"payment_sandbox_secret": STRONG, "credentials_key": STRONG}
    assert Settings(secret_key=STRONG, **strong).secret_problems() == []
    problems = Settings(secret_key="short", **strong).secret_problems()
    assert len(problems) == 1 and "PLAZA_SECRET_KEY" in problems[0]
    assert str(MIN_SECRET_LENGTH) in problems[0]


def test_worker_processes_refuse_weak_secrets_in_production(monkeypatch):
    monkeypatch.setenv("PLAZA_ENV", "production")
    monkeypatch.setenv("PLAZA_BROKER_URL", "redis://127.0.0.1:6379/7")
    monkeypatch.delenv("PLAZA_SECRET_KEY", raising=False)
    with pytest.raises(SystemExit, match="PLAZA_SECRET_KEY"):
        plaza_worker.setup()


@pytest.mark.parametrize("ver", ["missing", None, "0", 0.0])
async def test_a_token_without_a_version_is_refused(gql, ver):
    user, _ = await make_user("nover@example.com")
    claims = {"sub": str(user.id), "typ": "access"}
    if ver != "missing":
        claims["ver"] = ver
    token = auth._sign(claims, 600, Settings())
    body = await gql(ME, token=token, status=401)
    assert body["errors"][0]["extensions"]["code"] == "INVALID_TOKEN"
    refresh = auth._sign({**claims, "typ": "refresh"}, 600, Settings())
    body = await gql(
        "mutation($t: String!) { tokenRefresh(refreshToken: $t) { token errors { code } } }",
        {"t": refresh},
    )
    assert body["data"]["tokenRefresh"]["errors"][0]["code"] == "INVALID_TOKEN", body
    # a token with the current version still works
    good = auth._sign({"sub": str(user.id), "typ": "access", "ver": 0}, 600, Settings())
    assert (await gql(ME, token=good))["data"]["me"]["user"]["id"]
