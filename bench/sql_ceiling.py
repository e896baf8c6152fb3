"""The PostgreSQL-only ceiling of a purchase: its exact SQL replayed by pgbench.

How many purchases per second can PostgreSQL on this machine complete when it is sent exactly
the statements a purchase sends, by a client that costs next to nothing (pgbench, C)? Python,
HTTP and GraphQL are out of the picture: if this figure is not well above a target, no change to
the app can reach the target on this machine with this schema.

What it does:

1. Creates a fresh database (``plaza_ceiling_<hex>``) with the project's schema and the
   flash-sale benchmark's seed (``bench/flash_sale.py``: the ``mall`` storefront, a merchant, one
   variant with ``--units`` on hand, ``--buyers`` customers; reserve mode).
2. Captures, in-process, the SQL of real purchases (``--flow quick``: ``cartCreate``,
   ``checkoutPlaceOrder``, the sandbox payment callback) through the ASGI app, at the driver
   (asyncpg): full statement texts with their ``$n`` parameters and values, and the BEGIN /
   COMMIT that ``in_transaction()`` sends. Then the background work the purchase causes, called
   directly: one outbox relay pass (``tasks.outbox.relay_batch``, with the handlers the runtime
   registers), which also writes the merchant's inbox item and webhook delivery of its
   ``order.paid`` event in its claim's transaction. Two purchases are captured and compared, so that
   every parameter that differs from one purchase to the next is either a pgbench variable or
   reported as held constant.
3. Writes a pgbench script replaying one purchase per pgbench transaction with the same
   statements and transaction boundaries: a random customer among the buyers; unique cart token,
   order numbers, idempotency key and payment reference; the ids a statement returns carried to
   the next ones with ``\\gset`` (``--write-script PATH`` keeps a copy; the one in the repository
   is ``bench/purchase.pgbench.sql``).
4. Runs ``pgbench -n -M prepared -c <clients> -j 2 -T <seconds>`` and prints purchases/s (pgbench's
   TPS), the average latency of a purchase, the CPU ms per purchase of this database's PostgreSQL
   backends and of every PostgreSQL process, and pgbench's own CPU.
   ``--no-background`` replays the three requests only; ``--relay-every N`` runs the relay pass
   on every Nth purchase of a client only (the app's relay serves several purchases per pass).
5. Checks that the rows are those of real purchases: paid order groups, captured payments,
   published outbox events and merchant inbox items match pgbench's transaction count, and the
   stock reconciles with its ledger. Then drops the database (``--keep-db`` keeps it, with the
   script, and prints the pgbench command to run again).

    python bench/sql_ceiling.py --clients 64 --seconds 60

Differences between the replay and the app are printed (and listed at the top of the generated
script): see ``REPLAY_NOTES``. Measure on a quiet machine (``--wait-quiet SECONDS``): anything else
running moves the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import resource
import secrets
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: python bench/sql_ceiling.py
    sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bench import flash_sale as fs  # noqa: E402

SECRET = "sql-ceiling-secret"
WARM_PURCHASES = 3  # before the capture: the app's caches are warm, its statements steady
CAPTURED = 2  # purchases captured and compared
CLK_TCK = os.sysconf("SC_CLK_TCK")
NOW_WINDOW_S = 5.0  # a datetime parameter this close to its statement's time is "now"

# Tables a purchase writes: their sequences are moved apart before the capture, so that every id
# of the captured purchase has a value of its own (see spread_sequences).
PURCHASE_TABLES = (
    "checkout_cart", "checkout_cart_line", "order_group", "merchant_order", "order_line",
    "order_event", "order_allocation", "inventory_stock_movement", "outbox_event", "payment",
    "merchant_inbox_item",
)  # fmt: skip
SEQUENCE_STEP = 1_000_000
BACKGROUND_STEPS = ("relay",)

# The sequences the placement's id statement (models.sql.next_ids) draws from -> the variable
# holding the first id drawn.
NEXT_ID_VARIABLES = {
    "order_group": "group_id",
    "merchant_order": "order_id",
    "order_line": "line_id",
}
# Statements whose result the replay keeps (\gset prefix): the cart's id, the payment's id.
GSET_PREFIXES = (('INSERT INTO "checkout_cart"', "cart_"), ('INSERT INTO "payment"', "pay_"))
# Unique per purchase in the replay, derived from the order group's id (a sequence value).
DERIVED = (
    ("num", "1000000000000000 + :group_id"),  # order group number, idempotency key
    ("mo_num", "10 * :num + 1"),  # merchant order number
    ("pay_ref", "2000000000000000 + :group_id"),  # payment reference
)

REPLAY_NOTES = (
    "Parameters pgbench cannot vary stay as captured (strings with ids in them: JSON payloads, "
    "the ledger reference, the buyer's e-mail, provider transaction ids; listed below).",
    "Unique strings are digits: cart token random(), order numbers, idempotency key and payment "
    "reference from the order group's id.",
    "A datetime parameter of the capture's current time is 'now' (the transaction's start "
    "time); others (payment deadline, risk windows) are the captured values.",
    "A NULL parameter is written as NULL in the statement (pgbench variables cannot be NULL); a "
    "parameter used twice is sent twice (pgbench numbers each use).",
    "The id statement of the placement is wrapped to return scalars for \\gset; the relay's "
    "claim is wrapped to return the claimed ids as one array (to mark them) and the id of the "
    "purchase's order.paid event (currval of the outbox sequence: the last event the callback "
    "wrote), which the relay's dispatch files the merchant's inbox item under.",
    "BEGIN/COMMIT go as prepared statements (the app sends them as simple queries).",
    "A relay pass per purchase (unless --relay-every), claiming up to the app's batch size: the "
    "app's relay runs a pass per wake-up (at most every 50 ms per worker), so under load one "
    "pass serves several purchases. The relay's endpoint check and marking run only when the "
    "pass claimed events; the dispatch of the purchase's own order.paid event (merchant inbox "
    "item) always runs, once per purchase as in the app, even when another client's pass "
    "claimed the event.",
    "Each client's first purchase also runs one SELECT of the constant parameters (for \\gset).",
    "Not replayed: sign-in (before the sale), the expiry actor (runs at the payment deadline, "
    "30 min later), the webhook sweep (once a minute per process), pub/sub (in memory).",
)


# --- capture ----------------------------------------------------------------------------------


@dataclass
class Statement:
    step: str
    text: str
    args: tuple
    at: float  # time.time() when sent


@dataclass
class Capture:
    """Records what the app sends through asyncpg while ``step`` is set: ``Connection.execute``
    without arguments (BEGIN, COMMIT: the simple query protocol) and ``Connection._execute``
    (every statement with parameters: fetch, fetchrow, execute with arguments)."""

    step: str | None = None
    statements: list[Statement] = field(default_factory=list)

    @contextlib.contextmanager
    def installed(self) -> Iterator[Capture]:
        from asyncpg.connection import Connection

        original_execute, original__execute = Connection.execute, Connection._execute
        capture = self

        async def execute(conn, query, *args, **kwargs):
            if capture.step and not args:
                # asyncpg numbers savepoints per connection: one name for every replay
                text = _SAVEPOINT.sub("plaza_savepoint", query)
                capture.statements.append(Statement(capture.step, text, (), time.time()))
            return await original_execute(conn, query, *args, **kwargs)

        async def _execute(conn, query, args, *rest, **kwargs):
            if capture.step:
                capture.statements.append(Statement(capture.step, query, tuple(args), time.time()))
            return await original__execute(conn, query, args, *rest, **kwargs)

        Connection.execute, Connection._execute = execute, _execute
        try:
            yield self
        finally:
            Connection.execute, Connection._execute = original_execute, original__execute


class StepTransport(httpx.AsyncBaseTransport):
    """The in-process ASGI transport, naming the capture's step after the request."""

    def __init__(self, inner: httpx.AsyncBaseTransport, capture: Capture, recording) -> None:
        self.inner = inner
        self.capture = capture
        self.recording = recording  # () -> bool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.recording():
            self.capture.step = _step_of(request)
        try:
            response = await self.inner.handle_async_request(request)
            await response.aread()
        finally:
            self.capture.step = None
        return response


