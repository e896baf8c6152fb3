"""Webhooks go only to public addresses, and connect to the address that was checked.

Registration refuses every spelling of a non-public host (loopback, private, link-local,
unspecified, CGNAT, multicast, IPv4 in IPv6, decimal/hex/octal IPv4, ``localhost``) and names
that resolve to one or do not resolve; delivery resolves once and connects to the checked
address (a resolver that changes its answer in between -- DNS rebinding -- gets nowhere); a
failed delivery keeps its status and a short reason, never the receiver's body.

Nothing here touches the network beyond 127.0.0.1: names resolve through a fake resolver, and
every connection the guard opens goes through :class:`LoopbackOnly`, which records it and
refuses to dial anything but 127.0.0.1 ("public" addresses are only ever checked).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
import ssl
import subprocess
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import httpcore
import httpx
import pytest

from models.accounts import StaffRole
from models.webhooks import DeliveryStatus, DeliveryTarget, WebhookDelivery, WebhookEndpoint
from plugins import outbound
from resolvers import webhooks as uc
from tasks import webhooks as jobs
from tests.support import make_staff
from tests.test_dispatch import set_webhook
from tests.test_webhooks import (  # noqa: F401
    DELIVERIES,
    create_endpoint,
    make_shop,
    partner_key,
    pay_order,
    policy_fixture,
    worker_fixture,
)

PUBLIC = "93.184.216.34"  # checked, never connected to
OFF = uc.RetryPolicy(max_attempts=1, timeout_s=2.0, jitter=0, allow_private_networks=False)
ON = uc.RetryPolicy(max_attempts=1, timeout_s=2.0, jitter=0, allow_private_networks=True)


# --- no network: a fake resolver, a dialler that only opens loopback connections ------------------


class LoopbackOnly(httpcore.AsyncNetworkBackend):
    """Records every connection the guard opens; dials only 127.0.0.1."""

    def __init__(self) -> None:
        self.connects: list[tuple[str, int]] = []
        self.real = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host,
        port,
        timeout=None,  # noqa: ASYNC109
        local_address=None,
        socket_options=None,
    ) -> httpcore.AsyncNetworkStream:
        self.connects.append((host, port))
        if host != "127.0.0.1":
            raise httpcore.ConnectError(f"(test) not dialling {host}")
        return await self.real.connect_tcp(
            host, port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )

    async def sleep(self, seconds: float) -> None:
        await self.real.sleep(seconds)


@pytest.fixture(name="dialler", autouse=True)
def dialler_fixture(monkeypatch) -> LoopbackOnly:
    dialler = LoopbackOnly()
    monkeypatch.setattr(outbound, "network_backend", lambda: dialler)
    return dialler


@dataclass
class FakeDNS:
    answers: dict[str, list[str]] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)

    async def resolve(self, host: str, port: int) -> list[str]:
        self.asked.append(host)
        if host not in self.answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return self.answers[host]


@pytest.fixture(name="dns", autouse=True)
def dns_fixture(monkeypatch) -> FakeDNS:
    """Names resolve only to what a test says; private networks are off unless a test turns
    the switch on."""
    dns = FakeDNS()
    monkeypatch.setattr(outbound, "resolver", dns.resolve)
    monkeypatch.delenv(uc.PRIVATE_NETWORKS_ENV, raising=False)
    return dns


# --- a raw receiver on 127.0.0.1 ------------------------------------------------------------------


@dataclass
class Listener:
    """Counts connections; answers each request with ``status_line`` and ``body``."""

    port: int = 0
    connections: int = 0
    requests: list[bytes] = field(default_factory=list)
    status_line: bytes = b"HTTP/1.1 200 OK"
    body: bytes = b"ok"

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            self.requests.append(head + await reader.readexactly(length))
            writer.write(
                self.status_line
                + b"\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(self.body)
                + self.body
            )
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError):
            pass
        finally:
            writer.close()


@contextlib.asynccontextmanager
async def listen(tls: ssl.SSLContext | None = None, **answer) -> AsyncIterator[Listener]:
    listener = Listener(**answer)
    server = await asyncio.start_server(listener.handle, "127.0.0.1", 0, ssl=tls)
    listener.port = server.sockets[0].getsockname()[1]
    try:
        yield listener
    finally:
        server.close()
        await server.wait_closed()


def attempt(url: str) -> uc.Attempt:
    return uc.Attempt(
        delivery_id=1,
        attempts=0,
        round_attempts=0,
        target=DeliveryTarget.PARTNER,
        message_id="msg_ssrf",
        body='{"type": "order.paid"}',
        url=url,
        secret=uc.new_secret(),
    )


# --- registration ---------------------------------------------------------------------------------

NOT_PUBLIC = [
    "http://169.254.169.254/latest/meta-data/",  # cloud metadata (link-local)
    "http://127.0.0.1:8080/hook",
    "http://10.1.2.3/hook",
    "http://172.16.5.4/hook",
    "http://192.168.0.10/hook",
    "http://[::1]/hook",
    "http://[fe80::1]/hook",
    "http://[fc00::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",  # IPv4-mapped
    "http://[::ffff:169.254.169.254]/hook",
    "http://[::127.0.0.1]/hook",  # IPv4-compatible
    "http://[2002:7f00:1::]/hook",  # 6to4 of 127.0.0.1
    "http://[64:ff9b::a9fe:a9fe]/hook",  # NAT64 of 169.254.169.254
    "http://2130706433/hook",  # decimal 127.0.0.1
    "http://0x7f.1/hook",  # hex
    "http://0x7f000001/hook",
    "http://0177.0.0.1/hook",  # octal
    "http://127.1/hook",
    "http://localhost/hook",
    "http://LOCALHOST./hook",
    "http://api.localhost/hook",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://0.0.0.0/hook",  # unspecified
    "http://100.64.0.1/hook",  # CGNAT 100.64/10
    "http://198.18.0.1/hook",  # benchmarking
    "http://240.0.0.1/hook",  # reserved
    "http://224.0.0.1/hook",  # multicast
    "http://255.255.255.255/hook",
    "http://[ff02::1]/hook",
    "https://private.partner.test/hook",  # a name resolving to a private address
    "https://mixed.partner.test/hook",  # one public answer and one private: refused
]


@pytest.mark.parametrize("url", NOT_PUBLIC)
async def test_registration_refuses_non_public_hosts(gql, dns, dialler, url):
    dns.answers.update(
        {"private.partner.test": ["10.0.0.7"], "mixed.partner.test": [PUBLIC, "127.0.0.1"]}
    )
    shop = await make_shop(1)
    _, key = await partner_key("Acme", shop.merchants)
    result = await create_endpoint(gql, key, url, shop.merchants)
    assert result["endpoint"] is None and result["secret"] is None
    assert [(e["code"], e["field"]) for e in result["errors"]] == [("URL_NOT_PUBLIC", "url")]
    assert "public" in result["errors"][0]["message"]
    assert await WebhookEndpoint.all().count() == 0
    assert dialler.connects == []


async def test_a_name_that_does_not_resolve_is_refused(gql, dns):
    shop = await make_shop(1)
    _, key = await partner_key("Acme", shop.merchants)
    result = await create_endpoint(gql, key, "https://nowhere.partner.test/hook", shop.merchants)
    assert [(e["code"], e["field"]) for e in result["errors"]] == [("URL_UNRESOLVABLE", "url")]
    assert "does not resolve" in result["errors"][0]["message"]
    assert dns.asked == ["nowhere.partner.test"]
    assert await WebhookEndpoint.all().count() == 0


async def test_public_hosts_are_accepted_without_connecting_anywhere(gql, dns, dialler):
    dns.answers["hooks.partner.test"] = [PUBLIC, "2606:2800:220:1:248:1893:25c8:1946"]
    shop = await make_shop(1)
    _, key = await partner_key("Acme", shop.merchants)
    literal = await create_endpoint(gql, key, f"https://{PUBLIC}/hook", shop.merchants)
    assert literal["errors"] == [] and literal["endpoint"]["url"] == f"https://{PUBLIC}/hook"
    assert dns.asked == []  # an address is not resolved
    named = await create_endpoint(gql, key, "https://hooks.partner.test/hook", shop.merchants)
    assert named["errors"] == []
    assert dns.asked == ["hooks.partner.test"]
    assert dialler.connects == []  # registration never connects


async def test_the_private_network_switch_admits_private_hosts_but_never_multicast(
    gql, dns, monkeypatch
):
    monkeypatch.setenv(uc.PRIVATE_NETWORKS_ENV, "1")
    dns.answers.update({"erp.lan.test": ["192.168.1.20"], "localhost": ["127.0.0.1"]})
    shop = await make_shop(1)
    _, key = await partner_key("Acme", shop.merchants)
    for url in ("http://127.0.0.1:9000/hook", "http://localhost/hook", "http://erp.lan.test/"):
        assert (await create_endpoint(gql, key, url, shop.merchants))["errors"] == [], url
    for url in ("http://224.0.0.1/hook", "http://0.0.0.0/hook"):
        result = await create_endpoint(gql, key, url, shop.merchants)
        assert [e["code"] for e in result["errors"]] == ["URL_NOT_PUBLIC"], url
    result = await create_endpoint(gql, key, "http://unknown.lan.test/", shop.merchants)
    assert [e["code"] for e in result["errors"]] == ["URL_UNRESOLVABLE"]


async def test_a_merchants_own_webhook_url_is_checked_the_same_way(gql):
    shop = await make_shop(1)
    _, owner = await make_staff(shop.merchants[0], "owner@m0.test", [StaffRole.OWNER])
    for url in ("http://169.254.169.254/latest/", "http://[::ffff:10.0.0.1]/hook"):
        refused = await set_webhook(gql, owner, url)
        assert [(e["code"], e["field"]) for e in refused["errors"]] == [("URL_NOT_PUBLIC", "url")]
    unresolved = await set_webhook(gql, owner, "https://nowhere.partner.test/hook")
    assert [e["code"] for e in unresolved["errors"]] == ["URL_UNRESOLVABLE"]


def test_embedded_ipv4_is_judged_as_the_ipv4_address():
    allowed = outbound.address_refusal
    assert allowed(ipaddress.ip_address(f"::ffff:{PUBLIC}")) is None
    assert allowed(ipaddress.ip_address("64:ff9b::5db8:d822")) is None  # NAT64 of PUBLIC
    assert allowed(ipaddress.ip_address("2002:5db8:d822::1")) is None  # 6to4 of PUBLIC
    assert allowed(ipaddress.ip_address("2002:0a00:0001::1")) == "private or reserved, as 10.0.0.1"
    with pytest.raises(outbound.OutboundRefused, match="neither a hostname"):
        outbound.check_url("http://1.2.3.4.5/")


# --- delivery -------------------------------------------------------------------------------------


async def test_a_rebinding_name_is_connected_to_at_the_address_that_was_checked(
    monkeypatch, dialler
):
    """The resolver answers a public address, then 127.0.0.1: the name is resolved once, and
    the connection goes to the public address checked (never dialled here), not to 127.0.0.1."""
    monkeypatch.setattr(outbound, "resolver", outbound.system_resolver)
    loop = asyncio.get_running_loop()
    real_getaddrinfo = loop.getaddrinfo
    asked: list[str] = []

    async def rebinding(host, port, *args, **kwargs):
        if host not in ("rebind.partner.test", b"rebind.partner.test"):  # anyio passes bytes
            return await real_getaddrinfo(host, port, *args, **kwargs)
        asked.append(host)
        answer = PUBLIC if len(asked) == 1 else "127.0.0.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (answer, port))]

    monkeypatch.setattr(loop, "getaddrinfo", rebinding)
    async with listen() as receiver:
        outcome = await jobs.post(attempt(f"http://rebind.partner.test:{receiver.port}/h"), OFF)
    assert receiver.connections == 0
    assert asked == ["rebind.partner.test"]
    assert dialler.connects == [(PUBLIC, receiver.port)]
    assert not outcome.ok and "ConnectError" in outcome.error


async def test_delivery_refuses_a_name_resolving_to_a_private_address(dns, dialler):
    dns.answers["turned.partner.test"] = ["127.0.0.1"]  # public when registered, not now
    async with listen() as receiver:
        outcome = await jobs.post(attempt(f"http://turned.partner.test:{receiver.port}/h"), OFF)
    assert receiver.connections == 0 and dialler.connects == []
    assert "resolves to a non-public address (127.0.0.1)" in outcome.error


async def test_with_the_switch_on_the_pinned_transport_connects_to_the_resolved_address(
    dns, dialler
):
    dns.answers["hooks.partner.test"] = ["127.0.0.1"]
    async with listen() as receiver:
        url = f"http://hooks.partner.test:{receiver.port}/hook"
        outcome = await jobs.post(attempt(url), ON)
    assert outcome.ok and outcome.status_code == 200
    assert dialler.connects == [("127.0.0.1", receiver.port)]
    (request,) = receiver.requests
    head = request.split(b"\r\n\r\n", 1)[0].decode().lower().split("\r\n")
    assert head[0] == "post /hook http/1.1"
    assert f"host: hooks.partner.test:{receiver.port}" in head
    assert any(line.startswith("webhook-signature: v1,") for line in head)


async def test_a_pinned_client_talks_to_its_own_host_only(dialler):
    async with listen() as receiver:
        target = outbound.check_url(f"http://hooks.partner.test:{receiver.port}/", True)
        pinned = [ipaddress.ip_address("127.0.0.1")]
        async with outbound.pinned_client(target, pinned, timeout=2) as client:
            assert (await client.get(target.url)).status_code == 200
            with pytest.raises(httpx.ConnectError, match="was not checked"):
                await client.get(f"http://other.partner.test:{receiver.port}/")
    assert receiver.connections == 1


@pytest.fixture(name="certificate")
def certificate_fixture(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for hooks.partner.test (openssl)."""
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    try:
        subprocess.run(
            [
                *("openssl", "req", "-x509", "-newkey", "ec", "-nodes", "-days", "1"),
                *("-pkeyopt", "ec_paramgen_curve:prime256v1", "-keyout", str(key)),
                *("-out", str(cert), "-subj", "/CN=hooks.partner.test"),
                *("-addext", "subjectAltName=DNS:hooks.partner.test"),
            ],
            check=True,
            capture_output=True,
            timeout=30,
        )
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"openssl cannot make a test certificate: {exc}")
    return key, cert


