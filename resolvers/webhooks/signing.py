"""Signing secrets and signed headers, as the Standard Webhooks specification writes them.

``webhook-id`` (the delivery's message id, the same on every attempt), ``webhook-timestamp``
(Unix seconds of the attempt) and ``webhook-signature: v1,<base64 HMAC-SHA256>`` of
``"{id}.{timestamp}.{body}"`` keyed with the base64-decoded part of the ``whsec_...`` secret
(https://www.standardwebhooks.com/).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time

SECRET_PREFIX = "whsec_"
SECRET_BYTES = 32
USER_AGENT = "Plaza-Webhooks/1.0"


def new_secret() -> str:
    """A signing secret as the specification writes it: ``whsec_`` + base64 of random bytes."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def secret_key(secret: str) -> bytes:
    raw = secret.removeprefix(SECRET_PREFIX)
    return base64.b64decode(raw + "=" * (-len(raw) % 4))


def signature(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    signed = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def signed_headers(
    secret: str, message_id: str, body: bytes, timestamp: int | None = None
) -> dict[str, str]:
    """The headers of one attempt (a fresh timestamp, so a fresh signature, every time)."""
    ts = int(time.time()) if timestamp is None else timestamp
    return {
        "content-type": "application/json",
        "user-agent": USER_AGENT,
        "webhook-id": message_id,
        "webhook-timestamp": str(ts),
        "webhook-signature": signature(secret, message_id, ts, body),
    }


def new_message_id() -> str:
    return "msg_" + secrets.token_hex(12)
