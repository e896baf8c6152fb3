"""Freight templates in GraphQL: a merchant's shipping rate templates and which product uses
which. Part of the logistics subgraph (``schema.logistics`` composes these root fields)."""

from __future__ import annotations

from decimal import Decimal

import strawberry
from strawberry import relay

from models.freight import FreightBasis as FreightBasisModel
from models.freight import ShippingTemplate as TemplateModel
from resolvers import freight as uc
from resolvers.errors import FreightErrorCode
from schema.base import attempt, decode_id, decode_optional_id, error_type, global_id, parse_pk
from schema.context import Info

Code = FreightErrorCode
FreightError = error_type(Code, "FreightError")
FreightBasis = strawberry.enum(FreightBasisModel, name="FreightBasis")


@strawberry.type(description="A region rule: its own prices for some division codes.")
class ShippingRegionRule:
    regions: list[str] = strawberry.field(description="GB/T 2260 codes: provinces, cities...")
    first_unit: Decimal
    first_price: Decimal
    additional_unit: Decimal
    additional_price: Decimal
    free_over: Decimal | None

    @classmethod
    def from_data(cls, d: dict) -> ShippingRegionRule:
        free = d.get("freeOver")
        return cls(
            regions=list(d.get("regions") or []),
            first_unit=Decimal(d["firstUnit"]),
            first_price=Decimal(d["firstPrice"]),
            additional_unit=Decimal(d["additionalUnit"]),
            additional_price=Decimal(d["additionalPrice"]),
            free_over=None if free is None else Decimal(free),
        )


