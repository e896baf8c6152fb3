"""Platform administration: storefront settings (with history) and risk control's blacklist,
rule settings and refusals. Platform staff read; platform admins change."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from resolvers import administration as uc
from resolvers.administration.storefront_settings import SettingsUpdate
from resolvers.errors import AdministrationErrorCode as Code
from resolvers.errors import DomainError
from resolvers.orders import now_utc
from schema.administration.objects import (
    BlacklistEntry,
    BlacklistKind,
    OrderConfirmer,
    RiskRefusal,
    StorefrontSettings,
    StorefrontSettingsChange,
)
from schema.aftersales.enums import AftersalesCaseType
from schema.base import attempt, decode_id, decode_optional_id, error_type
from schema.context import Info
from schema.orders.enums import InventoryMode

AdministrationError = error_type(Code, "AdministrationError")


@strawberry.input(description="Leave a field out to keep it; bounds in docs/administration.md.")
class StorefrontSettingsInput:
    payment_deadline_minutes: float | None = None
    inventory_mode: InventoryMode | None = None
    confirmers: list[OrderConfirmer] | None = None
    aftersales_window_days: float | None = None
    case_types: list[AftersalesCaseType] | None = None
    auto_receive_days: float | None = None
    auto_complete_days: float | None = None
    default_review_days: float | None = strawberry.field(
        default=None, description="0 turns the default positive review off."
    )


@strawberry.input
class RiskRuleSettingsInput:
    storefront: strawberry.ID
    rule: str
    enabled: bool | None = None
    settings: JSON | None = strawberry.field(
        default=None, description='e.g. {"cancellation_threshold": 5}'
    )


@strawberry.input
class BlacklistAddInput:
    kind: BlacklistKind
    value: str = strawberry.field(default="", description="Email, phone or device id.")
    customer: strawberry.ID | None = None
    address: JSON | None = strawberry.field(
        default=None, description="province, city, district, street"
    )
    reason: str
    expires_at: datetime | None = None


@strawberry.type
class StorefrontSettingsPayload:
    settings: StorefrontSettings | None
    errors: list[AdministrationError]


@strawberry.type
class BlacklistEntryPayload:
    entry: BlacklistEntry | None
    errors: list[AdministrationError]


def _settings_payload(row, errors) -> StorefrontSettingsPayload:
    return StorefrontSettingsPayload(
        settings=row and StorefrontSettings.from_model(row), errors=errors
    )


def _entry_payload(row, errors) -> BlacklistEntryPayload:
    return BlacklistEntryPayload(
        entry=row and BlacklistEntry.from_model(row, now_utc()), errors=errors
    )


def _storefront_pk(value: str) -> int:
    return decode_id(value, "Storefront", Code, "storefront")


@strawberry.type
class Query:
    @strawberry.field(description="Platform staff: a storefront's settings as they apply now.")
    async def storefront_settings(
        self, info: Info, storefront: strawberry.ID
    ) -> StorefrontSettings | None:
        row, _ = await attempt(
            lambda: uc.storefront_for_staff(info.context.viewer, _storefront_pk(storefront)), Code
        )
        return row and StorefrontSettings.from_model(row)

    @strawberry.field(description="Platform staff: a storefront's settings changes, latest first.")
    async def storefront_settings_history(
        self, info: Info, storefront: strawberry.ID, first: int = 20
    ) -> list[StorefrontSettingsChange]:
        rows, _ = await attempt(
            lambda: uc.settings_history(info.context.viewer, _storefront_pk(storefront), first),
            Code,
        )
        return [StorefrontSettingsChange.from_change(c) for c in rows or []]

    @strawberry.field(description="Platform staff: blacklist entries, latest first.")
    async def blacklist_entries(
        self, info: Info, active_only: bool = True, first: int = 50
    ) -> list[BlacklistEntry]:
        rows, _ = await attempt(
            lambda: uc.blacklist_entries(info.context.viewer, active_only=active_only, limit=first),
            Code,
        )
        now = now_utc()
        return [BlacklistEntry.from_model(e, now) for e in rows or []]

    @strawberry.field(description="Platform staff: recent risk refusals, latest first.")
    async def risk_refusals(
        self,
        info: Info,
        storefront: strawberry.ID | None = None,
        reason: str | None = None,
        first: int = 50,
    ) -> list[RiskRefusal]:
        async def run():
            pk = decode_optional_id(storefront, "Storefront", Code, "storefront")
            return await uc.risk_refusals(
                info.context.viewer, storefront_id=pk, reason=reason, limit=first
            )

        rows, _ = await attempt(run, Code)
        return [RiskRefusal.from_model(d) for d in rows or []]


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Platform admins: change a storefront's settings (recorded).")
    async def storefront_settings_update(
        self, info: Info, storefront: strawberry.ID, input: StorefrontSettingsInput
    ) -> StorefrontSettingsPayload:
        update = SettingsUpdate(
            payment_deadline_minutes=input.payment_deadline_minutes,
            inventory_mode=input.inventory_mode,
            confirmers=input.confirmers,
            aftersales_window_days=input.aftersales_window_days,
            case_types=input.case_types,
            auto_receive_days=input.auto_receive_days,
            auto_complete_days=input.auto_complete_days,
            default_review_days=input.default_review_days,
        )
        row, errors = await attempt(
            lambda: uc.storefront_settings_update(
                info.context.viewer, _storefront_pk(storefront), update
            ),
            Code,
        )
        return _settings_payload(row, errors)

    @strawberry.mutation(description="Platform admins: one risk rule's settings on a storefront.")
    async def risk_rule_settings_update(
        self, info: Info, input: RiskRuleSettingsInput
    ) -> StorefrontSettingsPayload:
        async def run():
            values = input.settings if input.settings is not None else {}
            if not isinstance(values, dict):
                raise DomainError(Code.INVALID, "Settings are an object.", "input.settings")
            return await uc.risk_settings_update(
                info.context.viewer,
                _storefront_pk(input.storefront),
                input.rule,
                enabled=input.enabled,
                values=values,
            )

        row, errors = await attempt(run, Code)
        return _settings_payload(row, errors)

    @strawberry.mutation(description="Platform admins: refuse a customer, email, phone, device.")
    async def blacklist_add(self, info: Info, input: BlacklistAddInput) -> BlacklistEntryPayload:
        async def run():
            customer = decode_optional_id(input.customer, "User", Code, "input.customer")
            address = input.address if isinstance(input.address, dict) else None
            return await uc.blacklist_add(
                info.context.viewer,
                input.kind,
                value=input.value,
                customer_id=customer,
                address=address,
                reason=input.reason,
                expires_at=input.expires_at,
            )

        row, errors = await attempt(run, Code)
        return _entry_payload(row, errors)

    @strawberry.mutation(description="Platform admins: expire an entry now (kept for the record).")
    async def blacklist_remove(self, info: Info, id: strawberry.ID) -> BlacklistEntryPayload:
        row, errors = await attempt(
            lambda: uc.blacklist_remove(
                info.context.viewer, decode_id(id, "BlacklistEntry", Code, "id")
            ),
            Code,
        )
        return _entry_payload(row, errors)


types: list[type] = []
