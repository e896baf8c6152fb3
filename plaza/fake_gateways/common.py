"""What both fake gateways share: RSA-SHA256 signatures, a switch that makes them stop
answering, the notification sender, and the little cashier page a developer pays on."""

from __future__ import annotations

import asyncio
import base64
import html
import logging
from dataclasses import dataclass, field

import httpx
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from starlette.requests import Request
from starlette.responses import HTMLResponse

log = logging.getLogger("plaza.fake_gateways")


def private_key(pem: str) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(pem.encode(), password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


def public_key(pem: str) -> rsa.RSAPublicKey:
    key = serialization.load_pem_public_key(pem.encode())
    assert isinstance(key, rsa.RSAPublicKey)
    return key


def sign(key: rsa.RSAPrivateKey, message: str) -> str:
    """SHA256withRSA (PKCS#1 v1.5), base64: what Alipay's RSA2 and WeChat Pay v3 both use."""
    raw = key.sign(message.encode(), padding.PKCS1v15(), hashes.SHA256())
    return base64.b64encode(raw).decode()


def verify(key: rsa.RSAPublicKey, message: str, signature: str) -> bool:
    try:
        key.verify(
            base64.b64decode(signature), message.encode(), padding.PKCS1v15(), hashes.SHA256()
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def route_path(request: Request) -> str:
    """The path below the gateway's mount point (what the SDKs sign)."""
    path, root = request.scope["path"], request.scope.get("root_path", "")
    return path[len(root) :] if root and path.startswith(root) else path


def base_url(request: Request) -> str:
    """The gateway's own base URL (with its mount point)."""
    return str(request.base_url).rstrip("/") + request.scope.get("root_path", "")


@dataclass
class Switches:
    """Fault injection. ``answering`` cleared: every API call waits (the SDK's timeout fires)
    until it is set again. ``notifying`` False: a payment changes the trade but sends no
    notification (the query job has to find it)."""

    answering: asyncio.Event = field(default_factory=asyncio.Event)
    notifying: bool = True

    def __post_init__(self) -> None:
        self.answering.set()

    async def wait(self) -> None:
        await self.answering.wait()


async def post(url: str, *, headers: dict[str, str], content: bytes) -> tuple[int | None, str]:
    """Send one notification; (status, body), or (None, error) when it did not get through."""
    try:
        async with httpx.AsyncClient(timeout=10) as client:
            response = await client.post(url, headers=headers, content=content)
    except httpx.HTTPError as exc:
        log.warning("fake gateway notification to %s failed: %s", url, exc)
        return None, str(exc)
    return response.status_code, response.text


def cashier_page(
    title: str, amount: str, subject: str, action: str, note: str = ""
) -> HTMLResponse:
    esc = html.escape
    buttons = "".join(
        f"<button name='outcome' value='{value}'>{label}</button>"
        for value, label in (("succeed", "Pay"), ("decline", "Decline"))
    )
    body = (
        "<!doctype html><html><head><meta charset='utf-8'><title>"
        f"{esc(title)}</title></head><body style='font-family:sans-serif;max-width:420px;"
        f"margin:48px auto'><h1>{esc(title)} <small>(local fake gateway)</small></h1>"
        f"<p style='font-size:32px'>CNY {esc(amount)}</p><p>{esc(subject)}</p>"
        f"<form method='post' action='{esc(action, quote=True)}'>{buttons}</form>"
        f"<p>{esc(note)}</p></body></html>"
    )
    return HTMLResponse(body, headers={"Cache-Control": "no-store"})
