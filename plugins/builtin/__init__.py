"""Registers the built-in plugins (also exposed as the ``builtin`` entry point)."""

from __future__ import annotations

from plugins.policies import BUILTIN_POLICIES


def register(registry) -> None:
    from plugins.payments.alipay import AlipayProvider
    from plugins.payments.sandbox import SandboxPaymentProvider
    from plugins.payments.wechatpay import WeChatPayProvider
    from plugins.risk import builtin_rules
    from plugins.shipping.flat_rate import FlatRateShipping
    from plugins.shipping.freight_template import FreightTemplateShipping
    from plugins.shipping.kuaidi100 import Kuaidi100Carrier
    from plugins.shipping.manual import ManualCarrier
    from plugins.shipping.own_fleet import OwnFleetCarrier
    from plugins.shipping.sandbox_express import SandboxExpressCarrier

    for policy in BUILTIN_POLICIES:
        registry.add_policy(policy)
    registry.add_shipping(FlatRateShipping())
    registry.add_shipping(FreightTemplateShipping())
    registry.add_carrier(ManualCarrier())
    registry.add_carrier(SandboxExpressCarrier(registry))
    registry.add_carrier(OwnFleetCarrier())
    registry.add_carrier(Kuaidi100Carrier(registry))
    registry.add_payment(SandboxPaymentProvider(registry))
    registry.add_payment(AlipayProvider(registry))
    registry.add_payment(WeChatPayProvider(registry))
    for rule in builtin_rules():
        registry.add_risk_rule(rule)