def _step_of(request: httpx.Request) -> str:
    if request.url.path != "/graphql":
        return "callback"
    body = request.content.decode(errors="replace")
    for name in ("tokenCreate", "cartCreate", "checkoutPlaceOrder"):
        if name in body:
            return name
    return "other"


@dataclass
class Purchase:
    statements: list[Statement]
    variables: dict  # value key -> pgbench variable name
    customer_id: int
    event_ids: list[int]
    paid_event_id: int


def value_key(value) -> tuple:
    if isinstance(value, list | tuple):
        return ("list", tuple(sorted(value)))
    return (type(value).__name__, value)


async def spread_sequences() -> None:
    """Move the sequences of the tables a purchase writes to distinct ranges, so that no two
    ids of one purchase (nor a customer id) share a value, and the capture can tell them apart."""
    from models import sql

    for i, table in enumerate(PURCHASE_TABLES, start=1):
        await sql.fetch(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), $1)", i * SEQUENCE_STEP
        )


async def purchase_rows(email: str, statements: list[Statement]) -> Purchase:
    """The captured purchase's rows, as the values its parameters carry -> variable names."""
    from models.accounts import User
    from models.checkout import Cart
    from models.orders import MerchantOrder, OrderGroup, OrderLine
    from models.outbox import OutboxEvent
    from models.payments import Payment

    user = await User.get(email=email)
    cart = await Cart.filter(customer_id=user.id).order_by("-id").first()
    group = await OrderGroup.filter(customer_id=user.id).order_by("-id").first()
    order = await MerchantOrder.get(group_id=group.id)
    line = await OrderLine.get(order_id=order.id)
    payment = await Payment.get(group_id=group.id)
    mine = {("order_group", group.id), ("merchant_order", order.id)}
    events = [
        e
        for e in await OutboxEvent.filter(aggregate_id__in=(group.id, order.id))
        if (e.aggregate, e.aggregate_id) in mine
    ]
    paid = [e for e in events if e.topic == "order.paid"]
    if len(paid) != 1:
        raise RuntimeError(f"expected one order.paid event, found {len(paid)}")
    event_ids = sorted(e.id for e in events)
    if paid[0].id != event_ids[-1]:
        raise RuntimeError(
            "the order.paid event is not the last event the purchase wrote: the replay's "
            "currval() of the outbox sequence would not find it"
        )
    names = [
        (user.id, "cust"),
        (cart.id, "cart_id"),
        (cart.token, "token"),
        (group.id, "group_id"),
        (group.number, "num"),
        (group.idempotency_key, "num"),
        (order.id, "order_id"),
        (order.number, "mo_num"),
        (line.id, "line_id"),
        (payment.id, "pay_id"),
        (payment.reference, "pay_ref"),
        (paid[0].id, "paid_event"),
        (event_ids, "ids"),
    ]
    variables: dict[tuple, str] = {}
    for value, name in names:
        if variables.setdefault(value_key(value), name) != name:  # spread_sequences prevents it
            raise RuntimeError(f"{name} and {variables[value_key(value)]} have the same value")
    return Purchase(statements, variables, user.id, event_ids, paid[0].id)


