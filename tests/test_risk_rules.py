"""The built-in risk rules: each lets the clean case through and stops the bad one with its code."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from models.merchants import Merchant
from models.orders import (
    CancelReason,
    GroupStatus,
    InventoryMode,
    MerchantOrder,
    OrderGroup,
    OrderStatus,
)
from models.promotions import FlashSale, FlashSaleQuota
from models.risk import BlacklistEntry
from plugins.interfaces import RiskContext, RiskDecisionKind, RiskLine, RiskRule
from plugins.registry import get_registry
from plugins.risk import (
    BlacklistRule,
    FlashSaleLimitRule,
    FrequentCancellationRule,
    OrderRateRule,
    builtin_rules,
)
from tests.support import make_product, make_storefront, make_user


def context(customer, storefront, *, lines=(), config=None, now=None, email=None) -> RiskContext:
    return RiskContext(
        customer_id=customer.id,
        customer_email=customer.email if email is None else email,
        storefront_id=storefront.id,
        storefront_code=storefront.code,
        lines=tuple(lines) or (RiskLine(variant_id=1, quantity=1),),
        now=now or datetime.now(UTC),
        config=config or {},
    )


def assert_allowed(outcome) -> None:
    assert outcome is None or outcome.decision == RiskDecisionKind.ALLOW, outcome


async def make_group(customer, storefront, **changes) -> OrderGroup:
    values = {
        "number": "G" + secrets.token_hex(6),
        "customer": customer,
        "storefront": storefront,
        "currency": "CNY",
        "subtotal": Decimal("10.00"),
        "shipping_total": Decimal("0.00"),
        "total": Decimal("10.00"),
        "inventory_mode": InventoryMode.RESERVE_ON_ORDER,
        "payment_deadline": datetime.now(UTC) + timedelta(minutes=10),
        "idempotency_key": secrets.token_hex(8),
        "request_hash": "0" * 64,
    }
    values.update(changes)
    return await OrderGroup.create(**values)


async def make_cancelled(customer, storefront, merchant, reason: CancelReason, days_ago: float):
    group = await make_group(customer, storefront, status=GroupStatus.CANCELLED)
    return await MerchantOrder.create(
        number="M" + secrets.token_hex(6),
        group=group,
        merchant=merchant,
        customer=customer,
        storefront=storefront,
        status=OrderStatus.CANCELLED,
        currency="CNY",
        subtotal=Decimal("10.00"),
        shipping_price=Decimal("0.00"),
        total=Decimal("10.00"),
        inventory_mode=InventoryMode.RESERVE_ON_ORDER,
        cancel_reason=reason.value,
        cancelled_at=datetime.now(UTC) - timedelta(days=days_ago),
    )


def test_builtin_rules_are_registered():
    rules = builtin_rules()
    assert {r.code for r in rules} == {
        "blacklist",
        "frequent_cancellation",
        "flash_sale_limit",
        "order_rate",
    }
    assert all(isinstance(r, RiskRule) for r in rules)
    assert set(get_registry().risk_rules) >= {r.code for r in rules}


# --- blacklist ---------------------------------------------------------------------------------


async def test_blacklist(count_queries):
    storefront = await make_storefront()
    customer, _ = await make_user("alice@example.test")
    other, _ = await make_user("bob@example.test")
    rule = BlacklistRule()
    with count_queries() as q:
        assert_allowed(await rule.evaluate(context(customer, storefront)))
    assert q.count == 1

    await BlacklistEntry.create(customer=other, reason="chargebacks")
    assert_allowed(await rule.evaluate(context(customer, storefront)))
    outcome = await rule.evaluate(context(other, storefront))
    assert outcome.decision == RiskDecisionKind.REJECT and outcome.reason_code == "BLACKLISTED"
    assert outcome.message

    await BlacklistEntry.create(email="Alice@Example.test", reason="fraud")
    outcome = await rule.evaluate(context(customer, storefront))
    assert outcome.decision == RiskDecisionKind.REJECT and outcome.reason_code == "BLACKLISTED"
    assert_allowed(
        await rule.evaluate(context(customer, storefront, config={"blacklist_enabled": False}))
    )


async def test_blacklist_with_no_email_matches_by_id_only():
    storefront = await make_storefront()
    customer, _ = await make_user("carol@example.test")
    await BlacklistEntry.create(email="", reason="junk entry")
    assert_allowed(await BlacklistRule().evaluate(context(customer, storefront, email="")))


# --- frequent cancellation -------------------------------------------------------------------


async def test_frequent_cancellation(count_queries):
    storefront = await make_storefront()
    merchant = await Merchant.create(name="Alpha", slug="alpha")
    customer, _ = await make_user("dave@example.test")
    other, _ = await make_user("erin@example.test")
    rule = FrequentCancellationRule()
    # Two that count, and some that must not: too old, not the customer's doing, someone else's.
    await make_cancelled(customer, storefront, merchant, CancelReason.CUSTOMER_REQUEST, 1)
    await make_cancelled(customer, storefront, merchant, CancelReason.PAYMENT_TIMEOUT, 10)
    await make_cancelled(customer, storefront, merchant, CancelReason.GOODS_RETURNED, 45)
    await make_cancelled(customer, storefront, merchant, CancelReason.MERCHANT_REQUEST, 1)
    await make_cancelled(customer, storefront, merchant, CancelReason.SOLD_OUT, 1)
    for _ in range(3):
        await make_cancelled(other, storefront, merchant, CancelReason.CUSTOMER_REQUEST, 1)
    with count_queries() as q:
        assert_allowed(await rule.evaluate(context(customer, storefront)))
    assert q.count == 1

    await make_cancelled(customer, storefront, merchant, CancelReason.GOODS_RETURNED, 2)
    outcome = await rule.evaluate(context(customer, storefront))
    assert outcome.decision == RiskDecisionKind.DEDUCT_ON_PAYMENT
    assert outcome.reason_code == "FREQUENT_CANCELLATION"

    reject = await rule.evaluate(
        context(customer, storefront, config={"cancellation_action": "reject"})
    )
    assert reject.decision == RiskDecisionKind.REJECT
    assert reject.reason_code == "FREQUENT_CANCELLATION"

    # Settings: a higher threshold, a shorter or longer window.
    assert_allowed(
        await rule.evaluate(context(customer, storefront, config={"cancellation_threshold": 4}))
    )
    assert_allowed(
        await rule.evaluate(context(customer, storefront, config={"cancellation_window_days": 5}))
    )
    wide = await rule.evaluate(
        context(
            customer,
            storefront,
            config={"cancellation_window_days": "60", "cancellation_threshold": "4"},
        )
    )
    assert wide.decision == RiskDecisionKind.DEDUCT_ON_PAYMENT
    # A bad value falls back to the default instead of breaking checkout.
    fallback = await rule.evaluate(
        context(customer, storefront, config={"cancellation_action": "shrug"})
    )
    assert fallback.decision == RiskDecisionKind.DEDUCT_ON_PAYMENT


# --- flash-sale per-customer limit -----------------------------------------------------------


async def test_flash_sale_limit(count_queries):
    storefront = await make_storefront()
    merchant = await Merchant.create(name="Alpha", slug="alpha")
    product = await make_product(merchant, storefront, "phone")
    variant = (await product.variants.all())[0]
    now = datetime.now(UTC)
    sale = await FlashSale.create(
        variant=variant,
        storefront=storefront,
        price=Decimal("1.00"),
        starts_at=now - timedelta(hours=1),
        ends_at=now + timedelta(hours=1),
        quantity=100,
        per_customer_limit=2,
    )
    customer, _ = await make_user("frank@example.test")
    rule = FlashSaleLimitRule()

    def lines(*quantities, sale_id=sale.id):
        return [RiskLine(variant.id, q, sale_id) for q in quantities]

    with count_queries() as q:
        assert_allowed(await rule.evaluate(context(customer, storefront, lines=lines(2))))
    assert q.count == 1  # the sales' limits with what the customer holds
    with count_queries() as q:  # no flash-sale line: nothing to ask the database
        assert_allowed(
            await rule.evaluate(context(customer, storefront, lines=[RiskLine(variant.id, 50)]))
        )
    assert q.count == 0

    outcome = await rule.evaluate(context(customer, storefront, lines=lines(3)))
    assert outcome.decision == RiskDecisionKind.REJECT and outcome.reason_code == "LIMIT_EXCEEDED"
    # Lines of one sale add up.
    outcome = await rule.evaluate(context(customer, storefront, lines=lines(1, 2)))
    assert outcome.reason_code == "LIMIT_EXCEEDED"

    await FlashSaleQuota.create(flash_sale=sale, customer=customer, quantity=1)
    assert_allowed(await rule.evaluate(context(customer, storefront, lines=lines(1))))
    outcome = await rule.evaluate(context(customer, storefront, lines=lines(2)))
    assert outcome.decision == RiskDecisionKind.REJECT and outcome.reason_code == "LIMIT_EXCEEDED"
    assert "1 more" in outcome.message

    # Another customer's quota is theirs only.
    other, _ = await make_user("grace@example.test")
    assert_allowed(await rule.evaluate(context(other, storefront, lines=lines(2))))
    # An unknown sale is left to checkout's own validation.
    assert_allowed(
        await rule.evaluate(context(customer, storefront, lines=lines(9, sale_id=sale.id + 999)))
    )


# --- order rate ------------------------------------------------------------------------------


async def test_order_rate(count_queries):
    storefront = await make_storefront()
    customer, _ = await make_user("heidi@example.test")
    other, _ = await make_user("ivan@example.test")
    rule = OrderRateRule()
    for _ in range(9):
        await make_group(customer, storefront)
    old = await make_group(customer, storefront)
    await OrderGroup.filter(id=old.id).update(created_at=datetime.now(UTC) - timedelta(seconds=90))
    for _ in range(10):
        await make_group(other, storefront)
    with count_queries() as q:
        assert_allowed(await rule.evaluate(context(customer, storefront)))
    assert q.count == 1

    await make_group(customer, storefront)  # the tenth within the minute
    outcome = await rule.evaluate(context(customer, storefront))
    assert outcome.decision == RiskDecisionKind.REJECT and outcome.reason_code == "RATE_LIMITED"

    assert_allowed(
        await rule.evaluate(context(customer, storefront, config={"max_orders_per_minute": 11}))
    )
    outcome = await rule.evaluate(context(other, storefront, config={"max_orders_per_minute": 5}))
    assert outcome.reason_code == "RATE_LIMITED"
    # A minute later the window has moved on.
    later = datetime.now(UTC) + timedelta(seconds=61)
    assert_allowed(await rule.evaluate(context(customer, storefront, now=later)))
    assert_allowed(
        await rule.evaluate(context(customer, storefront, config={"order_rate_enabled": "false"}))
    )


@pytest.mark.parametrize("value", ["ten", -1, 0])
async def test_order_rate_bad_setting_falls_back_to_default(value):
    storefront = await make_storefront()
    customer, _ = await make_user("judy@example.test")
    for _ in range(3):
        await make_group(customer, storefront)
    config = {"max_orders_per_minute": value}
    assert_allowed(await OrderRateRule().evaluate(context(customer, storefront, config=config)))


async def test_the_customer_rules_of_one_assessment_read_the_customer_once(count_queries):
    storefront = await make_storefront()
    customer, _ = await make_user("gina@example.test")
    shared = context(customer, storefront)
    rules = [BlacklistRule(), OrderRateRule(), FrequentCancellationRule()]
    with count_queries() as q:
        for rule in rules:
            assert_allowed(await rule.evaluate(shared))
    assert q.count == 1
    # a new assessment reads again, and sees what changed meanwhile
    await BlacklistEntry.create(customer=customer, reason="chargebacks")
    assert (await BlacklistRule().evaluate(shared)) is None  # this one's answer is kept
    refused = await BlacklistRule().evaluate(context(customer, storefront))
    assert refused is not None and refused.reason_code == "BLACKLISTED"