async def test_tls_is_verified_for_the_original_hostname(certificate, dialler):
    """Connected to 127.0.0.1, TLS still sends the hostname as SNI and checks the certificate
    against it: right name, accepted; the same server under another name, refused."""
    key, cert = certificate
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    names: list[str | None] = []
    server_tls.sni_callback = lambda sock, name, ctx: names.append(name)
    trust = ssl.create_default_context(cafile=str(cert))
    pinned = [ipaddress.ip_address("127.0.0.1")]
    async with listen(tls=server_tls) as receiver:
        good = outbound.check_url(f"https://hooks.partner.test:{receiver.port}/hook", True)
        async with outbound.pinned_client(good, pinned, timeout=5, verify=trust) as client:
            resp = await client.post(good.url, content=b"{}")
        assert resp.status_code == 200
        wrong = outbound.check_url(f"https://other.partner.test:{receiver.port}/hook", True)
        async with outbound.pinned_client(wrong, pinned, timeout=5, verify=trust) as client:
            with pytest.raises(httpx.ConnectError, match=r"(?i)certificate|hostname"):
                await client.post(wrong.url, content=b"{}")
    assert names[:2] == ["hooks.partner.test", "other.partner.test"]
    assert dialler.connects == [("127.0.0.1", receiver.port)] * 2
    assert len(receiver.requests) == 1


