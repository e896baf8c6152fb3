"""Kuaidi100 (快递100): one tracking aggregator for many couriers, code ``kuaidi100``.

The merchant ships with any courier and types its waybill number (as with ``manual``);
``create_shipment`` subscribes the number with Kuaidi100's push service, which then POSTs the
parcel's whole timeline to our callback each time it changes. Written against the published
subscribe-and-push API (``poll.kuaidi100.com/poll``):

* **subscribe**: ``POST`` form ``schema=json&param=<json>`` where ``param`` is
  ``{"company": <courier code>, "number": <waybill>, "key": <the merchant's key>,
  "parameters": {"callbackurl": <ours>, "salt": <the merchant's salt>, "resultv2": "1",
  "phone": <recipient's, for couriers that need it>}}``; the answer is
  ``{"result": true, "returnCode": "200", "message": "提交成功"}``; ``501`` (already
  subscribed) counts as done, any other code refuses the shipment (``CarrierRefused``).
* **push**: ``POST`` form ``param=<json>&sign=<MD5(param + salt), upper-case hex>`` to the
  callback URL, ``param`` being ``{"status": "polling|shutdown|abort|updateall", "message",
  "lastResult": {"state", "ischeck", "com", "nu", "data": [{"context", "time", "ftime",
  "status", "statusCode", "areaCode", "areaName"}, ...]}}`` (newest first). We answer
  ``{"result": true, "returnCode": "200", "message": "成功"}``; anything else makes Kuaidi100
  push again later.

Each merchant has its own Kuaidi100 account: ``key``, ``customer`` and ``salt`` are the carrier
account's encrypted credentials. The callback URL names the carrier account
(``/carriers/kuaidi100/events/<account id>``), so a push is verified with that merchant's salt
and can only reach that merchant's parcels. Times are Beijing time (UTC+8).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qs, urlencode

import httpx

from models.logistics import TrackingStatus
from plugins.interfaces import (
    CarrierRefused,
    InvalidCallback,
    ShipmentLabel,
    ShipmentRequest,
    TrackingUpdate,
)
from plugins.shipping.labels import render_label

POLL_URL = "https://poll.kuaidi100.com/poll"
BEIJING = timezone(timedelta(hours=8))
COMPANY = re.compile(r"^[a-z0-9]{2,40}$")
MAX_EVENTS = 200
ACK = {"result": True, "returnCode": "200", "message": "成功"}
CREDENTIAL_FIELDS = ("key", "customer", "salt")

# lastResult.state / data[].statusCode: 0 在途, 1 揽收, 2 疑难, 3 签收, 4 退签, 5 派件,
# 6 退回, 7 转投, 8 清关, 14 拒签 (two-digit sub-states start with their state's digit).
STATES: dict[str, TrackingStatus] = {
    "0": TrackingStatus.IN_TRANSIT,
    "1": TrackingStatus.PICKED_UP,
    "2": TrackingStatus.FAILED_ATTEMPT,
    "3": TrackingStatus.DELIVERED,
    "4": TrackingStatus.RETURNED,
    "5": TrackingStatus.OUT_FOR_DELIVERY,
    "6": TrackingStatus.RETURNED,
    "7": TrackingStatus.IN_TRANSIT,
    "8": TrackingStatus.IN_TRANSIT,
    "14": TrackingStatus.FAILED_ATTEMPT,
}
WORDS: dict[str, TrackingStatus] = {
    "在途": TrackingStatus.IN_TRANSIT,
    "揽收": TrackingStatus.PICKED_UP,
    "疑难": TrackingStatus.FAILED_ATTEMPT,
    "签收": TrackingStatus.DELIVERED,
    "退签": TrackingStatus.RETURNED,
    "派件": TrackingStatus.OUT_FOR_DELIVERY,
    "退回": TrackingStatus.RETURNED,
    "转投": TrackingStatus.IN_TRANSIT,
    "清关": TrackingStatus.IN_TRANSIT,
    "拒签": TrackingStatus.FAILED_ATTEMPT,
}


def sign(param: str, salt: str) -> str:
    """The push's signature: MD5 of ``param`` followed by the salt, upper-case hex."""
    return hashlib.md5((param + salt).encode()).hexdigest().upper()


def _state(code: object, word: object = None) -> TrackingStatus | None:
    code = str(code or "")
    if code in STATES:
        return STATES[code]
    if len(code) == 3 and code[:1] in STATES:  # e.g. 101 (已下单), 301 (本人签收)
        return STATES[code[:1]]
    return WORDS.get(str(word or ""))


