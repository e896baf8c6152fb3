"""A database outage is answered "retry later" (503 + ``Retry-After``, GraphQL
``SERVICE_UNAVAILABLE``), never a masked 500 or a 200 with ``INTERNAL_ERROR``.

One rule (``models.errors.is_database_unavailable``) decides what an outage is. On SQLite the
answers are checked with the failure injected; on PostgreSQL with a real outage: the database
stops taking connections (``ALLOW_CONNECTIONS false``) and every session on it is terminated,
as in a restart, then it comes back.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import asyncpg.exceptions as pg
import pytest
from tortoise.exceptions import DBConnectionError, IntegrityError, OperationalError

from models.errors import is_database_unavailable
from plaza import auth
from plugins.registry import get_registry
from plugins.shipping.sandbox_express import new_update
from resolvers import catalog
from tests.checkout_support import signed_callback
from tests.support import make_user

STOREFRONTS = {"query": "{ storefronts { code } }"}
VIEWER = {"query": "{ __typename }"}


def _raised_from(outer: type[Exception], inner: BaseException) -> Exception:
    try:
        try:
            raise inner
        except BaseException as exc:
            raise outer(str(exc)) from exc
    except Exception as exc:
        return exc


@pytest.mark.parametrize(
    "exc",
    [
        ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 5432)"),
        OSError("Multiple exceptions: [Errno 111] Connect call failed"),
        ConnectionResetError(),
        pg.CannotConnectNowError("the database system is starting up"),
        pg.ConnectionDoesNotExistError("connection was closed in the middle of operation"),
        pg.TooManyConnectionsError("sorry, too many clients already"),
        pg.AdminShutdownError("terminating connection due to administrator command"),
        pg.InterfaceError("cannot call Connection.fetch(): connection is closed"),
        pg.InterfaceError("pool is closed"),
        pg.InternalClientError("cannot switch to state 12; another operation (2) is in progress"),
        pg.ObjectNotInPrerequisiteStateError(
            'database "plaza" is not currently accepting connections'
        ),
        DBConnectionError("Can't establish connection to database plaza"),
        _raised_from(OperationalError, pg.AdminShutdownError("terminating connection")),
        ExceptionGroup("both", [ConnectionRefusedError(), pg.CannotConnectNowError("x")]),
    ],
    ids=repr,
)
def test_connection_failures_are_outages(exc):
    assert is_database_unavailable(exc)


@pytest.mark.parametrize(
    "exc",
    [
        None,
        _raised_from(OperationalError, sqlite3.OperationalError("database is locked")),
        sqlite3.OperationalError("database is locked"),
        IntegrityError("duplicate key value violates unique constraint"),
        pg.LockNotAvailableError("could not obtain lock on row"),
        pg.QueryCanceledError("canceling statement due to statement timeout"),
        pg.InterfaceError("cannot perform operation: another operation is in progress"),
        pg.UniqueViolationError("duplicate key"),
        FileNotFoundError("/var/plaza.sqlite3"),
        TimeoutError(),
        ValueError("a bug"),
        # an HTTP client's error raised from a refused socket: another service, not the database
        _raised_from(RuntimeError, ConnectionRefusedError()),
        ExceptionGroup("mixed", [ConnectionRefusedError(), ValueError("a bug")]),
    ],
    ids=repr,
)
def test_other_errors_are_not_outages(exc):
    assert not is_database_unavailable(exc)


def assert_unavailable(response, *, graphql: bool = True) -> None:
    assert response.status_code == 503, response.text
    assert int(response.headers["retry-after"]) > 0
    if graphql:
        (error,) = response.json()["errors"]
        assert error["extensions"]["code"] == "SERVICE_UNAVAILABLE"
        assert error["extensions"]["requestId"]
        assert "5432" not in error["message"]  # the cause is logged, not shown
    else:
        assert response.json()["code"] == "SERVICE_UNAVAILABLE"


# --- the answers, with the failure injected (any backend) -------------------------------------


def _refused(*args, **kwargs):
    raise ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 5432)")


async def _refused_async(*args, **kwargs):
    _refused()


async def test_graphql_operation_failing_on_an_outage_is_503(client, monkeypatch, caplog):
    monkeypatch.setattr(catalog, "storefronts", _refused_async)
    for accept in ("application/json", "application/graphql-response+json"):
        response = await client.post("/graphql", json=STOREFRONTS, headers={"accept": accept})
        assert_unavailable(response)
    assert not [r for r in caplog.records if r.levelname == "ERROR"]  # no stack for an outage


async def test_partial_data_stays_200_with_the_error_in_the_payload(client, monkeypatch):
    monkeypatch.setattr(catalog, "get_product", _refused_async)
    query = '{ categories { name } product(id: "UHJvZHVjdDox") { name } }'
    response = await client.post("/graphql", json={"query": query})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["data"] == {"categories": [], "product": None}
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "SERVICE_UNAVAILABLE" and error["path"] == ["product"]


async def test_other_failures_stay_internal_errors(client, monkeypatch):
    async def broken():
        raise ValueError("a bug")

    monkeypatch.setattr(catalog, "storefronts", broken)
    response = await client.post("/graphql", json=STOREFRONTS)
    assert response.status_code == 200
    assert response.json()["errors"][0]["extensions"]["code"] == "INTERNAL_ERROR"


async def test_viewer_lookup_on_an_outage_is_503(client, monkeypatch):
    _, token = await make_user("outage@plaza.test")
    monkeypatch.setattr(auth, "viewer_for_user", _refused_async)
    response = await client.post(
        "/graphql", json=VIEWER, headers={"Authorization": f"Bearer {token}"}
    )
    assert_unavailable(response)


async def test_callbacks_on_an_outage_are_503_for_the_sender_to_retry(client, monkeypatch):
    import resolvers.logistics
    import resolvers.payments

    monkeypatch.setattr(resolvers.payments, "payment_callback", _refused_async)
    monkeypatch.setattr(resolvers.logistics, "receive_tracking", _refused_async)
    headers, body = signed_callback("pay_outage", "5.00")
    response = await client.post("/payments/sandbox/callback", content=body, headers=headers)
    assert_unavailable(response, graphql=False)
    headers, body = _push()
    response = await client.post("/carriers/sandbox_express/events", content=body, headers=headers)
    assert_unavailable(response, graphql=False)


def _push(number: str = "SX0000000001"):
    from models.logistics import TrackingStatus

    carrier = get_registry().carriers["sandbox_express"]
    return carrier.build_push([new_update(number, TrackingStatus.IN_TRANSIT)])


# --- a real outage (PostgreSQL) -----------------------------------------------------------------


def _admin_url(url: str) -> str:
    configured = os.environ.get("PLAZA_TEST_ADMIN_URL")
    if configured:
        return configured.replace("postgres://", "postgresql://", 1)
    parts = urlsplit(url.replace("postgres://", "postgresql://", 1))
    return urlunsplit(parts._replace(path="/postgres"))


@contextlib.asynccontextmanager
async def postgres_outage(url: str) -> AsyncIterator[None]:
    """The database refuses new sessions and every session on it is terminated (what clients
    see while PostgreSQL restarts); restored on leaving, whatever happened."""
    database = urlsplit(url).path.lstrip("/")
    admin = await asyncpg.connect(_admin_url(url), timeout=10)
    quoted = '"' + database.replace('"', '""') + '"'
    try:
        await admin.execute(f"ALTER DATABASE {quoted} ALLOW_CONNECTIONS false")
        await admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = $1 AND pid <> pg_backend_pid()",
            database,
        )
        yield
    finally:
        try:
            await admin.execute(f"ALTER DATABASE {quoted} ALLOW_CONNECTIONS true")
        finally:
            await admin.close()


async def _pending_payment(reference: str, amount: Decimal):
    from models.orders import InventoryMode, OrderGroup
    from models.payments import Payment
    from tests.support import make_storefront

    customer, _ = await make_user("payer@plaza.test")
    storefront = await make_storefront()
    group = await OrderGroup.create(
        number="G-OUT-1",
        customer=customer,
        storefront=storefront,
        currency="CNY",
        subtotal=amount,
        shipping_total=Decimal("0.00"),
        total=amount,
        inventory_mode=InventoryMode.RESERVE_ON_ORDER,
        payment_deadline=datetime.now(UTC) + timedelta(minutes=10),
        idempotency_key="k-out-1",
        request_hash="0" * 64,
    )
    return await Payment.create(
        group=group,
        provider="sandbox",
        reference=reference,
        provider_transaction_id="sbx_outage_1",
        amount=amount,
        currency="CNY",
        pay_url="http://plaza.test/pay",
    )


@pytest.mark.postgres
async def test_a_postgresql_outage_is_503_and_recovery_is_200(client, database):
    from models.payments import Payment, PaymentStatus

    _, token = await make_user("outage@plaza.test")
    authorized = {"Authorization": f"Bearer {token}"}
    payment = await _pending_payment("pay_outage_1", Decimal("12.00"))
    callback_headers, callback_body = signed_callback("pay_outage_1", "12.00")
    push_headers, push_body = _push()
    assert (await client.post("/graphql", json=STOREFRONTS)).status_code == 200

    async with postgres_outage(database.url):
        assert_unavailable(await client.post("/graphql", json=STOREFRONTS))
        assert_unavailable(await client.post("/graphql", json=VIEWER, headers=authorized))
        response = await client.post(
            "/payments/sandbox/callback", content=callback_body, headers=callback_headers
        )
        assert_unavailable(response, graphql=False)
        response = await client.post(
            "/carriers/sandbox_express/events", content=push_body, headers=push_headers
        )
        assert_unavailable(response, graphql=False)

    # Back: everything answers again, and the provider's retried callback is applied.
    response = await client.post("/graphql", json=STOREFRONTS)
    assert response.status_code == 200 and response.json() == {
        "data": {"storefronts": [{"code": "mall"}]}
    }
    response = await client.post("/graphql", json=VIEWER, headers=authorized)
    assert response.status_code == 200, response.text
    response = await client.post(
        "/payments/sandbox/callback", content=callback_body, headers=callback_headers
    )
    assert response.status_code == 200, response.text
    assert (await Payment.get(id=payment.id)).status == PaymentStatus.CAPTURED
    response = await client.post(
        "/carriers/sandbox_express/events", content=push_body, headers=push_headers
    )
    assert response.status_code == 200 and response.json()["unknown"] == 1
