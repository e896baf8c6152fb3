"""WeChat Pay API v3 (code ``wechatpay``) through ``wechatpayv3``: Native (QR) payments.

* ``start``: ``POST /v3/pay/transactions/native`` answers the ``code_url`` the QR code encodes
  (also the pay URL: it opens WeChat on a phone). Requests carry
  ``Authorization: WECHATPAY2-SHA256-RSA2048 ...`` signed with the merchant's API key; answers
  are verified by the SDK against the platform public key (``Wechatpay-Signature``).
* ``parse_callback``: the notification's signature (platform public key; the serial must be
  the account's public key id, so an unknown serial never makes the SDK fetch certificates),
  its timestamp (five minutes, against replays), then the ``resource`` decrypted with the
  APIv3 key (AEAD_AES_256_GCM) and checked to belong to the account's ``mchid``.
  ``SUCCESS`` is a success; ``CLOSED``/``PAYERROR``/``REVOKED`` a decline.
* ``query`` (``GET /v3/pay/transactions/out-trade-no/{no}``), ``refund``
  (``POST /v3/refund/domestic/refunds``, idempotent by ``out_refund_no``).

The SDK is synchronous (``requests``): calls run in a worker thread with the account's timeout.
Account settings (``plugins.payments.accounts``)::

    {"provider": "wechatpay", "mchid": "1900000109", "appid": "wx...",
     "private_key": "<PEM>", "cert_serial_no": "...", "apiv3_key": "<32 characters>",
     "platform_public_key": "<PEM>", "platform_public_key_id": "PUB_KEY_ID_...",
     "gateway_url": "https://api.mch.weixin.qq.com", "timeout": 10}
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Mapping

import requests
from wechatpayv3 import WeChatPay, WeChatPayType

from plugins.interfaces import (
    InvalidCallback,
    NotificationStatus,
    PaymentNotification,
    PaymentQuery,
    PaymentSession,
    PaymentStartRequest,
    ProviderUnavailable,
    RefundRequest,
    RefundResult,
)
from plugins.payments import accounts as acc

log = logging.getLogger("plaza.payments.wechatpay")

CODE = "wechatpay"
DECLINED_STATES = {"CLOSED", "PAYERROR", "REVOKED"}
TOLERANCE_SECONDS = 300
DEFAULT_TIMEOUT = 10.0


class WeChatPayProvider:
    code = CODE
    name = "WeChat Pay"
    uses_accounts = True  # keys per account, named by the storefront

    def __init__(self, registry=None) -> None:
        self._registry = registry
        self._clients: dict[tuple[str, int], WeChatPay] = {}

    @property
    def config(self) -> Mapping:
        return getattr(self._registry, "config", None) or {}

    def client(self, name: str) -> WeChatPay:
        settings = acc.account(self.config, CODE, name)
        key = (name, id(settings))
        found = self._clients.get(key)
        if found is None:
            timeout = float(settings.get("timeout") or DEFAULT_TIMEOUT)
            found = WeChatPay(
                wechatpay_type=WeChatPayType.NATIVE,
                mchid=str(settings["mchid"]),
                private_key=settings["private_key"],
                cert_serial_no=settings["cert_serial_no"],
                appid=settings["appid"],
                apiv3_key=settings["apiv3_key"],
                public_key=settings["platform_public_key"],
                public_key_id=settings["platform_public_key_id"],
                timeout=(timeout, timeout),
            )
            found._core._gate_way = str(settings["gateway_url"]).rstrip("/")  # overridden
            self._clients[key] = found
        return found

    async def _call(self, name: str, method: str, **kwargs) -> tuple[int, dict]:
        client = self.client(name)
        try:
            status, text = await asyncio.to_thread(getattr(client, method), **kwargs)
            return status, json.loads(text) if text else {}
        except (requests.RequestException, ValueError, TypeError) as exc:
            raise ProviderUnavailable(f"wechatpay {method}: {type(exc).__name__}: {exc}") from exc
        except Exception as exc:  # the SDK raises a bare Exception for a forged answer
            raise ProviderUnavailable(f"wechatpay {method}: {exc}") from exc

    # --- paying -------------------------------------------------------------------------------

    async def start(self, request: PaymentStartRequest) -> PaymentSession:
        if request.currency != "CNY":
            raise ProviderUnavailable("WeChat Pay takes CNY only")
        extra = {}
        if request.expires_at is not None:
            extra["time_expire"] = request.expires_at.isoformat(timespec="seconds")
        status, answer = await self._call(
            request.account,
            "pay",
            description=request.description[:127],
            out_trade_no=request.reference,
            amount={"total": acc.to_fen(request.amount), "currency": "CNY"},
            notify_url=request.callback_url,
            **extra,
        )
        if status != 200 or not answer.get("code_url"):
            raise ProviderUnavailable(f"wechatpay native pay refused: {status} {answer}")
        return PaymentSession(pay_url=answer["code_url"], qr_payload=answer["code_url"])

    # --- notifications ------------------------------------------------------------------------

    def parse_callback(self, headers: Mapping[str, str], body: bytes) -> PaymentNotification:
        lower = {k.lower(): v for k, v in headers.items()}
        serial = lower.get("wechatpay-serial", "")
        name = next(
            (
                n
                for n, a in acc.accounts_of(self.config, CODE)
                if a.get("platform_public_key_id") == serial
            ),
            None,
        )
        if name is None:
            raise InvalidCallback("signature does not match (unknown Wechatpay-Serial)")
        try:
            timestamp = int(lower.get("wechatpay-timestamp", ""))
        except ValueError:
            raise InvalidCallback("timestamp missing or malformed")
        if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
            raise InvalidCallback("timestamp outside the tolerance")
        client = self.client(name)
        try:
            data = client.callback(lower, body)
        except Exception as exc:  # the SDK raises bare Exceptions (unknown algorithm, ...)
            raise InvalidCallback(f"signature does not match ({exc})")
        if not data:
            raise InvalidCallback("signature does not match, or the resource does not decrypt")
        resource = data.get("resource") or {}
        settings = acc.account(self.config, CODE, name)
        if str(resource.get("mchid")) != str(settings["mchid"]):
            raise InvalidCallback("the notification is for another merchant id")
        notification = _notification(resource, str(data.get("id") or ""))
        if notification is None:
            raise InvalidCallback(f"trade state {resource.get('trade_state')!r} is not final")
        return notification

    def callback_answer(self, accepted: bool) -> tuple[int, str, str]:
        """WeChat Pay reads the HTTP status (2xx: received) and a JSON code."""
        if accepted:
            return 200, json.dumps({"code": "SUCCESS", "message": "OK"}), "application/json"
        return 500, json.dumps({"code": "FAIL", "message": "not applied"}), "application/json"

    async def query(self, request: PaymentQuery) -> PaymentNotification | None:
        status, answer = await self._call(request.account, "query", out_trade_no=request.reference)
        if status == 404:
            return None  # ORDER_NOT_EXIST
        if status != 200:
            raise ProviderUnavailable(f"wechatpay query answered {status}: {answer}")
        trade = answer.get("transaction_id") or ""
        return _notification(answer, f"query:{trade}:{answer.get('trade_state')}")

    # --- refunds ------------------------------------------------------------------------------

    async def refund(self, request: RefundRequest) -> RefundResult:
        number = acc.refund_number(request.refund_key)
        total = request.payment_amount if request.payment_amount is not None else request.amount
        try:
            status, answer = await self._call(
                request.account,
                "refund",
                out_refund_no=number,
                amount={
                    "refund": acc.to_fen(request.amount),
                    "total": acc.to_fen(total),
                    "currency": "CNY",
                },
                out_trade_no=request.reference,
                reason=request.reason[:80],
            )
        except (ProviderUnavailable, acc.UnknownAccount) as exc:
            return RefundResult(False, None, str(exc))
        if status != 200 or answer.get("status") not in ("SUCCESS", "PROCESSING"):
            return RefundResult(False, None, f"wechatpay refused: {status} {answer}")
        return RefundResult(True, str(answer.get("refund_id") or number))


def _notification(resource: Mapping, notification_id: str) -> PaymentNotification | None:
    state = resource.get("trade_state")
    if state == "SUCCESS":
        outcome = NotificationStatus.SUCCEEDED
    elif state in DECLINED_STATES:
        outcome = NotificationStatus.DECLINED
    else:
        return None  # NOTPAY, USERPAYING: not final
    amount = resource.get("amount") or {}
    try:
        return PaymentNotification(
            reference=str(resource["out_trade_no"]),
            provider_transaction_id=str(resource.get("transaction_id") or resource["out_trade_no"]),
            status=outcome,
            amount=acc.from_fen(amount.get("total")),
            currency=str(amount.get("currency") or "CNY"),
            notification_id=notification_id or f"{resource['out_trade_no']}:{state}",
        )
    except (KeyError, ValueError) as exc:
        raise InvalidCallback(f"malformed resource: {exc}")
