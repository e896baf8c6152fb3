"""The floor under every SQL statement: what one round trip to PostgreSQL costs in CPU.

Opens C connections with asyncpg on uvloop (as the server does) and has each send a trivial
prepared statement (``SELECT $1::int``) in a loop for a few seconds, then prints round trips/s and
the CPU per round trip of this process (driver + event loop + the socket system calls) and of
the PostgreSQL backends serving it (read from ``/proc/<pid>/stat``).

    python bench/roundtrip.py --concurrency 16 --seconds 5

A purchase's statements cannot cost less than this each: multiplied by the round trips of a
purchase (bench/RESULTS.md counts them), it is a floor under the CPU of a purchase that no
application code can go below.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time

import asyncpg
import uvloop

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime


async def main(args: argparse.Namespace) -> None:
    connections = [await asyncpg.connect(args.dsn) for _ in range(args.concurrency)]
    backends = [await c.fetchval("SELECT pg_backend_pid()") for c in connections]
    for c in connections:  # prepare the statement on every connection first
        await c.fetchval("SELECT $1::int", 1)
    counts = [0] * len(connections)
    stop = time.perf_counter() + args.seconds

    async def loop(i: int, conn: asyncpg.Connection) -> None:
        while time.perf_counter() < stop:
            await conn.fetchval("SELECT $1::int", i)
            counts[i] += 1

    pg_before = sum(_cpu_seconds(pid) for pid in backends)
    cpu_before, started = time.process_time(), time.perf_counter()
    await asyncio.gather(*(loop(i, c) for i, c in enumerate(connections)))
    seconds = time.perf_counter() - started
    client = time.process_time() - cpu_before
    server = sum(_cpu_seconds(pid) for pid in backends) - pg_before
    for c in connections:
        await c.close()
    total = sum(counts)
    print(
        f"{args.concurrency} connections, {seconds:.1f} s: {total} round trips, "
        f"{total / seconds:.0f}/s; CPU per round trip: client {1e6 * client / total:.0f} us, "
        f"PostgreSQL {1e6 * server / total:.0f} us"
    )


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dsn", default="postgresql://postgres@127.0.0.1:5432/postgres")
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument("--seconds", type=float, default=5.0)
    return p.parse_args()


if __name__ == "__main__":
    uvloop.install()
    asyncio.run(main(parse_args()))
