"""The providers' accounts: development ones on the app's own fake gateways (so ``make serve``
pays through the real SDKs with nothing else running), and production's refusals."""

from __future__ import annotations

import html
import json
import re
from dataclasses import replace

import httpx
import pytest
import uvicorn

from models.payments import Payment, PaymentStatus
from plaza import cli
from plaza.app import create_app
from plaza.payment_accounts import (
    DEV_ALIPAY,
    DEV_WECHATPAY,
    FAKE_PREFIX,
    account_problems,
    accounts_for,
    new_private_key,
    public_pem,
)
from plaza.settings import MIN_SECRET_LENGTH, Settings
from plugins.registry import get_registry
from tests.provider_support import group_status, start, unpaid_group
from tests.test_sandbox_payments import serve

STRONG = "k" * MIN_SECRET_LENGTH


@pytest.fixture
def started(monkeypatch) -> list[str]:
    """What would have run (nothing does): as in tests/test_production_mode.py."""
    calls: list[str] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: calls.append("serve"))
    return calls


def _alipay_account(**changes) -> dict:
    key = new_private_key()
    account = {
        "provider": "alipay",
        "app_id": "2021009900",
        "app_private_key": key,
        "alipay_public_key": public_pem(new_private_key()),
        "gateway_url": "https://openapi.alipay.com/gateway.do",
    }
    return account | changes


def _production(monkeypatch, accounts: dict) -> None:
    monkeypatch.setenv("PLAZA_ENV", "production")
    monkeypatch.setenv("PLAZA_SECRET_KEY", STRONG)
    monkeypatch.setenv("PLAZA_PAYMENT_SANDBOX_SECRET", "s" * 40)
    monkeypatch.setenv("PLAZA_CREDENTIALS_KEY", "c" * 40)
    monkeypatch.setenv("PLAZA_PAYMENT_ACCOUNTS", json.dumps(accounts))


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"gateway_url": f"http://127.0.0.1:8000{FAKE_PREFIX}/alipay/gateway.do"}, "gateway_url"),
        ({"gateway_url": f"https://shop.example{FAKE_PREFIX}/alipay/gateway.do"}, "gateway_url"),
        ({"app_private_key": ""}, "missing app_private_key"),
    ],
)
def test_production_refuses_fake_gateways_and_missing_keys(
    monkeypatch,
    capsys,
    started,
    changes,
    named,
):
    _production(monkeypatch, {"mall-alipay": _alipay_account(**changes)})
    assert cli.main(["serve", "--no-migrate"]) == 2
    assert started == []
    err = capsys.readouterr().err
    assert "mall-alipay" in err and named in err


def test_production_refuses_the_development_keys(monkeypatch, tmp_path):
    dev = {name: new_private_key() for name in ("app", "alipay", "merchant", "platform")}
    (tmp_path / "dev-payment-keys.json").write_text(json.dumps(dev))
    _production(monkeypatch, {"a": _alipay_account(app_private_key=dev["app"])})
    assert any("development keys" in p for p in account_problems(Settings(), tmp_path))
    _production(monkeypatch, {"a": _alipay_account()})
    assert account_problems(Settings(), tmp_path) == []


def test_production_starts_with_real_accounts(monkeypatch, started, tmp_path):
    key_file = tmp_path / "app.pem"
    key_file.write_text(new_private_key())
    account = _alipay_account(app_private_key="", app_private_key_file=str(key_file))
    _production(monkeypatch, {"mall-alipay": account})
    assert cli.main(["serve", "--no-migrate"]) == 0
    assert started == ["serve"]
    accounts = accounts_for(Settings(), tmp_path)
    assert accounts["mall-alipay"]["app_private_key"] == key_file.read_text()


def test_production_has_no_development_accounts_and_mounts_no_fake(monkeypatch, tmp_path):
    _production(monkeypatch, {})
    monkeypatch.delenv("PLAZA_PAYMENT_ACCOUNTS")
    settings = Settings()
    assert dict(accounts_for(settings, tmp_path)) == {}
    app = create_app(settings, manage_orm=False)
    paths = {getattr(r, "path", "") for r in app.routes}
    assert not any(p.startswith(FAKE_PREFIX) for p in paths)


def test_development_accounts_point_at_the_apps_own_fakes(tmp_path):
    settings = replace(Settings(), env="development", payment_accounts="")
    accounts = accounts_for(settings, tmp_path)
    assert set(accounts) == {DEV_ALIPAY, DEV_WECHATPAY}
    base = settings.public_url.rstrip("/") + FAKE_PREFIX
    assert accounts[DEV_ALIPAY]["gateway_url"] == f"{base}/alipay/gateway.do"
    assert accounts[DEV_WECHATPAY]["gateway_url"] == f"{base}/wechatpay"
    assert json.loads((tmp_path / "dev-payment-keys.json").read_text())


@pytest.mark.parametrize("provider", ["alipay", "wechatpay"])
async def test_serve_pays_through_its_own_fake_gateways(gql, monkeypatch, provider):
    """The app as ``make serve`` runs it: the development account of each provider, whose
    gateway is this app's ``/dev/fake-gateways/...``, over real HTTP."""
    registry = get_registry()
    for key in ("public_url", "sandbox_secret", "payment_accounts"):
        monkeypatch.setitem(registry.config, key, registry.config.get(key))
    box = {}

    async def asgi(scope, receive, send):  # the app, once its URL is known
        await box["app"](scope, receive, send)

    async with serve(asgi) as url:
        settings = replace(Settings(), public_url=url, env="development", payment_accounts="")
        box["app"] = create_app(settings, manage_orm=False)
        account = DEV_ALIPAY if provider == "alipay" else DEV_WECHATPAY
        shop = await unpaid_group(gql, provider, account=account)
        payload = await start(gql, shop, provider)
        assert payload["errors"] == [], payload
        payment = payload["payment"]
        async with httpx.AsyncClient(follow_redirects=True) as http:
            page = await http.get(payment["payUrl"])  # the fake's cashier
            assert page.status_code == 200 and "local fake gateway" in page.text
            action = html.unescape(re.search(r"action='([^']+)'", page.text).group(1))
            paid = await http.post(action, data={"outcome": "succeed"})
            assert paid.status_code == 200, paid.text
        row = await Payment.get(reference=payment["reference"])
        assert row.status == PaymentStatus.CAPTURED
        assert await group_status(shop) == "paid"
