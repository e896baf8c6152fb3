"""The accounts (merchant keys) of the real payment providers, and the local fake gateways.

``PLAZA_PAYMENT_ACCOUNTS`` is JSON, or ``@/path/to/accounts.json``: account name -> settings
(``plugins.payments.alipay`` and ``plugins.payments.wechatpay`` list them). A key may be given
inline (PEM) or as a file: ``"app_private_key_file": "/run/secrets/alipay.pem"`` for
``app_private_key``, and so on for every ``*_key``. A storefront names its account per
provider in its settings (``{"payment_accounts": {"alipay": "mall-alipay"}}``).

Unset and outside production, there are two development accounts, ``alipay-dev`` and
``wechatpay-dev``, whose gateways are the fakes this app serves under ``/dev/fake-gateways/``
(``plaza.fake_gateways``), so ``make serve`` pays through the real SDKs with nothing else
running. Their keys are generated on first use and kept in ``var/dev-payment-keys.json`` (so
``plaza worker`` processes on the same checkout sign with the same keys).

Production (``PLAZA_ENV=production``) mounts no fake gateway, has no development account, and
refuses to start with an account whose gateway is not ``https://`` or is a fake one, whose keys
are missing, or that uses the development keys (``account_problems``).
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from starlette.routing import Mount

FAKE_PREFIX = "/dev/fake-gateways"
DEV_ALIPAY = "alipay-dev"
DEV_WECHATPAY = "wechatpay-dev"
DEV_APP_ID = "2021000000000000"
DEV_MCHID = "1900000109"
DEV_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1"
DEV_PUBLIC_KEY_ID = "PUB_KEY_ID_0000000000000000000000000000000"
DEV_APIV3_KEY = "plaza-dev-apiv3-key-0123456789ab"  # 32 characters
_KEY_FIELDS = (
    "app_private_key",
    "alipay_public_key",
    "private_key",
    "platform_public_key",
)
_REQUIRED = {
    "alipay": ("app_id", "app_private_key", "alipay_public_key", "gateway_url"),
    "wechatpay": (
        "mchid",
        "appid",
        "private_key",
        "cert_serial_no",
        "apiv3_key",
        "platform_public_key",
        "platform_public_key_id",
        "gateway_url",
    ),
}


def new_private_key() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def public_pem(private_pem: str) -> str:
    key = serialization.load_pem_private_key(private_pem.encode(), password=None)
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


# --- development keys and accounts ------------------------------------------------------------

_dev_lock = threading.Lock()
_dev_keys: dict[Path, dict[str, str]] = {}  # per directory


def dev_keys(directory: Path) -> dict[str, str]:
    """The four development key pairs' private keys (app, Alipay gateway, merchant, WeChat
    platform): from ``directory/dev-payment-keys.json``, made and saved there the first time."""
    with _dev_lock:
        found = _dev_keys.get(directory)
        if found is not None:
            return found
        path = directory / "dev-payment-keys.json"
        try:
            found = json.loads(path.read_text())
        except (OSError, ValueError):
            found = {name: new_private_key() for name in ("app", "alipay", "merchant", "platform")}
            try:
                directory.mkdir(parents=True, exist_ok=True)
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                with os.fdopen(fd, "w") as f:
                    json.dump(found, f)
            except OSError:
                pass  # kept in this process only
        _dev_keys[directory] = found
        return found


def dev_accounts(public_url: str, keys: Mapping[str, str]) -> dict[str, dict]:
    base = public_url.rstrip("/") + FAKE_PREFIX
    return {
        DEV_ALIPAY: {
            "provider": "alipay",
            "app_id": DEV_APP_ID,
            "app_private_key": keys["app"],
            "alipay_public_key": public_pem(keys["alipay"]),
            "gateway_url": f"{base}/alipay/gateway.do",
        },
        DEV_WECHATPAY: {
            "provider": "wechatpay",
            "mchid": DEV_MCHID,
            "appid": "wxdev0000000000000",
            "private_key": keys["merchant"],
            "cert_serial_no": DEV_SERIAL,
            "apiv3_key": DEV_APIV3_KEY,
            "platform_public_key": public_pem(keys["platform"]),
            "platform_public_key_id": DEV_PUBLIC_KEY_ID,
            "gateway_url": f"{base}/wechatpay",
        },
    }


class LazyAccounts(Mapping):
    """The accounts, worked out on first use (making keys takes a moment: not at every
    ``create_app``)."""

    def __init__(self, make) -> None:
        self._make = make
        self._data: dict[str, dict] | None = None

    def _load(self) -> dict[str, dict]:
        if self._data is None:
            self._data = self._make()
        return self._data

    def __getitem__(self, key: str) -> dict:
        return self._load()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())


def _read_files(account: dict) -> dict:
    out = dict(account)
    for name in _KEY_FIELDS:
        path = out.pop(f"{name}_file", None)
        if path and not out.get(name):
            out[name] = Path(path).read_text()
    return out


def parse_accounts(text: str) -> dict[str, dict]:
    """``PLAZA_PAYMENT_ACCOUNTS``: JSON, or ``@path`` to a JSON file."""
    text = text.strip()
    if text.startswith("@"):
        text = Path(text[1:]).read_text()
    data = json.loads(text)
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise ValueError("PLAZA_PAYMENT_ACCOUNTS maps account names to objects")
    return {name: _read_files(account) for name, account in data.items()}


def accounts_for(settings: Any, var_dir: Path) -> Mapping[str, dict]:
    """What the plugins get as ``registry.config["payment_accounts"]``."""
    if settings.payment_accounts.strip():
        return LazyAccounts(lambda: parse_accounts(settings.payment_accounts))
    if settings.is_production:
        return {}
    return LazyAccounts(lambda: dev_accounts(settings.public_url, dev_keys(var_dir)))


def account_problems(settings: Any, var_dir: Path) -> list[str]:
    """Why production must not start with these accounts (empty outside production)."""
    if not settings.is_production or not settings.payment_accounts.strip():
        return []
    try:
        found = parse_accounts(settings.payment_accounts)
    except (OSError, ValueError) as exc:
        return [f"PLAZA_PAYMENT_ACCOUNTS cannot be read: {exc}"]
    dev = set()
    path = var_dir / "dev-payment-keys.json"
    if path.exists():
        try:
            dev = {public_pem(k).strip() for k in json.loads(path.read_text()).values()}
            dev |= {k.strip() for k in json.loads(path.read_text()).values()}
        except (OSError, ValueError):
            dev = set()
    problems = []
    for name, account in found.items():
        provider = account.get("provider")
        if provider not in _REQUIRED:
            problems.append(f"payment account {name}: unknown provider {provider!r}")
            continue
        missing = [f for f in _REQUIRED[provider] if not account.get(f)]
        if missing:
            problems.append(f"payment account {name}: missing {', '.join(missing)}")
        url = str(account.get("gateway_url", ""))
        if not url.startswith("https://") or FAKE_PREFIX in url:
            problems.append(f"payment account {name}: gateway_url must be the provider's https URL")
        if any(str(account.get(f, "")).strip() in dev for f in _KEY_FIELDS if account.get(f)):
            problems.append(f"payment account {name} uses the development keys")
        if provider == "wechatpay" and account.get("apiv3_key") == DEV_APIV3_KEY:
            problems.append(f"payment account {name} uses the development APIv3 key")
    return problems


# --- the fake gateways, served by this app outside production ---------------------------------


class _LazyGateway:
    """An ASGI app that builds its fake gateway on first request (keys are made then)."""

    def __init__(self, build) -> None:
        self._build = build
        self._app = None

    async def __call__(self, scope, receive, send) -> None:
        if self._app is None:
            self._app = self._build()
        await self._app(scope, receive, send)


def fake_gateway_routes(settings: Any, var_dir: Path) -> list[Mount]:
    """``/dev/fake-gateways/alipay`` and ``/dev/fake-gateways/wechatpay`` (none in production),
    holding the development accounts' counterpart keys."""
    if settings.is_production:
        return []

    def alipay():
        from plaza.fake_gateways.alipay import FakeAlipay

        keys = dev_keys(var_dir)
        return FakeAlipay(keys["alipay"], {DEV_APP_ID: public_pem(keys["app"])}).app()

    def wechatpay():
        from plaza.fake_gateways.wechatpay import FakeWeChatPay

        keys = dev_keys(var_dir)
        merchant = {
            "public_key": public_pem(keys["merchant"]),
            "serial_no": DEV_SERIAL,
            "apiv3_key": DEV_APIV3_KEY,
        }
        return FakeWeChatPay(keys["platform"], DEV_PUBLIC_KEY_ID, {DEV_MCHID: merchant}).app()

    return [
        Mount(f"{FAKE_PREFIX}/alipay", app=_LazyGateway(alipay)),
        Mount(f"{FAKE_PREFIX}/wechatpay", app=_LazyGateway(wechatpay)),
    ]
