"""Logistics: carrier accounts, shipments (one or a batch), labels, tracking timelines."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry import relay
from strawberry.scalars import JSON
from strawberry.tools import merge_types

from models.accounts import StaffRole
from models.logistics import CarrierAccount as CarrierAccountModel
from models.logistics import Shipment as ShipmentModel
from models.logistics import ShipmentBatch as BatchModel
from models.logistics import TrackingStatus as TrackingStatusModel
from models.orders import MerchantOrder as MerchantOrderModel
from resolvers import batches
from resolvers import freight as freight_uc
from resolvers import logistics as uc
from resolvers.errors import LogisticsErrorCode
from resolvers.orders import FULFILMENT_ROLES
from resolvers.permissions import Viewer
from schema.base import attempt, decode_id, decode_optional_id, error_type
from schema.context import Info
from schema.freight import FreightError, FreightMutation, FreightQuery, ShippingTemplate
from schema.orders import MerchantOrder

Code = LogisticsErrorCode
LogisticsError = error_type(Code, "LogisticsError")
TrackingStatus = strawberry.enum(TrackingStatusModel, name="TrackingStatus")


def _is_fulfilment_staff(viewer: Viewer, merchant_id: int) -> bool:
    return viewer.is_platform_staff or (
        viewer.merchant_id == merchant_id
        and bool(viewer.staff_roles & (FULFILMENT_ROLES | {StaffRole.OWNER}))
    )


@strawberry.type(description="A carrier plugin this platform has.")
class CarrierProvider:
    code: str
    name: str
    uses_number_range: bool = strawberry.field(
        description="Waybill numbers come from the merchant's range (batch printing); "
        "otherwise staff type them."
    )


@strawberry.type(description="Whether a carrier secret is set: never its value.")
class CarrierCredential:
    name: str
    configured: bool
    last4: str = strawberry.field(description="Its last 4 characters (empty if short).")


@strawberry.type(description="A carrier a merchant ships with, and its waybill number range.")
class CarrierAccount:
    provider: str
    name: str
    active: bool
    config: JSON
    tracking_prefix: str
    next_number: str = strawberry.field(description="The next waybill number it will use.")
    numbers_left: int
    credentials: list[CarrierCredential]
    merchant_pk: strawberry.Private[int]  # for the visibility rule

    @classmethod
    def from_model(cls, m: CarrierAccountModel) -> CarrierAccount:
        return cls(
            credentials=[CarrierCredential(**vars(c)) for c in freight_uc.credentials_summary(m)],
            merchant_pk=m.merchant_id,
            provider=m.provider,
            name=m.name,
            active=m.active,
            config=m.config,
            tracking_prefix=m.tracking_prefix,
            next_number=uc.format_number(m.tracking_prefix, m.next_number),
            numbers_left=max(m.last_number - m.next_number + 1, 0),
        )


@strawberry.type(description="One step the carrier reported.")
class TrackingEvent:
    status: TrackingStatus
    description: str
    location: str
    occurred_at: datetime
    order_pk: strawberry.Private[int]  # for the visibility rule (whoever sees the order)


@strawberry.type(description="The parcel of a merchant order: carrier, waybill, where it is.")
class Shipment:
    provider: str
    carrier_name: str
    tracking_number: str
    status: TrackingStatus
    created_at: datetime
    pk: strawberry.Private[int]
    merchant_pk: strawberry.Private[int]
    label_html: strawberry.Private[str]
    order_pk: strawberry.Private[int]  # for the visibility rule (whoever sees the order)

    @strawberry.field(description="The tracking timeline, oldest first.")
    async def events(self, info: Info) -> list[TrackingEvent]:
        rows = await info.context.loader("tracking_events", batches.tracking_events).load(self.pk)
        return [
            TrackingEvent(
                status=r.status,
                description=r.description,
                location=r.location,
                occurred_at=r.occurred_at,
                order_pk=self.order_pk,
            )
            for r in rows
        ]

    @strawberry.field(description="The printable label (HTML): the merchant's staff only.")
    def label(self, info: Info) -> str | None:
        if not _is_fulfilment_staff(info.context.viewer, self.merchant_pk):
            return None
        return self.label_html

    @classmethod
    def from_model(cls, m: ShipmentModel) -> Shipment:
        return cls(
            provider=m.provider,
            carrier_name=m.carrier_name,
            tracking_number=m.tracking_number,
            status=m.status,
            created_at=m.created_at,
            pk=m.id,
            merchant_pk=m.merchant_id,
            label_html=m.label,
            order_pk=m.order_id,
        )

    @classmethod
    async def of_order(cls, info: Info, order_id: int) -> Shipment | None:
        """``MerchantOrder.shipment`` (whoever sees the order sees its parcel): orders names
        this type lazily and asks it, so logistics alone knows how a parcel is loaded."""
        loader = info.context.loader("shipment_by_order", batches.shipments_by_order)
        row = await loader.load(order_id)
        return row and cls.from_model(row)


@strawberry.federation.type(
    keys=["id"], description="Orders shipped together: one label page, one address export."
)
class ShipmentBatch(relay.Node):
    id: relay.NodeID[int]
    number: str
    provider: str
    created_at: datetime
    merchant_pk: strawberry.Private[int]  # for the visibility rule

    @strawberry.field
    async def shipments(self, info: Info) -> list[Shipment]:
        batch = await BatchModel.get(id=self.id)
        return [Shipment.from_model(s) for s in await uc.batch_shipments(batch)]

    @strawberry.field(description="Every label of the batch on one printable HTML page.")
    async def label_document(self) -> str:
        return await uc.batch_label_page(await BatchModel.get(id=self.id))

    @strawberry.field(description="CSV for the courier: waybill, order, recipient, items.")
    async def address_export(self) -> str:
        return await uc.batch_address_csv(await BatchModel.get(id=self.id))

    @classmethod
    def from_model(cls, m: BatchModel) -> ShipmentBatch:
        return cls(
            id=m.id,
            number=m.number,
            provider=m.provider,
            created_at=m.created_at,
            merchant_pk=m.merchant_id,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        rows = [await uc.get_batch(info.context.viewer, int(i)) for i in node_ids]
        return [r and cls.from_model(r) for r in rows]


# --- inputs, payloads -----------------------------------------------------------------------------


@strawberry.input
class CarrierAccountSetInput:
    provider: str
    name: str
    merchant: strawberry.ID | None = strawberry.field(
        default=None, description="Platform admins: which merchant. Staff: their own."
    )
    active: bool = True
    config: JSON | None = None
    tracking_prefix: str | None = None
    first_number: int | None = strawberry.field(
        default=None, description="A new waybill range (replaces what is left): its first number."
    )
    last_number: int | None = None


@strawberry.type
class CarrierAccountPayload:
    account: CarrierAccount | None
    errors: list[LogisticsError]


@strawberry.input(description='A carrier account\'s secrets: a value sets, "" clears, null keeps.')
class CarrierCredentialsSetInput:
    provider: str
    merchant: strawberry.ID | None = None
    key: str | None = None
    customer: str | None = None
    salt: str | None = None


@strawberry.type
class CarrierCredentialsPayload:
    account: CarrierAccount | None
    errors: list[FreightError]


@strawberry.input(
    description="PACKED -> SHIPPED with a carrier: typed, from the range, or the own fleet "
    "(provider own_fleet: no carrier or waybill typed; a courier is assigned)."
)
class ShipmentCreateInput:
    order: strawberry.ID
    provider: str = "manual"
    carrier: str | None = strawberry.field(
        default=None, description="The carrier's name (manual: required)."
    )
    tracking_number: str | None = strawberry.field(
        default=None, description="Manual: the waybill number; range carriers take the next one."
    )
    courier: strawberry.ID | None = strawberry.field(
        default=None,
        description="Own fleet: the courier (their User id); none: the merchant's only courier.",
    )


@strawberry.type
class ShipmentPayload:
    order: MerchantOrder | None
    shipment: Shipment | None
    errors: list[LogisticsError]


@strawberry.input
class ShipmentBatchCreateInput:
    orders: list[strawberry.ID]
    provider: str


@strawberry.type
class ShipmentBatchPayload:
    batch: ShipmentBatch | None
    errors: list[LogisticsError]


def _order_pk(value: strawberry.ID, field: str = "order") -> int:
    return decode_id(value, "MerchantOrder", Code, field)


# --- root fields ----------------------------------------------------------------------------------


@strawberry.type
class Query(FreightQuery):
    @strawberry.field(description="The carrier plugins merchants can enable.")
    def carrier_providers(self) -> list[CarrierProvider]:
        return [
            CarrierProvider(code=p.code, name=p.name, uses_number_range=p.uses_number_range)
            for p in uc.providers()
        ]

    @strawberry.field(description="The merchant's carriers (staff: their own merchant).")
    async def carrier_accounts(
        self, info: Info, merchant: strawberry.ID | None = None
    ) -> list[CarrierAccount]:
        merchant_pk = decode_optional_id(merchant, "Merchant", Code, "merchant")
        rows = await uc.carrier_accounts(info.context.viewer, merchant_pk)
        return [CarrierAccount.from_model(r) for r in rows]

    @strawberry.field(description="A shipment batch of the viewer's merchant.")
    async def shipment_batch(self, info: Info, id: strawberry.ID) -> ShipmentBatch | None:
        pk = decode_id(id, "ShipmentBatch", Code, "id")
        row = await uc.get_batch(info.context.viewer, pk)
        return row and ShipmentBatch.from_model(row)


@strawberry.type
class Mutation(FreightMutation):
    @strawberry.mutation(
        description="Set a carrier account's secrets (stored encrypted, never shown back)."
    )
    async def carrier_credentials_set(
        self, info: Info, input: CarrierCredentialsSetInput
    ) -> CarrierCredentialsPayload:
        async def run():
            values = {"key": input.key, "customer": input.customer, "salt": input.salt}
            return await freight_uc.carrier_credentials_set(
                info.context.viewer,
                decode_optional_id(input.merchant, "Merchant", freight_uc.Code, "merchant"),
                input.provider,
                {k: v for k, v in values.items() if v is not None},
            )

        row, errors = await attempt(run, freight_uc.Code)
        return CarrierCredentialsPayload(
            account=row and CarrierAccount.from_model(row), errors=errors
        )

    @strawberry.mutation(
        description="Enable or change a carrier for the merchant (owner, logistics staff, "
        "platform admin); a range given replaces the numbers left."
    )
    async def carrier_account_set(
        self, info: Info, input: CarrierAccountSetInput
    ) -> CarrierAccountPayload:
        async def run():
            return await uc.carrier_account_set(
                info.context.viewer,
                decode_optional_id(input.merchant, "Merchant", Code, "merchant"),
                input.provider,
                input.name,
                active=input.active,
                config=input.config,
                tracking_prefix=input.tracking_prefix,
                first_number=input.first_number,
                last_number=input.last_number,
            )

        row, errors = await attempt(run, Code)
        return CarrierAccountPayload(account=row and CarrierAccount.from_model(row), errors=errors)

    @strawberry.mutation(description="Ship a PACKED order with a carrier (PACKED -> SHIPPED).")
    async def shipment_create(self, info: Info, input: ShipmentCreateInput) -> ShipmentPayload:
        async def run() -> MerchantOrderModel:
            return await uc.ship(
                info.context.viewer,
                _order_pk(input.order),
                input.provider,
                carrier_name=input.carrier,
                tracking_number=input.tracking_number,
                courier_user_id=decode_optional_id(input.courier, "User", Code, "courier"),
            )

        row, errors = await attempt(run, Code)
        if row is None:
            return ShipmentPayload(order=None, shipment=None, errors=errors)
        shipment = await ShipmentModel.get(order_id=row.id)
        return ShipmentPayload(
            order=MerchantOrder.from_model(row), shipment=Shipment.from_model(shipment), errors=[]
        )

    @strawberry.mutation(
        description="Ship many PACKED orders at once with consecutive waybill numbers from the "
        "merchant's range; all or nothing. The batch has the label page and the address export."
    )
    async def shipment_batch_create(
        self, info: Info, input: ShipmentBatchCreateInput
    ) -> ShipmentBatchPayload:
        async def run():
            ids = [_order_pk(o, f"orders.{i}") for i, o in enumerate(input.orders)]
            return await uc.ship_batch(info.context.viewer, ids, input.provider)

        row, errors = await attempt(run, Code)
        return ShipmentBatchPayload(batch=row and ShipmentBatch.from_model(row), errors=errors)


# Delivery slots are logistics' too (schema/slots.py): one subgraph, one set of root fields.
from schema import slots as _slots  # noqa: E402

Query = merge_types("Query", (Query, _slots.Query))
Mutation = merge_types("Mutation", (Mutation, _slots.Mutation))

types = [ShipmentBatch, ShippingTemplate, *_slots.types]
