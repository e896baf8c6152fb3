"""The floor under a purchase: what the HTTP + GraphQL stack costs with (almost) no domain work.

Starts the real server (``plaza.app:app_factory``, N uvicorn workers, a fresh PostgreSQL
database) and sends one request shape from C concurrent clients for a few seconds, then
prints requests/s, latency percentiles and CPU ms per request of the server processes, of this
database's PostgreSQL backends and of the load generator:

* ``typename``: ``{ __typename }`` as a guest: uvicorn, the middlewares, strawberry (parse and
  validation are cached), no SQL. The cost every GraphQL request pays before any resolver.
* ``me``: ``{ me { user { id email } } }`` signed in: the same plus the bearer token check (one SQL
  statement) and a resolver.
* ``storefronts``: ``{ storefronts { code name } }`` as a guest: one ORM query, a small list.

    python bench/floor.py --workers 2 --concurrency 64 --seconds 5

A purchase is 3 requests (``flash_sale.py --flow quick``): three times the ``typename`` floor
is what the stack costs per purchase before the checkout does anything.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import flash_sale as fs  # noqa: E402

SHAPES = {
    "typename": "{ __typename }",
    "me": "{ me { user { id email } } }",
    "storefronts": "{ storefronts { code name } }",
}


async def drive(url: str, shape: str, token: str | None, concurrency: int, seconds: float):
    """Closed loop: ``concurrency`` clients each send the next request when the last returns."""
    body = {"query": SHAPES[shape]}
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    latencies: list[float] = []
    errors = 0
    async with fs.AiohttpClient(url, limit=concurrency, timeout=30) as client:
        for _ in range(2):  # warm: connections open, caches filled
            await asyncio.gather(
                *(client.post("/graphql", json=body, headers=headers) for _ in range(concurrency))
            )
        stop = time.perf_counter() + seconds

        async def loop() -> None:
            nonlocal errors
            while time.perf_counter() < stop:
                started = time.perf_counter()
                response = await client.post("/graphql", json=body, headers=headers)
                latencies.append(time.perf_counter() - started)
                if response.status_code != 200 or "errors" in response.json():
                    errors += 1

        return latencies, errors, await _timed(loop, concurrency)


async def _timed(loop, concurrency: int) -> float:
    started = time.perf_counter()
    await asyncio.gather(*(loop() for _ in range(concurrency)))
    return time.perf_counter() - started


async def main(args: argparse.Namespace) -> None:
    run = f"f{secrets.token_hex(3)}"
    dbname = f"plaza_bench_{run}"
    url_db = fs._with_db(args.db_admin_url, dbname)
    await fs._admin(args.db_admin_url, f'CREATE DATABASE "{dbname}"')
    process = None
    try:
        from plaza.db import close_orm, init_orm, migrate

        await migrate(url_db)
        await init_orm(url_db, pool_max=2)
        try:
            world = await fs.set_up(run, 1, 1, "reserve")
        finally:
            await close_orm()
        log = Path(tempfile.gettempdir()) / f"{dbname}.log"
        env = {"PLAZA_DATABASE_URL": url_db, "PLAZA_DB_POOL_MAX": str(args.pool_max)}
        process, url = await asyncio.to_thread(fs.start_server, env, args.workers, log)
        async with fs.AiohttpClient(url, limit=1, timeout=30) as client:
            buyer = fs.Buyer(0, world.emails[0])
            await fs.sign_in(client, fs.Recorder(), buyer)
        print(
            f"floor: workers {args.workers}, concurrency {args.concurrency}, "
            f"{args.seconds:g} s per shape, machine {fs.machine()}"
        )
        print(f"{'shape':<12}{'req/s':>8}{'p50 ms':>8}{'p99 ms':>8}  CPU ms per request")
        for shape in args.shapes:
            token = buyer.token if shape == "me" else None
            before = fs.cpu_snapshot(process.pid, dbname)
            latencies, errors, wall = await drive(url, shape, token, args.concurrency, args.seconds)
            after = fs.cpu_snapshot(process.pid, dbname)
            cpu = fs.cpu_delta(before, after)
            n = len(latencies)
            ms = [1000 * s for s in latencies]
            per_request = {
                k: round(1000 * cpu[k] * wall / n, 2)
                for k in ("server", "postgres_this_db", "load_generator")
            }
            print(
                f"{shape:<12}{n / wall:>8.0f}{fs.percentile(ms, 50):>8.1f}"
                f"{fs.percentile(ms, 99):>8.1f}  {per_request}"
                f"{f'  ERRORS {errors}' if errors else ''}  (machine busy "
                f"{cpu['machine_busy_pct']}%)"
            )
    finally:
        if process is not None:
            fs.stop_server(process)
        await fs._admin(args.db_admin_url, f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--concurrency", type=int, default=64)
    p.add_argument("--seconds", type=float, default=5.0)
    p.add_argument("--pool-max", type=int, default=16)
    p.add_argument("--shapes", nargs="+", choices=list(SHAPES), default=list(SHAPES))
    p.add_argument("--db-admin-url", default=fs.DEFAULT_ADMIN_URL)
    return p.parse_args()


if __name__ == "__main__":
    os.environ.setdefault("PLAZA_SQL_COUNT", "0")
    asyncio.run(main(parse_args()))