async def capture_purchases(world: fs.World, provider) -> list[Purchase]:
    """Warm the app up with a few purchases, then capture CAPTURED purchases (requests, relay
    pass, which dispatches to the merchant too) of the last buyers, one at a time."""
    from plaza.app import create_app
    from plugins.registry import configure

    app = create_app(manage_orm=False)
    configure(sandbox_secret=SECRET)
    import tasks.webhooks  # noqa: F401  (the relay handlers the runtime registers)
    from tasks.outbox import relay_batch

    capture = Capture()
    recording = [False]
    transport = StepTransport(httpx.ASGITransport(app=app), capture, lambda: recording[0])
    buyers = [fs.Buyer(i, e) for i, e in enumerate(world.emails)]
    chosen = buyers[-(WARM_PURCHASES + CAPTURED) :]
    purchases = []
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        for buyer in chosen:
            await fs.sign_in(client, fs.Recorder(), buyer)
        with capture.installed():
            for n, buyer in enumerate(chosen):
                if n == WARM_PURCHASES:
                    await spread_sequences()
                recording[0] = n >= WARM_PURCHASES
                capture.statements = []
                await fs.purchase(client, fs.Recorder(), buyer, world, provider, "quick")
                capture.step = "relay" if recording[0] else None
                relayed = await relay_batch()
                capture.step = None
                if recording[0]:
                    purchase = await purchase_rows(buyer.email, list(capture.statements))
                    if relayed.published != len(purchase.event_ids):
                        raise RuntimeError(f"the relay pass published {relayed.published} events")
                    purchases.append(purchase)
    return purchases


# --- the pgbench script ------------------------------------------------------------------------

_PARAM = re.compile(r"\$(\d+)")
_SAVEPOINT = re.compile(r"__asyncpg_savepoint_\d+__")
# The id of the last outbox event this session wrote: the purchase's order.paid event.
_LAST_EVENT = "currval(pg_get_serial_sequence('\"outbox_event\"', 'id'))"
_VARIABLE = re.compile(r"(?<!:):\w")  # pgbench's ":name" (not "::type")
_NEXT_IDS = re.compile(
    r"nextval\(pg_get_serial_sequence\('\"(\w+)\"', 'id'\)\) FROM generate_series\(1, \$(\d+)\)"
    r"\) AS \"(\d+)\""
)


def is_begin(text: str) -> bool:
    return text.strip().rstrip(";").upper() in ("BEGIN", "START TRANSACTION")


def is_commit(text: str) -> bool:
    return text.strip().rstrip(";").upper() == "COMMIT"


def is_per_pass(text: str) -> bool:
    """A statement of the relay pass itself (endpoint check, marking the claimed events), not of
    the dispatch of one event."""
    return (
        '"webhook_endpoint"' in text
        or '"api_key"' in text
        or text.lstrip().startswith('UPDATE "outbox_event"')
    )


def is_claim(text: str) -> bool:
    return '"outbox_event"' in text and "FOR UPDATE SKIP LOCKED" in text


