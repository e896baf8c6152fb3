"""Alipay (code ``alipay``) through ``python-alipay-sdk``: RSA2-signed OpenAPI calls.

* ``start``: a QR code from ``alipay.trade.precreate`` (a server call: a gateway that does not
  answer is ``ProviderUnavailable`` and nothing is recorded), and a pay URL of ours,
  ``/payments/alipay/page/<reference>``, that redirects to the desktop cashier
  (``alipay.trade.page.pay``, signed when opened: ``page_pay_url``).
* ``parse_callback``: the asynchronous notification (form-encoded POST) verified with the
  Alipay public key of the account its ``app_id`` names: RSA2 over the sorted ``k=v`` pairs
  without ``sign`` and ``sign_type``. ``TRADE_SUCCESS``/``TRADE_FINISHED`` is a success,
  ``TRADE_CLOSED`` a decline. Alipay wants the plain text ``success`` back
  (``callback_answer``), else it notifies again.
* ``query`` (``alipay.trade.query``) for the query job, ``refund`` (``alipay.trade.refund``,
  idempotent by ``out_request_no``).

The SDK is synchronous (``urllib``): every call runs in a worker thread with the account's
timeout. Account settings (``plugins.payments.accounts``)::

    {"provider": "alipay", "app_id": "2021...", "app_private_key": "<PEM>",
     "alipay_public_key": "<PEM>", "gateway_url": "https://openapi.alipay.com/gateway.do",
     "timeout": 10}
"""

from __future__ import annotations

import asyncio
import binascii
import json
import logging
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from urllib.error import URLError
from urllib.parse import parse_qsl, urlencode

from alipay import AliPay
from alipay.exceptions import AliPayException, AliPayValidationError
from alipay.utils import AliPayConfig

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

log = logging.getLogger("plaza.payments.alipay")

CODE = "alipay"
SUCCESS_CODE = "10000"
PAID = {"TRADE_SUCCESS", "TRADE_FINISHED"}
CLOSED = "TRADE_CLOSED"
DEFAULT_TIMEOUT = 10.0
# What calling the gateway can raise besides a business answer: network, a forged or
# unparseable answer.
_CALL_ERRORS = (
    URLError,
    TimeoutError,
    OSError,
    AliPayException,
    AliPayValidationError,
    ValueError,
    KeyError,
    json.JSONDecodeError,
)