class Kuaidi100Carrier:
    code = "kuaidi100"
    name = "Kuaidi100 (any courier, tracking pushed)"
    uses_number_range = False  # staff type the courier's waybill number
    credential_fields = CREDENTIAL_FIELDS

    def __init__(self, registry=None) -> None:
        self._registry = registry
        self.transport: httpx.AsyncBaseTransport | None = None  # tests: a local fake

    def _config(self) -> dict:
        return getattr(self._registry, "config", None) or {}

    def poll_url(self) -> str:
        return str(self._config().get("kuaidi100_poll_url") or POLL_URL)

    def callback_url(self, account_id: int) -> str:
        base = str(self._config().get("public_url") or "http://127.0.0.1:8000").rstrip("/")
        return f"{base}/carriers/{self.code}/events/{account_id}"

    # --- shipping: subscribe the waybill ------------------------------------------------------

    def subscription(self, request: ShipmentRequest) -> dict:
        """The form of the subscribe request (``schema``, ``param``) for this parcel."""
        config = request.config
        secrets = config.get("credentials") or {}
        if not secrets.get("key") or not secrets.get("salt"):
            raise CarrierRefused(
                "carrier_not_configured",
                "Set the Kuaidi100 key and salt first (carrierCredentialsSet).",
            )
        company = str(config.get("company") or "")
        if not COMPANY.match(company):
            raise CarrierRefused(
                "carrier_not_configured",
                "Set the courier's Kuaidi100 company code (config.company, e.g. zhongtong).",
            )
        parameters = {
            "callbackurl": self.callback_url(int(config["account_id"])),
            "salt": secrets["salt"],
            "resultv2": "1",
        }
        phone = domestic_phone(str(request.recipient.get("phone") or ""))
        if phone:
            parameters["phone"] = phone
        param = {
            "company": company,
            "number": request.tracking_number,
            "key": secrets["key"],
            "parameters": parameters,
        }
        return {"schema": "json", "param": json.dumps(param, ensure_ascii=False)}

    async def create_shipment(self, request: ShipmentRequest) -> ShipmentLabel:
        if not request.tracking_number:
            raise ValueError("Kuaidi100 tracks the courier's waybill number: type it")
        form = self.subscription(request)
        try:
            async with httpx.AsyncClient(timeout=10, transport=self.transport) as client:
                response = await client.post(
                    self.poll_url(),
                    content=urlencode(form),
                    headers={"content-type": "application/x-www-form-urlencoded"},
                )
            answer = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise CarrierRefused("carrier_unavailable", f"Kuaidi100 did not answer: {exc}")
        code = str(answer.get("returnCode") or "") if isinstance(answer, dict) else ""
        if not (answer.get("result") is True or code in ("200", "501")):
            message = answer.get("message") if isinstance(answer, dict) else ""
            raise CarrierRefused(
                "carrier_unavailable", f"Kuaidi100 refused the subscription ({code}: {message})."
            )
        return ShipmentLabel(
            tracking_number=request.tracking_number,
            label_html=render_label(request, request.tracking_number),
        )

    async def cancel_shipment(self, tracking_number: str, config: dict) -> bool:
        return True  # a subscription ends by itself (shutdown/abort)

    async def fetch_tracking(self, tracking_number: str, config: dict) -> list[TrackingUpdate]:
        return []  # it pushes

    def parse_push(self, headers: Mapping[str, str], body: bytes) -> list[TrackingUpdate]:
        raise InvalidCallback("Kuaidi100 pushes to an account's callback URL")

    # --- push callbacks -----------------------------------------------------------------------

    def parse_account_push(
        self, headers: Mapping[str, str], body: bytes, config: dict
    ) -> list[TrackingUpdate]:
        """A push to one account's callback: the signature checked with its salt, then the
        parcel's timeline as updates (each event's id is stable, so a repeat is recorded once)."""
        salt = str((config.get("credentials") or {}).get("salt") or "")
        if not salt:
            raise InvalidCallback("this account has no Kuaidi100 salt")
        try:
            form = parse_qs(body.decode(), keep_blank_values=True, strict_parsing=False)
        except UnicodeDecodeError:
            raise InvalidCallback("the push is not a form")
        param = (form.get("param") or [""])[0]
        given = (form.get("sign") or [""])[0]
        if not param or not hmac.compare_digest(given.upper(), sign(param, salt)):
            raise InvalidCallback("bad signature")
        try:
            return _updates(json.loads(param))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InvalidCallback(f"malformed push: {exc}")

    def push_reply(self, ok: bool, message: str = "") -> tuple[int, dict]:
        """What Kuaidi100 expects back: ``result`` true stops it pushing this version again."""
        if ok:
            return 200, ACK
        return 200, {"result": False, "returnCode": "500", "message": message or "失败"}

    # --- Kuaidi100's side (the local fake and the demo use it) --------------------------------

    @staticmethod
    def build_push(payload: dict, salt: str) -> bytes:
        param = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        return urlencode({"param": param, "sign": sign(param, salt)}).encode()


def _updates(payload: dict) -> list[TrackingUpdate]:
    result = payload["lastResult"]
    number = str(result["nu"])
    if not number or len(number) > 80:
        raise ValueError("nu: 1 to 80 characters")
    items = result.get("data") or []
    if not isinstance(items, list) or len(items) > MAX_EVENTS:
        raise ValueError(f"data: a list of at most {MAX_EVENTS}")
    latest = _state(result.get("state"))
    updates = []
    for index, item in enumerate(items):  # newest first
        stamp = str(item.get("ftime") or item.get("time") or "")
        occurred = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=BEIJING)
        context = str(item.get("context") or "")
        status = _state(item.get("statusCode"), item.get("status"))
        if status is None:
            status = latest if index == 0 and latest else TrackingStatus.IN_TRANSIT
        digest = hashlib.sha256(f"{number}|{stamp}|{context}".encode()).hexdigest()[:40]
        updates.append(
            TrackingUpdate(
                tracking_number=number,
                event_id=f"k100_{digest}",
                status=status,
                occurred_at=occurred.astimezone(UTC),
                description=context[:300],
                location=str(item.get("areaName") or "")[:120],
            )
        )
    return updates


def domestic_phone(phone: str) -> str:
    """Kuaidi100 matches the recipient's phone as the courier knows it: a mainland number
    without the country code (addresses store E.164, ``+86...``)."""
    return phone.removeprefix("+86") if phone.startswith("+86") else phone
