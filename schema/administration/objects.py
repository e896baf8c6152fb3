"""Platform administration's GraphQL types: a storefront's effective settings, their history,
blacklist entries and risk refusals (all for platform staff only: the root fields check)."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from models.merchants import Storefront as StorefrontModel
from models.risk import BlacklistEntry as EntryModel
from models.risk import RiskDecision as DecisionModel
from plugins.interfaces import Confirmer as ConfirmerModel
from resolvers import administration as uc
from resolvers.administration.risk_admin import BlacklistKind as BlacklistKindModel
from resolvers.administration.risk_admin import kind_of
from resolvers.administration.storefront_settings import base_policy
from schema.aftersales.enums import AftersalesCaseType
from schema.base import global_id
from schema.orders.enums import InventoryMode

OrderConfirmer = strawberry.enum(ConfirmerModel, name="OrderConfirmer")
BlacklistKind = strawberry.enum(BlacklistKindModel, name="BlacklistKind")


def _days(delta) -> float:
    return round(delta.total_seconds() / 86400, 4)


@strawberry.type(
    description="A storefront's settings as they apply now: its policy's defaults "
    "with what platform admins set, and what the policy allows to choose from."
)
class StorefrontSettings:
    storefront_id: strawberry.ID
    policy: str
    payment_deadline_minutes: float
    inventory_mode: InventoryMode
    confirmers: list[OrderConfirmer]
    aftersales_window_days: float
    case_types: list[AftersalesCaseType]
    auto_receive_days: float
    auto_complete_days: float
    default_review_days: float | None = strawberry.field(
        description="Days after receipt a line without a review gets a default positive "
        "review; null: never."
    )
    risk: JSON = strawberry.field(description="Each risk rule's settings on this storefront.")
    allowed_confirmers: list[OrderConfirmer]
    allowed_case_types: list[AftersalesCaseType]

    @classmethod
    def from_model(cls, storefront: StorefrontModel) -> StorefrontSettings:
        policy = uc.effective_settings(storefront)
        base = base_policy(storefront)
        return cls(
            storefront_id=global_id("Storefront", storefront.id),
            policy=policy.code,
            payment_deadline_minutes=round(policy.payment_deadline.total_seconds() / 60, 4),
            inventory_mode=policy.inventory_mode,
            confirmers=sorted(policy.confirmers),
            aftersales_window_days=_days(policy.aftersales_window),
            case_types=sorted(policy.case_types),
            auto_receive_days=_days(policy.auto_receive_after),
            auto_complete_days=_days(policy.auto_complete_after),
            default_review_days=(
                _days(policy.default_review_after) if policy.default_review_after else None
            ),
            risk=dict(policy.risk),
            allowed_confirmers=sorted(base.confirmers),
            allowed_case_types=sorted(base.case_types),
        )


@strawberry.type(description="One change of a storefront's settings: who, when, before/after.")
class StorefrontSettingsChange:
    id: strawberry.ID
    at: datetime
    actor_id: strawberry.ID | None
    before: JSON
    after: JSON

    @classmethod
    def from_change(cls, c: uc.SettingsChange) -> StorefrontSettingsChange:
        return cls(
            id=global_id("StorefrontSettingsChange", c.id),
            at=c.at,
            actor_id=c.actor_id and global_id("User", c.actor_id),
            before=c.before,
            after=c.after,
        )


@strawberry.type(
    description="Something risk control refuses (one of customer, email, phone, "
    "device id, address); an expired entry no longer refuses anyone."
)
class BlacklistEntry:
    id: strawberry.ID
    kind: BlacklistKind
    customer_id: strawberry.ID | None
    email: str | None
    phone: str | None
    device_id: str | None
    address_key: str | None
    reason: str
    expires_at: datetime | None
    created_at: datetime
    active: bool

    @classmethod
    def from_model(cls, e: EntryModel, now: datetime) -> BlacklistEntry:
        return cls(
            id=global_id("BlacklistEntry", e.id),
            kind=kind_of(e),
            customer_id=e.customer_id and global_id("User", e.customer_id),
            email=e.email,
            phone=e.phone,
            device_id=e.device_id,
            address_key=e.address_key,
            reason=e.reason,
            expires_at=e.expires_at,
            created_at=e.created_at,
            active=e.expires_at is None or e.expires_at > now,
        )


@strawberry.type(
    description="A risk decision that was not 'allow': refused or deducted on "
    "payment, with the rules' reason codes."
)
class RiskRefusal:
    id: strawberry.ID
    customer_id: strawberry.ID
    storefront_id: strawberry.ID
    outcome: str
    reasons: list[str]
    at: datetime

    @classmethod
    def from_model(cls, d: DecisionModel) -> RiskRefusal:
        return cls(
            id=global_id("RiskDecision", d.id),
            customer_id=global_id("User", d.customer_id),
            storefront_id=global_id("Storefront", d.storefront_id),
            outcome=d.outcome,
            reasons=list(d.reasons or []),
            at=d.created_at,
        )
