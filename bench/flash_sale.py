"""Flash-sale load generator: N buyers race for U units through the HTTP GraphQL API.

Each buyer signs in (``tokenCreate``), then buys one unit. ``--flow quick`` (the default, "buy
now", 3 requests): ``cartCreate`` with the line and the shipping address,
``checkoutPlaceOrder`` starting the payment, and the sandbox gateway's signed callback
(``POST /payments/sandbox/callback``). ``--flow steps`` (6 requests): ``cartCreate``,
``cartLinesAdd``, ``cartShippingAddressUpdate``, ``checkoutPlaceOrder``, ``paymentStart`` and the
callback. Buyers run concurrently (asyncio) over one HTTP client: ``--client aiohttp`` (the
default: one ``aiohttp.ClientSession``, a keep-alive pool of ``--concurrency`` connections;
~2 ms of CPU per 3-request purchase against httpx's ~15 on a 2-core box, and this process shares
the machine with the server and PostgreSQL) or ``--client httpx`` (``httpx.AsyncClient`` shards
of at most 64 connections). Printed: complete purchases/s over the measured window,
p50/p95/p99/max per step, SQL statements per request per step (from the ``x-sql-queries``
header when the server runs with ``PLAZA_SQL_COUNT=1``), errors by code, CPU used by the server,
by PostgreSQL (this database's backends) and by this load generator, and a check of the
database for oversell. Then one ``RESULT {...}`` JSON line for bench/RESULTS.md.

Sign-in: by default every buyer signs in first (all at once) and the sale starts when all are
signed in, as in a real flash sale where people wait on the page; the sign-in phase gets its own
figures and the purchase window starts at the sale. ``--signin inline`` makes signing in the
first step of each purchase instead (inside the measured window).

Warm-up: a real server has served for a while before a sale opens (every pooled PostgreSQL
connection has prepared its statements, GraphQL parse/validation caches are full). So after the
sign-in phase and before the window, ``--warmup N`` other buyers (default: as many as
``--buyers``; 0: none) sign in and buy one unit each of a second product of the same merchant
(same storefront, N units, not in the flash sale), through the same flow at the same
concurrency; then the bench waits (at most 10 s) for the server's outbox relay to publish their
events. The warm-up is reported on its own line and under ``"warmup"``: none of its requests
enter the step table, the percentiles or the CPU of the window, and the oversell check looks at
the sale's variant only.

    # start a server (N uvicorn workers) on a fresh PostgreSQL database, drop it afterwards
    python bench/flash_sale.py --start-server --workers 2 --buyers 512 --units 256 --mode reserve
    # against a running server (and the database it uses, for set-up and the checks)
    python bench/flash_sale.py --url http://127.0.0.1:8000 \
        --database-url postgres://postgres@127.0.0.1:5432/plaza_dev --buyers 64

See bench/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import resource
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: python bench/flash_sale.py
    sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

try:
    import aiohttp
except ImportError:  # a dev dependency; --client httpx works without it
    aiohttp = None

DEFAULT_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
PASSWORD = "flash-sale-bench-password"
STOREFRONT = "mall"
CLIENT_POOL = 64  # connections per httpx client (see drive())
KEEPALIVE_S = 110.0  # aiohttp keeps idle connections this long (our server: 120, see start_server)
SETTLE_S = 10.0  # after the warm-up, wait at most this long for its outbox events to be published
PRICE = Decimal("99.00")
SALE_PRICE = Decimal("49.00")
CLK_TCK = os.sysconf("SC_CLK_TCK")

SIGN_IN = """mutation($email: String!, $password: String!) {
 tokenCreate(email: $email, password: $password) { token errors { code field message } } }"""
CART_CREATE = """mutation($sf: String!) { cartCreate(storefront: $sf) {
 cart { token } errors { code field message } } }"""
LINES_ADD = """mutation($token: String!, $lines: [CartLineInput!]!) {
 cartLinesAdd(token: $token, lines: $lines) {
  cart { token quantity total { amount currency } } errors { code field message } } }"""
ADDRESS = """mutation($token: String!) { cartShippingAddressUpdate(token: $token, address: {
 name: "Li Lei", phone: "13800000000", city: "Hangzhou", street: "1 West Lake Rd" }) {
  cart { token } errors { code field message } } }"""
PLACE = """mutation($input: CheckoutPlaceOrderInput!) { checkoutPlaceOrder(input: $input) {
 orderGroup { id number status total { amount currency } } errors { code field message } } }"""
PAY = """mutation($input: PaymentStartInput!) { paymentStart(input: $input) {
 payment { id reference amount { amount currency } status } errors { code field message } } }"""

# The "buy now" flow (--flow quick, the default): three requests per purchase.
BUY_NOW_CART = """mutation($sf: String!, $lines: [CartLineInput!]!) {
 cartCreate(storefront: $sf, lines: $lines, shippingAddress: {
  name: "Li Lei", phone: "13800000000", city: "Hangzhou", street: "1 West Lake Rd" }) {
  cart { token quantity total { amount currency } } errors { code field message } } }"""
PLACE_AND_PAY = """mutation($input: CheckoutPlaceOrderInput!) { checkoutPlaceOrder(input: $input) {
 orderGroup { id number status total { amount currency } }
 payment { id reference amount { amount currency } status } errors { code field message } } }"""

STEPS = ("signIn", "cartCreate", "cartLinesAdd", "shippingAddress", "placeOrder", "paymentStart",
         "callback")  # fmt: skip
FLOWS = ("quick", "steps")


# --- measurements ---------------------------------------------------------------------------


@dataclass
class Sample:
    step: str
    started: float
    seconds: float
    status: int | None
    sql: int | None
    error: str | None  # None: the step succeeded


@dataclass
class Buyer:
    index: int
    email: str
    token: str | None = None
    outcome: str = "pending"  # paid | <step>:<code> (where it stopped)
    finished_at: float | None = None


@dataclass
class Recorder:
    samples: list[Sample] = field(default_factory=list)

    def add(self, sample: Sample) -> None:
        self.samples.append(sample)


class StepFailed(Exception):
    def __init__(self, step: str, code: str) -> None:
        super().__init__(f"{step}:{code}")
        self.step = step
        self.code = code


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), -(-len(ordered) * q // 100)))
    return ordered[int(rank) - 1]


# --- HTTP clients -------------------------------------------------------------------------------


class AiohttpResponse:
    """What the bench reads of a response, named as on ``httpx.Response``."""

    __slots__ = ("content", "headers", "status_code")

    def __init__(self, status_code: int, headers, content: bytes) -> None:
        self.status_code = status_code
        self.headers = headers  # CIMultiDictProxy: case-insensitive .get("x-sql-queries")
        self.content = content

    def json(self):
        return json.loads(self.content)


class AiohttpClient:
    """The part of ``httpx.AsyncClient`` the bench uses (``async with``, ``await post(path,
    json=..., content=..., headers=...)``), over one ``aiohttp.ClientSession``: a keep-alive pool
    of ``limit`` connections and ``timeout`` seconds per request (connect + send + read). Other
    keyword arguments of ``post`` (httpx's ``extensions``, ...) are ignored. Transport errors
    are aiohttp's (``aiohttp.ClientError``, ``TimeoutError``): see TRANSPORT_ERRORS."""

    def __init__(
        self, base_url: str, *, limit: int, timeout: float, keepalive: float = KEEPALIVE_S
    ) -> None:
        if aiohttp is None:
            raise RuntimeError("--client aiohttp needs aiohttp (pip install -e '.[dev]')")
        self.base_url = base_url.rstrip("/")
        self._limit = limit
        self._timeout = timeout
        self._keepalive = keepalive
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> AiohttpClient:
        self._session = aiohttp.ClientSession(
            base_url=self.base_url,
            connector=aiohttp.TCPConnector(limit=self._limit, keepalive_timeout=self._keepalive),
            timeout=aiohttp.ClientTimeout(total=self._timeout),
        )
        return self

    async def __aexit__(self, *exc) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def post(
        self,
        path: str,
        *,
        json: object = None,
        content: bytes | None = None,
        headers: dict | None = None,
        **ignored,
    ) -> AiohttpResponse:
        assert self._session is not None, "use: async with AiohttpClient(...) as client"
        async with self._session.post(path, json=json, data=content, headers=headers) as r:
            body = await r.read()
            return AiohttpResponse(r.status, r.headers, body)


# What a client raises when the request did not get a response (recorded as TRANSPORT_<name>).
TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (httpx.HTTPError,)
if aiohttp is not None:
    TRANSPORT_ERRORS += (aiohttp.ClientError, asyncio.TimeoutError)

Client = httpx.AsyncClient | AiohttpClient  # what purchase(), gql(), timed_post(), pay() take


def make_clients(kind: str, url: str, concurrency: int, timeout: float) -> list[Client]:
    """The HTTP clients of a run (to enter as async context managers); buyer i uses
    ``clients[i % len(clients)]``. aiohttp: one session with ``concurrency`` connections. httpx:
    several clients of at most CLIENT_POOL connections (httpx's pool bookkeeping grows with the
    number of connections per client, and one pool of 512 cost more CPU than the server did)."""
    if kind == "aiohttp":
        return [AiohttpClient(url, limit=concurrency, timeout=timeout)]
    shards = -(-concurrency // CLIENT_POOL)
    per_shard = -(-concurrency // shards)
    limits = httpx.Limits(max_connections=per_shard, max_keepalive_connections=per_shard)
    return [
        httpx.AsyncClient(base_url=url, limits=limits, timeout=httpx.Timeout(timeout))
        for _ in range(shards)
    ]


async def timed_post(client: Client, rec: Recorder, step: str, path: str, **kwargs):
    """``client.post(path, **kwargs)``, timed and recorded; a transport error is recorded and
    raised as StepFailed(step, "TRANSPORT_<exception>")."""
    started = time.perf_counter()
    try:
        response = await client.post(path, **kwargs)
    except TRANSPORT_ERRORS as exc:
        seconds = time.perf_counter() - started
        rec.add(Sample(step, started, seconds, None, None, type(exc).__name__))
        raise StepFailed(step, f"TRANSPORT_{type(exc).__name__}") from exc
    seconds = time.perf_counter() - started
    sql = response.headers.get("x-sql-queries")
    rec.add(Sample(step, started, seconds, response.status_code, int(sql) if sql else None, None))
    return response


async def gql(
    client: Client,
    rec: Recorder,
    step: str,
    field_name: str,
    query: str,
    variables: dict,
    token: str | None = None,
) -> dict:
    """The mutation's payload; raises StepFailed (and marks the sample) on any error."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await timed_post(
        client, rec, step, "/graphql", json={"query": query, "variables": variables},
        headers=headers,
    )  # fmt: skip
    code = None
    payload = None
    if response.status_code != 200:
        code = f"HTTP_{response.status_code}"
    else:
        body = response.json()
        if body.get("errors"):
            ext = body["errors"][0].get("extensions") or {}
            code = str(ext.get("code") or "GRAPHQL_ERROR")
        else:
            payload = body["data"][field_name]
            if payload.get("errors"):
                code = str(payload["errors"][0]["code"])
    if code is not None:
        rec.samples[-1].error = code
        raise StepFailed(step, code)
    return payload


# --- set-up and checks (directly in the database, through the ORM) ---------------------------


@dataclass
class World:
    run: str
    storefront_id: int
    variant_id: int
    variant_gid: str
    stock_id: int
    flash_sale_id: int | None
    emails: list[str]
    warmup: World | None = None  # the warm-up's buyers and variant (run ``<run>w``), if any


async def set_up(run: str, buyers: int, units: int, mode: str, warmup: int = 0) -> World:
    """The storefront, a merchant with a product (one variant, ``units`` in stock; in deduct
    mode in a flash sale) and ``buyers`` customers. ``warmup`` > 0: also a second product of the
    merchant in the same storefront, ``warmup`` units, no flash sale, and ``warmup`` other
    customers to buy it before the window (``World.warmup``)."""
    from strawberry import relay

    from models.accounts import User
    from models.catalog import Listing, Product, Variant
    from models.inventory import MovementKind, Stock, StockMovement
    from models.merchants import Merchant, Storefront, StorefrontPolicyName, Warehouse
    from models.orders import InventoryMode
    from models.promotions import FlashSale
    from resolvers.accounts import hash_password
    from resolvers.catalog import refresh_product_derived

    storefront = await Storefront.get_or_none(code=STOREFRONT)
    if storefront is None:
        storefront = await Storefront.create(
            code=STOREFRONT, name="Mall", policy=StorefrontPolicyName.MALL
        )
    merchant = await Merchant.create(name=f"Bench {run}", slug=f"bench-{run}")
    warehouse = await Warehouse.create(merchant=merchant, code="main", name="Main")
    product = await Product.create(merchant=merchant, name=f"Flash phone {run}")
    variant = await Variant.create(product=product, sku=f"bench-{run}", price_amount=PRICE)
    stock = await Stock.create(variant=variant, warehouse=warehouse, on_hand=units)
    await StockMovement.create(
        stock=stock, kind=MovementKind.ADJUST, on_hand_delta=units, reason="bench set-up"
    )
    await Listing.create(product=product, storefront=storefront)
    await refresh_product_derived(product)
    sale_id = None
    if mode == "deduct":
        now = datetime.now(UTC)
        sale = await FlashSale.create(
            variant=variant,
            storefront=storefront,
            name=f"bench {run}",
            price=SALE_PRICE,
            starts_at=now - timedelta(minutes=1),
            ends_at=now + timedelta(hours=2),
            quantity=units,
            per_customer_limit=1,
            inventory_mode=InventoryMode.DEDUCT_ON_PAYMENT,
        )
        sale_id = sale.id
    warm = None
    if warmup > 0:
        warm_product = await Product.create(merchant=merchant, name=f"Warm-up case {run}")
        warm_variant = await Variant.create(
            product=warm_product, sku=f"bench-{run}-warmup", price_amount=PRICE
        )
        warm_stock = await Stock.create(variant=warm_variant, warehouse=warehouse, on_hand=warmup)
        await StockMovement.create(
            stock=warm_stock, kind=MovementKind.ADJUST, on_hand_delta=warmup,
            reason="bench set-up (warm-up)",
        )  # fmt: skip
        await Listing.create(product=warm_product, storefront=storefront)
        await refresh_product_derived(warm_product)
        warm = World(
            run=f"{run}w",  # idempotency keys <run>w-<i>: not among the sale's <run>-<i>
            storefront_id=storefront.id,
            variant_id=warm_variant.id,
            variant_gid=str(relay.GlobalID("Variant", str(warm_variant.id))),
            stock_id=warm_stock.id,
            flash_sale_id=None,
            emails=[f"w{i}-{run}@bench.plaza.test" for i in range(warmup)],
        )
    password_hash = hash_password(PASSWORD)  # once, shared by every buyer
    emails = [f"b{i}-{run}@bench.plaza.test" for i in range(buyers)]
    everyone = emails + (warm.emails if warm else [])
    await User.bulk_create(
        [User(email=e, password_hash=password_hash) for e in everyone], batch_size=1000
    )
    return World(
        run=run,
        storefront_id=storefront.id,
        variant_id=variant.id,
        variant_gid=str(relay.GlobalID("Variant", str(variant.id))),
        stock_id=stock.id,
        flash_sale_id=sale_id,
        emails=emails,
        warmup=warm,
    )


PAID_STATES = ("paid", "confirmed", "picking", "packed", "shipped", "delivered", "completed")


async def check(world: World, units: int) -> dict:
    """The database after the run: no oversell, and stock reconciles with the ledger."""
    from models.inventory import Stock
    from models.orders import Allocation, MerchantOrder, OrderGroup, OrderLine
    from models.payments import Payment, Refund
    from models.promotions import FlashSale
    from resolvers.inventory import reconcile

    stocks = await Stock.filter(variant_id=world.variant_id)
    on_hand = sum(s.on_hand for s in stocks)
    reserved = sum(s.reserved for s in stocks)
    lines = OrderLine.filter(variant_id=world.variant_id)
    paid_units = sum(
        await lines.filter(order__status__in=PAID_STATES).values_list("quantity", flat=True)
    )
    pending_reserved = sum(
        await Allocation.filter(stock_id__in=[s.id for s in stocks], state="reserved").values_list(
            "quantity", flat=True
        )
    )
    order_ids = await lines.values_list("order_id", flat=True)
    orders = Counter(
        f"{status}" + (f"/{reason}" if reason else "")
        for status, reason in await MerchantOrder.filter(id__in=order_ids).values_list(
            "status", "cancel_reason"
        )
    )
    group_ids = await MerchantOrder.filter(id__in=order_ids).values_list("group_id", flat=True)
    payments = Counter(
        await Payment.filter(group_id__in=group_ids).values_list("status", flat=True)
    )
    refunds = Counter(
        await Refund.filter(payment__group_id__in=group_ids).values_list("status", flat=True)
    )
    paid_groups = await OrderGroup.filter(id__in=group_ids, status="paid").count()
    rows = {r.stock_id: r for r in await reconcile()}
    ledger_ok = all(rows[s.id].ok for s in stocks)
    all_rows_bad = sum(1 for r in rows.values() if not r.ok)
    sale = await FlashSale.get(id=world.flash_sale_id) if world.flash_sale_id else None
    checks = {
        "on_hand >= 0": on_hand >= 0,
        "reserved >= 0": reserved >= 0,
        "paid units <= units": paid_units <= units,
        "on_hand == units - paid units": on_hand == units - paid_units,
        "reserved == units of unpaid reservations": reserved == pending_reserved,
        "ledger reconciles (resolvers.inventory.reconcile)": ledger_ok,
    }
    if sale is not None:
        checks["flash sale sold == paid units <= cap"] = sale.sold == paid_units <= sale.quantity
    return {
        "ok": all(checks.values()),
        "checks": checks,
        "units": units,
        "paid_units": int(paid_units),
        "paid_groups": paid_groups,
        "on_hand": on_hand,
        "reserved": reserved,
        "orders": dict(orders),
        "payments": {str(k): v for k, v in payments.items()},
        "refunds": {str(k): v for k, v in refunds.items()},
        "ledger_mismatches_in_whole_db": all_rows_bad,
    }


async def order_outcomes(world: World) -> dict[str, str]:
    """Idempotency key -> how the run's merchant order ended: ``paid`` (or a later state), or
    ``<STATUS>_<CANCEL_REASON>``. A captured payment whose order was then cancelled as sold out
    (deduct mode) and refunded is not a purchase."""
    from models.orders import MerchantOrder

    rows = await MerchantOrder.filter(
        group__idempotency_key__startswith=f"{world.run}-"
    ).values_list("group__idempotency_key", "status", "cancel_reason")
    return {
        key: "paid" if status in PAID_STATES else f"{status}_{reason or ''}".upper().rstrip("_")
        for key, status, reason in rows
    }


# --- the buyers -------------------------------------------------------------------------------


def _provider(secret: str):
    from plugins.registry import configure

    return configure(sandbox_secret=secret).payment("sandbox")


async def sign_in(client, rec: Recorder, buyer: Buyer) -> None:
    payload = await gql(
        client, rec, "signIn", "tokenCreate", SIGN_IN, {"email": buyer.email, "password": PASSWORD}
    )
    buyer.token = payload["token"]


async def purchase(
    client, rec: Recorder, buyer: Buyer, world: World, provider, flow: str = "quick"
) -> None:
    """One buyer's purchase. ``quick``: cartCreate with the line and the address, then
    checkoutPlaceOrder starting the payment, then the provider's callback (3 requests).
    ``steps``: one request per step as a storefront built screen by screen does (6 requests)."""
    token = buyer.token
    if token is None:
        await sign_in(client, rec, buyer)
        token = buyer.token
    lines = [{"variantId": world.variant_gid, "quantity": 1}]
    if flow == "quick":
        cart = await gql(
            client, rec, "cartCreate", "cartCreate", BUY_NOW_CART,
            {"sf": STOREFRONT, "lines": lines}, token,
        )  # fmt: skip
        placed = await gql(
            client, rec, "placeOrder", "checkoutPlaceOrder", PLACE_AND_PAY,
            {"input": {"cartToken": cart["cart"]["token"],
                       "idempotencyKey": f"{world.run}-{buyer.index}",
                       "payment": {"provider": "sandbox"}}},
            token,
        )  # fmt: skip
        await pay(client, rec, placed["payment"], provider)
        return
    sf = {"sf": STOREFRONT}
    cart = await gql(client, rec, "cartCreate", "cartCreate", CART_CREATE, sf, token)
    cart_token = cart["cart"]["token"]
    await gql(
        client, rec, "cartLinesAdd", "cartLinesAdd", LINES_ADD,
        {"token": cart_token, "lines": lines}, token,
    )  # fmt: skip
    await gql(
        client, rec, "shippingAddress", "cartShippingAddressUpdate", ADDRESS,
        {"token": cart_token}, token,
    )  # fmt: skip
    placed = await gql(
        client, rec, "placeOrder", "checkoutPlaceOrder", PLACE,
        {"input": {"cartToken": cart_token, "idempotencyKey": f"{world.run}-{buyer.index}"}},
        token,
    )  # fmt: skip
    group = placed["orderGroup"]
    started = await gql(
        client, rec, "paymentStart", "paymentStart", PAY,
        {"input": {"orderGroupId": group["id"]}}, token,
    )  # fmt: skip
    await pay(client, rec, started["payment"], provider)


async def pay(client, rec: Recorder, payment: dict, provider) -> None:
    """The provider's server-to-server callback for a payment the buyer completed."""
    headers, body = provider.build_callback(
        payment["reference"], Decimal(payment["amount"]["amount"]), payment["amount"]["currency"]
    )
    response = await timed_post(
        client, rec, "callback", "/payments/sandbox/callback", content=body, headers=headers
    )
    status = None
    if response.status_code == 200:
        status = response.json().get("status")
    if status != "captured":
        code = f"HTTP_{response.status_code}" if response.status_code != 200 else str(status)
        rec.samples[-1].error = code
        raise StepFailed("callback", code)


async def run_buyer(
    client, rec, buyer: Buyer, world, provider, gate: asyncio.Semaphore, flow: str = "quick"
) -> None:
    async with gate:
        try:
            await purchase(client, rec, buyer, world, provider, flow)
            buyer.outcome = "captured"
        except StepFailed as exc:
            buyer.outcome = f"{exc.step}:{exc.code}"
        buyer.finished_at = time.perf_counter()


# --- CPU accounting (from /proc) --------------------------------------------------------------


def _proc_ticks(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields_ = stat.rsplit(")", 1)[1].split()
    return int(fields_[11]) + int(fields_[12])  # utime + stime


def _children(pid: int) -> list[int]:
    out = []
    with contextlib.suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            with contextlib.suppress(OSError):
                out += [int(c) for c in (task / "children").read_text().split()]
    return out


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        todo += _children(p)
    return pids


def _pg_backends(dbname: str) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            cmd = (entry / "cmdline").read_bytes()
            if cmd.startswith(b"postgres: ") and f" {dbname} ".encode() in cmd:
                out.append(int(entry.name))
    return out


def _machine_busy() -> tuple[int, int]:
    parts = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    values = [int(v) for v in parts]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


@dataclass
class CpuSnapshot:
    wall: float
    server: dict[int, int]
    postgres: dict[int, int]
    client: float
    machine: tuple[int, int]


def cpu_snapshot(server_pid: int | None, dbname: str | None) -> CpuSnapshot:
    server = {p: _proc_ticks(p) or 0 for p in _tree(server_pid)} if server_pid else {}
    pg = {p: _proc_ticks(p) or 0 for p in _pg_backends(dbname)} if dbname else {}
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return CpuSnapshot(
        time.perf_counter(), server, pg, usage.ru_utime + usage.ru_stime, _machine_busy()
    )


def cpu_delta(a: CpuSnapshot, b: CpuSnapshot) -> dict:
    """CPU used between two snapshots, in cores (1.0 = one core busy all the time)."""
    wall = max(b.wall - a.wall, 1e-9)

    def cores(before: dict, after: dict) -> float:
        ticks = sum(t - before.get(p, 0) for p, t in after.items())
        return round(ticks / CLK_TCK / wall, 2)

    busy = (b.machine[0] - a.machine[0]) / max(b.machine[1] - a.machine[1], 1)
    return {
        "server": cores(a.server, b.server) if b.server else None,
        "postgres_this_db": cores(a.postgres, b.postgres) if b.postgres else None,
        "load_generator": round((b.client - a.client) / wall, 2),
        "machine_busy_pct": round(100 * busy, 1),
    }


# --- what the database sessions do (lock waits on the hot rows) ---------------------------------


class PgSampler:
    """Samples ``pg_stat_activity`` of the bench database every ``interval`` s: how many of the
    server's sessions run a statement, wait for a row lock (``wait_event_type = 'Lock'``: the hot
    stock / flash-sale row) or sit idle inside a transaction (the app has not sent the next
    statement yet -- while holding whatever it locked)."""

    QUERY = """SELECT count(*) FILTER (WHERE state = 'active' AND wait_event_type IS DISTINCT FROM
                   'Lock') AS running,
                 count(*) FILTER (WHERE wait_event_type = 'Lock') AS lock_wait,
                 count(*) FILTER (WHERE state = 'idle in transaction') AS idle_in_tx,
                 count(*) AS sessions
               FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()
                 AND backend_type = 'client backend'"""

    def __init__(self, database_url: str, dbname: str, interval: float = 0.05) -> None:
        self.url = database_url.replace("postgres://", "postgresql://", 1)
        self.dbname = dbname
        self.interval = interval
        self.rows: list[tuple[int, int, int, int]] = []
        # statement -> samples: what the lock waiters run, what idle-in-transaction ran last
        self.lock_waits: Counter = Counter()
        self.idle_in_tx: Counter = Counter()
        self._task: asyncio.Task | None = None

    async def __aenter__(self) -> PgSampler:
        import asyncpg

        self._conn = await asyncpg.connect(self.url)
        self._task = asyncio.create_task(self._run())
        return self

    WAITING = """SELECT wait_event_type = 'Lock' AS waits, left(regexp_replace(query,
                   '\\s+', ' ', 'g'), 70) AS q
                 FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()
                   AND (wait_event_type = 'Lock' OR state = 'idle in transaction')"""

    async def _run(self) -> None:
        while True:
            row = await self._conn.fetchrow(self.QUERY, self.dbname)
            self.rows.append(tuple(row))
            for waits, query in await self._conn.fetch(self.WAITING, self.dbname):
                (self.lock_waits if waits else self.idle_in_tx)[query] += 1
            await asyncio.sleep(self.interval)

    async def __aexit__(self, *exc) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self._conn.close()

    def summary(self) -> dict:
        if not self.rows:
            return {}
        n = len(self.rows)
        names = ("running", "lock_wait", "idle_in_tx", "sessions")
        out: dict = {"samples": n}
        for i, name in enumerate(names):
            values = [r[i] for r in self.rows]
            out[f"{name}_avg"] = round(sum(values) / n, 2)
            out[f"{name}_max"] = max(values)
        out["lock_waits_by_statement"] = dict(self.lock_waits.most_common(4))
        out["idle_in_tx_after_statement"] = dict(self.idle_in_tx.most_common(4))
        return out


# --- a server of our own ------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(
    env: dict, workers: int, log_path: Path, app: str = "plaza.app:app_factory"
) -> tuple[subprocess.Popen, str]:
    """``uvicorn plaza.app:app_factory --factory --workers N`` (as tests/server.py does, without
    the access log), on a free port; returns once every worker answers /healthz."""
    port = _free_port()
    command = [
        sys.executable, "-m", "uvicorn", app, "--factory",
        "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
        "--no-access-log", "--log-level", "warning", "--timeout-keep-alive", "120",
    ]  # fmt: skip
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env={**os.environ, "PYTHONUNBUFFERED": "1", **env},
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: the workers stop with it
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    ok_in_a_row = 0
    while ok_in_a_row < 10 * workers:  # fresh connections: every worker must be up
        if process.poll() is not None:
            raise RuntimeError(f"server exited ({process.returncode}):\n{log_path.read_text()}")
        if time.monotonic() > deadline:
            stop_server(process)
            raise RuntimeError(f"server not ready after 60 s:\n{log_path.read_text()}")
        try:
            ok = httpx.get(f"{url}/healthz", timeout=2).status_code == 200
        except httpx.HTTPError:
            ok = False
        ok_in_a_row = ok_in_a_row + 1 if ok else 0
        time.sleep(0.05 if ok else 0.2)
    time.sleep(0.5 * workers)  # let the last worker finish its start-up
    return process, url


def stop_server(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def start_py_spy(path: str, pid: int) -> subprocess.Popen:
    """Sample the server (all its workers) during the purchase window: collapsed stacks (the
    ``raw`` format of py-spy, one ``frame;frame;... count`` line per stack) in ``path``. Only
    threads holding the GIL are sampled, so the samples show where the CPU goes."""
    spy = Path(sys.executable).with_name("py-spy")
    command = [str(spy), "record", "--pid", str(pid), "--subprocesses", "--rate", "250", "--gil"]
    command += ["--format", "raw", "--output", path, "--nonblocking"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(1.0)  # attach before the window opens
    return process


def stop_py_spy(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()


def _with_db(url: str, dbname: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{dbname}", parts.query, parts.fragment))


async def _admin(admin_url: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(admin_url.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


# --- report -----------------------------------------------------------------------------------


def step_table(samples: list[Sample]) -> dict[str, dict]:
    by_step: dict[str, list[Sample]] = defaultdict(list)
    for s in samples:
        by_step[s.step].append(s)
    table = {}
    for step in STEPS:
        rows = by_step.get(step)
        if not rows:
            continue
        ms = [s.seconds * 1000 for s in rows]
        sql_all = [s.sql for s in rows if s.sql is not None]
        sql_ok = [s.sql for s in rows if s.sql is not None and s.error is None]
        table[step] = {
            "n": len(rows),
            "ok": sum(1 for s in rows if s.error is None),
            "p50": round(percentile(ms, 50), 1),
            "p95": round(percentile(ms, 95), 1),
            "p99": round(percentile(ms, 99), 1),
            "max": round(max(ms), 1),
            "sql_mean": round(sum(sql_all) / len(sql_all), 1) if sql_all else None,
            "sql_ok_min": min(sql_ok) if sql_ok else None,
            "sql_ok_max": max(sql_ok) if sql_ok else None,
        }
    return table


def print_report(result: dict) -> None:
    a = result["args"]
    print()
    print(
        f"flash sale: {a['buyers']} buyers, {a['units']} units, mode {a['mode']}, "
        f"workers {a['workers']}, pool {a['pool_max']}/worker, concurrency {a['concurrency']}, "
        f"sign-in {a['signin']}, flow {a.get('flow')}, client {a.get('client')}, "
        f"sql-count {'on' if a['sql_count'] else 'off'}"
    )
    idle = result.get("idle_before_pct")
    print(f"machine: {result['machine']['cpu']} x{result['machine']['nproc']}, "
          f"load before {result['load_before']} after {result['load_after']}"
          + (f", {idle}% idle before the run" if idle is not None else ""))  # fmt: skip
    probe = result.get("speed_probe_ms")
    if probe:
        print(f"speed probe (fixed loop, CPU ms; lower is a faster minute): "
              f"{probe['before']} before, {probe['after']} after the window")  # fmt: skip
    wu = result.get("warmup")
    if wu:
        errors = json.dumps(wu["errors"]) if wu["errors"] else "none"
        print(
            f"warm-up (not in the figures below): {wu['buyers']} other buyers signed in in "
            f"{wu['signin_seconds']:.2f} s, then {wu['purchases']} purchases in "
            f"{wu['seconds']:.2f} s, {wu['purchases_per_s']:.1f} purchases/s; errors {errors}; "
            f"CPU ms per buyer {json.dumps(wu['cpu_ms_per_buyer'])}; outbox published "
            f"{wu['outbox_settle_s']:.1f} s later ({wu['outbox_unpublished']} left)"
        )
    else:
        print("warm-up: none (--warmup 0): the window starts on a cold server")
    w = result["window"]
    print(
        f"purchase window {w['seconds']:.2f} s: {result['purchases']} complete purchases, "
        f"{result['purchases_per_s']:.1f} purchases/s, {w['requests_per_s']:.0f} requests/s; "
        f"last purchase at {w['last_purchase_s']:.2f} s"
    )
    if result.get("signin"):
        s = result["signin"]
        print(f"sign-in phase {s['seconds']:.2f} s ({s['per_s']:.1f}/s); end to end "
              f"{result['end_to_end_purchases_per_s']:.1f} purchases/s")  # fmt: skip
    cpu = result["cpu_window"]
    print(
        f"CPU in the window (cores): server {cpu['server']}, postgres {cpu['postgres_this_db']}, "
        f"load generator {cpu['load_generator']}; machine busy {cpu['machine_busy_pct']}%"
    )
    print(f"CPU ms per buyer in the window: {json.dumps(result['cpu_ms_per_buyer'])}")
    pg = result.get("pg_sessions") or {}
    if pg:
        print(
            f"PostgreSQL sessions (avg/max): running {pg['running_avg']}/{pg['running_max']}, "
            f"waiting for a row lock {pg['lock_wait_avg']}/{pg['lock_wait_max']}, idle in "
            f"transaction {pg['idle_in_tx_avg']}/{pg['idle_in_tx_max']}, open "
            f"{pg['sessions_avg']}/{pg['sessions_max']}"
        )
        for label, key in (
            ("lock waiters run", "lock_waits_by_statement"),
            ("idle in transaction after", "idle_in_tx_after_statement"),
        ):
            for query, n in (pg.get(key) or {}).items():
                print(f"    {label} ({n} samples): {query}")
    print()
    head = f"{'step':<16}{'n':>6}{'ok':>6}{'p50':>9}{'p95':>9}{'p99':>9}{'max':>9}{'sql/req':>9}"
    print(head + "   (ms)")
    print("-" * len(head))
    for step, r in result["steps"].items():
        sql = "-" if r["sql_mean"] is None else f"{r['sql_mean']:g}"
        print(
            f"{step:<16}{r['n']:>6}{r['ok']:>6}{r['p50']:>9.1f}{r['p95']:>9.1f}"
            f"{r['p99']:>9.1f}{r['max']:>9.1f}{sql:>9}"
        )
    print(f"p99 of every request in the window: {result['p99_all_ms']:.1f} ms")
    print()
    print("errors by step and code:", json.dumps(result["errors"]) if result["errors"] else "none")
    print("buyer outcomes:", json.dumps(result["outcomes"]))
    c = result["check"]
    print()
    for name, ok in c["checks"].items():
        print(f"  [{'ok' if ok else 'FAIL'}] {name}")
    print(
        f"  paid units {c['paid_units']} of {c['units']}, on_hand {c['on_hand']}, reserved "
        f"{c['reserved']}; orders {json.dumps(c['orders'])}; payments {json.dumps(c['payments'])}"
        f"; refunds {json.dumps(c['refunds'])}"
    )
    print(f"oversell check: {'PASS' if c['ok'] else 'FAIL'}")
    print()
    print("RESULT " + json.dumps(result, separators=(",", ":")))


def machine() -> dict:
    cpu = platform.processor() or "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {"nproc": os.cpu_count(), "cpu": cpu, "python": platform.python_version()}


def speed_probe_ms() -> float:
    """CPU ms of a fixed pure-Python loop in this process: how fast the machine runs right now.

    On a shared virtual machine the same work takes from ~1x to ~1.7x as long from one minute
    to the next (other tenants on the host); the probe, taken just before and just after the
    window, says which kind of minute a run had. Compare runs' CPU ms per buyer at similar
    probe values, or divided by the probe."""
    started = time.process_time()
    total = 0
    for i in range(1_000_000):
        total += i * i % 7
    return round((time.process_time() - started) * 1000, 1)


def loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def idle_pct(seconds: float = 5.0) -> float:
    """Idle share of all CPUs over ``seconds`` (other engineers' test suites share the box)."""
    busy0, total0 = _machine_busy()
    time.sleep(seconds)
    busy1, total1 = _machine_busy()
    return round(100 * (1 - (busy1 - busy0) / max(total1 - total0, 1)), 1)


def wait_for_quiet(max_wait: float, threshold: float) -> tuple[float, float]:
    """Wait (up to ``max_wait`` s) until the machine is at least ``threshold`` % idle over 5 s.
    Returns (idle %, seconds waited)."""
    started = time.monotonic()
    while True:
        idle = idle_pct()
        waited = time.monotonic() - started
        if idle >= threshold or waited >= max_wait:
            return idle, round(waited, 1)
        print(f"machine {idle}% idle, waiting for {threshold}% ...", file=sys.stderr)


# --- main ---------------------------------------------------------------------------------------


async def run(args: argparse.Namespace) -> dict:
    from plaza.db import close_orm, init_orm, migrate

    run_id = f"{int(time.time()) % 100000:05d}{secrets.token_hex(2)}"
    secret = os.environ.get("PLAZA_PAYMENT_SANDBOX_SECRET") or (
        f"bench-{secrets.token_hex(16)}" if args.start_server else ""
    )
    if not secret:
        from plugins.payments.sandbox import DEFAULT_SECRET

        secret = DEFAULT_SECRET
    provider = _provider(secret)
    dbname = None
    process = None
    log_path = Path(tempfile.mkdtemp(prefix="plaza-bench-")) / "server.log"
    if args.start_server:
        dbname = f"plaza_bench_{run_id}"
        await _admin(args.db_admin_url, f'CREATE DATABASE "{dbname}"')
        if not args.keep_db:
            _left_over["database"] = (args.db_admin_url, dbname)
        database_url = _with_db(args.db_admin_url, dbname)
    else:
        database_url = args.database_url
        dbname = urlsplit(database_url).path.lstrip("/") or None
    try:
        if args.start_server:
            await migrate(database_url)
        await init_orm(database_url, pool_max=4)
        try:
            world = await set_up(run_id, args.buyers, args.units, args.mode, args.warmup)
            if args.start_server:
                env = {
                    "PLAZA_DATABASE_URL": database_url,
                    "PLAZA_DB_POOL_MAX": str(args.pool_max),
                    "PLAZA_PAYMENT_SANDBOX_SECRET": secret,
                    "PLAZA_SQL_COUNT": "1" if args.sql_count else "0",
                    # every simulated buyer signs in from this one address
                    "PLAZA_SIGNIN_ADDRESS_ATTEMPTS": "0",
                }
                process, url = await asyncio.to_thread(
                    start_server, env, args.workers, log_path, args.app
                )
                _left_over["server"] = process
            else:
                url = args.url.rstrip("/")
            try:
                result = await drive(args, url, world, provider, process, database_url, dbname)
            finally:
                if process is not None:
                    await asyncio.to_thread(stop_server, process)
            result["check"] = await check(world, args.units)
        finally:
            await close_orm()
    finally:
        if args.start_server and not args.keep_db:
            await _admin(args.db_admin_url, f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
            _left_over.pop("database", None)
    if process is not None:
        tail = log_path.read_text(errors="replace").strip().splitlines()[-20:]
        errors = [line for line in tail if "ERROR" in line or "Traceback" in line]
        result["server_log_errors"] = len(errors)
        if errors:
            print(f"server log ({log_path}) has errors; last lines:", *tail, sep="\n  ")
    result["database"] = {"name": dbname, "kept": bool(args.keep_db) if args.start_server else True}
    return result


async def sign_in_all(clients: list[Client], rec: Recorder, buyers: list[Buyer], gate) -> float:
    """Signs the buyers in, at most ``gate`` at once; returns the seconds it took. A buyer who
    fails keeps no token, and its outcome says where it stopped."""

    async def one(buyer: Buyer) -> None:
        async with gate:
            try:
                await sign_in(clients[buyer.index % len(clients)], rec, buyer)
            except StepFailed as exc:
                buyer.outcome = f"{exc.step}:{exc.code}"

    started = time.perf_counter()
    await asyncio.gather(*(one(b) for b in buyers))
    return time.perf_counter() - started


async def settle_outcomes(buyers: list[Buyer], world: World) -> Counter:
    """A buyer whose payment was captured purchased if the order ended paid (in deduct mode a
    captured payment can still find the sale sold out: cancelled and refunded). Sets
    ``outcome`` to ``paid`` or ``callback:ORDER_<how>``; returns the latter by count."""
    ended = await order_outcomes(world)
    late: Counter = Counter()
    for b in buyers:
        if b.outcome == "captured":  # the payment went through; did the order?
            how = ended.get(f"{world.run}-{b.index}", "UNKNOWN")
            b.outcome = "paid" if how == "paid" else f"callback:ORDER_{how}"
            if how != "paid":
                late[b.outcome] += 1
    return late


def cpu_ms_per_buyer(cpu: dict, seconds: float, flows: int) -> dict:
    return {
        k: round(1000 * v * seconds / max(flows, 1), 1)
        for k, v in cpu.items()
        if k in ("server", "postgres_this_db", "load_generator") and v is not None
    }


async def last_outbox_id() -> int:
    from models.outbox import OutboxEvent

    last = await OutboxEvent.all().order_by("-id").first()
    return last.id if last else 0


async def wait_outbox_published(after_id: int, max_wait: float) -> tuple[float, int]:
    """Waits (at most ``max_wait`` s) until the server's relay has published every outbox event
    with id > ``after_id``, so the warm-up's background work does not run in the window.
    Returns (seconds waited, events still unpublished)."""
    from models.outbox import OutboxEvent

    started = time.perf_counter()
    while True:
        left = await OutboxEvent.filter(id__gt=after_id, published_at=None).count()
        waited = time.perf_counter() - started
        if left == 0 or waited >= max_wait:
            return round(waited, 2), left
        await asyncio.sleep(0.1)


async def warm_up(
    clients: list[Client], world: World, provider, gate, flow: str, server_pid, dbname
) -> dict:
    """The warm-up buyers sign in, then buy one unit each of the warm-up variant, at the same
    concurrency as the sale, through the same flow. Their samples stay here (own Recorder)."""
    buyers = [Buyer(i, e) for i, e in enumerate(world.emails)]
    rec = Recorder()
    outbox_mark = await last_outbox_id()
    signin_seconds = await sign_in_all(clients, rec, buyers, gate)
    ready = [b for b in buyers if b.token]
    before = cpu_snapshot(server_pid, dbname)
    started = time.perf_counter()
    await asyncio.gather(
        *(
            run_buyer(clients[b.index % len(clients)], rec, b, world, provider, gate, flow)
            for b in ready
        )
    )
    seconds = time.perf_counter() - started
    after = cpu_snapshot(server_pid, dbname)
    late = await settle_outcomes(buyers, world)
    settle_s, unpublished = await wait_outbox_published(outbox_mark, SETTLE_S)
    purchases = sum(1 for b in buyers if b.outcome == "paid")
    errors = Counter(f"{s.step}:{s.error}" for s in rec.samples if s.error) + late
    return {
        "buyers": len(buyers),
        "signin_seconds": round(signin_seconds, 2),
        "seconds": round(seconds, 3),
        "purchases": purchases,
        "purchases_per_s": round(purchases / seconds, 1),
        "errors": dict(sorted(errors.items())),
        "cpu_ms_per_buyer": cpu_ms_per_buyer(cpu_delta(before, after), seconds, len(ready)),
        "outbox_settle_s": settle_s,
        "outbox_unpublished": unpublished,
    }


async def drive(args, url, world: World, provider, process, database_url, dbname) -> dict:
    buyers = [Buyer(i, e) for i, e in enumerate(world.emails)]
    concurrency = args.concurrency or args.buyers
    server_pid = process.pid if process else None
    rec = Recorder()
    result: dict = {
        "bench": "flash_sale",
        "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "machine": machine(),
        "args": {
            "buyers": args.buyers,
            "units": args.units,
            "mode": args.mode,
            "workers": args.workers if args.start_server else None,
            "pool_max": args.pool_max if args.start_server else None,
            "concurrency": concurrency,
            "signin": args.signin,
            "flow": args.flow,
            "client": args.client,
            "warmup": args.warmup,
            "sql_count": args.sql_count,
            "app": args.app if args.start_server else None,
        },
        "load_before": loadavg(),
    }
    async with contextlib.AsyncExitStack() as stack:
        clients = [
            await stack.enter_async_context(c)
            for c in make_clients(args.client, url, concurrency, args.timeout)
        ]
        # Open the connections and run the GraphQL path once on each of them.
        hello = {"query": "{ __typename }"}
        await asyncio.gather(
            *(clients[i % len(clients)].post("/graphql", json=hello) for i in range(concurrency))
        )
        gate = asyncio.Semaphore(concurrency)
        if args.signin == "before":
            signin_rec = Recorder()
            signin_seconds = await sign_in_all(clients, signin_rec, buyers, gate)
            rec.samples += signin_rec.samples
            result["signin"] = {
                "seconds": round(signin_seconds, 2),
                "per_s": round(len(buyers) / signin_seconds, 1),
            }
            ready = [b for b in buyers if b.token]
        else:
            ready = buyers
            signin_seconds = 0.0
        result["warmup"] = None
        if world.warmup is not None:
            result["warmup"] = await warm_up(
                clients, world.warmup, provider, gate, args.flow, server_pid, dbname
            )
        spy = None
        if args.py_spy and process:
            spy = await asyncio.to_thread(start_py_spy, args.py_spy, process.pid)
        probe_before = speed_probe_ms()
        sampler = PgSampler(database_url, dbname)
        async with sampler:
            before = cpu_snapshot(server_pid, dbname)
            window_start = time.perf_counter()
            buying = (
                run_buyer(clients[b.index % len(clients)], rec, b, world, provider, gate, args.flow)
                for b in ready
            )
            await asyncio.gather(*buying)
            window_end = time.perf_counter()
            after = cpu_snapshot(server_pid, dbname)
        if spy is not None:
            await asyncio.to_thread(stop_py_spy, spy)
    result["speed_probe_ms"] = {"before": probe_before, "after": speed_probe_ms()}
    result["load_after"] = loadavg()
    late = await settle_outcomes(buyers, world)
    purchases = sum(1 for b in buyers if b.outcome == "paid")
    seconds = window_end - window_start
    in_window = [s for s in rec.samples if s.started >= window_start]
    finished = [b.finished_at for b in buyers if b.outcome == "paid" and b.finished_at]
    result["purchases"] = purchases
    result["purchases_per_s"] = round(purchases / seconds, 1)
    result["window"] = {
        "seconds": round(seconds, 3),
        "requests": len(in_window),
        "requests_per_s": round(len(in_window) / seconds, 1),
        "last_purchase_s": round(max(finished) - window_start, 3) if finished else 0.0,
    }
    if args.signin == "before":
        result["end_to_end_purchases_per_s"] = round(purchases / (seconds + signin_seconds), 1)
    result["steps"] = step_table(rec.samples)
    result["p99_all_ms"] = round(percentile([s.seconds * 1000 for s in in_window], 99), 1)
    result["p99_all_ms_incl_signin"] = round(
        percentile([s.seconds * 1000 for s in rec.samples], 99), 1
    )
    errors = Counter(f"{s.step}:{s.error}" for s in rec.samples if s.error) + late
    result["errors"] = dict(sorted(errors.items()))
    result["outcomes"] = dict(Counter(b.outcome for b in buyers).most_common())
    result["cpu_window"] = cpu = cpu_delta(before, after)
    result["cpu_ms_per_buyer"] = cpu_ms_per_buyer(cpu, seconds, len(ready))
    result["pg_sessions"] = sampler.summary()
    return result


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--url", help="base URL of a running server")
    where.add_argument(
        "--start-server",
        action="store_true",
        help="start uvicorn (--workers) on a fresh PostgreSQL database, dropped afterwards",
    )
    p.add_argument(
        "--database-url",
        help="with --url: the database that server uses (set-up and checks go there)",
    )
    p.add_argument("--db-admin-url", default=DEFAULT_ADMIN_URL, help="to create/drop the DB")
    p.add_argument("--workers", type=int, default=1, help="uvicorn workers (--start-server)")
    p.add_argument(
        "--app",
        default="plaza.app:app_factory",
        help="the app factory uvicorn serves (--start-server), e.g. to measure a variant",
    )
    p.add_argument(
        "--pool-max", type=int, default=16, help="PLAZA_DB_POOL_MAX per worker (--start-server)"
    )
    p.add_argument("--buyers", type=int, default=64)
    p.add_argument("--units", type=int, default=None, help="stock (default: half the buyers)")
    p.add_argument(
        "--mode",
        choices=("reserve", "deduct"),
        default="reserve",
        help="reserve: reserve on order (mall policy); deduct: a flash sale, deduct on payment",
    )
    p.add_argument("--concurrency", type=int, default=0, help="buyers in flight (default: all)")
    p.add_argument(
        "--flow",
        choices=FLOWS,
        default="quick",
        help="quick: 3 requests per purchase (buy now); steps: 6 (cart screen by screen)",
    )
    p.add_argument(
        "--client",
        choices=("aiohttp", "httpx"),
        default="aiohttp",
        help="HTTP client of the buyers: aiohttp (default: one session, less CPU per request, "
        "this process shares the machine with the server) or httpx (clients of <= 64 connections)",
    )
    p.add_argument(
        "--warmup",
        type=int,
        default=None,
        metavar="N",
        help="before the window, N other buyers buy 1 unit each of a second product (N units, "
        "not in the sale) through the same flow and concurrency, reported apart from the window "
        "(default: --buyers; 0: no warm-up)",
    )
    p.add_argument(
        "--signin",
        choices=("before", "inline"),
        default="before",
        help="before: everyone signs in, then the sale starts (default); inline: in the window",
    )
    p.add_argument(
        "--sql-count", action="store_true", help="server with PLAZA_SQL_COUNT=1 (--start-server)"
    )
    p.add_argument("--timeout", type=float, default=120.0, help="per request, seconds")
    p.add_argument("--keep-db", action="store_true", help="do not drop the database afterwards")
    p.add_argument("--json-out", help="append the RESULT JSON line to this file")
    p.add_argument("--label", default="", help="a name for this run, kept in the RESULT line")
    p.add_argument(
        "--wait-quiet",
        type=float,
        default=0,
        metavar="SECONDS",
        help="first wait up to this long for the machine to be --quiet-idle %% idle",
    )
    p.add_argument("--quiet-idle", type=float, default=70.0, help="(default 70)")
    p.add_argument(
        "--py-spy",
        metavar="PATH",
        help="record the server with py-spy during the purchase window (collapsed stacks)",
    )
    args = p.parse_args(argv)
    if args.url and not args.database_url:
        p.error("--url needs --database-url (set-up and the oversell check use it)")
    if args.units is None:
        args.units = max(1, args.buyers // 2)
    if args.warmup is None:
        args.warmup = args.buyers
    if args.warmup < 0:
        p.error("--warmup must be >= 0")
    if args.client == "aiohttp" and aiohttp is None:
        p.error("--client aiohttp needs aiohttp (pip install -e '.[dev]'), or use --client httpx")
    return args


# What an interrupted run must not leave behind: the server it started, the database it made.
_left_over: dict = {}


def _interrupted(signum, frame) -> None:
    raise KeyboardInterrupt


def clean_up() -> None:
    process = _left_over.pop("server", None)
    if process is not None:
        stop_server(process)
    database = _left_over.pop("database", None)
    if database is not None:
        admin_url, dbname = database
        asyncio.run(_admin(admin_url, f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)'))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, _interrupted)
    quiet = None
    if args.wait_quiet:
        quiet = wait_for_quiet(args.wait_quiet, args.quiet_idle)
    try:
        result = asyncio.run(run(args))
    finally:
        clean_up()
    if quiet is not None:
        result["idle_before_pct"], result["waited_for_quiet_s"] = quiet
    if args.label:
        result["label"] = args.label
    print_report(result)
    if args.json_out:
        with open(args.json_out, "a") as out:
            out.write(json.dumps(result, separators=(",", ":")) + "\n")
    return 0 if result["check"]["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