class AlipayProvider:
    code = CODE
    name = "Alipay"
    uses_accounts = True  # keys per account, named by the storefront

    def __init__(self, registry=None) -> None:
        self._registry = registry
        self._clients: dict[tuple[str, int], AliPay] = {}

    @property
    def config(self) -> Mapping:
        return getattr(self._registry, "config", None) or {}

    def client(self, name: str) -> AliPay:
        settings = acc.account(self.config, CODE, name)
        key = (name, id(settings))
        found = self._clients.get(key)
        if found is None:
            found = AliPay(
                appid=str(settings["app_id"]),
                app_private_key_string=settings["app_private_key"],
                alipay_public_key_string=settings["alipay_public_key"],
                sign_type="RSA2",
                config=AliPayConfig(timeout=float(settings.get("timeout") or DEFAULT_TIMEOUT)),
            )
            found._gateway = str(settings["gateway_url"])  # the SDK's gateway, overridden
            self._clients[key] = found
        return found

    async def _call(self, name: str, method: str, **kwargs) -> dict:
        client = self.client(name)
        try:
            return await asyncio.to_thread(getattr(client, method), **kwargs)
        except _CALL_ERRORS as exc:
            raise ProviderUnavailable(f"alipay {method}: {type(exc).__name__}: {exc}") from exc

    # --- paying -------------------------------------------------------------------------------

    async def start(self, request: PaymentStartRequest) -> PaymentSession:
        if request.currency != "CNY":
            raise ProviderUnavailable("Alipay takes CNY only")
        self.client(request.account)  # an unknown account fails before any call
        amount = f"{request.amount:.2f}"
        answer = await self._call(
            request.account,
            "api_alipay_trade_precreate",
            subject=request.description,
            out_trade_no=request.reference,
            total_amount=amount,
            notify_url=request.callback_url,
        )
        if answer.get("code") != SUCCESS_CODE or not answer.get("qr_code"):
            raise ProviderUnavailable(
                f"alipay precreate refused: {answer.get('sub_msg') or answer}"
            )
        # The pay URL is ours: it redirects to a page-pay URL signed when it is opened (a
        # signed one is ~900 characters, and goes stale with its timestamp).
        base = request.callback_url.rsplit("/payments/", 1)[0]
        pay_url = f"{base}/payments/alipay/page/{request.reference}"
        if request.return_url and len(pay_url) + len(request.return_url) < 450:
            pay_url += "?" + urlencode({"return": request.return_url})
        return PaymentSession(pay_url=pay_url, qr_payload=answer["qr_code"])

    def page_pay_url(
        self, account: str, reference: str, amount: Decimal, subject: str, return_url: str,
        notify_url: str,
    ) -> str:  # fmt: skip
        """The signed ``alipay.trade.page.pay`` URL (the desktop cashier); no call is made."""
        client = self.client(account)
        query = client.api_alipay_trade_page_pay(
            subject=subject,
            out_trade_no=reference,
            total_amount=f"{amount:.2f}",
            return_url=return_url or None,
            notify_url=notify_url,
        )
        return f"{client._gateway}?{query}"

    # --- notifications ------------------------------------------------------------------------

    def parse_callback(self, headers: Mapping[str, str], body: bytes) -> PaymentNotification:
        try:
            data = dict(
                parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=True)
            )
        except (UnicodeDecodeError, ValueError):
            raise InvalidCallback("malformed notification body")
        signature = data.pop("sign", "")
        name = next(
            (
                n
                for n, a in acc.accounts_of(self.config, CODE)
                if str(a["app_id"]) == data.get("app_id")
            ),
            None,
        )
        if name is None or not signature:
            raise InvalidCallback("signature does not match (unknown app_id or no sign)")
        try:
            genuine = self.client(name).verify(dict(data), signature)
        except (AliPayException, ValueError, binascii.Error, TypeError):
            genuine = False
        if not genuine:
            raise InvalidCallback("signature does not match")
        status = data.get("trade_status", "")
        if status in PAID:
            outcome = NotificationStatus.SUCCEEDED
        elif status == CLOSED:
            outcome = NotificationStatus.DECLINED
        else:
            raise InvalidCallback(f"trade status {status!r} is not final")
        try:
            return PaymentNotification(
                reference=_required(data, "out_trade_no"),
                provider_transaction_id=_required(data, "trade_no"),
                status=outcome,
                amount=Decimal(_required(data, "total_amount")),
                currency="CNY",
                notification_id=_required(data, "notify_id"),
            )
        except (ValueError, InvalidOperation):
            raise InvalidCallback("malformed notification body")

    def callback_answer(self, accepted: bool) -> tuple[int, str, str]:
        """What Alipay expects back: ``success`` (plain text) stops its retries."""
        return (200, "success", "text/plain") if accepted else (200, "fail", "text/plain")

    async def query(self, request: PaymentQuery) -> PaymentNotification | None:
        answer = await self._call(
            request.account, "api_alipay_trade_query", out_trade_no=request.reference
        )
        if answer.get("code") != SUCCESS_CODE:
            return None  # ACQ.TRADE_NOT_EXIST: the customer never opened the cashier
        status = answer.get("trade_status")
        if status in PAID:
            outcome = NotificationStatus.SUCCEEDED
        elif status == CLOSED:
            outcome = NotificationStatus.DECLINED
        else:
            return None
        try:
            return PaymentNotification(
                reference=request.reference,
                provider_transaction_id=str(answer["trade_no"]),
                status=outcome,
                amount=Decimal(str(answer["total_amount"])),
                currency="CNY",
                notification_id=f"query:{answer['trade_no']}:{status}",
            )
        except (KeyError, InvalidOperation) as exc:
            raise ProviderUnavailable(f"alipay query answered nonsense: {exc}") from exc

    # --- refunds ------------------------------------------------------------------------------

    async def refund(self, request: RefundRequest) -> RefundResult:
        number = acc.refund_number(request.refund_key)
        try:
            answer = await self._call(
                request.account,
                "api_alipay_trade_refund",
                refund_amount=f"{request.amount:.2f}",
                out_trade_no=request.reference,
                out_request_no=number,
                refund_reason=request.reason,
            )
        except (ProviderUnavailable, acc.UnknownAccount) as exc:
            return RefundResult(False, None, str(exc))
        if answer.get("code") != SUCCESS_CODE:
            return RefundResult(False, None, f"alipay refused: {answer.get('sub_msg') or answer}")
        return RefundResult(True, number)


def _required(data: Mapping[str, str], key: str) -> str:
    value = data.get(key)
    if not value:
        raise ValueError(f"{key} is missing")
    return value