def sql_literal(value) -> str:
    """A parameter value as the text PostgreSQL parses for it (for the constants' SELECT)."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, datetime):
        text = value.isoformat()
    elif isinstance(value, list | tuple):
        text = "{" + ",".join(_array_item(v) for v in value) + "}"
    elif isinstance(value, dict):
        text = json.dumps(value)
    elif isinstance(value, int | float | Decimal | str):
        text = str(value)
    else:
        raise TypeError(f"cannot replay a parameter of type {type(value).__name__}: {value!r}")
    # An escape string with every colon as \x3a: pgbench takes ":name" for a variable even
    # inside a quoted literal (times, URLs and JSON have colons).
    escaped = text.replace("\\", "\\\\").replace("'", "\\'").replace(":", "\\x3a")
    return f"E'{escaped}'"


def _array_item(value) -> str:
    if isinstance(value, int | Decimal):
        return str(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def summarize(text: str) -> str:
    """What a statement does, in a few words (tables written and read)."""
    if is_begin(text) or is_commit(text):
        return text.strip().rstrip(";").upper()
    writes = []
    for verb, pattern in (("insert", r'INSERT INTO "(\w+)"'), ("update", r'UPDATE "(\w+)"')):
        tables = list(dict.fromkeys(re.findall(pattern, text)))
        if tables:
            writes.append(f"{verb} {', '.join(tables)}")
    reads = list(dict.fromkeys(re.findall(r'(?:FROM|JOIN) "(\w+)"', text)))
    written = set(re.findall(r'(?:INSERT INTO|UPDATE) "(\w+)"', text))
    reads = [t for t in reads if t not in written]
    if "nextval(" in text:
        reads = [f"nextval of {', '.join(m[0] for m in _NEXT_IDS.findall(text))} ids"]
    if "FOR UPDATE" in text:
        reads = [f"{r} FOR UPDATE SKIP LOCKED" for r in reads]
    parts = writes + ([f"read {', '.join(reads)}"] if reads else [])
    return "; ".join(parts) or " ".join(text.split())[:60]


@dataclass
class Script:
    text: str
    commands: list[tuple[str, str]]  # (step, summary) of each statement sent per purchase
    held_constant: list[str]  # parameters that vary in the app, constant in the replay
    notes: list[str]  # how the replay differs from the app
    events_per_purchase: int  # outbox events a purchase writes


class ScriptBuilder:
    def __init__(
        self,
        purchases: list[Purchase],
        customers: tuple[int, int],
        background: bool = True,
        relay_every: int = 1,
    ) -> None:
        self.a, self.b = purchases[0], purchases[1]
        self.relay_every = relay_every
        if not background:  # the three requests only
            for p in (self.a, self.b):
                p.statements = [s for s in p.statements if s.step not in BACKGROUND_STEPS]
        self.customers = customers
        self.constants: dict[tuple, tuple[str, str]] = {}  # value key -> (variable, literal)
        self.held_constant: list[str] = []
        self._held: set[tuple[int, int]] = set()
        self.defined = {"seq", "cust", "token"}

    def constant(self, value) -> str:
        key = ("now",) if value == "now" else value_key(value)
        if key not in self.constants:
            literal = "'now'" if value == "now" else sql_literal(value)
            self.constants[key] = (f"k{len(self.constants) + 1}", literal)
        return self.constants[key][0]

    def parameter(self, index: int, n: int, a: Statement, b: Statement) -> str:
        """What replaces ``$n`` of statement ``index``: a variable, or NULL."""
        va, vb = a.args[n - 1], b.args[n - 1]
        if va is None:
            if vb is not None:
                raise RuntimeError(f"statement {index} ${n}: NULL in one purchase only")
            return "NULL"
        name_a = self.a.variables.get(value_key(va))
        name_b = self.b.variables.get(value_key(vb))
        if name_a or name_b:
            if name_a != name_b:
                raise RuntimeError(f"statement {index} ${n}: {name_a} vs {name_b}")
            if name_a not in self.defined:
                raise RuntimeError(f"statement {index} ${n}: {name_a} is used before it is set")
            return f":{name_a}"
        if isinstance(va, datetime) and abs(va.timestamp() - a.at) < NOW_WINDOW_S:
            return f":{self.constant('now')}"
        if value_key(va) != value_key(vb) and (index, n) not in self._held:
            self._held.add((index, n))
            shown = va.isoformat() if isinstance(va, datetime) else repr(va)
            shown = shown if len(shown) <= 60 else shown[:57] + "..."
            self.held_constant.append(
                f"{a.step} #{index + 1} ({summarize(a.text)}): ${n} = {shown}"
            )
        return f":{self.constant(va)}"

    def statement(self, index: int, a: Statement, b: Statement) -> str:
        if a.text != b.text or len(a.args) != len(b.args):
            raise RuntimeError(
                f"statement {index} differs between the two captured purchases:\n"
                f"  {a.text[:300]} ({len(a.args)} args)\n  {b.text[:300]} ({len(b.args)} args)"
            )
        if _VARIABLE.search(a.text):
            raise RuntimeError(f"statement {index} has text pgbench would take for a variable")
        body = _PARAM.sub(lambda m: self.parameter(index, int(m.group(1)), a, b), a.text)
        return body.strip().rstrip(";").strip()

    def build(self) -> Script:
        a_statements, b_statements = self.a.statements, self.b.statements
        if [s.step for s in a_statements] != [s.step for s in b_statements]:
            raise RuntimeError("the two captured purchases sent different statements")
        lines: list[str] = []
        commands: list[tuple[str, str]] = []
        step = None
        in_claimed = False  # after the relay's claim, until its COMMIT
        in_if = False  # inside "\\if :claimed > 0"
        for index, (a, b) in enumerate(zip(a_statements, b_statements, strict=True)):
            if a.step != step:
                step = a.step
                count = sum(1 for s in a_statements if s.step == step)
                lines.append(f"\n-- {step} ({count} statements)")
                if step == "relay" and self.relay_every > 1:
                    lines.append(f"\\if :seq % {self.relay_every} = 0")
            commands.append((a.step, summarize(a.text)))
            if in_claimed and not is_commit(a.text) and is_per_pass(a.text) != in_if:
                # The endpoint check and the marking run only when the pass claimed something;
                # the dispatch of this purchase's order.paid event always runs: with several
                # clients, another pass may have claimed the event and dispatched its own
                # purchase's, and each purchase's dispatch must happen once.
                lines.append("\\if :claimed > 0" if not in_if else "\\endif")
                in_if = not in_if
            if is_begin(a.text) or is_commit(a.text):
                if is_commit(a.text) and in_claimed:
                    if in_if:
                        lines.append("\\endif")
                    in_claimed = in_if = False
                lines.append("COMMIT;" if is_commit(a.text) else "BEGIN;")
                if is_commit(a.text) and a.step == "relay" and self.relay_every > 1:
                    lines += [
                        "\\else",
                        "-- no relay pass: the order.paid event's id, read as the relay does",
                        f'SELECT {_LAST_EVENT} AS "paid_event" \\gset',
                        "\\endif",
                    ]
                continue
            lines.append(f"-- {summarize(a.text)}")
            body = self.statement(index, a, b)
            if body.startswith("SELECT ARRAY(SELECT nextval("):
                columns = []
                for table, n, alias in _NEXT_IDS.findall(a.text):
                    if a.args[int(n) - 1] != 1:
                        raise RuntimeError(f"the purchase draws {a.args[int(n) - 1]} {table} ids")
                    name = NEXT_ID_VARIABLES[table]
                    columns.append(f'ids."{alias}"[1] AS "{name}"')
                    self.defined.add(name)
                lines.append(f"SELECT {', '.join(columns)} FROM ({body}) AS ids \\gset")
                for name, expression in DERIVED:
                    lines.append(f"\\set {name} {expression}")
                    self.defined.add(name)
                continue
            if is_claim(a.text):
                lines.append(
                    'SELECT coalesce(array_agg(claimed."id"), \'{}\') AS "ids", '
                    f'count(*) AS "claimed", {_LAST_EVENT} AS "paid_event"\n'
                    f"FROM ({body}) AS claimed \\gset"
                )
                self.defined |= {"ids", "claimed", "paid_event"}
                in_claimed = True
                continue
            prefix = next((p for marker, p in GSET_PREFIXES if marker in a.text), None)
            if prefix:
                lines.append(f"{body} \\gset {prefix}")
                self.defined.add(f"{prefix}id")
            else:
                lines.append(f"{body};")
        if in_claimed:
            raise RuntimeError("the relay pass has no COMMIT")
        return Script(
            self.render(lines), commands, self.held_constant, self.notes(), len(self.a.event_ids)
        )

    def notes(self) -> list[str]:
        notes = list(REPLAY_NOTES)
        if self.relay_every > 1:
            notes.append(
                f"A relay pass every {self.relay_every} purchases of a client (--relay-every); "
                "the other purchases read the id of their order.paid event with a statement of "
                "their own (SELECT currval(...)), as the relay's claim does."
            )
        return notes

    def render(self, lines: list[str]) -> str:
        low, high = self.customers
        constants = ",\n    ".join(f'{lit} AS "{name}"' for name, lit in self.constants.values())
        notes = "\n".join(
            textwrap.fill(note, 98, initial_indent="--   - ", subsequent_indent="--     ")
            for note in self.notes()
        )
        held = (
            "\n".join(
                textwrap.fill(h, 98, initial_indent="--   ", subsequent_indent="--       ")
                for h in self.held_constant
            )
            or "--   (none)"
        )
        background = (
            ", then the\n-- background work it causes (an outbox relay pass, which dispatches its "
            "order.paid event\n-- to the merchant's inbox)"
            if any(s.step in BACKGROUND_STEPS for s in self.a.statements)
            else "\n-- (without the background work it causes: --no-background)"
        )
        header = f"""\
