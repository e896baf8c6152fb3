"""CPU and SQL cost of one purchase, step by step, measured in-process (no network, no load).

Runs the same buyer flow as ``bench/flash_sale.py`` one buyer after another through the ASGI
app (``httpx.ASGITransport``) on a fresh PostgreSQL database, and prints per step: the CPU time
of this process (``time.process_time``: app + the in-process client, not PostgreSQL), the wall
time and the SQL statements. CPU time is not disturbed much by other load on the machine, so
this is the figure to compare before/after a change. ``--cprofile`` adds a cProfile of the whole
run (top functions by own time and by cumulative time); ``--show-sql`` prints the statements of
one buyer's steps.

    python bench/profile_checkout.py --buyers 60 [--mode deduct] [--cprofile] [--show-sql]

The background runtime (outbox relay, in-process actors) does not run here (ASGITransport does
not run the lifespan): its cost shows only in ``bench/flash_sale.py``.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import logging
import os
import pstats
import secrets
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ["PLAZA_SQL_COUNT"] = "1"  # before the app is built: x-sql-queries on every response
os.environ.setdefault("PLAZA_SIGNIN_ADDRESS_ATTEMPTS", "0")  # every buyer signs in from here

import httpx  # noqa: E402

from bench import flash_sale as fs  # noqa: E402


class _Statements(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self.on = False

    def emit(self, record: logging.LogRecord) -> None:
        if self.on:
            self.lines.append(record.getMessage()[:300])


async def main(args: argparse.Namespace) -> None:
    from plaza.app import create_app
    from plaza.db import close_orm, init_orm, migrate

    run_id = f"p{secrets.token_hex(3)}"
    dbname = f"plaza_bench_{run_id}"
    url = fs._with_db(args.db_admin_url, dbname)
    provider = fs._provider("profile-secret")
    await fs._admin(args.db_admin_url, f'CREATE DATABASE "{dbname}"')
    try:
        await migrate(url)
        await init_orm(url, pool_max=4)
        try:
            world = await fs.set_up(run_id, args.buyers, args.units or args.buyers, args.mode)
            app = create_app(manage_orm=False)
            from plugins.registry import configure

            configure(sandbox_secret="profile-secret")
            await run_buyers(args, app, world, provider)
        finally:
            await close_orm()
    finally:
        await fs._admin(args.db_admin_url, f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')


async def run_buyers(args, app, world, provider) -> None:
    transport = httpx.ASGITransport(app=app)
    cpu: dict[str, list[float]] = defaultdict(list)
    wall: dict[str, list[float]] = defaultdict(list)
    sql: dict[str, list[int]] = defaultdict(list)
    statements = _Statements()
    logging.getLogger("tortoise.db_client").addHandler(statements)
    shown: dict[str, list[str]] = {}

    class Timing(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request):
            step = request.extensions.get("bench_step") or request.url.path
            statements.lines = []
            c0, w0 = time.process_time(), time.perf_counter()
            response = await transport.handle_async_request(request)
            await response.aread()
            cpu[step].append(time.process_time() - c0)
            wall[step].append(time.perf_counter() - w0)
            sql[step].append(int(response.headers.get("x-sql-queries", "0")))
            if statements.on and step not in shown:
                shown[step] = list(statements.lines)
            return response

    profiler = cProfile.Profile() if args.cprofile else None
    async with httpx.AsyncClient(transport=Timing(), base_url="http://bench") as client:
        original = client.post

        async def post(path, *a, **kw):  # tag each request with its step for the table
            step = _step_of(kw)
            return await original(path, *a, extensions={"bench_step": step}, **kw)

        client.post = post  # type: ignore[method-assign]
        buyers = [fs.Buyer(i, e) for i, e in enumerate(world.emails)]
        warm = args.warmup
        for b in buyers:
            await fs.sign_in(client, fs.Recorder(), b)
        probe_before = fs.speed_probe_ms()
        for i, b in enumerate(buyers):
            if i == warm:
                for d in (cpu, wall, sql):
                    d.clear()
                if profiler:
                    profiler.enable()
            statements.on = args.show_sql and i == warm
            try:
                await fs.purchase(client, fs.Recorder(), b, world, provider, args.flow)
            except fs.StepFailed as exc:
                print(f"buyer {i}: {exc}")
        if profiler:
            profiler.disable()
            if os.environ.get("PLAZA_PROFILE_DUMP"):
                profiler.dump_stats(os.environ["PLAZA_PROFILE_DUMP"])
    probe_after = fs.speed_probe_ms()
    measured = len(buyers) - warm
    print(f"\n{measured} buyers measured (after {warm} warm-up), mode {args.mode}, one at a time")
    print(f"speed probe (bench.flash_sale.speed_probe_ms): {probe_before} ms before, "
          f"{probe_after} ms after")  # fmt: skip
    print(f"{'step':<22}{'cpu ms':>9}{'wall ms':>9}{'sql':>6}")
    total_cpu = total_sql = 0.0
    for step in cpu:
        if step == "signIn":
            continue
        c = 1000 * sum(cpu[step]) / len(cpu[step])
        w = 1000 * sum(wall[step]) / len(wall[step])
        q = sum(sql[step]) / len(sql[step])
        total_cpu += c
        total_sql += q
        print(f"{step:<22}{c:>9.2f}{w:>9.2f}{q:>6.1f}")
    print(f"{'purchase':<22}{total_cpu:>9.2f}{'':>9}{total_sql:>6.1f}")
    if args.show_sql:
        for step, lines in shown.items():
            print(f"\n--- {step}: {len(lines)} statements")
            for line in lines:
                print("   ", line)
    if profiler:
        for key in ("tottime", "cumulative"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats(key).print_stats(args.top)
            print(out.getvalue())


def _step_of(kw: dict) -> str:
    if "json" not in kw:
        return "callback"
    query = kw["json"]["query"]
    for name in ("tokenCreate", "cartCreate", "cartLinesAdd", "cartShippingAddressUpdate",
                 "checkoutPlaceOrder", "paymentStart"):  # fmt: skip
        if name in query:
            return name
    return "other"


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--buyers", type=int, default=60)
    p.add_argument("--units", type=int, default=0, help="stock (default: one per buyer)")
    p.add_argument("--mode", choices=("reserve", "deduct"), default="reserve")
    p.add_argument("--flow", choices=fs.FLOWS, default="quick")
    p.add_argument("--warmup", type=int, default=10, help="buyers not measured (warm caches)")
    p.add_argument("--db-admin-url", default=fs.DEFAULT_ADMIN_URL)
    p.add_argument("--cprofile", action="store_true")
    p.add_argument("--top", type=int, default=45)
    p.add_argument("--show-sql", action="store_true")
    return p.parse_args()


if __name__ == "__main__":
    args = parse_args()
    if args.units and args.units < args.buyers:
        print("note: fewer units than buyers: the late buyers fail, and their steps count")
    asyncio.run(main(args))
