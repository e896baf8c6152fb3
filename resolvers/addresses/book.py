"""The customer's address book: list, add, change, delete, choose the default; and a saved
address as a cart or order stores it (``shipping_address_of``).

Every change runs in one transaction that first locks the customer's account row, so the
changes of one customer are serialised: the limit (:data:`MAX_ADDRESSES`) cannot be passed by
simultaneous requests, and exactly one address is the default whenever there is any (the first
one saved; the one set default; after the default is deleted, the most recently changed).
Another customer's address is NOT_FOUND on every path, and a refusal changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from enum import Enum

from tortoise.transactions import in_transaction

from models.accounts import User
from models.addresses import CustomerAddress
from resolvers.addresses.validation import clean_phone, phone_region, resolve_region
from resolvers.errors import AddressErrorCode as Code
from resolvers.errors import DomainError, clean_text
from resolvers.permissions import Viewer, require_user

MAX_ADDRESSES = 20
LABEL_MAX = 40
RECIPIENT_MAX = 100
STREET_MAX = 200
POSTAL_CODE_MAX = 12


@dataclass(frozen=True)
class AddressFields:
    """An address as the customer gives it; None: not given (an update leaves it as it is).
    The region codes go together: when an update gives any, the region is the one they name."""

    label: str | None = None
    recipient: str | None = None
    phone: str | None = None
    province_code: str | None = None
    city_code: str | None = None
    district_code: str | None = None
    street: str | None = None
    postal_code: str | None = None
    is_default: bool | None = None

    def given(self) -> set[str]:
        return {f.name for f in fields(self) if getattr(self, f.name) is not None}


REQUIRED_ON_CREATE = ("recipient", "phone", "street")


def _postal_code(value: str) -> str:
    text = value.strip()
    if len(text) > POSTAL_CODE_MAX or not all(c.isalnum() or c in " -" for c in text):
        raise DomainError(
            Code.INVALID, "A postal code is letters, digits, spaces or -.", "postalCode"
        )
    return text


def _apply(row: CustomerAddress, data: AddressFields) -> None:
    """Check what ``data`` gives and set it on ``row`` (nothing is saved)."""
    if data.label is not None:
        row.label = clean_text(data.label, "label", Code, required=False, limit=LABEL_MAX)
    if data.recipient is not None:
        row.recipient = _required_text(data.recipient, "recipient", RECIPIENT_MAX)
    if data.street is not None:
        row.street = _required_text(data.street, "street", STREET_MAX)
    if data.postal_code is not None:
        row.postal_code = _postal_code(data.postal_code)
    if {"province_code", "city_code", "district_code"} & data.given():
        place = resolve_region(
            data.province_code,
            data.city_code,
            data.district_code,
            Code,
            complete=True,
            required=Code.REQUIRED,
        )
        row.province_code, row.province = place.province_code, place.province
        row.city_code, row.city = place.city_code, place.city
        row.district_code, row.district = place.district_code, place.district
    if data.phone is not None:
        row.phone = clean_phone(data.phone, Code, "phone", phone_region(None, row.province_code))


def _required_text(value: str, field: str, limit: int) -> str:
    text = value.strip()
    if not text:
        raise DomainError(Code.REQUIRED, "This cannot be empty.", field)
    if len(text) > limit:
        raise DomainError(Code.INVALID, f"At most {limit} characters.", field)
    return text


async def _lock_customer(user_id: int) -> None:
    """Serialise the address-book changes of one customer (PostgreSQL: a row lock held to the
    end of the transaction; SQLite serialises writers anyway)."""
    await User.filter(id=user_id).select_for_update().first()


async def _own(user_id: int, address_id: int) -> CustomerAddress:
    row = await CustomerAddress.get_or_none(id=address_id, customer_id=user_id)
    if row is None:
        raise DomainError(Code.NOT_FOUND, "No such address in your address book.", "id")
    return row


async def _make_default(user_id: int, address_id: int) -> None:
    await (
        CustomerAddress.filter(customer_id=user_id, is_default=True)
        .exclude(id=address_id)
        .update(is_default=False)
    )
    await CustomerAddress.filter(id=address_id).update(is_default=True)


async def my_addresses(viewer: Viewer) -> list[CustomerAddress]:
    """The viewer's saved addresses: the default first, then the most recently changed."""
    if viewer.user_id is None:
        return []
    return await CustomerAddress.filter(customer_id=viewer.user_id).order_by(
        "-is_default", "-updated_at", "-id"
    )