-- One purchase of bench/flash_sale.py (--flow quick, reserve mode) as the SQL the app sends,
-- for pgbench: cartCreate, checkoutPlaceOrder, the sandbox payment callback{background}.
-- Generated by bench/sql_ceiling.py from a capture of real purchases:
-- statement texts as the app sends them, $n parameters as pgbench variables. Ids and constants
-- are those of the database it was captured on (bench/sql_ceiling.py seeds a fresh database,
-- captures and regenerates this for every run):
--
--   pgbench -n -M prepared -D seq=0 -c 64 -j 2 -T 60 -f purchase.pgbench.sql <database>
--
-- (-D seq=0 starts each client's purchase counter: its first purchase reads the constants.)
-- Replay differences:
{notes}
-- Parameters that vary from one purchase to the next in the app, constant here:
{held}

\\set seq :seq + 1
\\if :seq = 1
-- once per client: the parameters that are the same for every purchase
SELECT
    {constants}
\\gset
\\endif
\\set cust random({low}, {high})
\\set token random(100000000000000000, 999999999999999999)"""
        return header + "\n" + "\n".join(lines) + "\n"


# --- CPU -------------------------------------------------------------------------------------


def _stat_fields(pid: int) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def postgres_ticks(postmaster: int) -> int:
    """CPU ticks of every PostgreSQL process so far: the postmaster, its live children and the
    children it has reaped (backends that have exited count in its cutime/cstime)."""
    own = _stat_fields(postmaster)
    if own is None:
        return 0
    total = sum(int(v) for v in own[11:15])  # utime stime cutime cstime
    for child in fs._children(postmaster):
        fields_ = _stat_fields(child)
        if fields_:
            total += int(fields_[11]) + int(fields_[12])
    return total


class BackendSampler:
    """The CPU ticks of this database's backends (pgbench's sessions), read every ``interval``
    seconds while pgbench runs: a backend's last reading before it exits is its total. (A
    backend's last ``interval`` of work can be missed; the all-processes figure is exact.)"""

    def __init__(self, dbname: str, interval: float = 0.1) -> None:
        self.dbname = dbname
        self.interval = interval
        self.ticks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> BackendSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        pids: list[int] = []
        last_scan = 0.0
        while not self._stop.is_set():
            now = time.monotonic()
            if now - last_scan > 1.0 or len(pids) < 2:
                pids = fs._pg_backends(self.dbname)
                last_scan = now
            for pid in pids:
                fields_ = _stat_fields(pid)
                if fields_:
                    self.ticks[pid] = int(fields_[11]) + int(fields_[12])
            self._stop.wait(self.interval)

    @property
    def seconds(self) -> float:
        return sum(self.ticks.values()) / CLK_TCK


