"""A local stand-in for WeChat Pay API v3, speaking its protocol.

Requests must carry ``Authorization: WECHATPAY2-SHA256-RSA2048 mchid=..,nonce_str=..,
signature=..,timestamp=..,serial_no=..``: SHA256withRSA over ``METHOD\\nPATH?QUERY\\nTIMESTAMP\\n
NONCE\\nBODY\\n``, verified with the merchant's public key registered here (per mchid, with its
serial). Answers are JSON signed with the platform key: ``Wechatpay-Timestamp``,
``Wechatpay-Nonce``, ``Wechatpay-Signature`` over ``TIMESTAMP\\nNONCE\\nBODY\\n``,
``Wechatpay-Serial`` (the platform public key id). Endpoints: ``POST
/v3/pay/transactions/native``, ``GET /v3/pay/transactions/out-trade-no/{no}?mchid=``,
``POST /v3/refund/domestic/refunds``.

Paying sends the notification to the trade's ``notify_url``: signed like an answer, its
``resource`` (the transaction) encrypted with the merchant's APIv3 key (AEAD_AES_256_GCM,
associated data ``transaction``). The code URL is this gateway's cashier page (a real one is
``weixin://wxpay/bizpayurl?pr=...``) so a developer can pay in a browser.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import parse_qsl

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from plaza.fake_gateways import common

_AUTH = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Merchant:
    public_key: object
    serial_no: str
    apiv3_key: str


@dataclass
class Trade:
    mchid: str
    appid: str
    out_trade_no: str
    total: int  # fen
    description: str
    notify_url: str
    transaction_id: str = field(default_factory=lambda: "4200" + secrets.token_hex(12))
    state: str = "NOTPAY"
    refunds: dict[str, int] = field(default_factory=dict)  # out_refund_no -> fen
    notifications: list[tuple[int | None, str]] = field(default_factory=list)

    def resource(self) -> dict:
        return {
            "mchid": self.mchid,
            "appid": self.appid,
            "out_trade_no": self.out_trade_no,
            "transaction_id": self.transaction_id,
            "trade_type": "NATIVE",
            "trade_state": self.state,
            "trade_state_desc": self.state,
            "success_time": datetime.now(UTC).isoformat(timespec="seconds"),
            "payer": {"openid": "o_fake_payer"},
            "amount": {
                "total": self.total,
                "payer_total": self.total,
                "currency": "CNY",
                "payer_currency": "CNY",
            },
        }


class FakeWeChatPay:
    def __init__(
        self, platform_private_key: str, platform_public_key_id: str, merchants: dict[str, dict]
    ) -> None:
        """``merchants``: mchid -> {"public_key": PEM, "serial_no": ..., "apiv3_key": ...}."""
        self.key = common.private_key(platform_private_key)
        self.key_id = platform_public_key_id
        self.merchants = {
            mchid: Merchant(common.public_key(m["public_key"]), m["serial_no"], m["apiv3_key"])
            for mchid, m in merchants.items()
        }
        self.trades: dict[str, Trade] = {}
        self.switches = common.Switches()
        self.calls: list[str] = []

    # --- signatures ---------------------------------------------------------------------------

    def _caller(self, request: Request, body: str) -> str | None:
        """The mchid whose signature the request carries, or None."""
        scheme, _, rest = request.headers.get("authorization", "").partition(" ")
        if scheme != "WECHATPAY2-SHA256-RSA2048":
            return None
        fields = dict(_AUTH.findall(rest))
        merchant = self.merchants.get(fields.get("mchid", ""))
        if merchant is None or fields.get("serial_no") != merchant.serial_no:
            return None
        path = common.route_path(request) + (f"?{request.url.query}" if request.url.query else "")
        message = (
            f"{request.method}\n{path}\n{fields.get('timestamp', '')}\n"
            f"{fields.get('nonce_str', '')}\n{body}\n"
        )
        return (
            fields["mchid"]
            if common.verify(merchant.public_key, message, fields.get("signature", ""))
            else None
        )

    def signed_headers(
        self, body: str, *, key=None, timestamp: int | None = None
    ) -> dict[str, str]:
        ts = str(int(time.time()) if timestamp is None else timestamp)
        nonce = secrets.token_hex(16)
        return {
            "Content-Type": "application/json",
            "Wechatpay-Timestamp": ts,
            "Wechatpay-Nonce": nonce,
            "Wechatpay-Signature": common.sign(key or self.key, f"{ts}\n{nonce}\n{body}\n"),
            "Wechatpay-Serial": self.key_id,
            "Wechatpay-Signature-Type": "WECHATPAY2-SHA256-RSA2048",
        }

    def _answer(self, content: dict, status: int = 200) -> Response:
        body = json.dumps(content, ensure_ascii=False)
        return Response(body, status_code=status, headers=self.signed_headers(body))

    # --- the API ------------------------------------------------------------------------------

    async def _authorised(self, request: Request) -> tuple[str | None, str]:
        body = (await request.body()).decode()
        await self.switches.wait()  # read first: a caller that gave up is gone by then
        return self._caller(request, body), body

    async def native(self, request: Request) -> Response:
        mchid, body = await self._authorised(request)
        self.calls.append("native")
        if mchid is None:
            return self._answer({"code": "SIGN_ERROR", "message": "bad signature"}, 401)
        data = json.loads(body)
        if str(data.get("mchid")) != mchid:
            return self._answer({"code": "PARAM_ERROR", "message": "mchid mismatch"}, 400)
        number = str(data["out_trade_no"])
        trade = self.trades.get(number)
        if trade is None:
            trade = Trade(
                mchid=mchid,
                appid=str(data.get("appid", "")),
                out_trade_no=number,
                total=int(data["amount"]["total"]),
                description=str(data.get("description", "")),
                notify_url=str(data.get("notify_url", "")),
            )
            self.trades[number] = trade
        return self._answer({"code_url": f"{common.base_url(request)}/pay/{number}"})

    async def query(self, request: Request) -> Response:
        mchid, _ = await self._authorised(request)
        self.calls.append("query")
        if mchid is None:
            return self._answer({"code": "SIGN_ERROR", "message": "bad signature"}, 401)
        trade = self.trades.get(request.path_params["number"])
        if trade is None or trade.mchid != mchid:
            return self._answer({"code": "ORDER_NOT_EXIST", "message": "no such order"}, 404)
        return self._answer(trade.resource())

    async def refund(self, request: Request) -> Response:
        mchid, body = await self._authorised(request)
        self.calls.append("refund")
        if mchid is None:
            return self._answer({"code": "SIGN_ERROR", "message": "bad signature"}, 401)
        data = json.loads(body)
        trade = self.trades.get(str(data.get("out_trade_no", "")))
        if trade is None or trade.mchid != mchid:
            return self._answer({"code": "RESOURCE_NOT_EXISTS", "message": "no such order"}, 404)
        if trade.state != "SUCCESS":
            return self._answer({"code": "INVALID_REQUEST", "message": "not paid"}, 400)
        number = str(data["out_refund_no"])
        amount = data["amount"]
        if int(amount["total"]) != trade.total:
            return self._answer({"code": "PARAM_ERROR", "message": "total mismatch"}, 400)
        if number not in trade.refunds:  # the same out_refund_no twice refunds once
            if sum(trade.refunds.values()) + int(amount["refund"]) > trade.total:
                return self._answer({"code": "NOT_ENOUGH", "message": "over the total"}, 403)
            trade.refunds[number] = int(amount["refund"])
        return self._answer(
            {
                "refund_id": "5030" + number[-12:],
                "out_refund_no": number,
                "out_trade_no": trade.out_trade_no,
                "transaction_id": trade.transaction_id,
                "status": "SUCCESS",
                "amount": {
                    "refund": trade.refunds[number],
                    "total": trade.total,
                    "currency": "CNY",
                },
            }
        )

    # --- paying and notifying -----------------------------------------------------------------

    def notification(self, trade: Trade, *, forged: bool = False) -> tuple[dict[str, str], bytes]:
        """The headers and body of ``trade``'s notification (``forged``: signed by a key that
        is not the platform's)."""
        merchant = self.merchants[trade.mchid]
        nonce = secrets.token_hex(6)  # 12 characters, as WeChat Pay sends
        sealed = AESGCM(merchant.apiv3_key.encode()).encrypt(
            nonce.encode(), json.dumps(trade.resource()).encode(), b"transaction"
        )
        body = json.dumps(
            {
                "id": "EV-" + secrets.token_hex(12),
                "create_time": datetime.now(UTC).isoformat(timespec="seconds"),
                "resource_type": "encrypt-resource",
                "event_type": "TRANSACTION.SUCCESS"
                if trade.state == "SUCCESS"
                else "TRANSACTION.CLOSED",
                "summary": trade.state,
                "resource": {
                    "original_type": "transaction",
                    "algorithm": "AEAD_AES_256_GCM",
                    "ciphertext": base64.b64encode(sealed).decode(),
                    "associated_data": "transaction",
                    "nonce": nonce,
                },
            }
        )
        key = common.private_key(_other_key()) if forged else None
        return self.signed_headers(body, key=key), body.encode()

    async def pay(
        self, out_trade_no: str, outcome: str = "succeed"
    ) -> list[tuple[int | None, str]]:
        trade = self.trades[out_trade_no]
        trade.state = "SUCCESS" if outcome == "succeed" else "PAYERROR"
        if not self.switches.notifying:
            return []
        return [await self.notify(trade)]

    async def notify(self, trade: Trade, message: tuple[dict, bytes] | None = None):
        headers, body = message or self.notification(trade)
        sent = await common.post(trade.notify_url, headers=headers, content=body)
        trade.notifications.append(sent)
        return sent

    async def cashier(self, request: Request) -> Response:
        trade = self.trades.get(request.path_params["number"])
        if trade is None:
            return PlainTextResponse("no such trade", status_code=404)
        return common.cashier_page(
            "WeChat Pay", f"{trade.total / 100:.2f}", trade.description, str(request.url)
        )

    async def cashier_submit(self, request: Request) -> Response:
        number = request.path_params["number"]
        form = dict(parse_qsl((await request.body()).decode(), keep_blank_values=True))
        if number not in self.trades:
            return PlainTextResponse("no such trade", status_code=404)
        sent = await self.pay(number, "decline" if form.get("outcome") == "decline" else "succeed")
        return PlainTextResponse(f"{self.trades[number].state}; notification answered {sent}")

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/v3/pay/transactions/native", self.native, methods=["POST"]),
                Route("/v3/pay/transactions/out-trade-no/{number}", self.query, methods=["GET"]),
                Route("/v3/refund/domestic/refunds", self.refund, methods=["POST"]),
                Route("/pay/{number}", self.cashier, methods=["GET"]),
                Route("/pay/{number}", self.cashier_submit, methods=["POST"]),
            ]
        )


def _other_key() -> str:
    from plaza.fake_gateways.alipay import _other_key as other

    return other()
