"""Inventory: warehouses and stock levels (merchant back office)."""

from __future__ import annotations

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from models.inventory import Stock as StockModel
from models.merchants import Warehouse as WarehouseModel
from resolvers import batches
from resolvers import inventory as uc
from resolvers.errors import InventoryErrorCode as Code
from schema.base import (
    attempt,
    decode_id,
    decode_optional_id,
    error_type,
    global_id,
    load_nodes,
)
from schema.context import Info

InventoryError = error_type(Code, "InventoryError")


@strawberry.federation.type(keys=["id"], shareable=True)
class Warehouse(relay.Node):
    id: relay.NodeID[int]
    code: str
    name: str
    address: JSON
    merchant_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, m: WarehouseModel) -> Warehouse:
        return cls(id=m.id, code=m.code, name=m.name, address=m.address, merchant_id=m.merchant_id)

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        viewer = info.context.viewer
        rows = await load_nodes(info.context.loader("warehouse", batches.warehouses), node_ids)
        return [
            cls.from_model(r)
            if r and (viewer.is_platform_staff or viewer.merchant_id == r.merchant_id)
            else None
            for r in rows
        ]

    @classmethod
    async def resolve_reference(cls, info: Info, id: strawberry.ID):
        pk = decode_id(id, "Warehouse", Code, "id")
        return (await cls.resolve_nodes(info=info, node_ids=[pk]))[0]


@strawberry.federation.type(shareable=True, description="Stock of one variant in one warehouse.")
class StockLevel:
    on_hand: int
    reserved: int
    warehouse_id: strawberry.Private[int]
    variant_id_pk: strawberry.Private[int]

    @strawberry.field(description="on hand minus reserved")
    def available(self) -> int:
        return self.on_hand - self.reserved

    @strawberry.field
    def variant_id(self) -> strawberry.ID:
        return global_id("Variant", self.variant_id_pk)

    @strawberry.field
    async def warehouse(self, info: Info) -> Warehouse:
        row = await info.context.loader("warehouse", batches.warehouses).load(self.warehouse_id)
        return Warehouse.from_model(row)

    @classmethod
    def from_model(cls, m: StockModel) -> StockLevel:
        return cls(
            on_hand=m.on_hand,
            reserved=m.reserved,
            warehouse_id=m.warehouse_id,
            variant_id_pk=m.variant_id,
        )


@strawberry.input
class WarehouseCreateInput:
    code: str
    name: str
    address: JSON | None = None
    merchant_id: strawberry.ID | None = strawberry.field(
        default=None, description="Admins only; staff create warehouses for their own merchant."
    )


@strawberry.input
class StockSetInput:
    variant_id: strawberry.ID
    warehouse_id: strawberry.ID
    on_hand: int
    reason: str = ""


@strawberry.input
class StockAdjustInput:
    variant_id: strawberry.ID
    warehouse_id: strawberry.ID
    delta: int
    reason: str = ""


@strawberry.type
class WarehouseCreatePayload:
    warehouse: Warehouse | None
    errors: list[InventoryError]


@strawberry.type
class StockPayload:
    stock: StockLevel | None
    errors: list[InventoryError]


@strawberry.type
class Query:
    @strawberry.field(description="Warehouses: staff see their merchant's, admins any merchant's.")
    async def warehouses(
        self, info: Info, merchant_id: strawberry.ID | None = None
    ) -> list[Warehouse]:
        merchant = decode_optional_id(merchant_id, "Merchant", Code, "merchantId")
        rows = await uc.warehouses(info.context.viewer, merchant)
        return [Warehouse.from_model(r) for r in rows]


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def warehouse_create(
        self, info: Info, input: WarehouseCreateInput
    ) -> WarehouseCreatePayload:
        async def run():
            merchant = decode_optional_id(input.merchant_id, "Merchant", Code, "merchantId")
            return await uc.warehouse_create(
                info.context.viewer, merchant, input.code, input.name, input.address
            )

        row, errors = await attempt(run, Code)
        return WarehouseCreatePayload(warehouse=row and Warehouse.from_model(row), errors=errors)

    @strawberry.mutation(
        description="Set on-hand to a counted figure (the ledger records the change)."
    )
    async def stock_set(self, info: Info, input: StockSetInput) -> StockPayload:
        async def run():
            return await uc.stock_set(
                info.context.viewer,
                decode_id(input.variant_id, "Variant", Code, "variantId"),
                decode_id(input.warehouse_id, "Warehouse", Code, "warehouseId"),
                input.on_hand,
                input.reason,
            )

        row, errors = await attempt(run, Code)
        return StockPayload(stock=row and StockLevel.from_model(row), errors=errors)

    @strawberry.mutation(description="Add or remove units (goods received, shrinkage, ...).")
    async def stock_adjust(self, info: Info, input: StockAdjustInput) -> StockPayload:
        async def run():
            return await uc.stock_adjust(
                info.context.viewer,
                decode_id(input.variant_id, "Variant", Code, "variantId"),
                decode_id(input.warehouse_id, "Warehouse", Code, "warehouseId"),
                input.delta,
                input.reason,
            )

        row, errors = await attempt(run, Code)
        return StockPayload(stock=row and StockLevel.from_model(row), errors=errors)


types = [Warehouse, StockLevel]