# --- running pgbench ---------------------------------------------------------------------------


def pgbench_command(args, script: Path, dbname: str) -> tuple[list[str], dict]:
    """The pgbench command line and its environment (the admin URL's password, if any)."""
    url = urlsplit(args.db_admin_url)
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = unquote(url.password)
    command = [args.pgbench, "-n", "-M", "prepared", "-D", "seq=0"]
    command += ["-c", str(args.clients), "-j", str(min(args.threads, args.clients))]
    command += ["-T", str(args.seconds), "-f", str(script)]
    if args.per_statement:
        command.append("-r")
    command += ["-h", url.hostname or "127.0.0.1", "-p", str(url.port or 5432)]
    if url.username:
        command += ["-U", unquote(url.username)]
    return [*command, dbname], env


def parse_pgbench(output: str) -> dict:
    def number(pattern: str) -> float | None:
        m = re.search(pattern, output)
        return float(m.group(1)) if m else None

    return {
        "transactions": int(number(r"number of transactions actually processed: (\d+)") or 0),
        "failed": int(number(r"number of failed transactions: (\d+)") or 0),
        "tps": number(r"tps = ([\d.]+) \(without initial connection time\)"),
        "latency_ms": number(r"latency average = ([\d.]+) ms"),
        "connection_ms": number(r"initial connection time = ([\d.]+) ms"),
    }


_pgbench_process: list[subprocess.Popen] = []


def wait_backends_gone(dbname: str, postmaster: int, max_wait: float = 5.0) -> None:
    """Wait until pgbench's backends have exited and the postmaster has reaped them: only then
    is their CPU in the postmaster's cutime/cstime (a zombie's is in neither place)."""
    deadline = time.monotonic() + max_wait
    while time.monotonic() < deadline:
        zombies = [c for c in fs._children(postmaster) if (_stat_fields(c) or ["", "?"])[0] == "Z"]
        if not zombies and not fs._pg_backends(dbname):
            return
        time.sleep(0.02)


def run_pgbench(command: list[str], env: dict, dbname: str, postmaster: int) -> dict:
    machine0 = fs._machine_busy()
    pg0 = postgres_ticks(postmaster)
    children0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    self0 = time.process_time()
    started = time.perf_counter()
    with BackendSampler(dbname) as sampler:
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
        )
        _pgbench_process.append(process)
        try:
            out, err = process.communicate()
        finally:
            _pgbench_process.remove(process)
        wait_backends_gone(dbname, postmaster)
    wall = time.perf_counter() - started
    children1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    pg1 = postgres_ticks(postmaster)
    machine1 = fs._machine_busy()
    result = parse_pgbench(out)
    result.update(
        returncode=process.returncode,
        stdout=out,
        stderr=err,
        wall_s=wall,
        backend_cpu_s=sampler.seconds,
        backends=len(sampler.ticks),
        postgres_cpu_s=(pg1 - pg0) / CLK_TCK,
        pgbench_cpu_s=(children1.ru_utime - children0.ru_utime)
        + (children1.ru_stime - children0.ru_stime),
        sampler_cpu_s=time.process_time() - self0,
        # busy CPU of the whole machine, in seconds (all cores; /proc/stat counts in ticks)
        machine_busy_s=(machine1[0] - machine0[0]) / CLK_TCK,
        machine_busy_pct=100 * (machine1[0] - machine0[0]) / max(machine1[1] - machine0[1], 1),
    )
    return result


# --- checks ------------------------------------------------------------------------------------

COUNTS = {  # what each purchase adds one of
    "paid order groups": """SELECT count(*) AS n FROM "order_group" WHERE "status" = 'paid'""",
    "paid merchant orders": """SELECT count(*) AS n FROM "merchant_order"
                               WHERE "status" = 'paid'""",
    "captured payments": """SELECT count(*) AS n FROM "payment" WHERE "status" = 'captured'""",
    "deducted allocations": """SELECT count(*) AS n FROM "order_allocation"
                               WHERE "state" = 'deducted'""",
    "merchant inbox items": 'SELECT count(*) AS n FROM "merchant_inbox_item"',
}
UNPUBLISHED = """SELECT count(*) AS n FROM "outbox_event" WHERE "published_at" IS NULL"""
# Inbox items not filed under their order's order.paid event (the dispatch's event id is wrong).
MISFILED = """SELECT count(*) AS n FROM "merchant_inbox_item" i
    LEFT JOIN "outbox_event" e ON e."id" = i."event_id" AND e."topic" = 'order.paid'
        AND e."aggregate" = 'merchant_order' AND e."aggregate_id" = i."order_id"
    WHERE e."id" IS NULL"""


