"""The demo's sales history: 90 days of paid orders for some grocery variants, so that the
reports have something to show and the forecasts something to fit (docs/insight.md).

Each variant sells every day with a trend and a weekly pattern (more at the weekend), drawn
from a seeded generator: the same units every load, dated back from the day of the load. Each
day's units of a variant are one completed order of the demo customer Alice in the grocery
storefront. The forecasts of those variants are fitted at the end of the load.

:func:`write_daily_sales` writes such orders for any (variant, day, units); the tests use it
for histories of their own.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from models import sql
from models.accounts import User
from models.catalog import Listing, Variant
from models.merchants import Storefront
from models.orders import (
    GroupStatus,
    InventoryMode,
    MerchantOrder,
    OrderGroup,
    OrderLine,
    OrderStatus,
)
from resolvers.insight import run_forecasts

HISTORY_DAYS = 90
VARIANTS = 12
SEED = 20261203
#: Weekly pattern, Monday first: the weekend sells most.
WEEKDAY_FACTOR = (0.85, 0.8, 0.9, 0.95, 1.1, 1.3, 1.25)
STOREFRONT = "grocery"
CUSTOMER = "alice@plaza.demo"
ROWS_PER_STATEMENT = 200


@dataclass(frozen=True)
class SaleDay:
    variant: Variant  # with ``product`` loaded
    day: date
    units: int


def _at(day: date, n: int) -> datetime:
    return datetime.combine(day, time(9, 0), tzinfo=UTC) + timedelta(minutes=(n * 37) % 600)


async def write_daily_sales(sales: list[SaleDay], customer_id: int, storefront_id: int) -> int:
    """One paid, completed order per (variant, day) with the day's units; the orders written."""
    sales = [s for s in sales if s.units > 0]
    if not sales:
        return 0
    ids = await sql.next_ids({OrderGroup: len(sales), MerchantOrder: len(sales)})
    rows: list = []
    for n, (sale, group_id, order_id) in enumerate(
        zip(sales, ids[OrderGroup], ids[MerchantOrder], strict=True)
    ):
        v = sale.variant
        paid = _at(sale.day, n)
        total = (v.price_amount * sale.units).quantize(Decimal("0.01"))
        number = f"H{group_id:010d}"
        common = {
            "customer_id": customer_id,
            "storefront_id": storefront_id,
            "currency": v.currency,
            "total": total,
            "inventory_mode": InventoryMode.RESERVE_ON_ORDER,
            "paid_at": paid,
            "created_at": paid - timedelta(minutes=2),
            "updated_at": paid + timedelta(days=2),
            "shipping_address": {},
        }
        rows.append(
            OrderGroup(
                id=group_id,
                number=number,
                status=GroupStatus.PAID,
                subtotal=total,
                shipping_total=Decimal("0.00"),
                payment_deadline=paid + timedelta(minutes=8),
                idempotency_key=f"history-{group_id}",
                request_hash="history",
                **common,
            )
        )
        rows.append(
            MerchantOrder(
                id=order_id,
                number=f"{number}-1",
                group_id=group_id,
                merchant_id=v.product.merchant_id,
                status=OrderStatus.COMPLETED,
                subtotal=total,
                shipping_price=Decimal("0.00"),
                confirmed_at=paid,
                shipped_at=paid + timedelta(hours=2),
                delivered_at=paid + timedelta(hours=3),
                completed_at=paid + timedelta(days=2),
                **common,
            )
        )
        rows.append(
            OrderLine(
                order_id=order_id,
                variant_id=v.id,
                product_name=v.product.name,
                variant_name=v.name,
                sku=v.sku,
                quantity=sale.units,
                unit_price=v.price_amount,
                total=total,
                currency=v.currency,
                created_at=paid,
                updated_at=paid,
            )
        )
    for kind in (OrderGroup, MerchantOrder, OrderLine):
        of_kind = [r for r in rows if type(r) is kind]
        for at in range(0, len(of_kind), ROWS_PER_STATEMENT):
            await sql.insert_models(of_kind[at : at + ROWS_PER_STATEMENT])
    return len(sales)


def demand(rng: random.Random, base: float, growth: float, day_index: int, day: date) -> int:
    """One day's units: a level growing ``growth`` a day, the weekday's factor, Poisson noise."""
    mean = (base + growth * day_index) * WEEKDAY_FACTOR[day.weekday()]
    # Knuth's method is fine for these small means, and stays in the seeded generator
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


async def write_sales_history(today: date | None = None) -> tuple[int, int]:
    """The demo's history and its forecasts: (orders written, variants forecast)."""
    storefront = await Storefront.get_or_none(code=STOREFRONT)
    customer = await User.get_or_none(email=CUSTOMER)
    if storefront is None or customer is None:
        return 0, 0
    product_ids = (
        await Listing.filter(storefront_id=storefront.id)
        .order_by("product_id")
        .limit(VARIANTS)
        .values_list("product_id", flat=True)
    )
    variants = (
        await Variant.filter(product_id__in=list(product_ids))
        .order_by("id")
        .select_related("product")
    )
    seen: set[int] = set()
    chosen = [v for v in variants if not (v.product_id in seen or seen.add(v.product_id))]
    today = today or datetime.now(UTC).date()
    rng = random.Random(SEED)
    sales: list[SaleDay] = []
    for n, variant in enumerate(chosen):
        base, growth = 4.0 + 2 * (n % 5), (0.02, 0.05, -0.01, 0.0)[n % 4]
        for i in range(HISTORY_DAYS):
            day = today - timedelta(days=HISTORY_DAYS - i)
            sales.append(SaleDay(variant, day, demand(rng, base, growth, i, day)))
    orders = await write_daily_sales(sales, customer.id, storefront.id)
    result = await run_forecasts(today=today, variant_ids=[v.id for v in chosen])
    return orders, result.variants