@strawberry.federation.type(
    keys=["id"],
    description="A freight template (运费模板): what the merchant charges to ship, by region; "
    "units are kilograms (WEIGHT) or items (PIECE).",
)
class ShippingTemplate(relay.Node):
    id: relay.NodeID[int]
    name: str
    basis: FreightBasis
    is_default: bool = strawberry.field(description="Prices products that name no template.")
    first_unit: Decimal
    first_price: Decimal
    additional_unit: Decimal
    additional_price: Decimal
    free_over: Decimal | None = strawberry.field(description="Free from this subtotal on.")
    rules: list[ShippingRegionRule]
    unserved: list[str] = strawberry.field(description="Division codes it does not ship to.")
    eta_days: int | None
    merchant_pk: strawberry.Private[int]  # for the visibility rule

    @classmethod
    def from_model(cls, m: TemplateModel) -> ShippingTemplate:
        return cls(
            id=m.id,
            name=m.name,
            basis=FreightBasisModel(m.basis),
            is_default=m.is_default,
            first_unit=m.first_unit,
            first_price=m.first_price,
            additional_unit=m.additional_unit,
            additional_price=m.additional_price,
            free_over=m.free_over,
            rules=[ShippingRegionRule.from_data(r) for r in m.rules or []],
            unserved=list(m.unserved or []),
            eta_days=m.eta_days,
            merchant_pk=m.merchant_id,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        pks = [parse_pk(i) for i in node_ids]
        rows = {t.id: t for t in await TemplateModel.filter(id__in=[p for p in pks if p])}
        return [cls.from_model(rows[p]) if p in rows else None for p in pks]


# --- inputs, payloads -----------------------------------------------------------------------------


@strawberry.input
class ShippingRegionRuleInput:
    regions: list[str]
    first_unit: Decimal
    first_price: Decimal
    additional_unit: Decimal
    additional_price: Decimal
    free_over: Decimal | None = None


@strawberry.input
class ShippingTemplateCreateInput:
    name: str
    first_unit: Decimal = strawberry.field(description="kg (WEIGHT) or items (PIECE), > 0")
    first_price: Decimal
    additional_unit: Decimal = strawberry.field(description="0: the first price covers all")
    additional_price: Decimal
    merchant: strawberry.ID | None = strawberry.field(
        default=None, description="Platform admins: which merchant. Staff: their own."
    )
    basis: FreightBasis = FreightBasisModel.PIECE
    is_default: bool = False
    free_over: Decimal | None = None
    rules: list[ShippingRegionRuleInput] = strawberry.field(default_factory=list)
    unserved: list[str] = strawberry.field(default_factory=list)
    eta_days: int | None = None


@strawberry.input(description="Changes to a template; what is not given stays.")
class ShippingTemplateUpdateInput:
    id: strawberry.ID
    name: str | None = None
    basis: FreightBasis | None = None
    is_default: bool | None = None
    first_unit: Decimal | None = None
    first_price: Decimal | None = None
    additional_unit: Decimal | None = None
    additional_price: Decimal | None = None
    free_over: Decimal | None = None
    clear_free_over: bool = False
    rules: list[ShippingRegionRuleInput] | None = None
    unserved: list[str] | None = None
    eta_days: int | None = None


@strawberry.input
class ProductShippingTemplateSetInput:
    product: strawberry.ID
    template: strawberry.ID | None = strawberry.field(
        default=None, description="None: the merchant's default template."
    )


@strawberry.type
class ShippingTemplatePayload:
    template: ShippingTemplate | None
    errors: list[FreightError]


@strawberry.type
class ShippingTemplateDeletePayload:
    deleted_id: strawberry.ID | None
    errors: list[FreightError]


@strawberry.type
class ProductShippingTemplatePayload:
    product_id: strawberry.ID | None
    template: ShippingTemplate | None = strawberry.field(description="None: the default's.")
    errors: list[FreightError]


@strawberry.type
class VariantWeightPayload:
    variant_id: strawberry.ID | None
    weight_grams: int | None
    errors: list[FreightError]


def _num(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _rules(rules: list[ShippingRegionRuleInput] | None) -> list[uc.RegionRule] | None:
    if rules is None:
        return None
    return [
        uc.RegionRule(
            regions=list(r.regions),
            first_unit=str(r.first_unit),
            first_price=str(r.first_price),
            additional_unit=str(r.additional_unit),
            additional_price=str(r.additional_price),
            free_over=_num(r.free_over),
        )
        for r in rules
    ]


def _data(i: ShippingTemplateCreateInput | ShippingTemplateUpdateInput) -> uc.TemplateData:
    return uc.TemplateData(
        name=i.name,
        basis=None if i.basis is None else FreightBasisModel(i.basis),
        is_default=i.is_default,
        first_unit=_num(i.first_unit),
        first_price=_num(i.first_price),
        additional_unit=_num(i.additional_unit),
        additional_price=_num(i.additional_price),
        free_over=_num(i.free_over),
        clear_free_over=getattr(i, "clear_free_over", False),
        rules=_rules(i.rules),
        unserved=None if i.unserved is None else list(i.unserved),
        eta_days=i.eta_days,
    )


def _template_pk(value: strawberry.ID | None, field: str = "id") -> int:
    return decode_id(value, "ShippingTemplate", Code, field)


# --- root fields (composed into the logistics subgraph) ---------------------------------------


@strawberry.type
class FreightQuery:
    @strawberry.field(description="The merchant's freight templates (staff: their own).")
    async def shipping_templates(
        self, info: Info, merchant: strawberry.ID | None = None
    ) -> list[ShippingTemplate]:
        merchant_pk = decode_optional_id(merchant, "Merchant", Code, "merchant")
        rows = await uc.shipping_templates(info.context.viewer, merchant_pk)
        return [ShippingTemplate.from_model(r) for r in rows]


@strawberry.type
class FreightMutation:
    @strawberry.mutation(
        description="A new freight template (owner, logistics staff, platform admin); "
        "isDefault makes it the merchant's default."
    )
    async def shipping_template_create(
        self, info: Info, input: ShippingTemplateCreateInput
    ) -> ShippingTemplatePayload:
        async def run():
            merchant = decode_optional_id(input.merchant, "Merchant", Code, "merchant")
            return await uc.shipping_template_create(info.context.viewer, merchant, _data(input))

        row, errors = await attempt(run, Code)
        return ShippingTemplatePayload(
            template=row and ShippingTemplate.from_model(row), errors=errors
        )

    @strawberry.mutation(description="Change a freight template of the merchant.")
    async def shipping_template_update(
        self, info: Info, input: ShippingTemplateUpdateInput
    ) -> ShippingTemplatePayload:
        async def run():
            return await uc.shipping_template_update(
                info.context.viewer, _template_pk(input.id), _data(input)
            )

        row, errors = await attempt(run, Code)
        return ShippingTemplatePayload(
            template=row and ShippingTemplate.from_model(row), errors=errors
        )

    @strawberry.mutation(
        description="Delete a freight template; its products take the merchant's default."
    )
    async def shipping_template_delete(
        self, info: Info, id: strawberry.ID
    ) -> ShippingTemplateDeletePayload:
        async def run():
            return await uc.shipping_template_delete(info.context.viewer, _template_pk(id))

        row, errors = await attempt(run, Code)
        return ShippingTemplateDeletePayload(
            deleted_id=row and global_id("ShippingTemplate", row.id), errors=errors
        )

    @strawberry.mutation(description="Which freight template prices a product's shipping.")
    async def product_shipping_template_set(
        self, info: Info, input: ProductShippingTemplateSetInput
    ) -> ProductShippingTemplatePayload:
        async def run():
            product = decode_id(input.product, "Product", Code, "product")
            template = None if input.template is None else _template_pk(input.template, "template")
            return await uc.product_shipping_template_set(info.context.viewer, product, template)

        row, errors = await attempt(run, Code)
        if row is None:
            return ProductShippingTemplatePayload(product_id=None, template=None, errors=errors)
        template = None
        if row.shipping_template_id is not None:
            template = ShippingTemplate.from_model(
                await TemplateModel.get(id=row.shipping_template_id)
            )
        return ProductShippingTemplatePayload(
            product_id=global_id("Product", row.id), template=template, errors=[]
        )

    @strawberry.mutation(
        description="A variant's shipping weight per unit in grams (weight-priced templates)."
    )
    async def variant_weight_set(
        self, info: Info, variant: strawberry.ID, weight_grams: int
    ) -> VariantWeightPayload:
        async def run():
            pk = decode_id(variant, "Variant", Code, "variant")
            return await uc.variant_weight_set(info.context.viewer, pk, weight_grams)

        row, errors = await attempt(run, Code)
        return VariantWeightPayload(
            variant_id=row and global_id("Variant", row.id),
            weight_grams=row and row.weight_grams,
            errors=errors,
        )
