"""HMAC-signed server-to-server messages, as the sandbox gateways send them (Stripe / WeChat Pay
v3 style): a Unix timestamp header and ``v1=<hex HMAC-SHA256 over "{timestamp}.{body}">``.

The receiver compares in constant time and refuses a timestamp more than ``tolerance`` seconds
from now (replays)."""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Mapping

from plugins.interfaces import InvalidCallback

TIMESTAMP_HEADER = "X-Sandbox-Timestamp"
SIGNATURE_HEADER = "X-Sandbox-Signature"
SCHEME = "v1"
TOLERANCE_SECONDS = 300


def derive_key(secret: str, purpose: str) -> bytes:
    """A key per purpose from one shared secret, so one kind of message cannot pass for another."""
    return hmac.new(secret.encode(), f"plaza-sandbox:{purpose}".encode(), hashlib.sha256).digest()


def signature(key: bytes, timestamp: str, body: bytes) -> str:
    mac = hmac.new(key, timestamp.encode() + b"." + body, hashlib.sha256)
    return f"{SCHEME}={mac.hexdigest()}"


def signed_headers(key: bytes, body: bytes, timestamp: int | None = None) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    return {
        "Content-Type": "application/json",
        TIMESTAMP_HEADER: ts,
        SIGNATURE_HEADER: signature(key, ts, body),
    }


def verify(
    key: bytes, headers: Mapping[str, str], body: bytes, tolerance: int = TOLERANCE_SECONDS
) -> None:
    """Raise ``InvalidCallback`` unless the headers sign ``body`` with ``key``, recently."""
    lowered = {str(k).lower(): v for k, v in headers.items()}
    timestamp = lowered.get(TIMESTAMP_HEADER.lower())
    given = lowered.get(SIGNATURE_HEADER.lower())
    if not timestamp or not given:
        raise InvalidCallback("missing signature headers")
    if not timestamp.isascii() or not timestamp.isdigit() or len(timestamp) > 12:
        raise InvalidCallback("malformed timestamp")
    if not hmac.compare_digest(given.strip().encode(), signature(key, timestamp, body).encode()):
        raise InvalidCallback("signature does not match")
    if abs(time.time() - int(timestamp)) > tolerance:
        raise InvalidCallback("timestamp outside the tolerance (replayed or clock skew)")
