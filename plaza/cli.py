"""``plaza``: serve, migrate, demo, forecast, stock reconcile, worker, sandbox-carrier."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys

from plaza.settings import Settings, check_secrets, public_url_for

MAX_REQUEST_HEAD_BYTES = 16 * 1024


def _run(coro) -> object:
    return asyncio.run(coro)


def cmd_migrate(args: argparse.Namespace) -> int:
    from plaza.db import migrate

    applied = _run(migrate())
    print(f"applied {len(applied)} migration(s)" + (": " + ", ".join(applied) if applied else ""))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    if not os.environ.get("PLAZA_PUBLIC_URL"):
        # Pay URLs and callbacks name this server: follow --host/--port (the app factory, and
        # every worker process, read the environment).
        os.environ["PLAZA_PUBLIC_URL"] = public_url_for(args.host, args.port)
    if not check_secrets(Settings(), "plaza serve"):
        return 2
    if not args.no_migrate:
        cmd_migrate(args)
        if args.demo_if_empty:
            from plaza.demo import load_demo_if_empty

            _run(load_demo_if_empty())
    from plaza.metrics import prepare_multiprocess

    prepare_multiprocess(args.workers)  # before the workers start: they inherit it
    uvicorn.run(
        "plaza.app:app_factory",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level="info",
        # Slow clients: an idle keep-alive connection is closed after this many seconds; a
        # request head (request line + headers) may not exceed 16 KiB; past this many open
        # connections and tasks uvicorn answers 503 at once instead of queueing without end.
        # Request bodies are bounded by the app (plaza/body_limit.py); a request head must
        # arrive within PLAZA_HEADER_TIMEOUT seconds (plaza/header_timeout.py).
        http="plaza.header_timeout:HeaderTimeoutProtocol",
        timeout_keep_alive=args.timeout_keep_alive,
        h11_max_incomplete_event_size=MAX_REQUEST_HEAD_BYTES,
        limit_concurrency=args.limit_concurrency or None,
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from plaza.demo import DemoRefusedError, load_demo

    try:
        _run(load_demo(products=args.products, force=args.force))
    except DemoRefusedError as exc:
        print(f"plaza demo: {exc}", file=sys.stderr)
        return 1
    return 0


def cmd_stock_reconcile(args: argparse.Namespace) -> int:
    from plaza.db import close_orm, init_orm
    from resolvers.inventory import reconcile

    async def run() -> int:
        await init_orm()
        try:
            rows = await reconcile()
        finally:
            await close_orm()
        bad = [r for r in rows if not r.ok]
        for r in bad:
            print(
                f"stock {r.stock_id}: on_hand {r.on_hand} (ledger {r.ledger_on_hand}), "
                f"reserved {r.reserved} (ledger {r.ledger_reserved})"
            )
        print(f"{len(rows)} stock rows checked, {len(bad)} mismatch(es)")
        return 1 if bad else 0

    return int(_run(run()))


def cmd_forecast(args: argparse.Namespace) -> int:
    """Fit and store every variant's demand forecast now (the daily job, by hand)."""
    from tqdm import tqdm

    from plaza.db import close_orm, init_orm
    from resolvers.insight import run_forecasts

    async def run() -> int:
        await init_orm()
        bar = tqdm(desc="forecasts", unit=" variants", file=sys.stderr, disable=args.quiet or None)

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        try:
            result = await run_forecasts(progress=progress)
        finally:
            bar.close()
            await close_orm()
        methods = ", ".join(f"{m} {n}" for m, n in sorted(result.by_method.items()))
        print(
            f"forecasts of {result.variants} variant(s) fitted in {result.seconds:.1f} s"
            + (f" ({methods})" if methods else "")
        )
        return 0

    return int(_run(run()))


def cmd_worker(args: argparse.Namespace) -> int:
    settings = Settings()
    if not check_secrets(settings, "plaza worker"):
        return 2
    if not settings.broker_url:
        print(
            "plaza worker: PLAZA_BROKER_URL is empty, so jobs run in-process inside "
            "`plaza serve` (in-memory broker + worker thread) and there is nothing for a separate "
            "worker to consume. Set PLAZA_BROKER_URL=redis://host:6379/0 or "
            "amqp://user:pass@host:5672/ (for both `plaza serve` and `plaza worker`).",
            file=sys.stderr,
        )
        return 2
    from plaza.worker import run_worker

    return run_worker(
        settings, processes=args.processes, threads=args.threads, relay=not args.no_relay
    )