async def address_create(viewer: Viewer, data: AddressFields) -> CustomerAddress:
    """Save a new address. The first one is the default; ``is_default`` makes it so."""
    user_id = require_user(viewer, Code)
    for name in REQUIRED_ON_CREATE:
        if getattr(data, name) is None:
            raise DomainError(Code.REQUIRED, "This cannot be empty.", _camel(name))
    if data.province_code is None and data.city_code is None and data.district_code is None:
        raise DomainError(Code.REQUIRED, "Give the province.", "provinceCode")
    row = CustomerAddress(customer_id=user_id)
    _apply(row, data)
    async with in_transaction():
        await _lock_customer(user_id)
        count = await CustomerAddress.filter(customer_id=user_id).count()
        if count >= MAX_ADDRESSES:
            raise DomainError(
                Code.LIMIT_REACHED,
                f"An address book holds at most {MAX_ADDRESSES} addresses: delete one first.",
                None,
            )
        row.is_default = count == 0 or bool(data.is_default)
        await row.save()
        if row.is_default:
            await _make_default(user_id, row.id)
    return row


async def address_update(viewer: Viewer, address_id: int, data: AddressFields) -> CustomerAddress:
    """Change a saved address (the fields given). ``is_default: true`` makes it the default;
    ``false`` on the default is refused (set another one default instead)."""
    user_id = require_user(viewer, Code)
    if not data.given():
        raise DomainError(Code.INVALID, "Give something to change.", None)
    async with in_transaction():
        await _lock_customer(user_id)
        row = await _own(user_id, address_id)
        if data.is_default is False and row.is_default:
            raise DomainError(
                Code.INVALID,
                "This is the default address: set another one default instead.",
                "isDefault",
            )
        _apply(row, data)
        await row.save()
        if data.is_default:
            await _make_default(user_id, row.id)
            row.is_default = True
    return row


async def address_delete(viewer: Viewer, address_id: int) -> int:
    """Delete a saved address (orders keep their copy). Deleting the default makes the most
    recently changed of the others the default. Returns the deleted id."""
    user_id = require_user(viewer, Code)
    async with in_transaction():
        await _lock_customer(user_id)
        row = await _own(user_id, address_id)
        await CustomerAddress.filter(id=row.id).delete()
        if row.is_default:
            heir = (
                await CustomerAddress.filter(customer_id=user_id)
                .order_by("-updated_at", "-id")
                .first()
            )
            if heir is not None:
                await CustomerAddress.filter(id=heir.id).update(is_default=True)
    return row.id


async def address_set_default(viewer: Viewer, address_id: int) -> CustomerAddress:
    user_id = require_user(viewer, Code)
    async with in_transaction():
        await _lock_customer(user_id)
        row = await _own(user_id, address_id)
        await _make_default(user_id, row.id)
        row.is_default = True
    return row


async def visible_addresses(viewer: Viewer, ids: Sequence[int]) -> list[CustomerAddress | None]:
    """Rows for ``node``: the viewer's own addresses; None for anyone else's."""
    if viewer.user_id is None or not ids:
        return [None] * len(ids)
    rows = {
        r.id: r for r in await CustomerAddress.filter(id__in=set(ids), customer_id=viewer.user_id)
    }
    return [rows.get(i) for i in ids]


async def shipping_address_of(
    viewer: Viewer, address_id: int, code: type[Enum], field: str
) -> dict:
    """Saved address ``address_id`` of the viewer as a cart or order stores it (a copy); NOT_FOUND
    (in ``code``) on ``field`` when it is not the viewer's."""
    user_id = require_user(viewer, code)
    row = await CustomerAddress.get_or_none(id=address_id, customer_id=user_id)
    if row is None:
        raise DomainError(code("not_found"), "No such address in your address book.", field)
    return row.shipping_address()


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)