async def counts() -> dict[str, int]:
    from models import sql

    return {name: (await sql.fetch(q))[0]["n"] for name, q in COUNTS.items()}


async def verify(
    before: dict[str, int],
    transactions: int,
    world: fs.World,
    units: int,
    background: bool,
    may_stay: int = 0,
) -> dict:
    """``may_stay``: outbox events that may be left unpublished (with --relay-every N, those of
    each client's last purchases since its last relay pass)."""
    from models import sql

    after = await counts()
    checks = {}
    for name in COUNTS:
        added = after[name] - before[name]
        if name != "merchant inbox items" or background:
            checks[f"{name}: +{added} == {transactions} transactions"] = added == transactions
    if background:
        unpublished = (await sql.fetch(UNPUBLISHED))[0]["n"]
        checks[f"outbox events left unpublished: {unpublished} <= {may_stay}"] = (
            unpublished <= may_stay
        )
        misfiled = (await sql.fetch(MISFILED))[0]["n"]
        checks[f"inbox items not under their order's order.paid event: {misfiled} == 0"] = (
            misfiled == 0
        )
    stock = await fs.check(world, units)
    for name, ok in stock["checks"].items():
        checks[f"stock: {name}"] = ok
    return {"ok": all(checks.values()), "checks": checks, "stock": stock}


# --- main --------------------------------------------------------------------------------------


async def prepare(args, dbname: str) -> tuple[Script, fs.World, int, dict[str, int]]:
    """Create, migrate and seed the database, capture, build the script; returns it with the
    world, the postmaster's pid and the counts before the run."""
    from models.accounts import User
    from plaza.db import close_orm, init_orm, migrate

    url = fs._with_db(args.db_admin_url, dbname)
    provider = fs._provider(SECRET)
    await migrate(url)
    await init_orm(url, pool_max=4)
    try:
        world = await fs.set_up(f"ceil{secrets.token_hex(2)}", args.buyers, args.units, "reserve")
        purchases = await capture_purchases(world, provider)
        ids = await User.filter(email__in=world.emails).values_list("id", flat=True)
        customers = (min(ids), max(ids))
        builder = ScriptBuilder(purchases, customers, not args.no_background, args.relay_every)
        script = builder.build()
        backends = fs._pg_backends(dbname)
        stat = _stat_fields(backends[0]) if backends else None
        if stat is None:
            raise RuntimeError("cannot find this database's PostgreSQL backends in /proc")
        postmaster = int(stat[1])  # ppid
        before = await counts()
    finally:
        await close_orm()
    return script, world, postmaster, before


async def check_after(args, dbname: str, world, before, transactions: int, script) -> dict:
    from plaza.db import close_orm, init_orm

    may_stay = script.events_per_purchase * args.clients * (args.relay_every - 1)
    await init_orm(fs._with_db(args.db_admin_url, dbname), pool_max=2)
    try:
        return await verify(
            before, transactions, world, args.units, not args.no_background, may_stay
        )
    finally:
        await close_orm()


def report(args, script: Script, result: dict, check: dict | None) -> None:
    n = max(result["transactions"], 1)
    print(f"\nstatements per purchase ({len(script.commands)}, BEGIN/COMMIT included):")
    step = None
    for i, (s, summary) in enumerate(script.commands, start=1):
        if s != step:
            step = s
            print(f"  {s}:")
        print(f"    {i:>2}. {summary}")
    print("\nreplay differences:")
    for note in script.notes:
        print(textwrap.fill(note, 100, initial_indent="  - ", subsequent_indent="    "))
    if script.held_constant:
        print("\nvary per purchase in the app, constant in the replay:")
        for h in script.held_constant:
            print(f"  {h}")
    print()
    print(
        f"pgbench: {args.clients} clients, {min(args.threads, args.clients)} threads, "
        f"{args.seconds} s; machine {fs.machine()['cpu']} x{os.cpu_count()}, load "
        f"{fs.loadavg()}, busy {result['machine_busy_pct']:.0f}% during the run"
    )
    print(
        f"purchases: {result['transactions']} ({result['failed']} failed), "
        f"{result['tps'] or 0:.1f} purchases/s, latency average {result['latency_ms'] or 0:.1f} ms"
    )
    wall = result["wall_s"]
    for label, key in (
        (f"PostgreSQL, this database's {result['backends']} backends", "backend_cpu_s"),
        ("PostgreSQL, every process (all databases, WAL writer, ...)", "postgres_cpu_s"),
        ("pgbench", "pgbench_cpu_s"),
        ("this script (sampling /proc)", "sampler_cpu_s"),
    ):
        seconds = result[key]
        print(
            f"CPU {label}: {1000 * seconds / n:.2f} ms per purchase "
            f"({seconds:.2f} s, {seconds / wall:.2f} cores)"
        )
    other = result["machine_busy_s"] - result["postgres_cpu_s"] - result["pgbench_cpu_s"]
    other -= result["sampler_cpu_s"]
    print(
        f"CPU of everything else on the machine (other users, kernel threads, interrupts): "
        f"{max(other, 0) / wall:.2f} cores"
    )
    if args.per_statement:
        print("\n" + result["stdout"].split("statement latencies in milliseconds", 1)[-1])
    if check is not None:
        print()
        for name, ok in check["checks"].items():
            print(f"  [{'ok' if ok else 'FAIL'}] {name}")
        print(f"rows check: {'PASS' if check['ok'] else 'FAIL'}")
    summary = {
        "bench": "sql_ceiling",
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": fs.machine(),
        "args": {
            "clients": args.clients,
            "seconds": args.seconds,
            "buyers": args.buyers,
            "background": not args.no_background,
            "relay_every": args.relay_every,
        },
        "statements": len(script.commands),
        "purchases": result["transactions"],
        "failed": result["failed"],
        "purchases_per_s": result["tps"],
        "latency_ms": result["latency_ms"],
        "cpu_ms_per_purchase": {
            "postgres_backends": round(1000 * result["backend_cpu_s"] / n, 2),
            "postgres_all": round(1000 * result["postgres_cpu_s"] / n, 2),
            "pgbench": round(1000 * result["pgbench_cpu_s"] / n, 2),
        },
        "machine_busy_pct": round(result["machine_busy_pct"], 1),
        "check": None if check is None else check["ok"],
    }
    print("\nRESULT " + json.dumps(summary, separators=(",", ":")))