def cmd_sandbox_carrier(args: argparse.Namespace) -> int:
    """Play the Sandbox Express courier: push one signed tracking event to a running server,
    and say what the server did with it (exit 1 unless it knew the waybill)."""
    import httpx

    from models.logistics import TrackingStatus
    from plugins.registry import configure as configure_plugins
    from plugins.registry import get_registry
    from plugins.shipping.sandbox_express import new_update

    settings = Settings()
    configure_plugins(
        public_url=settings.public_url,
        sandbox_secret=settings.payment_sandbox_secret,
        credentials_key=settings.credentials_key,
    )
    carrier = get_registry().carriers["sandbox_express"]
    update = new_update(
        args.tracking_number, TrackingStatus(args.status), args.description, args.location
    )
    url = (args.url or settings.public_url).rstrip("/") + "/carriers/sandbox_express/events"
    try:
        status, answer = _run(_push(url, *carrier.build_push([update])))
    except httpx.HTTPError as exc:
        print(f"POST {url}: no answer ({exc!r}); is the server running?", file=sys.stderr)
        return 1
    outcome = _push_outcome(args.tracking_number, status, answer)
    print(f"POST {url}: HTTP {status}: {outcome}")
    return 0 if status == 200 and not answer.get("unknown") else 1


async def _push(url: str, headers: dict, body: bytes) -> tuple[int, dict]:
    import httpx

    async with httpx.AsyncClient(timeout=10) as client:
        response = await client.post(url, content=body, headers=headers)
    try:
        answer = response.json()
    except ValueError:
        answer = {}
    return response.status_code, answer if isinstance(answer, dict) else {}


def _push_outcome(tracking_number: str, status: int, answer: dict) -> str:
    """What the server did with the event, from the carrier route's answer."""
    if status != 200:
        detail = answer.get("message") or answer.get("code") or "refused"
        return f"not recorded ({detail})"
    if answer.get("unknown"):
        return f"unknown waybill {tracking_number}: no shipment has it, nothing was recorded"
    if answer.get("duplicates"):
        return "already recorded before, nothing changed"
    moved = answer.get("orders_moved", 0)
    return f"recorded; {moved} order(s) moved" if moved else "recorded; no order status changed"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="plaza", description="Plaza commerce backend")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("serve", help="apply migrations and serve the API")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--no-migrate", action="store_true")
    p.add_argument("--demo-if-empty", action="store_true", help="load demo data into an empty DB")
    p.add_argument(
        "--timeout-keep-alive", type=int, default=5, help="close idle connections after N s"
    )
    p.add_argument(
        "--limit-concurrency",
        type=int,
        default=2048,
        help="open connections + tasks before answering 503 (0: no limit)",
    )
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("migrate", help="apply the committed aerich migrations")
    p.set_defaults(func=cmd_migrate)

    p = sub.add_parser("demo", help="load the demo data set")
    p.add_argument("--products", type=int, default=600)
    p.add_argument("--force", action="store_true", help="load even if the DB has data")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser(
        "worker", help="run dramatiq workers for PLAZA_BROKER_URL, plus the outbox relay"
    )
    p.add_argument("--processes", type=int, default=2, help="worker processes (0: relay only)")
    p.add_argument("--threads", type=int, default=8, help="threads per worker process")
    p.add_argument("--no-relay", action="store_true", help="consume only: no relay, no sweep")
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser(
        "sandbox-carrier", help="push a signed Sandbox Express tracking event to the server"
    )
    p.add_argument("tracking_number")
    p.add_argument("status", choices=[s.value for s in _tracking_statuses()])
    p.add_argument("--description", default="")
    p.add_argument("--location", default="")
    p.add_argument("--url", help="the server's base URL (default PLAZA_PUBLIC_URL)")
    p.set_defaults(func=cmd_sandbox_carrier)

    p = sub.add_parser("forecast", help="fit every variant's demand forecast now (daily job)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_forecast)

    p = sub.add_parser("stock", help="stock tools")
    stock = p.add_subparsers(dest="stock_command", required=True)
    r = stock.add_parser("reconcile", help="check stock rows against the movement ledger")
    r.set_defaults(func=cmd_stock_reconcile)
    return parser


def _tracking_statuses():
    from models.logistics import TrackingStatus

    return list(TrackingStatus)


def main(argv: list[str] | None = None) -> int:
    from plaza.logs import configure

    configure()
    Settings()  # fail early on malformed settings
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
