"""Carrier accounts: a merchant enables a carrier plugin with its settings and, for carriers
that issue waybill numbers in ranges, the range still unused (owners and ``logistics`` staff;
platform admins).

Waybill numbers are ``<prefix><number, 10 digits>``. A range is taken from with a conditional
UPDATE (``next_number + n - 1 <= last_number``), so concurrent batches never share a number and a
range never runs past its end.

A carrier's numbers are unique across the platform (its pushes are matched by carrier and
number): a range (with its prefix) may not overlap the unused range of another merchant's
account of the same carrier, nor a number already on a parcel of that carrier (RANGE_OVERLAP on
``range``). The check and the write run under a lock per carrier
(``models.repository.logistics.lock_waybill_ranges``), so two concurrent configurations cannot
both pass it; the unique index on shipments is the last word.
"""

from __future__ import annotations

import json
import re

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from models.accounts import StaffRole
from models.logistics import CarrierAccount
from models.merchants import Merchant
from models.repository import logistics as logistics_repo
from plugins.interfaces import CarrierProvider
from resolvers.errors import DomainError
from resolvers.logistics.carriers import Code, provider_for, text
from resolvers.orders import FULFILMENT_ROLES
from resolvers.permissions import Viewer, merchant_scope, require_merchant_role

MAX_NUMBER = 10**10 - 1  # ten digits
NUMBER_DIGITS = 10
PREFIX = re.compile(r"^[A-Z0-9]{0,8}$")
CONFIG_MAX_BYTES = 4096
CONFIG_ROLES = frozenset({StaffRole.LOGISTICS})


def format_number(prefix: str, number: int) -> str:
    return f"{prefix}{number:0{NUMBER_DIGITS}d}"


def merchant_for(viewer: Viewer, merchant_id: int | None, roles) -> int:
    """The merchant the viewer acts for: their own (staff), or the one named (platform)."""
    merchant = merchant_scope(viewer, merchant_id, Code)
    if merchant is None:
        raise DomainError(Code.INVALID, "Name the merchant.", "merchant")
    require_merchant_role(viewer, merchant, roles, Code)
    return merchant


async def carrier_account_set(
    viewer: Viewer,
    merchant_id: int | None,
    provider_code: str,
    name: str,
    *,
    active: bool = True,
    config: dict | None = None,
    tracking_prefix: str | None = None,
    first_number: int | None = None,
    last_number: int | None = None,
) -> CarrierAccount:
    """Enable (or change) a carrier for the merchant; a given range replaces what is left."""
    merchant = merchant_for(viewer, merchant_id, CONFIG_ROLES)
    if not await Merchant.filter(id=merchant).exists():
        raise DomainError(Code.NOT_FOUND, "No such merchant.", "merchant")
    provider = provider_for(provider_code)
    name = text(name, "name", required=True, limit=80)
    if config is not None and (
        not isinstance(config, dict) or len(json.dumps(config)) > CONFIG_MAX_BYTES
    ):
        raise DomainError(Code.INVALID, f"An object of at most {CONFIG_MAX_BYTES} bytes.", "config")
    if tracking_prefix is not None and not PREFIX.match(tracking_prefix):
        raise DomainError(Code.INVALID, "Up to 8 capital letters and digits.", "trackingPrefix")
    if (first_number is None) != (last_number is None):
        raise DomainError(Code.INVALID, "Give both ends of the range.", "range")
    if first_number is not None and not 0 <= first_number <= last_number <= MAX_NUMBER:
        raise DomainError(Code.INVALID, f"A range within 0..{MAX_NUMBER}, first <= last.", "range")
    changes: dict = {"name": name, "active": active}
    if config is not None:
        changes["config"] = config
    if tracking_prefix is not None:
        changes["tracking_prefix"] = tracking_prefix
    if first_number is not None:
        changes.update(next_number=first_number, last_number=last_number)
    async with in_transaction():
        if tracking_prefix is not None or first_number is not None:
            await logistics_repo.lock_waybill_ranges(provider.code)
        account = (
            await CarrierAccount.filter(merchant_id=merchant, provider=provider.code)
            .select_for_update()
            .first()
        )
        if tracking_prefix is not None or first_number is not None:
            field = "range" if first_number is not None else "trackingPrefix"
            await _refuse_overlap(merchant, provider.code, account, changes, field)
        if account is None:
            account = await CarrierAccount.create(
                merchant_id=merchant, provider=provider.code, **changes
            )
        else:
            await CarrierAccount.filter(id=account.id).update(**changes)
            await account.refresh_from_db()
    return account


async def _refuse_overlap(
    merchant: int, provider: str, account: CarrierAccount | None, changes: dict, field: str
) -> None:
    """RANGE_OVERLAP if the range the account will have (its prefix and unused numbers after
    ``changes``) shares a number with another merchant's range of the carrier, or with a
    parcel of the carrier. Call under ``lock_waybill_ranges``."""
    prefix = changes.get("tracking_prefix", account.tracking_prefix if account else "")
    first = changes.get("next_number", account.next_number if account else 0)
    last = changes.get("last_number", account.last_number if account else -1)
    if first > last:  # no numbers left to hand out
        return
    other = await logistics_repo.overlapping_account(provider, prefix, first, last, merchant)
    if other is not None:
        raise DomainError(
            Code.RANGE_OVERLAP,
            f"Another merchant holds waybill numbers of this carrier in "
            f"{format_number(prefix, first)}..{format_number(prefix, last)}.",
            field,
        )
    if await logistics_repo.number_in_use(provider, prefix, first, last, NUMBER_DIGITS):
        raise DomainError(
            Code.RANGE_OVERLAP,
            "A parcel of this carrier already carries a number of this range.",
            field,
        )


async def carrier_accounts(viewer: Viewer, merchant_id: int | None) -> list[CarrierAccount]:
    merchant = merchant_for(viewer, merchant_id, FULFILMENT_ROLES)
    return await CarrierAccount.filter(merchant_id=merchant).order_by("provider")


async def active_account(merchant_id: int, provider: CarrierProvider) -> CarrierAccount | None:
    return await CarrierAccount.get_or_none(
        merchant_id=merchant_id, provider=provider.code, active=True
    )


async def take_numbers(account: CarrierAccount, count: int) -> list[str]:
    """``count`` consecutive waybill numbers from the account's range, or RANGE_EXHAUSTED."""
    taken = await CarrierAccount.filter(
        id=account.id, active=True, next_number__lte=F("last_number") - (count - 1)
    ).update(next_number=F("next_number") + count)
    if taken != 1:
        left = max(account.last_number - account.next_number + 1, 0)
        raise DomainError(
            Code.RANGE_EXHAUSTED,
            f"{count} waybill number(s) needed, {left} left in the {account.name} range: "
            "add a range (carrierAccountSet).",
            "provider",
        )
    await account.refresh_from_db(fields=["next_number"])
    first = account.next_number - count
    return [format_number(account.tracking_prefix, first + i) for i in range(count)]


def not_configured(provider: CarrierProvider) -> DomainError:
    return DomainError(
        Code.CARRIER_NOT_CONFIGURED,
        f"The merchant has no active {provider.name} account (carrierAccountSet).",
        "provider",
    )
