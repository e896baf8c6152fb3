"""What a payment's callbacks add up to when the provider says more than one thing.

A signed success is never dropped: it is captured while the group is payable (pending payment,
deadline not passed, the settlement's stock and price checks passed) or refunded at once, and
recorded either way. A decline after a capture changes nothing. The sandbox gateway delivers
every callback over real HTTP to the payment routes served by uvicorn in the test's loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

import pytest
import pytest_asyncio
from starlette.applications import Starlette

from models.inventory import Stock
from models.merchants import Merchant, Warehouse
from models.orders import MerchantOrder, OrderGroup, OrderStatus
from models.outbox import OutboxEvent
from models.payments import Payment, PaymentStatus, Refund, RefundStatus
from plaza.payment_routes import payment_routes
from plugins.payments.sandbox import SandboxPaymentProvider
from plugins.registry import get_registry
from resolvers.orders import now_utc
from tests.checkout_support import cart_with, gid, make_shoppers, pk, place, start_payment
from tests.order_support import ok
from tests.support import make_product, make_storefront
from tests.test_sandbox_payments import SECRET, serve, token_of

COPIES = 10


@pytest_asyncio.fixture
async def gateway(monkeypatch) -> AsyncIterator[SandboxPaymentProvider]:
    """The registry's sandbox provider, its callbacks reaching our payment routes over HTTP."""
    registry = get_registry()
    monkeypatch.setitem(registry.config, "sandbox_secret", SECRET)
    async with serve(Starlette(routes=payment_routes())) as base_url:
        monkeypatch.setitem(registry.config, "public_url", base_url)
        yield registry.payment("sandbox")


@dataclass
class Unpaid:
    group_id: int
    order_id: str
    token: str  # the customer's
    session: str  # the sandbox pay page's session
    reference: str
    total: Decimal
    variant_id: int


async def _unpaid_groups(gql, count: int = 1) -> list[Unpaid]:
    """``count`` one-order groups (reserve on order, 2 units each) with a payment started."""
    storefront = await make_storefront()
    merchant = await Merchant.create(name="North", slug="north")
    warehouse = await Warehouse.create(merchant=merchant, code="w", name="W")
    product = await make_product(
        merchant, storefront, "tea", price="12.50", stock=50, warehouse=warehouse
    )
    await product.fetch_related("variants")
    variant = product.variants[0]
    made = []
    for i, shopper in enumerate(await make_shoppers(count)):
        cart = await cart_with(
            gql, shopper.token, storefront.code, [(gid("Variant", variant.id), 2)]
        )
        placed = await place(gql, shopper.token, cart, f"outcome-{i}")
        assert placed["errors"] == [], placed
        group = placed["orderGroup"]
        payment = await start_payment(gql, shopper.token, group["id"])
        made.append(
            Unpaid(
                pk(group["id"]),
                group["orders"][0]["id"],
                shopper.token,
                token_of(payment["payUrl"]),
                payment["reference"],
                Decimal(group["total"]["amount"]),
                variant.id,
            )
        )
    return made


async def _stock(variant_id: int) -> tuple[int, int]:
    stock = await Stock.get(variant_id=variant_id)
    return stock.on_hand, stock.reserved


async def _topics(aggregate: str, aggregate_id: int) -> list[str]:
    return list(
        await OutboxEvent.filter(aggregate=aggregate, aggregate_id=aggregate_id)
        .order_by("id")
        .values_list("topic", flat=True)
    )


async def test_success_after_a_decline_is_captured_while_payable(gql, gateway):
    (unpaid,) = await _unpaid_groups(gql)
    assert await gateway.deliver(unpaid.session, outcome="decline") == [200]
    payment = await Payment.get(reference=unpaid.reference)
    assert payment.status == PaymentStatus.DECLINED
    assert (await OrderGroup.get(id=unpaid.group_id)).status == "pending_payment"

    assert await gateway.deliver(unpaid.session, outcome="succeed") == [200]
    payment = await Payment.get(reference=unpaid.reference)
    assert payment.status == PaymentStatus.CAPTURED
    assert payment.captured_amount == unpaid.total and payment.callbacks_received == 2
    group = await OrderGroup.get(id=unpaid.group_id)
    assert group.status == "paid" and group.paid_at is not None
    order = await MerchantOrder.get(group_id=unpaid.group_id)
    assert order.status == OrderStatus.PAID
    assert await _stock(unpaid.variant_id) == (48, 0)  # the reservation became a deduction
    assert await Refund.all().count() == 0
    assert "order_group.paid" in await _topics("order_group", unpaid.group_id)
    recorded = await OutboxEvent.get(topic="payment.succeeded_after_decline")
    assert recorded.aggregate_id == payment.id
    assert recorded.payload["outcome"] == "captured"


