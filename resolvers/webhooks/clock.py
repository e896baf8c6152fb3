"""The time the webhook use cases go by (one function, so every module reads the same clock)."""

from __future__ import annotations

from datetime import UTC, datetime


def now_utc() -> datetime:
    return datetime.now(UTC)
