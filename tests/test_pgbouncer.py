"""Plaza through PgBouncer in transaction mode (Debian's 1.18): a crowd buys, pays, and the
invariants hold.

PgBouncer 1.18 does not track prepared statements, so the URL turns asyncpg's statement cache
off (``?statement_cache_size=0``: each statement is prepared unnamed, per use); with 1.21 or
later and ``max_prepared_statements`` set the cache can stay (docs/operations.md "Scaling
out"). The server is a real one (API, in-process relay and worker) whose pool goes through a
real PgBouncer with fewer server connections than clients, so transactions from different
clients share server connections.

PostgreSQL only; without the ``pgbouncer`` binary the test is skipped and says so (CI, with
``PLAZA_TEST_REQUIRE_SERVICES=1``, fails instead; ``.ci/run`` installs it).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import asyncpg
import httpx
import pytest

from models.inventory import Stock
from models.merchants import Merchant, Warehouse
from models.orders import MerchantOrder, OrderStatus
from models.payments import Payment, PaymentStatus
from plaza.settings import Settings
from resolvers.inventory import reconcile
from tests.checkout_support import cart_with, gid, make_shoppers, place, signed_callback
from tests.server import HttpGql, async_live_server
from tests.support import make_product, make_storefront

pytestmark = pytest.mark.postgres

BUYERS = 40
UNITS = 15
SERVER_CONNECTIONS = 4  # PgBouncer's pool per database: far fewer than the app's clients


def _pgbouncer() -> str:
    path = shutil.which("pgbouncer") or shutil.which("pgbouncer", path="/usr/sbin")
    if not path:
        problem = "pgbouncer is not installed (apt-get install pgbouncer)"
        if os.environ.get("PLAZA_TEST_REQUIRE_SERVICES") == "1":
            pytest.fail(f"{problem}; PLAZA_TEST_REQUIRE_SERVICES=1 requires it")
        pytest.skip(f"{problem}: the PgBouncer test did not run")
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Bouncer:
    """A PgBouncer in transaction mode in front of the test's PostgreSQL, on a free port."""

    def __init__(self, binary: str, target_url: str) -> None:
        target = urlsplit(target_url)
        self.dbname = target.path.lstrip("/")
        self.user = target.username or "postgres"
        self.dir = Path(tempfile.mkdtemp(prefix="plaza-pgbouncer-"))
        os.chmod(self.dir, 0o755)  # read by the unprivileged user it runs as
        self.port = _free_port()
        (self.dir / "users.txt").write_text(f'"{self.user}" ""\n')
        (self.dir / "pgbouncer.ini").write_text(
            "\n".join(
                [
                    "[databases]",
                    f"{self.dbname} = host={target.hostname} port={target.port or 5432} "
                    f"dbname={self.dbname}",
                    "[pgbouncer]",
                    "listen_addr = 127.0.0.1",
                    f"listen_port = {self.port}",
                    "unix_socket_dir =",
                    "auth_type = trust",
                    f"auth_file = {self.dir / 'users.txt'}",
                    "pool_mode = transaction",
                    f"default_pool_size = {SERVER_CONNECTIONS}",
                    "max_client_conn = 500",
                    "ignore_startup_parameters = extra_float_digits",
                    f"admin_users = {self.user}",
                    f"logfile = {self.dir / 'pgbouncer.log'}",
                ]
            )
            + "\n"
        )
        for name in ("users.txt", "pgbouncer.ini"):
            os.chmod(self.dir / name, 0o644)
        command = [binary, str(self.dir / "pgbouncer.ini")]
        if os.geteuid() == 0:  # PgBouncer refuses to run as root
            command[1:1] = ["-u", "nobody"]
            os.chmod(self.dir, 0o777)
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)

    @property
    def url(self) -> str:
        return f"postgres://{self.user}@127.0.0.1:{self.port}/{self.dbname}?statement_cache_size=0"

    async def wait_ready(self, within: float = 15.0) -> None:
        deadline = time.monotonic() + within
        while True:
            try:
                conn = await asyncpg.connect(
                    f"postgresql://{self.user}@127.0.0.1:{self.port}/{self.dbname}",
                    statement_cache_size=0,
                    timeout=2,
                )
                await conn.close()
                return
            except (OSError, asyncpg.PostgresError) as exc:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    out = self.process.stdout.read().decode() if self.process.stdout else ""
                    raise RuntimeError(f"pgbouncer did not start: {exc!r}\n{out}") from exc
                await asyncio.sleep(0.05)  # polling a port until it answers, not synchronising

    def server_connections(self) -> int:
        """How many server connections PgBouncer holds to the database (its admin console's
        SHOW SERVERS; the console speaks the simple query protocol only, as psql does)."""
        listing = subprocess.run(
            [
                "psql",
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                self.user,
                "-At",
                "-F",
                "|",
                "-c",
                "SHOW SERVERS",
                "pgbouncer",
            ],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout
        return sum(1 for line in listing.splitlines() if line.split("|")[2:3] == [self.dbname])

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.dir, ignore_errors=True)


