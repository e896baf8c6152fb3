"""The plugin registry: built-ins plus whatever ``plaza.plugins`` entry points register."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import timedelta
from importlib.metadata import entry_points

from plugins.interfaces import (
    CarrierProvider,
    CaseType,
    Confirmer,
    PaymentProvider,
    RiskRule,
    ShippingProvider,
    StorefrontPolicy,
)

log = logging.getLogger("plaza.plugins")
ENTRY_POINT_GROUP = "plaza.plugins"


class UnknownPlugin(LookupError):
    pass


class Registry:
    def __init__(self) -> None:
        self.shipping: dict[str, ShippingProvider] = {}
        self.carriers: dict[str, CarrierProvider] = {}
        self.payments: dict[str, PaymentProvider] = {}
        self.risk_rules: dict[str, RiskRule] = {}
        self.policies: dict[str, StorefrontPolicy] = {}
        # Process-wide settings plugins may need (secrets, public URL), set by the app at start.
        self.config: dict = {}

    def add_shipping(self, provider: ShippingProvider) -> None:
        self.shipping[provider.code] = provider

    def add_carrier(self, provider: CarrierProvider) -> None:
        self.carriers[provider.code] = provider

    def add_payment(self, provider: PaymentProvider) -> None:
        self.payments[provider.code] = provider

    def add_risk_rule(self, rule: RiskRule) -> None:
        self.risk_rules[rule.code] = rule

    def add_policy(self, policy: StorefrontPolicy) -> None:
        self.policies[policy.code] = policy

    def payment(self, code: str) -> PaymentProvider:
        try:
            return self.payments[code]
        except KeyError:
            raise UnknownPlugin(f"no payment provider '{code}'")

    def shipping_provider(self, code: str) -> ShippingProvider:
        try:
            return self.shipping[code]
        except KeyError:
            raise UnknownPlugin(f"no shipping provider '{code}'")

    def policy(self, code: str, overrides: dict | None = None) -> StorefrontPolicy:
        """The named policy with a storefront's overrides (``*_minutes``/``*_days`` keys)."""
        try:
            policy = self.policies[code]
        except KeyError:
            raise UnknownPlugin(f"no storefront policy '{code}'")
        return apply_overrides(policy, overrides or {})


def apply_overrides(policy: StorefrontPolicy, overrides: dict) -> StorefrontPolicy:
    changes: dict = {}
    if "payment_deadline_minutes" in overrides:
        minutes = float(overrides["payment_deadline_minutes"])
        changes["payment_deadline"] = timedelta(minutes=minutes)
    if "payment_deadline_seconds" in overrides:
        seconds = float(overrides["payment_deadline_seconds"])
        changes["payment_deadline"] = timedelta(seconds=seconds)
    if "aftersales_window_days" in overrides:
        changes["aftersales_window"] = timedelta(days=float(overrides["aftersales_window_days"]))
    if "auto_receive_days" in overrides:
        changes["auto_receive_after"] = timedelta(days=float(overrides["auto_receive_days"]))
    if "auto_complete_days" in overrides:
        changes["auto_complete_after"] = timedelta(days=float(overrides["auto_complete_days"]))
    if "inventory_mode" in overrides:
        from models.orders import InventoryMode

        changes["inventory_mode"] = InventoryMode(overrides["inventory_mode"])
    if "risk" in overrides:
        changes["risk"] = {**policy.risk, **overrides["risk"]}
    if "confirmers" in overrides:
        changes["confirmers"] = frozenset(Confirmer(c) for c in overrides["confirmers"])
    if "case_types" in overrides:
        changes["case_types"] = frozenset(CaseType(c) for c in overrides["case_types"])
    if "default_review_days" in overrides:  # 0 or None: no default review
        days = float(overrides["default_review_days"] or 0)
        changes["default_review_after"] = timedelta(days=days) if days > 0 else None
    if "max_line_quantity" in overrides:
        changes["max_line_quantity"] = int(overrides["max_line_quantity"])
    for flag in ("confirmation_call", "own_carrier_only"):
        if flag in overrides:
            changes[flag] = bool(overrides[flag])
    return replace(policy, **changes) if changes else policy


_registry: Registry | None = None


def get_registry() -> Registry:
    """The process's registry, loaded on first use: built-ins, then entry points."""
    global _registry
    if _registry is None:
        registry = Registry()
        from plugins.builtin import register as register_builtins

        register_builtins(registry)
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            if ep.value.startswith("plugins.builtin"):
                continue
            try:
                ep.load()(registry)
            except Exception:
                log.exception("plugin %s failed to register", ep.name)
        _registry = registry
    return _registry


def configure(**config) -> Registry:
    """Hand process settings (secrets, URLs) to the plugins."""
    registry = get_registry()
    registry.config.update(config)
    return registry
