"""The customer's address book: ``me { addresses }``, ``addressCreate``, ``addressUpdate``,
``addressDelete``, ``addressSetDefault``. A saved address is chosen by id at checkout
(``checkoutPlaceOrder(input: {addressId})``, ``cartShippingAddressUpdate(addressId:)``) and on
an unconfirmed order (``orderUpdate(input: {addressId})``): a copy goes onto the cart/order.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry import UNSET, relay

from models.addresses import CustomerAddress as AddressModel
from resolvers import addresses as uc
from resolvers.errors import AddressErrorCode as Code
from schema.base import attempt, decode_id, error_type, global_id, load_nodes
from schema.context import Info

AddressError = error_type(Code, "AddressError")

REGION_CODE = "Administrative division code (GB/T 2260, six digits), e.g. 330106."


@strawberry.federation.type(
    keys=["id"],
    description="A saved delivery address of the signed-in customer (only they see it). The "
    "region is GB/T 2260 codes with the code list's names; the phone is E.164.",
)
class CustomerAddress(relay.Node):
    id: relay.NodeID[int]
    label: str
    recipient: str
    phone: str = strawberry.field(description="E.164, e.g. +8613800138000.")
    country: str
    province_code: str
    province: str
    city_code: str | None
    city: str | None
    district_code: str | None
    district: str | None
    street: str
    postal_code: str | None
    is_default: bool
    created_at: datetime
    updated_at: datetime
    customer_pk: strawberry.Private[int]

    @classmethod
    def from_model(cls, m: AddressModel) -> CustomerAddress:
        return cls(
            id=m.id,
            label=m.label,
            recipient=m.recipient,
            phone=m.phone,
            country=m.country,
            province_code=m.province_code,
            province=m.province,
            city_code=m.city_code or None,
            city=m.city or None,
            district_code=m.district_code or None,
            district=m.district or None,
            street=m.street,
            postal_code=m.postal_code or None,
            is_default=m.is_default,
            created_at=m.created_at,
            updated_at=m.updated_at,
            customer_pk=m.customer_id,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        """The viewer's own addresses; anyone else's is null."""
        viewer = info.context.viewer
        rows = await load_nodes(
            info.context.loader("customer_address", lambda ids: uc.visible_addresses(viewer, ids)),
            node_ids,
        )
        return [r and cls.from_model(r) for r in rows]


async def my_addresses(info: Info) -> list[CustomerAddress]:
    """``me.addresses``: the default first, then the most recently changed."""
    return [CustomerAddress.from_model(r) for r in await uc.my_addresses(info.context.viewer)]


@strawberry.input
class AddressCreateInput:
    recipient: str
    phone: str = strawberry.field(description="Read as a Chinese number without +country code.")
    street: str
    province_code: str | None = strawberry.field(default=None, description=REGION_CODE)
    city_code: str | None = strawberry.field(default=None, description=REGION_CODE)
    district_code: str | None = strawberry.field(
        default=None,
        description=REGION_CODE + " Where the city has districts, required; it names the "
        "city and province too.",
    )
    label: str | None = None
    postal_code: str | None = None
    is_default: bool = strawberry.field(
        default=False, description="Make it the default (the first address always is)."
    )


@strawberry.input(
    description="The fields to change. The region codes go together: give any and the region "
    "is the one they name."
)
class AddressUpdateInput:
    id: strawberry.ID
    recipient: str | None = UNSET
    phone: str | None = UNSET
    street: str | None = UNSET
    province_code: str | None = UNSET
    city_code: str | None = UNSET
    district_code: str | None = UNSET
    label: str | None = UNSET
    postal_code: str | None = UNSET
    is_default: bool | None = UNSET


_FIELDS = (
    "recipient",
    "phone",
    "street",
    "province_code",
    "city_code",
    "district_code",
    "label",
    "postal_code",
    "is_default",
)


def _fields(input: Any) -> uc.AddressFields:
    given = {name: getattr(input, name) for name in _FIELDS}
    return uc.AddressFields(**{k: v for k, v in given.items() if v is not UNSET and v is not None})


@strawberry.type
class AddressPayload:
    address: CustomerAddress | None
    errors: list[AddressError]


@strawberry.type
class AddressDeletePayload:
    deleted_id: strawberry.ID | None
    errors: list[AddressError]


async def _payload(call) -> AddressPayload:
    row, errors = await attempt(call, Code)
    return AddressPayload(address=row and CustomerAddress.from_model(row), errors=errors)


def _pk(value: str) -> int:
    return decode_id(value, "CustomerAddress", Code, "id")


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Save an address in the signed-in customer's address book.")
    async def address_create(self, info: Info, input: AddressCreateInput) -> AddressPayload:
        return await _payload(lambda: uc.address_create(info.context.viewer, _fields(input)))

    @strawberry.mutation(description="Change a saved address.")
    async def address_update(self, info: Info, input: AddressUpdateInput) -> AddressPayload:
        return await _payload(
            lambda: uc.address_update(info.context.viewer, _pk(input.id), _fields(input))
        )

    @strawberry.mutation(description="Delete a saved address (orders keep their copy).")
    async def address_delete(self, info: Info, id: strawberry.ID) -> AddressDeletePayload:
        async def run() -> int:
            return await uc.address_delete(info.context.viewer, _pk(id))

        deleted, errors = await attempt(run, Code)
        return AddressDeletePayload(
            deleted_id=global_id("CustomerAddress", deleted) if deleted else None, errors=errors
        )

    @strawberry.mutation(description="Make a saved address the default.")
    async def address_set_default(self, info: Info, id: strawberry.ID) -> AddressPayload:
        return await _payload(lambda: uc.address_set_default(info.context.viewer, _pk(id)))