async def test_success_after_a_decline_is_refunded_once_the_group_was_cancelled(gql, gateway):
    (unpaid,) = await _unpaid_groups(gql)
    assert await gateway.deliver(unpaid.session, outcome="decline") == [200]
    await ok(gql, "orderCancel", unpaid.token, unpaid.order_id)  # the customer gives up
    assert (await OrderGroup.get(id=unpaid.group_id)).status == "cancelled"

    assert await gateway.deliver(unpaid.session, outcome="succeed") == [200]  # acknowledged
    payment = await Payment.get(reference=unpaid.reference)
    assert payment.captured_amount == unpaid.total
    assert payment.status == PaymentStatus.REFUNDED  # taken, then given back at once
    (refund,) = await Refund.filter(payment_id=payment.id)
    assert refund.status == RefundStatus.SUCCEEDED and refund.amount == unpaid.total
    assert refund.reason == "late_payment"
    assert (await OrderGroup.get(id=unpaid.group_id)).status == "cancelled"
    assert (await MerchantOrder.get(group_id=unpaid.group_id)).status == OrderStatus.CANCELLED
    assert await _stock(unpaid.variant_id) == (50, 0)
    recorded = await OutboxEvent.get(topic="payment.succeeded_after_decline")
    assert recorded.payload["outcome"] == "refunded"
    assert "payment.refund_requested" in await _topics("payment", payment.id)


async def test_success_after_a_decline_past_the_deadline_is_refunded(gql, gateway):
    (unpaid,) = await _unpaid_groups(gql)
    assert await gateway.deliver(unpaid.session, outcome="decline") == [200]
    await OrderGroup.filter(id=unpaid.group_id).update(
        payment_deadline=now_utc() - timedelta(seconds=1)
    )  # not expired yet: the sweep has not come by
    assert await gateway.deliver(unpaid.session, outcome="succeed") == [200]
    payment = await Payment.get(reference=unpaid.reference)
    assert payment.status == PaymentStatus.REFUNDED
    assert (await Refund.get(payment_id=payment.id)).reason == "late_payment"
    assert (await OrderGroup.get(id=unpaid.group_id)).status == "pending_payment"
    assert (await MerchantOrder.get(group_id=unpaid.group_id)).status == OrderStatus.PENDING_PAYMENT


async def test_a_decline_after_a_capture_changes_nothing(gql, gateway):
    (unpaid,) = await _unpaid_groups(gql)
    assert await gateway.deliver(unpaid.session, outcome="succeed") == [200]
    assert await gateway.deliver(unpaid.session, outcome="decline") == [200]  # acknowledged
    payment = await Payment.get(reference=unpaid.reference)
    assert payment.status == PaymentStatus.CAPTURED and payment.captured_amount == unpaid.total
    assert payment.callbacks_received == 2
    assert (await OrderGroup.get(id=unpaid.group_id)).status == "paid"
    assert (await MerchantOrder.get(group_id=unpaid.group_id)).status == OrderStatus.PAID
    assert await Refund.all().count() == 0
    assert await _stock(unpaid.variant_id) == (48, 0)


async def _storm(gateway: SandboxPaymentProvider, session: str) -> list[int | None]:
    """``COPIES`` declines and ``COPIES`` successes of one payment, all sent at once."""
    sends = [
        gateway.deliver(session, outcome=outcome)
        for _ in range(COPIES)
        for outcome in ("decline", "succeed")
    ]
    return [status for statuses in await asyncio.gather(*sends) for status in statuses]


@pytest.mark.postgres
async def test_concurrent_declines_and_successes_capture_or_refund_once(gql, gateway):
    payable, cancelled = await _unpaid_groups(gql, 2)
    await ok(gql, "orderCancel", cancelled.token, cancelled.order_id)

    statuses = await asyncio.gather(
        _storm(gateway, payable.session), _storm(gateway, cancelled.session)
    )
    assert [set(s) for s in statuses] == [{200}, {200}]

    payment = await Payment.get(reference=payable.reference)
    assert payment.status == PaymentStatus.CAPTURED and payment.captured_amount == payable.total
    assert payment.callbacks_received == 2 * COPIES
    assert (await OrderGroup.get(id=payable.group_id)).status == "paid"
    assert (await _topics("order_group", payable.group_id)).count("order_group.paid") == 1
    assert await Refund.filter(payment_id=payment.id).count() == 0

    late = await Payment.get(reference=cancelled.reference)
    assert late.status == PaymentStatus.REFUNDED and late.captured_amount == cancelled.total
    assert late.callbacks_received == 2 * COPIES
    (refund,) = await Refund.filter(payment_id=late.id)
    assert refund.status == RefundStatus.SUCCEEDED and refund.amount == cancelled.total
    assert (await OrderGroup.get(id=cancelled.group_id)).status == "cancelled"
    assert await _stock(payable.variant_id) == (48, 0)  # one capture took its units once