async def test_a_crowd_buys_and_pays_through_pgbouncer_in_transaction_mode(database):
    binary = _pgbouncer()
    storefront = await make_storefront()
    merchant = await Merchant.create(name="Hot", slug="hot")
    warehouse = await Warehouse.create(merchant=merchant, code="w", name="W")
    product = await make_product(
        merchant, storefront, "phone", price="99.00", stock=UNITS, warehouse=warehouse
    )
    variant = gid("Variant", (await product.variants.all())[0].id)
    shoppers = await make_shoppers(BUYERS)
    settings = Settings()
    bouncer = Bouncer(binary, database.url)
    try:
        await bouncer.wait_ready()
        env = {
            "PLAZA_DATABASE_URL": bouncer.url,
            "PLAZA_DB_POOL_MAX": "20",
            "PLAZA_BROKER_URL": "",
            "PLAZA_PUBSUB_URL": "",
            "PLAZA_SECRET_KEY": settings.secret_key,
            "PLAZA_PAYMENT_SANDBOX_SECRET": settings.payment_sandbox_secret,
        }
        async with async_live_server(env) as server:
            async with httpx.AsyncClient(base_url=server, timeout=60) as http:
                gql = HttpGql(http)

                async def buy(i: int, token: str) -> str:
                    cart = await cart_with(gql, token, storefront.code, [(variant, 1)])
                    placed = await place(gql, token, cart, f"bouncer-{i}")
                    if placed["errors"]:
                        return placed["errors"][0]["code"]
                    group = placed["orderGroup"]
                    body = await gql(
                        """mutation($input: PaymentStartInput!) { paymentStart(input: $input) {
                          payment { reference } errors { code } } }""",
                        {"input": {"orderGroupId": group["id"]}},
                        token=token,
                    )
                    reference = body["data"]["paymentStart"]["payment"]["reference"]
                    headers, raw = signed_callback(reference, group["total"]["amount"])
                    answer = await http.post(
                        "/payments/sandbox/callback", content=raw, headers=headers
                    )
                    assert answer.status_code == 200, answer.text
                    return answer.json()["status"]

                outcomes = Counter(
                    await asyncio.gather(*(buy(i, s.token) for i, s in enumerate(shoppers)))
                )
            output = server.output()
        opened = bouncer.server_connections()
    finally:
        bouncer.stop()

    assert outcomes == {"captured": UNITS, "INSUFFICIENT_STOCK": BUYERS - UNITS}, (
        outcomes,
        output[-3000:],
    )
    assert "prepared statement" not in output  # no statement met another client's connection
    assert 0 < opened <= SERVER_CONNECTIONS  # the app's 20-connection pool shared 4 servers
    paid = await MerchantOrder.filter(status=OrderStatus.PAID).count()
    assert paid == UNITS
    assert await Payment.filter(status=PaymentStatus.CAPTURED).count() == UNITS
    stock = await Stock.get(warehouse_id=warehouse.id)
    assert (stock.on_hand, stock.reserved) == (0, 0)
    assert all(row.ok for row in await reconcile())
