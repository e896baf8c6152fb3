"""Outbound calls go only to public addresses, and connect to the address that was checked.

Every layer that calls a URL someone else chose (webhooks now; carriers and payment gateways)
goes through this module, in three steps:

* :func:`check_url` -- syntax: http(s) only, no credentials, the host normalised the way the
  HTTP client sends it (IDNA) and, when it is an address in any of the spellings resolvers and
  browsers accept (``2130706433``, ``0x7f.1``, ``0177.0.0.1``, ``127.1``, ``[::ffff:127.0.0.1]``),
  read as that address and checked; ``localhost`` and other local-only names are refused;
* :func:`resolve_public` -- the name resolved once; *every* address must be public
  (``is_global``, not multicast/reserved, and IPv4 addresses embedded in IPv6 -- mapped,
  compatible, 6to4, NAT64 -- judged as the IPv4 address they carry);
* :func:`pinned_client` / :class:`PinnedTransport` -- an httpx client that connects to those
  checked addresses only, whatever the name resolves to later (DNS rebinding), while the
  ``Host`` header, TLS SNI and certificate verification still use the original hostname.
  Redirects are never followed and proxy variables from the environment are ignored.

``allow_private=True`` (a deployment's explicit switch, e.g. a receiver on 127.0.0.1 in
development) admits loopback, private and link-local addresses; names must still resolve, and
unspecified or multicast addresses are never a destination.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

#: names that only ever mean this machine or the local network (RFC 6761, 6762, 8375, ICANN)
LOCAL_NAMES = ("localhost", "localhost.localdomain")
LOCAL_SUFFIXES = (".localhost", ".local", ".localdomain", ".internal", ".home.arpa")

_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")

#: resolves (host, port) to the addresses a TCP connection could use; tests inject their own
Resolver = Callable[[str, int], Awaitable[Sequence[str]]]


class OutboundRefused(ValueError):
    """A URL or address outbound calls may not use. ``kind``: ``invalid`` (not an http(s) URL
    we can call), ``not_public`` (a non-public host or address), ``unresolvable``."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass(frozen=True)
class ParsedTarget:
    """A checked URL: ``host`` as the HTTP client will ask to connect to it (ASCII, lower case,
    IDNA; an address literal as written); ``address`` is set when the host is an address."""

    url: str
    scheme: str
    host: str
    port: int
    address: IPAddress | None = None


# --- addresses ------------------------------------------------------------------------------------


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (mapped, compatible, 6to4, NAT64), if any."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64 or (ip in _IPV4_COMPATIBLE and int(ip) > 1):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def address_refusal(ip: IPAddress, allow_private: bool = False) -> str | None:
    """Why ``ip`` is not a destination for outbound calls (a word or two), or None."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            return "scoped"
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            why = address_refusal(embedded, allow_private)
            return f"{why}, as {embedded}" if why else None
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_multicast or ip == ipaddress.IPv4Address("255.255.255.255"):
        return "multicast or broadcast"
    if allow_private:
        return None
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local:
        return "site-local"
    if ip.is_private or ip.is_reserved or not ip.is_global:
        return "private or reserved"
    return None


def _check_address(host: str, ip: IPAddress, allow_private: bool, resolved: bool = False) -> None:
    why = address_refusal(ip, allow_private)
    if why:
        verb = "resolves to" if resolved else "is"
        raise OutboundRefused(
            "not_public",
            f"{host} {verb} a non-public address ({ip}): {why}; only public addresses are called.",
        )


# --- hosts ----------------------------------------------------------------------------------------


def _ipv4_number(part: str) -> int | None:
    """One part of a WHATWG IPv4 host: decimal, ``0x`` hex or ``0``-prefixed octal."""
    base = 10
    if part[:2] in ("0x", "0X"):
        part, base = part[2:], 16
    elif len(part) > 1 and part.startswith("0"):
        part, base = part[1:], 8
    if part == "":
        return 0
    try:
        return int(part, base) if part.isascii() and part.isalnum() else None
    except ValueError:
        return None


def parse_ipv4_host(host: str) -> ipaddress.IPv4Address | None:
    """The IPv4 address a host names in WHATWG URL / ``inet_aton`` spelling, or None when it is
    a name. Raises :class:`OutboundRefused` for a host that ends in a number but is no address
    (``1.2.3.4.5``, ``999.1``): browsers refuse those too."""
    parts = host.split(".")
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()
    last_part = parts[-1] if parts else ""
    if not (last_part.isascii() and last_part.isdigit()) and _ipv4_number(last_part) is None:
        return None  # does not end in a number: a name
    bad = OutboundRefused("invalid", f"{host} is neither a hostname nor an IPv4 address.")
    numbers = [_ipv4_number(p) for p in parts]
    if len(parts) > 4 or any(p == "" for p in parts) or None in numbers:
        raise bad
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(numbers)):
        raise bad
    value = last
    for i, n in enumerate(head):
        value += n << (8 * (3 - i))
    return ipaddress.IPv4Address(value)


def _host_address(host: str) -> IPAddress | None:
    if ":" in host:  # an IPv6 literal (httpx gives it without brackets)
        if "%" in host:
            raise OutboundRefused("invalid", "IPv6 zone identifiers are not allowed in URLs.")
        try:
            return ipaddress.IPv6Address(host)
        except ValueError:
            raise OutboundRefused("invalid", f"{host} is not an IPv6 address.") from None
    return parse_ipv4_host(host)


def _refuse_numeric_host(url: str, allow_private: bool) -> None:
    """An IPv4 host in a spelling the HTTP client rejects (``0177.0.0.1``) is still judged as
    the address resolvers read it as, so it is refused as what it is, not as a typo."""
    try:
        host = urlsplit(url).hostname or ""
        address = parse_ipv4_host(host) if ":" not in host else None
    except (OutboundRefused, ValueError):
        return
    if address is not None:
        _check_address(host, address, allow_private)


def check_url(url: str, allow_private: bool = False) -> ParsedTarget:
    """Check ``url`` without resolving anything (see the module docstring)."""
    _refuse_numeric_host(url, allow_private)
    try:
        parsed = httpx.URL(url)
        port = parsed.port
        host = parsed.raw_host.decode("ascii").lower()
    except (httpx.InvalidURL, UnicodeError, ValueError) as exc:
        raise OutboundRefused("invalid", f"Not a URL we can call: {exc}") from None
    if parsed.scheme not in ("http", "https"):
        raise OutboundRefused("invalid", "Only http:// and https:// URLs may be called.")
    if parsed.userinfo:
        raise OutboundRefused("invalid", "Credentials in the URL are not allowed.")
    if not host:
        raise OutboundRefused("invalid", "The URL has no host.")
    port = port or (443 if parsed.scheme == "https" else 80)
    address = _host_address(host)
    if address is not None:
        _check_address(host, address, allow_private)
        return ParsedTarget(url, parsed.scheme, host, port, address)
    name = host.rstrip(".")
    if not allow_private and (name in LOCAL_NAMES or name.endswith(LOCAL_SUFFIXES)):
        raise OutboundRefused(
            "not_public", f"{host} names a local host; only public addresses may be called."
        )
    return ParsedTarget(url, parsed.scheme, host, port)


# --- resolution -----------------------------------------------------------------------------------


async def system_resolver(host: str, port: int) -> list[str]:
    """The addresses the system resolver gives for a TCP connection to ``host:port``."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