def write_script(script: Script, path: Path, copy: str | None) -> Path:
    path.write_text(script.text)
    if copy:
        Path(copy).write_text(script.text)
    return path


async def main_async(args, dbname: str, workdir: Path) -> int:
    await fs._admin(args.db_admin_url, f'CREATE DATABASE "{dbname}"')
    script, world, postmaster, before = await prepare(args, dbname)
    path = write_script(script, workdir / "purchase.pgbench.sql", args.write_script)
    command, env = pgbench_command(args, path, dbname)
    print("running:", shlex.join(command), flush=True)
    result = await asyncio.to_thread(run_pgbench, command, env, dbname, postmaster)
    if result["returncode"] != 0 or result["tps"] is None:
        print(result["stdout"][-3000:], result["stderr"][-3000:], sep="\n", file=sys.stderr)
    check = await check_after(args, dbname, world, before, result["transactions"], script)
    report(args, script, result, check)
    if args.keep_db:
        print(f"\nkept: database {dbname}, script {path}\nagain: {shlex.join(command)}")
    return 0 if result["returncode"] == 0 and check["ok"] else 1


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--clients", type=int, default=64, help="pgbench -c (default 64)")
    p.add_argument("--threads", type=int, default=2, help="pgbench -j (default 2)")
    p.add_argument("--seconds", type=int, default=60, help="pgbench -T (default 60)")
    p.add_argument("--buyers", type=int, default=2000, help="customers to pick from (2000)")
    p.add_argument("--units", type=int, default=10_000_000, help="stock on hand (never sells out)")
    p.add_argument("--db-admin-url", default=fs.DEFAULT_ADMIN_URL, help="to create/drop the DB")
    p.add_argument(
        "--no-background",
        action="store_true",
        help="replay the three requests only, without the relay pass (and its dispatch)",
    )
    p.add_argument(
        "--relay-every",
        type=int,
        default=1,
        metavar="N",
        help="one outbox relay pass every N purchases of a client (default 1: every purchase, as "
        "captured; the app's relay serves several purchases per pass under load)",
    )
    p.add_argument("--pgbench", default="pgbench", help="the pgbench executable")
    p.add_argument("--per-statement", action="store_true", help="pgbench -r: latency per statement")
    p.add_argument("--write-script", metavar="PATH", help="also write the pgbench script here")
    p.add_argument(
        "--keep-db", action="store_true", help="keep the database and the script (prints both)"
    )
    p.add_argument(
        "--wait-quiet",
        type=float,
        default=0,
        metavar="SECONDS",
        help="first wait up to this long for the machine to be --quiet-idle %% idle",
    )
    p.add_argument("--quiet-idle", type=float, default=70.0, help="(default 70)")
    args = p.parse_args(argv)
    if args.relay_every < 1:
        p.error("--relay-every must be >= 1")
    if not 200 <= args.buyers < SEQUENCE_STEP:  # customer ids apart from small constants
        p.error(f"--buyers must be in [200, {SEQUENCE_STEP})")
    return args


def _interrupted(signum, frame) -> None:
    for process in list(_pgbench_process):
        with contextlib.suppress(ProcessLookupError):
            process.terminate()
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, _interrupted)
    if args.wait_quiet:
        idle, waited = fs.wait_for_quiet(args.wait_quiet, args.quiet_idle)
        print(f"machine {idle}% idle after waiting {waited} s")
    dbname = f"plaza_ceiling_{secrets.token_hex(4)}"
    workdir = Path(tempfile.mkdtemp(prefix="plaza-ceiling-"))
    try:
        return asyncio.run(main_async(args, dbname, workdir))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    finally:
        if not args.keep_db:  # also after an error or an interruption
            drop = f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)'
            asyncio.run(fs._admin(args.db_admin_url, drop))
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
