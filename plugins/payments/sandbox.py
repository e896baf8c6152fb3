"""The sandbox payment provider: a built-in stand-in for Alipay / WeChat Pay (code ``sandbox``).

It plays both sides of a wallet payment, so the whole flow can run on one machine:

* **our side** (the ``PaymentProvider`` interface): ``start`` hands out a hosted pay page URL and
  a QR payload; ``parse_callback`` verifies the provider's server-to-server notification;
  ``refund`` gives money back;
* **the gateway's side** (the simulated provider): ``build_callback`` signs a notification and
  ``deliver`` POSTs it to the merchant's ``callback_url`` with httpx, as the real provider would
  after the customer paid on the hosted page (``plaza.payment_routes`` serves that page).

Sessions are stateless: ``start`` packs {reference, amount, currency, callback_url, return_url,
description, transaction id, issue time} into a compact HMAC-SHA256-signed token carried in the
pay URL, so any server process can serve the page, and a forged or altered token is refused.
(The pay URL grows with the return URL and description: about 250 characters for the URLs
``resolvers.payments`` builds, more for a long client-supplied return URL.)

Callbacks are signed like Stripe / WeChat Pay v3: the headers carry a Unix timestamp and an
HMAC-SHA256 signature over ``f"{timestamp}.{body}"``::

    X-Sandbox-Timestamp: 1767225600
    X-Sandbox-Signature: v1=<hex digest>

``parse_callback`` compares the signature in constant time and refuses a timestamp more than five
minutes away from now (replays). Header names are matched case-insensitively. The JSON body::

    {"notification_id": "sbxn_...", "reference": "pay_...", "transaction_id": "sbx_...",
     "status": "succeeded" | "declined", "amount": "12.30", "currency": "CNY"}

A repeated delivery of one event carries the same ``notification_id`` and ``transaction_id``
(and a fresh timestamp and signature, as real providers re-sign their retries).

Configuration (``registry.config``, read at each call so ``plugins.registry.configure`` may come
later):

``public_url``            base URL of this server (default ``http://127.0.0.1:8000``)
``sandbox_secret``        the HMAC key shared by "gateway" and server (default: a dev-only value;
                          set a real one wherever the sandbox is reachable by others)
``sandbox_session_ttl_seconds``  how long a pay-page token stays valid (default 86400)
``sandbox_refund_fail``   True makes every refund fail (fault injection)

Tokens and callbacks are signed with different keys derived from ``sandbox_secret``, so neither
can be passed off as the other.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import hmac
import json
import logging
import secrets
import threading
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from urllib.parse import quote

import httpx

from plugins import signing
from plugins.interfaces import (
    InvalidCallback,
    NotificationStatus,
    PaymentNotification,
    PaymentSession,
    PaymentStartRequest,
    RefundRequest,
    RefundResult,
)

log = logging.getLogger("plaza.payments.sandbox")

DEFAULT_PUBLIC_URL = "http://127.0.0.1:8000"
DEFAULT_SECRET = "plaza-sandbox-dev-secret-do-not-use-in-production"
DEFAULT_SESSION_TTL = 24 * 3600
TIMESTAMP_HEADER = signing.TIMESTAMP_HEADER
SIGNATURE_HEADER = signing.SIGNATURE_HEADER
SIGNATURE_SCHEME = signing.SCHEME
TOLERANCE_SECONDS = signing.TOLERANCE_SECONDS
MAX_TOKEN_LENGTH = 4096
MAX_PAYLOAD_BYTES = 8192
MAC_BYTES = 16
TOKEN_VERSION = 1

OUTCOMES = {"succeed": NotificationStatus.SUCCEEDED, "decline": NotificationStatus.DECLINED}


class InvalidSession(ValueError):
    """A pay-page token that is malformed, forged, altered or expired."""


@dataclass(frozen=True)
class SandboxSession:
    """What a pay-page token carries (verified)."""

    reference: str
    amount: Decimal
    currency: str
    callback_url: str
    return_url: str
    description: str
    transaction_id: str
    issued_at: int


def _b64encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _parse_amount(value: object) -> Decimal:
    if not isinstance(value, str | int):  # floats are refused: money travels as strings
        raise ValueError("amount must be a decimal string")
    amount = Decimal(str(value))
    if not amount.is_finite() or amount < 0:
        raise ValueError("amount must be a finite, non-negative number")
    return amount


class SandboxPaymentProvider:
    code = "sandbox"
    name = "Sandbox wallet"

    def __init__(self, registry=None) -> None:
        self._registry = registry
        self._refunds: dict[str, RefundResult] = {}
        self._refund_lock = threading.Lock()

    # --- configuration ------------------------------------------------------------------------

    @property
    def config(self) -> dict:
        return getattr(self._registry, "config", None) or {}

    @property
    def public_url(self) -> str:
        return str(self.config.get("public_url") or DEFAULT_PUBLIC_URL).rstrip("/")

    def _key(self, purpose: str) -> bytes:
        return signing.derive_key(str(self.config.get("sandbox_secret") or DEFAULT_SECRET), purpose)

    # --- sessions (the hosted pay page) -------------------------------------------------------

    async def start(self, request: PaymentStartRequest) -> PaymentSession:
        transaction_id = "sbx_" + secrets.token_hex(12)
        token = self.make_session_token(request, transaction_id)
        return PaymentSession(
            pay_url=f"{self.public_url}/payments/sandbox/pay?session={quote(token)}",
            qr_payload=f"plazasandbox://pay?session={quote(token)}",
            provider_transaction_id=transaction_id,
        )

    def make_session_token(
        self, request: PaymentStartRequest, transaction_id: str, *, issued_at: int | None = None
    ) -> str:
        """``<b64url(payload)>.<b64url(mac)>``: URL-safe, verifiable by any process.

        Kept short (pay URLs end up in QR codes and in 500-character columns): the payload is a
        JSON array, URLs under ``public_url`` are stored as paths, and it is deflated when that
        helps (first character ``j`` plain, ``z`` deflated). The MAC is HMAC-SHA256 truncated to
        128 bits.
        """
        data = [
            TOKEN_VERSION,
            request.reference,
            str(request.amount),
            request.currency,
            self._shorten(request.callback_url),
            self._shorten(request.return_url),
            request.description,
            transaction_id,
            int(time.time()) if issued_at is None else issued_at,
        ]
        raw = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        deflated = packer.compress(raw) + packer.flush()
        body = "z" + _b64encode(deflated) if len(deflated) < len(raw) else "j" + _b64encode(raw)
        return f"{body}.{_b64encode(self._session_mac(body))}"

    def _session_mac(self, body: str) -> bytes:
        return hmac.new(self._key("session"), body.encode(), hashlib.sha256).digest()[:MAC_BYTES]

    def _shorten(self, url: str) -> str:
        """A URL under ``public_url`` as its path (``/...``); others unchanged."""
        base = self.public_url
        return url[len(base) :] if url.startswith(base + "/") else url

    def _expand(self, url: str) -> str:
        return self.public_url + url if url.startswith("/") and not url.startswith("//") else url

    def open_session(self, token: str) -> SandboxSession:
        """The verified content of a pay-page token; raises ``InvalidSession``."""
        if not token or len(token) > MAX_TOKEN_LENGTH or token.count(".") != 1:
            raise InvalidSession("malformed session token")
        body, _, mac = token.partition(".")
        try:
            given = _b64decode(mac)
        except (binascii.Error, ValueError):
            raise InvalidSession("malformed session token")
        if not hmac.compare_digest(given, self._session_mac(body)):
            raise InvalidSession("session signature does not match")
        try:
            raw = _b64decode(body[1:])
            if body[0] == "z":
                unpacker = zlib.decompressobj(-15)
                raw = unpacker.decompress(raw, MAX_PAYLOAD_BYTES)
                if unpacker.unconsumed_tail:
                    raise ValueError("payload too large")
            elif body[0] != "j":
                raise ValueError("unknown token encoding")
            version, ref, amount, currency, cb, ret, desc, txn, iat = json.loads(raw)
            if version != TOKEN_VERSION:
                raise ValueError("unknown token version")
            session = SandboxSession(
                reference=str(ref),
                amount=_parse_amount(amount),
                currency=str(currency),
                callback_url=self._expand(str(cb)),
                return_url=self._expand(str(ret)),
                description=str(desc),
                transaction_id=str(txn),
                issued_at=int(iat),
            )
        except (ValueError, TypeError, IndexError, InvalidOperation, binascii.Error, zlib.error):
            raise InvalidSession("malformed session token")
        ttl = int(self.config.get("sandbox_session_ttl_seconds") or DEFAULT_SESSION_TTL)
        if time.time() - session.issued_at > ttl:
            raise InvalidSession("session expired")
        return session

    # --- callbacks: the gateway signs, we verify ----------------------------------------------

    def _sign(self, timestamp: str, body: bytes) -> str:
        return signing.signature(self._key("callback"), timestamp, body)

    def build_callback(
        self,
        reference: str,
        amount: Decimal | str,
        currency: str,
        status: NotificationStatus = NotificationStatus.SUCCEEDED,
        transaction_id: str | None = None,
        notification_id: str | None = None,
        *,
        timestamp: int | None = None,
    ) -> tuple[dict[str, str], bytes]:
        """The gateway side: the headers and JSON body of a signed notification."""
        body = json.dumps(
            {
                "notification_id": notification_id or "sbxn_" + secrets.token_hex(12),
                "reference": reference,
                "transaction_id": transaction_id or "sbx_" + secrets.token_hex(12),
                "status": NotificationStatus(status).value,
                "amount": str(amount),
                "currency": currency,
            },
            separators=(",", ":"),
        ).encode()
        ts = str(int(time.time()) if timestamp is None else timestamp)
        headers = {
            "Content-Type": "application/json",
            TIMESTAMP_HEADER: ts,
            SIGNATURE_HEADER: self._sign(ts, body),
        }
        return headers, body

    def parse_callback(self, headers: Mapping[str, str], body: bytes) -> PaymentNotification:
        """Verify (signature, timestamp within five minutes) and parse; else ``InvalidCallback``."""
        signing.verify(self._key("callback"), headers, body, TOLERANCE_SECONDS)
        try:
            data = json.loads(body)
            notification = PaymentNotification(
                reference=_text(data, "reference"),
                provider_transaction_id=_text(data, "transaction_id"),
                status=NotificationStatus(data["status"]),
                amount=_parse_amount(data["amount"]),
                currency=_text(data, "currency"),
                notification_id=_text(data, "notification_id"),
            )
        except (ValueError, KeyError, TypeError, InvalidOperation):
            raise InvalidCallback("malformed notification body")
        return notification

    async def deliver(
        self,
        session: str | SandboxSession | Mapping,
        *,
        outcome: str = "succeed",
        delay_seconds: float = 0,
        repeat: int = 1,
        request_timeout: float = 10.0,
        client: httpx.AsyncClient | None = None,
    ) -> list[int | None]:
        """The gateway sends its server-to-server callback to the session's ``callback_url``.

        ``session``: a pay-page token, an opened ``SandboxSession`` or a mapping with
        ``reference, amount, currency, callback_url`` (and optionally ``transaction_id``,
        ``notification_id``). ``outcome``: "succeed" or "decline". ``delay_seconds`` simulates
        the provider's own latency; ``repeat`` sends the same event that many times (the same
        notification and transaction ids), one after another. Returns each attempt's HTTP
        status, None where the request did not get through (logged, not raised: a gateway does
        not crash because a merchant's server is down).
        """
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {sorted(OUTCOMES)}")
        if repeat < 1:
            raise ValueError("repeat must be at least 1")
        fields = self._delivery_fields(session)
        notification_id = fields.get("notification_id") or "sbxn_" + secrets.token_hex(12)
        transaction_id = fields.get("transaction_id") or "sbx_" + secrets.token_hex(12)
        if delay_seconds > 0:
            await asyncio.sleep(delay_seconds)
        statuses: list[int | None] = []
        owned = client is None
        http = client or httpx.AsyncClient(timeout=request_timeout)
        try:
            for _ in range(repeat):
                headers, body = self.build_callback(
                    fields["reference"],
                    fields["amount"],
                    fields["currency"],
                    OUTCOMES[outcome],
                    transaction_id=transaction_id,
                    notification_id=notification_id,
                )
                try:
                    response = await http.post(
                        fields["callback_url"], headers=headers, content=body
                    )
                except httpx.HTTPError as exc:
                    log.warning("sandbox callback to %s failed: %s", fields["callback_url"], exc)
                    statuses.append(None)
                    continue
                if response.status_code >= 300:
                    log.warning(
                        "sandbox callback to %s answered %s: %s",
                        fields["callback_url"],
                        response.status_code,
                        response.text[:200],
                    )
                statuses.append(response.status_code)
        finally:
            if owned:
                await http.aclose()
        return statuses

    def _delivery_fields(self, session: str | SandboxSession | Mapping) -> dict:
        if isinstance(session, str):
            session = self.open_session(session)
        if isinstance(session, SandboxSession):
            return {
                "reference": session.reference,
                "amount": session.amount,
                "currency": session.currency,
                "callback_url": session.callback_url,
                "transaction_id": session.transaction_id,
            }
        missing = {"reference", "amount", "currency", "callback_url"} - set(session)
        if missing:
            raise ValueError(f"delivery fields missing: {sorted(missing)}")
        return dict(session)

    # --- refunds ------------------------------------------------------------------------------

    async def refund(self, request: RefundRequest) -> RefundResult:
        """Succeeds at once (``sbxr_...``); the same ``refund_key`` gets the same result.

        With ``sandbox_refund_fail`` set every refund fails; failures are not remembered, so a
        retry after the switch is turned off succeeds.
        """
        if self.config.get("sandbox_refund_fail"):
            return RefundResult(False, None, "sandbox refund failure (sandbox_refund_fail is on)")
        if request.amount <= 0:
            return RefundResult(False, None, "refund amount must be positive")
        with self._refund_lock:
            result = self._refunds.get(request.refund_key)
            if result is None:
                result = RefundResult(True, "sbxr_" + secrets.token_hex(12))
                self._refunds[request.refund_key] = result
        return result


def _text(data: dict, key: str) -> str:
    value = data[key]
    if not isinstance(value, str) or not value:
        raise ValueError(f"{key} must be a non-empty string")
    return value
