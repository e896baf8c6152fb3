"""Back-office listings at scale: first-page latency at 10k, 100k, 1M rows.

For each size in ``--sizes`` it creates a fresh PostgreSQL database (``plaza_scale_<hex>``),
applies the committed migrations, writes a few template rows with the ORM (10 merchants, a
storefront, a customer, an order group, an order, a product) and copies them ``size`` times
with ``INSERT ... SELECT ... FROM generate_series`` (orders spread over the 10 merchants and 8
statuses, three orders per ``created_at`` so that keyset ties are exercised; products with
names drawn from a 50-word vocabulary, each listed in the storefront), then ``VACUUM ANALYZE``.

Then, through the use-case functions in-process (no HTTP, no GraphQL), ``--runs`` times each
after 3 warm-up calls, the first page (20 rows) of:

* ``merchantOrders`` of merchant 1 (a tenth of the orders): no filter, status filter, each
  with and without ``totalCount``;
* product search of one vocabulary word (about 4 % of the products match), with and without
  ``totalCount``.

Prints p50/p95 in ms per size and appends the table to ``bench/RESULTS.md`` with the command and
the machine (``nproc``, CPU model). The database is dropped afterwards (``--keep-db`` keeps it).

    .venv/bin/python bench/scale.py --sizes 10000,100000,1000000 --runs 30
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import secrets
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import asyncpg  # noqa: E402

from models.accounts import PlatformRole, User  # noqa: E402
from models.catalog import Product, ProductStatus  # noqa: E402
from models.merchants import Merchant, Storefront  # noqa: E402
from models.orders import (  # noqa: E402
    GroupStatus,
    InventoryMode,
    MerchantOrder,
    OrderGroup,
    OrderStatus,
)
from plaza.db import close_orm, init_orm, migrate  # noqa: E402
from resolvers.catalog.queries import ProductFilter, storefront_products  # noqa: E402
from resolvers.order_queries import OrderFilter, merchant_orders  # noqa: E402
from resolvers.permissions import Viewer  # noqa: E402

MERCHANTS = 10
WORDS = (
    "oolong jasmine green black white puerh matcha sencha chai mint rose ginger lemon honey "
    "peach berry apple cherry plum mango orange vanilla cocoa coffee almond walnut hazel "
    "maple cinnamon clove pepper saffron lotus bamboo cedar pine oak amber ivory coral pearl "
    "silk linen cotton wool jade onyx ruby opal topaz"
).split()
SEARCH_TERM = "jasmine"


def _copy(table: str, columns: list[str], overrides: dict[str, str], template_id: int) -> str:
    """``INSERT`` the template row ``size`` ($1) times, with ``overrides`` (column -> SQL in
    ``g``, the series' value)."""
    cols = [c for c in columns if c != "id"]
    exprs = [overrides.get(c, f't."{c}"') for c in cols]
    names = ", ".join(f'"{c}"' for c in cols)
    return (
        f'INSERT INTO "{table}" ({names}) SELECT {", ".join(exprs)} '
        f'FROM "{table}" t, generate_series(1, $1) g WHERE t.id = {template_id}'
    )


async def load(url: str, size: int) -> dict:
    """Template rows with the ORM, then ``size`` orders and products copied from them in SQL."""
    await init_orm(url)
    merchants = [await Merchant.create(name=f"M{i}", slug=f"m{i}") for i in range(MERCHANTS)]
    storefront = await Storefront.create(code="mall", name="Mall", policy="mall")
    customer = await User.create(email="c@scale.test", password_hash="x")
    group = await OrderGroup.create(
        number="G0",
        customer=customer,
        storefront=storefront,
        status=GroupStatus.PAID,
        currency="CNY",
        subtotal=Decimal("10"),
        shipping_total=Decimal("0"),
        total=Decimal("10"),
        inventory_mode=InventoryMode.RESERVE_ON_ORDER,
        payment_deadline=datetime.now(UTC) + timedelta(hours=1),
        idempotency_key="scale",
        request_hash="x",
    )
    order = await MerchantOrder.create(
        number="T-0",
        group=group,
        merchant=merchants[0],
        customer=customer,
        storefront=storefront,
        status=OrderStatus.PAID,
        currency="CNY",
        subtotal=Decimal("10"),
        shipping_price=Decimal("0"),
        total=Decimal("10"),
        inventory_mode=InventoryMode.RESERVE_ON_ORDER,
    )
    product = await Product.create(
        merchant=merchants[0], name="template", price_min=Decimal("10"), search_text="template"
    )
    await close_orm()
    statuses = [s.value for s in OrderStatus][:8]
    first_merchant = merchants[0].id
    conn = await asyncpg.connect(url)
    try:
        started = time.perf_counter()
        order_cols = list(MerchantOrder._meta.fields_db_projection.values())
        await conn.execute(
            _copy(
                "merchant_order",
                order_cols,
                {
                    "number": "'S-' || g",
                    "merchant_id": f"{first_merchant} + (g % {MERCHANTS})",
                    "status": f"(ARRAY{statuses})[1 + (g / 7) % {len(statuses)}]",
                    "created_at": "now() - ((g / 3) * interval '1 second')",
                    "updated_at": "now()",
                },
                order.id,
            ),
            size,
        )
        name = (
            f"(ARRAY{WORDS})[1 + g % {len(WORDS)}] || ' ' || "
            f"(ARRAY{WORDS})[1 + (g / {len(WORDS)}) % {len(WORDS)}] || ' ' || g"
        )
        await conn.execute(
            _copy(
                "catalog_product",
                list(Product._meta.fields_db_projection.values()),
                {
                    "name": name,
                    "search_text": f"lower({name}) || ' sku-' || g",
                    "merchant_id": f"{first_merchant} + (g % {MERCHANTS})",
                    "status": f"'{ProductStatus.ACTIVE.value}'",
                    "price_min": "(g % 500) + 1",
                },
                product.id,
            ),
            size,
        )
        await conn.execute(
            'INSERT INTO "catalog_listing" ("product_id", "storefront_id", "created_at", '
            '"updated_at") SELECT "id", $1, now(), now() FROM "catalog_product"',
            storefront.id,
        )
        await conn.execute("VACUUM ANALYZE")  # as autovacuum would leave it: visibility map set
        load_s = time.perf_counter() - started
    finally:
        await conn.close()
    return {"merchant": first_merchant, "storefront": storefront.id, "load_s": load_s}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def measure(url: str, world: dict, runs: int) -> dict[str, tuple[float, float]]:
    await init_orm(url)
    staff = Viewer(user_id=1, platform_role=PlatformRole.ADMIN)
    status = OrderStatus([s.value for s in OrderStatus][3])
    cases = {
        "inbox": lambda t: merchant_orders(
            staff, world["merchant"], OrderFilter(), first=20, with_total=t
        ),
        "inbox, status": lambda t: merchant_orders(
            staff, world["merchant"], OrderFilter(status=status), first=20, with_total=t
        ),
        "search": lambda t: storefront_products(
            world["storefront"], ProductFilter(search=SEARCH_TERM), first=20, with_total=t
        ),
    }
    results = {}
    try:
        for label, call in cases.items():
            for with_total in (False, True):
                for _ in range(3):
                    page = await call(with_total)
                assert len(page.items) == 20, (label, len(page.items))
                times = []
                for _ in range(runs):
                    started = time.perf_counter()
                    await call(with_total)
                    times.append((time.perf_counter() - started) * 1000)
                key = f"{label}{' + totalCount' if with_total else ''}"
                results[key] = (statistics.median(times), _percentile(times, 0.95))
    finally:
        await close_orm()
    return results


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def table(all_results: dict[int, dict], loads: dict[int, float]) -> str:
    sizes = sorted(all_results)
    keys = list(all_results[sizes[0]])
    head = "| listing (first page, 20 rows) | " + " | ".join(f"{s:,} p50 / p95" for s in sizes)
    head += " | largest / smallest (p50) |"
    lines = [head, "|---" * (len(sizes) + 2) + "|"]
    for key in keys:
        cells = [f"{all_results[s][key][0]:.1f} / {all_results[s][key][1]:.1f}" for s in sizes]
        ratio = all_results[sizes[-1]][key][0] / all_results[sizes[0]][key][0]
        lines.append(f"| {key} | " + " | ".join(cells) + f" | {ratio:.2f}x |")
    lines.append("")
    lines.append(
        "Load time (orders + products + listings, SQL): "
        + ", ".join(f"{s:,}: {loads[s]:.0f} s" for s in sizes)
    )
    return "\n".join(lines)


async def run(args: argparse.Namespace) -> None:
    admin_url = args.db_admin_url
    sizes = [int(s) for s in args.sizes.split(",")]
    all_results, loads = {}, {}
    for size in sizes:
        name = f"plaza_scale_{secrets.token_hex(4)}"
        admin = await asyncpg.connect(admin_url)
        await admin.execute(f'CREATE DATABASE "{name}"')
        await admin.close()
        url = admin_url.rsplit("/", 1)[0] + f"/{name}"
        try:
            await migrate(url)
            world = await load(url, size)
            loads[size] = world["load_s"]
            print(f"{size:,}: loaded in {world['load_s']:.0f} s", flush=True)
            all_results[size] = await measure(url, world, args.runs)
            for key, (p50, p95) in all_results[size].items():
                print(f"  {key:28} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms", flush=True)
        finally:
            if not args.keep_db:
                admin = await asyncpg.connect(admin_url)
                await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                await admin.close()
    text = table(all_results, loads)
    print(text)
    if not args.no_append:
        command = "python bench/scale.py " + " ".join(sys.argv[1:])
        machine = f"{os.cpu_count()} cores (nproc), {_cpu_model()}"
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        with (ROOT / "bench" / "RESULTS.md").open("a") as out:
            out.write(
                f"\n\n## Back-office listings at scale ({stamp})\n\n"
                f"`{command}`; {machine}. In-process, through the use-case functions, "
                f"{args.runs} runs after 3 warm-ups; PostgreSQL on the same machine.\n"
                f"{args.note}\n\n{text}\n"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument(
        "--db-admin-url",
        default=os.environ.get(
            "PLAZA_BENCH_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres"
        ),
    )
    parser.add_argument("--keep-db", action="store_true")
    parser.add_argument("--no-append", action="store_true", help="do not append to RESULTS.md")
    parser.add_argument("--note", default="", help="a line to write under the heading")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
