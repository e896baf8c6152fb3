"""A carrier account's secrets (API key, customer id, salt), encrypted at rest with Fernet.

The key comes from ``PLAZA_CREDENTIALS_KEY`` (handed to the plugins as
``registry.config["credentials_key"]``); any string of at least 32 characters, stretched to a
Fernet key with SHA-256. Unset, a fixed development key is used -- the start-up check says so,
and production refuses to start without a real one (``plaza.settings``). Decrypted values are
only for the carrier plugins; the API shows whether a value is set and its last 4 characters.
"""

from __future__ import annotations

import base64
import hashlib
import json

from cryptography.fernet import Fernet, InvalidToken

DEV_KEY = "plaza-credentials-dev-key-do-not-use-in-production"


class CredentialsUnreadable(Exception):
    """Stored credentials that the current key does not open (the key changed)."""


def _fernet(secret: str | None) -> Fernet:
    digest = hashlib.sha256(f"plaza-credentials:{secret or DEV_KEY}".encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def _secret(config: dict | None) -> str:
    return str((config or {}).get("credentials_key") or DEV_KEY)


def encrypt(values: dict[str, str], config: dict | None) -> str:
    """``values`` as a Fernet token under the configured key ("" for no values)."""
    if not values:
        return ""
    return _fernet(_secret(config)).encrypt(json.dumps(values, sort_keys=True).encode()).decode()


def decrypt(token: str, config: dict | None) -> dict[str, str]:
    """The values of ``token`` ({} for ""); ``CredentialsUnreadable`` under another key."""
    if not token:
        return {}
    try:
        return json.loads(_fernet(_secret(config)).decrypt(token.encode()))
    except (InvalidToken, ValueError) as exc:
        raise CredentialsUnreadable("carrier credentials do not open with this key") from exc


def hint(value: str) -> str:
    """What the API may show of a secret: its last 4 characters (less if it is short)."""
    return value[-4:] if len(value) >= 8 else ""
