"""The daily forecast job's time for many variants (``plaza forecast``'s work).

Writes ``--variants`` variants of one merchant with ``--days`` days of sales each (a level, a
trend and a weekly season with Poisson noise, seeded; each day's sales are orders of up to 100
variants, one line per variant), into a fresh database: a SQLite file under a temporary
directory by default, or ``--database-url`` (an empty PostgreSQL database the bench may fill).
Then it runs ``resolvers.insight.run_forecasts`` once with a progress bar and prints the time,
the time per variant, the models chosen, and, when fewer than 10,000 variants were run, the
time for 10,000 extrapolated linearly (the job reads, fits and writes 200 variants at a time:
its cost is linear in the number of variants). Appends the figures to ``bench/RESULTS.md`` with
the command and the machine.

    .venv/bin/python bench/forecast.py --variants 1000
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import platform
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tqdm import tqdm  # noqa: E402

from models import sql  # noqa: E402
from models.accounts import User  # noqa: E402
from models.catalog import Product, Variant  # noqa: E402
from models.merchants import Merchant, Storefront, StorefrontPolicyName  # noqa: E402
from models.orders import (  # noqa: E402
    GroupStatus,
    InventoryMode,
    MerchantOrder,
    OrderGroup,
    OrderLine,
    OrderStatus,
)
from plaza.db import close_orm, init_orm, migrate  # noqa: E402
from resolvers.insight import run_forecasts  # noqa: E402

TARGET = 10_000
PER_ORDER = 100
WEEK = (0.85, 0.8, 0.9, 0.95, 1.1, 1.3, 1.25)


def _poisson(rng: random.Random, mean: float) -> int:
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


async def _write(n_variants: int, days: int, today: date) -> int:
    merchant = await Merchant.create(name="Bench Fresh", slug="bench-fresh")
    storefront = await Storefront.create(
        code="bench", name="Bench", policy=StorefrontPolicyName.GROCERY
    )
    customer = await User.create(email="bench@plaza.test", password_hash="x")
    ids = await sql.next_ids({Product: n_variants, Variant: n_variants})
    rows: list = []
    for n, (pid, vid) in enumerate(zip(ids[Product], ids[Variant], strict=True)):
        rows.append(Product(id=pid, merchant_id=merchant.id, name=f"item {n}"))
        rows.append(
            Variant(id=vid, product_id=pid, sku=f"BENCH-{n:06d}", price_amount=Decimal("3.00"))
        )
    for kind in (Product, Variant):
        part = [r for r in rows if type(r) is kind]
        for at in range(0, len(part), 500):
            await sql.insert_models(part[at : at + 500])
    rng = random.Random(7)
    shapes = [(rng.uniform(2, 15), rng.uniform(-0.02, 0.05)) for _ in range(n_variants)]
    lines = 0
    bar = tqdm(total=days, desc="history", unit=" days", file=sys.stderr)
    for i in range(days):
        day = today - timedelta(days=days - i)
        paid = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
        batches = range(0, n_variants, PER_ORDER)
        got = await sql.next_ids({OrderGroup: len(batches), MerchantOrder: len(batches)})
        groups, orders, order_lines = [], [], []
        for b, gid, oid in zip(batches, got[OrderGroup], got[MerchantOrder], strict=True):
            common = dict(
                customer_id=customer.id,
                storefront_id=storefront.id,
                currency="CNY",
                total=Decimal("0.00"),
                inventory_mode=InventoryMode.RESERVE_ON_ORDER,
                paid_at=paid,
                created_at=paid,
                updated_at=paid,
                shipping_address={},
            )
            groups.append(
                OrderGroup(
                    id=gid,
                    number=f"B{gid:010d}",
                    status=GroupStatus.PAID,
                    subtotal=Decimal(0),
                    shipping_total=Decimal(0),
                    payment_deadline=paid,
                    idempotency_key=f"b{gid}",
                    request_hash="b",
                    **common,
                )
            )
            orders.append(
                MerchantOrder(
                    id=oid,
                    number=f"B{gid:010d}-1",
                    group_id=gid,
                    merchant_id=merchant.id,
                    status=OrderStatus.COMPLETED,
                    subtotal=Decimal(0),
                    shipping_price=Decimal(0),
                    **common,
                )
            )
            for k in range(b, min(b + PER_ORDER, n_variants)):
                level, trend = shapes[k]
                units = _poisson(rng, max(0.1, (level + trend * i) * WEEK[day.weekday()]))
                if units:
                    order_lines.append(
                        OrderLine(
                            order_id=oid,
                            variant_id=ids[Variant][k],
                            product_name=f"item {k}",
                            sku=f"BENCH-{k:06d}",
                            quantity=units,
                            unit_price=Decimal("3.00"),
                            total=Decimal(3 * units),
                            currency="CNY",
                            created_at=paid,
                            updated_at=paid,
                        )
                    )
        await sql.insert_models(groups)
        await sql.insert_models(orders)
        for at in range(0, len(order_lines), 500):
            await sql.insert_models(order_lines[at : at + 500])
        lines += len(order_lines)
        bar.update(1)
    bar.close()
    return lines


def _machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores (nproc), {model}"


async def main(args: argparse.Namespace) -> None:
    url = args.database_url or f"sqlite://{tempfile.mkdtemp(prefix='plaza-forecast-')}/b.sqlite3"
    await migrate(url)
    await init_orm(url)
    try:
        if await Merchant.exists():
            raise SystemExit(f"{url} has data: give an empty database")
        today = datetime.now(UTC).date()
        started = time.perf_counter()
        lines = await _write(args.variants, args.days, today)
        loaded = time.perf_counter() - started
        bar = tqdm(desc="forecasts", unit=" variants", file=sys.stderr)

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        started = time.perf_counter()
        result = await run_forecasts(today=today, progress=progress)
        seconds = time.perf_counter() - started
        bar.close()
    finally:
        await close_orm()
    per = seconds / max(result.variants, 1)
    methods = ", ".join(f"{m} {n}" for m, n in sorted(result.by_method.items()))
    dialect = "PostgreSQL" if url.startswith("postgres") else "SQLite"
    text = [
        f"\n\n## Daily forecast job ({datetime.now(UTC):%Y-%m-%d %H:%M} UTC)\n",
        f"`python bench/forecast.py --variants {args.variants} --days {args.days}"
        + (f" --note {args.note}" if args.note else "")
        + f"`; {_machine()}; {dialect}, in-process (`resolvers.insight.run_forecasts`, what"
        " `plaza forecast` and the daily actor run).",
    ]
    if args.note:
        text.append(args.note)
    text += [
        "",
        "| variants | days of history | order lines | job time | per variant | models |",
        "|---|---|---|---|---|---|",
        f"| {result.variants:,} | {args.days} | {lines:,} | {seconds:.1f} s | "
        f"{per * 1000:.0f} ms | {methods} |",
        "",
    ]
    if result.variants < TARGET:
        text.append(
            f"10,000 variants, extrapolated linearly (the job works in chunks of 200: read, "
            f"fit, write): **{per * TARGET / 60:.1f} min** ({per * TARGET:.0f} s). "
            f"Not run at 10,000 here: the history alone took {loaded:.0f} s to write for "
            f"{result.variants:,} variants on this shared machine."
        )
    else:
        text.append(f"10,000 variants measured: **{seconds / 60:.1f} min**.")
    report = "\n".join(text) + "\n"
    print(report)
    if not args.no_record:
        with (ROOT / "bench" / "RESULTS.md").open("a") as f:
            f.write(report)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", type=int, default=1000)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--note", default="")
    parser.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    asyncio.run(main(parser.parse_args()))