#: the resolver :func:`resolve_public` uses unless given one
resolver: Resolver = system_resolver


async def resolve_public(
    host: str, port: int, allow_private: bool = False, *, resolve: Resolver | None = None
) -> list[IPAddress]:
    """Resolve ``host`` once; every address must be allowed. Returns them in the resolver's
    order (duplicates dropped); an address literal is checked and returned as it is."""
    literal = _host_address(host)
    if literal is not None:
        _check_address(host, literal, allow_private)
        return [literal]
    try:
        answers = await (resolve or resolver)(host, port)
    except (OSError, UnicodeError) as exc:
        raise OutboundRefused("unresolvable", f"{host} does not resolve ({exc}).") from None
    addresses: list[IPAddress] = []
    for answer in answers:
        try:
            ip = ipaddress.ip_address(answer)
        except ValueError:
            raise OutboundRefused("not_public", f"{host} resolves to {answer!r}.") from None
        _check_address(host, ip, allow_private, resolved=True)
        if ip not in addresses:
            addresses.append(ip)
    if not addresses:
        raise OutboundRefused("unresolvable", f"{host} does not resolve to any address.")
    return addresses


async def check_target(
    url: str, allow_private: bool = False
) -> tuple[ParsedTarget, list[IPAddress]]:
    """:func:`check_url` and :func:`resolve_public` together: the target and its addresses."""
    target = check_url(url, allow_private)
    return target, await resolve_public(target.host, target.port, allow_private)


# --- connecting to the checked address -----------------------------------------------------------


class PinnedBackend(httpcore.AsyncNetworkBackend):
    """Connects to the checked addresses of one host, whatever host httpcore asks for by name;
    any other host is refused. TLS is started by httpcore on the returned stream with the
    request's hostname as SNI and for certificate verification."""

    def __init__(
        self,
        host: str,
        addresses: Sequence[IPAddress],
        inner: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        if not addresses:
            raise ValueError("no addresses to connect to")
        self.host = host.lower()
        self.addresses = list(addresses)
        self.inner = inner or network_backend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109  (httpcore's interface)
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        if host.lower() != self.host:
            raise httpcore.ConnectError(f"{host} was not checked; not connecting.")
        failure: Exception | None = None
        for ip in self.addresses:
            try:
                return await self.inner.connect_tcp(
                    str(ip),
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure

    async def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("Outbound calls do not use unix sockets.")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


def network_backend() -> httpcore.AsyncNetworkBackend:
    """The backend that really opens connections (tests replace it to watch connects)."""
    return httpcore.AnyIOBackend()


class PinnedTransport(httpx.AsyncHTTPTransport):
    """An httpx transport whose connection pool uses a :class:`PinnedBackend`.

    httpx 0.28 has no argument for a network backend, so the pool it builds is replaced by an
    ``httpcore.AsyncConnectionPool`` given one (``handle_async_request`` uses ``self._pool``);
    ``tests/test_webhook_ssrf.py`` checks the connection really goes to the pinned address.
    """

    def __init__(
        self,
        host: str,
        addresses: Sequence[IPAddress],
        *,
        verify: ssl.SSLContext | bool = True,
        inner: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        super().__init__(verify=verify, trust_env=False, retries=0)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify, trust_env=False),
            max_connections=1,
            max_keepalive_connections=0,
            http1=True,
            http2=False,
            retries=0,
            network_backend=PinnedBackend(host, addresses, inner),
        )


def pinned_client(
    target: ParsedTarget,
    addresses: Sequence[IPAddress],
    *,
    timeout: float,
    verify: ssl.SSLContext | bool = True,
    inner: httpcore.AsyncNetworkBackend | None = None,
) -> httpx.AsyncClient:
    """A client for requests to ``target`` only, connecting to ``addresses`` (already checked)."""
    return httpx.AsyncClient(
        transport=PinnedTransport(target.host, addresses, verify=verify, inner=inner),
        timeout=timeout,
        follow_redirects=False,
        trust_env=False,
    )