async def test_a_failed_delivery_keeps_the_status_and_a_short_reason_never_the_body(
    gql, client, worker, policy
):
    jobs.configure(policy, max_attempts=1)
    body = b"SECRET-INTERNAL-TOKEN stack trace follows\n" * 50
    answer = {"status_line": b"HTTP/1.1 503 Busy\tnow " + b"x" * 300, "body": body}
    async with listen(**answer) as receiver:
        shop = await make_shop(1)
        _, key = await partner_key("Acme", shop.merchants)
        url = f"http://127.0.0.1:{receiver.port}/hook"
        assert (await create_endpoint(gql, key, url, shop.merchants))["errors"] == []
        await pay_order(gql, client, shop, [0], "nobody-1")
        await worker.drain()
        assert receiver.connections == 1
    delivery = await WebhookDelivery.get()
    assert delivery.status == DeliveryStatus.FAILED and delivery.last_status_code == 503
    assert delivery.last_error.startswith("HTTP 503 Busy now xxx")
    assert len(delivery.last_error) == uc.ERROR_MAX and delivery.last_error.endswith("...")
    assert "SECRET" not in delivery.last_error and "\t" not in delivery.last_error
    seen = (await gql(DELIVERIES, {}, token=key))["data"]["webhookDeliveries"]["nodes"]
    assert [row["lastError"] for row in seen] == [delivery.last_error]
