"""A local stand-in for Alipay's OpenAPI gateway (``gateway.do``), speaking its protocol.

Requests are the SDK's: form parameters in the query string (or a form body), RSA2-signed by
the app's private key over the sorted ``k=v`` pairs without ``sign``; they are verified with
the app public key registered here per ``app_id``. Answers are JSON
``{"<method>_response": {...}, "sign": "..."}`` signed with the gateway's private key over the
exact text of the response object. Methods: ``alipay.trade.page.pay`` (the cashier page, GET),
``alipay.trade.precreate``, ``alipay.trade.query``, ``alipay.trade.refund``.

Paying (the cashier's buttons, or ``pay()`` from a test) moves the trade and POSTs the
asynchronous notification to the trade's ``notify_url``: form-encoded, signed by the gateway
key over the sorted pairs without ``sign`` and ``sign_type``; it expects ``success`` back.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from urllib.parse import parse_qsl, urlencode

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from plaza.fake_gateways import common

RESPONSES = {
    "alipay.trade.precreate": "alipay_trade_precreate_response",
    "alipay.trade.query": "alipay_trade_query_response",
    "alipay.trade.refund": "alipay_trade_refund_response",
}


@dataclass
class Trade:
    app_id: str
    out_trade_no: str
    total_amount: Decimal
    subject: str
    notify_url: str
    trade_no: str = field(default_factory=lambda: "2026" + secrets.token_hex(10))
    status: str = "WAIT_BUYER_PAY"
    refunds: dict[str, Decimal] = field(default_factory=dict)  # out_request_no -> amount
    notifications: list[tuple[int | None, str]] = field(default_factory=list)


class FakeAlipay:
    def __init__(self, gateway_private_key: str, apps: dict[str, str]) -> None:
        """``apps``: app_id -> that app's RSA public key (PEM)."""
        self.key = common.private_key(gateway_private_key)
        self.apps = {app_id: common.public_key(pem) for app_id, pem in apps.items()}
        self.trades: dict[str, Trade] = {}
        self.switches = common.Switches()
        self.calls: list[str] = []  # the methods called, in order

    # --- the OpenAPI ----------------------------------------------------------------------

    async def gateway(self, request: Request) -> Response:
        params = dict(parse_qsl(request.url.query, keep_blank_values=True))
        if request.method == "POST":
            params.update(parse_qsl((await request.body()).decode(), keep_blank_values=True))
        method = params.get("method", "")
        if method != "alipay.trade.page.pay":
            await self.switches.wait()
        self.calls.append(method)
        response_type = RESPONSES.get(method, "error_response")
        if not self._genuine(params):
            return self._answer("error_response", _error("40002", "isv.invalid-signature"))
        biz = json.loads(params.get("biz_content") or "{}")
        if method == "alipay.trade.page.pay":
            trade = self._open(params, biz)
            return common.cashier_page(
                "Alipay", f"{trade.total_amount:.2f}", trade.subject,
                f"{common.base_url(request)}/pay/{trade.out_trade_no}",
            )  # fmt: skip
        if method == "alipay.trade.precreate":
            trade = self._open(params, biz)
            qr = f"{common.base_url(request)}/pay/{trade.out_trade_no}"
            return self._answer(response_type, _ok(out_trade_no=trade.out_trade_no, qr_code=qr))
        trade = self.trades.get(biz.get("out_trade_no", ""))
        if trade is None or trade.app_id != params.get("app_id"):
            return self._answer(response_type, _error("40004", "ACQ.TRADE_NOT_EXIST"))
        if method == "alipay.trade.query":
            return self._answer(
                response_type,
                _ok(
                    trade_no=trade.trade_no,
                    out_trade_no=trade.out_trade_no,
                    trade_status=trade.status,
                    total_amount=f"{trade.total_amount:.2f}",
                ),
            )
        if method == "alipay.trade.refund":
            return self._answer(response_type, self._refund(trade, biz))
        return self._answer("error_response", _error("40004", "isv.invalid-method"))

    def _genuine(self, params: dict[str, str]) -> bool:
        key = self.apps.get(params.get("app_id", ""))
        signature = params.pop("sign", "")
        if key is None or not signature or params.get("sign_type") != "RSA2":
            return False
        message = "&".join(f"{k}={v}" for k, v in sorted(params.items()))
        return common.verify(key, message, signature)

    def _open(self, params: dict[str, str], biz: dict) -> Trade:
        number = str(biz["out_trade_no"])
        trade = self.trades.get(number)
        if trade is None:
            trade = Trade(
                app_id=params["app_id"],
                out_trade_no=number,
                total_amount=Decimal(str(biz["total_amount"])),
                subject=str(biz.get("subject", "")),
                notify_url=params.get("notify_url", ""),
            )
            self.trades[number] = trade
        return trade

    def _refund(self, trade: Trade, biz: dict) -> dict:
        if trade.status not in ("TRADE_SUCCESS", "TRADE_FINISHED"):
            return _error("40004", "ACQ.TRADE_STATUS_ERROR")
        number = str(biz.get("out_request_no") or trade.out_trade_no)
        amount = Decimal(str(biz["refund_amount"]))
        if number not in trade.refunds:  # the same out_request_no twice refunds once
            if sum(trade.refunds.values(), Decimal(0)) + amount > trade.total_amount:
                return _error("40004", "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL")
            trade.refunds[number] = amount
        refunded = sum(trade.refunds.values(), Decimal(0))
        return _ok(
            trade_no=trade.trade_no,
            out_trade_no=trade.out_trade_no,
            refund_fee=f"{refunded:.2f}",
            fund_change="Y",
        )

    def _answer(self, response_type: str, content: dict) -> Response:
        inner = json.dumps(content, separators=(",", ":"), ensure_ascii=False)
        signature = common.sign(self.key, inner)
        text = f'{{"{response_type}":{inner},"sign":"{signature}"}}'
        return Response(text, media_type="application/json; charset=utf-8")

    # --- paying and notifying -------------------------------------------------------------

    def notification(self, trade: Trade, *, forged: bool = False) -> bytes:
        """The signed form body of ``trade``'s asynchronous notification (``forged``: signed
        by another key, as an attacker would)."""
        params = {
            "notify_time": datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
            "notify_type": "trade_status_sync",
            "notify_id": "ntf" + secrets.token_hex(12),
            "app_id": trade.app_id,
            "charset": "utf-8",
            "version": "1.0",
            "trade_no": trade.trade_no,
            "out_trade_no": trade.out_trade_no,
            "trade_status": trade.status,
            "total_amount": f"{trade.total_amount:.2f}",
            "receipt_amount": f"{trade.total_amount:.2f}",
            "subject": trade.subject,
        }
        message = "&".join(f"{k}={v}" for k, v in sorted(params.items()))
        key = common.private_key(_other_key()) if forged else self.key
        params.update(sign_type="RSA2", sign=common.sign(key, message))
        return urlencode(params).encode()

    async def pay(
        self, out_trade_no: str, outcome: str = "succeed"
    ) -> list[tuple[int | None, str]]:
        """The customer pays (or the trade closes, ``decline``); then the notification goes out,
        once, unless ``switches.notifying`` is off. Returns what was sent and answered."""
        trade = self.trades[out_trade_no]
        trade.status = "TRADE_SUCCESS" if outcome == "succeed" else "TRADE_CLOSED"
        if not self.switches.notifying:
            return []
        return [await self.notify(trade)]

    async def notify(self, trade: Trade, body: bytes | None = None) -> tuple[int | None, str]:
        """POST a notification (the current one, or ``body``) to the trade's notify URL."""
        sent = await common.post(
            trade.notify_url,
            headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
            content=body if body is not None else self.notification(trade),
        )
        trade.notifications.append(sent)
        return sent

    async def cashier_submit(self, request: Request) -> Response:
        number = request.path_params["number"]
        form = dict(parse_qsl((await request.body()).decode(), keep_blank_values=True))
        if number not in self.trades:
            return PlainTextResponse("no such trade", status_code=404)
        sent = await self.pay(number, "decline" if form.get("outcome") == "decline" else "succeed")
        return PlainTextResponse(f"{self.trades[number].status}; notification answered {sent}")

    async def cashier(self, request: Request) -> Response:
        trade = self.trades.get(request.path_params["number"])
        if trade is None:
            return PlainTextResponse("no such trade", status_code=404)
        return common.cashier_page(
            "Alipay", f"{trade.total_amount:.2f}", trade.subject, str(request.url)
        )

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/gateway.do", self.gateway, methods=["GET", "POST"]),
                Route("/pay/{number}", self.cashier, methods=["GET"]),
                Route("/pay/{number}", self.cashier_submit, methods=["POST"]),
            ]
        )


def _ok(**fields) -> dict:
    return {"code": "10000", "msg": "Success", **fields}


def _error(code: str, sub_code: str) -> dict:
    return {"code": code, "msg": "Business Failed", "sub_code": sub_code, "sub_msg": sub_code}


_OTHER: list[str] = []


def _other_key() -> str:
    """A key nobody registered (for forged notifications)."""
    if not _OTHER:
        from plaza.payment_accounts import new_private_key

        _OTHER.append(new_private_key())
    return _OTHER[0]
