"""Logistics data access beyond the ORM's reach: the lock that serialises configurations of one
carrier's waybill ranges, and the questions a new range must answer (does it overlap another
account's range, or a number already on a parcel)."""

from __future__ import annotations

import hashlib

from tortoise.expressions import F
from tortoise.functions import Length

from models import sql
from models.logistics import CarrierAccount, Shipment

_LOCK = 'SELECT pg_advisory_xact_lock($1) AS "locked"'


def _lock_key(provider: str) -> int:
    """A stable signed 64-bit key for the carrier's range lock (PostgreSQL's bigint)."""
    digest = hashlib.sha256(f"plaza:waybill-ranges:{provider}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


async def lock_waybill_ranges(provider: str) -> None:
    """Hold the lock on the carrier's waybill ranges until the caller's transaction ends (call
    inside it): two configurations of that carrier then check and write one after the other.
    PostgreSQL: a transaction-level advisory lock (waits for the holder's COMMIT). SQLite: a
    write transaction is exclusive already, nothing to take."""
    if sql.is_postgres():
        await sql.fetch(_LOCK, _lock_key(provider))


async def overlapping_account(
    provider: str, prefix: str, first: int, last: int, exclude_merchant: int
) -> CarrierAccount | None:
    """Another merchant's account of this carrier whose unused range with the same prefix
    shares a number with ``first..last``."""
    return (
        await CarrierAccount.filter(
            provider=provider,
            tracking_prefix=prefix,
            next_number__lte=last,
            last_number__gte=first,
        )
        .filter(next_number__lte=F("last_number"))
        .exclude(merchant_id=exclude_merchant)
        .order_by("id")
        .first()
    )


async def number_in_use(provider: str, prefix: str, first: int, last: int, digits: int) -> bool:
    """Whether a parcel of this carrier already carries a number ``prefix`` + ``first..last``
    (numbers are the prefix and ``digits`` digits: the same length, ordered as text)."""
    low, high = f"{prefix}{first:0{digits}d}", f"{prefix}{last:0{digits}d}"
    return (
        await Shipment.annotate(length=Length("tracking_number"))
        .filter(
            provider=provider,
            tracking_number__gte=low,
            tracking_number__lte=high,
            length=len(low),
        )
        .exists()
    )
