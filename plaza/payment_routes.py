"""HTTP routes of payments: the sandbox's hosted pay page and the providers' callbacks.

Mount with ``Starlette(routes=[..., *payment_routes()])``:

``GET  /payments/sandbox/pay?session=<token>``  the sandbox wallet's pay page (400 if the token
                                                 is forged, altered or expired)
``POST /payments/sandbox/pay``  (form: ``session``, ``action``) the "customer" pays or declines;
        the simulated gateway then calls back: ``pay`` / ``decline`` at once, ``pay_delayed``
        after 5 s (in the background), ``pay_repeated`` three times with one notification id
``GET  /payments/{provider}/page/<reference>[?return=<url>]``  a real provider's pay URL (Alipay):
        302 to its cashier, signed now; 404 once the payment is not pending
``POST /payments/{provider}/callback``  server-to-server notification from a provider, handed
        raw (headers + body) to ``resolvers.payments.payment_callback``:
        200 ``{"status": ...}`` when applied (also for a duplicate), 400 invalid callback
        (signature, timestamp, body, unknown reference), 404 unknown provider, 409 when the
        use case could not apply it (the provider retries on non-2xx), 413 body too large,
        503 + ``Retry-After`` when the database is out of reach (plaza/outage.py). A provider
        with a ``callback_answer`` gets its own acknowledgement on success instead (Alipay
        wants the text ``success``, WeChat Pay ``{"code": "SUCCESS"}``).

The pay page carries everything in its signed token, so any API process can serve it.
"""

from __future__ import annotations

import asyncio
import html
import logging
from urllib.parse import parse_qs, urlsplit

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from plaza.outage import is_database_unavailable, unavailable_json
from plugins.payments.sandbox import InvalidSession, SandboxPaymentProvider, SandboxSession
from plugins.registry import get_registry
from resolvers.errors import DomainError

log = logging.getLogger("plaza.payments.http")

MAX_CALLBACK_BYTES = 64 * 1024
MAX_FORM_BYTES = 16 * 1024
DELAYED_SECONDS = 5
REPEATED_TIMES = 3

# action -> (label, deliver() keyword arguments)
ACTIONS: dict[str, tuple[str, dict]] = {
    "pay": ("Pay", {"outcome": "succeed"}),
    "decline": ("Decline", {"outcome": "decline"}),
    "pay_delayed": (
        f"Pay (delayed {DELAYED_SECONDS} s)",
        {"outcome": "succeed", "delay_seconds": DELAYED_SECONDS},
    ),
    "pay_repeated": (
        f"Pay (callback sent {REPEATED_TIMES} times)",
        {"outcome": "succeed", "repeat": REPEATED_TIMES},
    ),
}

# Background deliveries (the delayed case): referenced here so they are not garbage-collected.
_background: set[asyncio.Task] = set()

_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",  # the token is in the URL
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
}

_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; background: #f2f4f7;
       margin: 0; color: #1d2939; }
main { max-width: 420px; margin: 48px auto; background: #fff; border-radius: 12px;
       box-shadow: 0 4px 24px rgba(16, 24, 40, .08); padding: 28px 28px 20px; }
h1 { font-size: 15px; font-weight: 600; color: #475467; margin: 0 0 18px; }
.badge { background: #fef0c7; color: #93370d; border-radius: 6px; padding: 2px 8px;
         font-size: 12px; margin-left: 6px; }
.amount { font-size: 34px; font-weight: 700; margin: 4px 0; }
.desc { color: #475467; margin: 0 0 22px; }
dl { font-size: 12px; color: #667085; display: grid; grid-template-columns: auto 1fr;
     gap: 4px 12px; margin: 0 0 22px; }
dd { margin: 0; font-family: ui-monospace, monospace; word-break: break-all; }
button { display: block; width: 100%; padding: 12px; margin: 8px 0; font-size: 15px;
         border-radius: 8px; border: 1px solid #d0d5dd; background: #fff; cursor: pointer; }
button.primary { background: #1677ff; border-color: #1677ff; color: #fff; font-weight: 600; }
button.danger { color: #b42318; }
fieldset { border: 1px dashed #d0d5dd; border-radius: 8px; margin: 16px 0 0; padding: 4px 12px; }
legend { font-size: 12px; color: #667085; padding: 0 4px; }
.ok { color: #067647; } .bad { color: #b42318; }
a.back { display: inline-block; margin-top: 14px; color: #1677ff; }
"""


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    document = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><main><h1>Plaza sandbox wallet<span class='badge'>TEST MODE</span></h1>"
        f"{body}</main></body></html>"
    )
    return HTMLResponse(document, status_code=status, headers=_HEADERS)


def _error_page(message: str, status: int = 400) -> HTMLResponse:
    return _page(
        "Payment link not valid",
        f"<p class='amount bad'>Cannot pay</p><p class='desc'>{html.escape(message)}</p>"
        "<p class='desc'>Go back to the shop and start the payment again.</p>",
        status,
    )


def _sandbox() -> SandboxPaymentProvider:
    return get_registry().payment("sandbox")  # type: ignore[return-value]


def _safe_return_url(url: str) -> str | None:
    """Only http(s) URLs become links (never ``javascript:`` and the like)."""
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def _back_link(session: SandboxSession) -> str:
    url = _safe_return_url(session.return_url)
    if url is None:
        return ""
    return f"<a class='back' href='{html.escape(url, quote=True)}'>Return to the shop</a>"


async def pay_page(request: Request) -> Response:
    token = request.query_params.get("session", "")
    try:
        session = _sandbox().open_session(token)
    except InvalidSession as exc:
        return _error_page(f"This payment link is not valid ({exc}).")
    esc = html.escape
    buttons = []
    for action, (label, _) in ACTIONS.items():
        css = {"pay": "primary", "decline": "danger"}.get(action, "")
        buttons.append(
            f"<button type='submit' name='action' value='{action}' class='{css}'>"
            f"{esc(label)}</button>"
        )
    body = (
        f"<p class='amount'>{esc(session.currency)} {esc(f'{session.amount:,.2f}')}</p>"
        f"<p class='desc'>{esc(session.description)}</p>"
        "<dl>"
        f"<dt>Reference</dt><dd>{esc(session.reference)}</dd>"
        f"<dt>Transaction</dt><dd>{esc(session.transaction_id)}</dd>"
        "</dl>"
        "<form method='post' action='pay'>"
        f"<input type='hidden' name='session' value='{esc(token, quote=True)}'>"
        f"{buttons[0]}{buttons[1]}"
        f"<fieldset><legend>Fault injection</legend>{''.join(buttons[2:])}</fieldset>"
        "</form>"
        f"{_back_link(session)}"
    )
    return _page(f"Pay {session.currency} {session.amount}", body)


async def _read_limited(request: Request, limit: int) -> bytes | None:
    """The request body, or None when it is larger than ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        return None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _spawn(coro) -> None:
    task = asyncio.create_task(coro)
    _background.add(task)
    task.add_done_callback(_background.discard)


async def pay_submit(request: Request) -> Response:
    raw = await _read_limited(request, MAX_FORM_BYTES)
    if raw is None:
        return _error_page("The form is too large.", 413)
    form = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
    token = (form.get("session") or [""])[0]
    action = (form.get("action") or [""])[0]
    provider = _sandbox()
    try:
        session = provider.open_session(token)
    except InvalidSession as exc:
        return _error_page(f"This payment link is not valid ({exc}).")
    if action not in ACTIONS:
        return _error_page("Unknown action.")
    label, options = ACTIONS[action]
    amount = f"{html.escape(session.currency)} {session.amount:,.2f}"
    if action == "pay_delayed":
        _spawn(provider.deliver(session, **options))
        body = (
            f"<p class='amount'>{amount}</p><p class='desc'>Paid. The wallet will notify the "
            f"shop in {DELAYED_SECONDS} seconds.</p>"
        )
        return _page("Payment sent", body + _back_link(session))
    statuses = await provider.deliver(session, **options)
    acknowledged = all(s is not None and 200 <= s < 300 for s in statuses)
    shown = ", ".join("unreachable" if s is None else f"HTTP {s}" for s in statuses)
    verb = "Declined" if action == "decline" else "Paid"
    if acknowledged:
        note = f"<p class='ok'>The shop acknowledged the notification ({shown}).</p>"
    else:
        note = f"<p class='bad'>The shop did not acknowledge the notification ({shown}).</p>"
    body = (
        f"<p class='amount'>{amount}</p><p class='desc'>{verb}: {html.escape(label)}.</p>"
        f"{note}{_back_link(session)}"
    )
    return _page(f"{verb}", body)


async def provider_callback(request: Request) -> Response:
    from resolvers.payments import payment_callback  # lazily: the use case may load late

    provider_code = request.path_params["provider"]
    body = await _read_limited(request, MAX_CALLBACK_BYTES)
    if body is None:
        return JSONResponse({"status": "error", "code": "TOO_LARGE"}, status_code=413)
    headers = {k.lower(): v for k, v in request.headers.items()}
    try:
        result = await payment_callback(provider_code, headers, body)
    except DomainError as err:
        code = getattr(err.code, "name", str(err.code))
        status = {"INVALID_CALLBACK": 400, "UNKNOWN_PROVIDER": 404}.get(code, 422)
        log.warning("callback from %s refused: %s %s", provider_code, code, err.message)
        return JSONResponse(
            {"status": "error", "code": code, "message": err.message}, status_code=status
        )
    except Exception as exc:
        if is_database_unavailable(exc):  # the provider retries a 503: nothing is lost
            return unavailable_json(f"callback from {provider_code}", exc)
        raise
    if not result.ok:
        log.warning("callback from %s not applied: %s", provider_code, result.message)
        return JSONResponse({"status": result.status, "message": result.message}, status_code=409)
    answer = getattr(get_registry().payments.get(provider_code), "callback_answer", None)
    if answer is not None:  # the provider's own acknowledgement (Alipay: ``success``)
        status, text, media_type = answer(True)
        return Response(text, status_code=status, media_type=media_type)
    return JSONResponse({"status": result.status})


async def provider_page(request: Request) -> Response:
    """A real provider's pay URL: a redirect to its cashier, signed now."""
    from resolvers.payment_accounts import page_url  # lazily, as above

    back = _safe_return_url(request.query_params.get("return", "")) or ""
    try:
        url = await page_url(request.path_params["provider"], request.path_params["ref"], back)
    except Exception as exc:
        if is_database_unavailable(exc):
            return unavailable_json("pay page", exc)
        raise
    if url is None:
        return _error_page("This payment is not open any more (paid, declined or unknown).", 404)
    return RedirectResponse(url, status_code=302, headers={"Cache-Control": "no-store"})


def payment_routes() -> list[Route]:
    return [
        Route("/payments/{provider}/page/{ref}", provider_page, methods=["GET"]),
        Route("/payments/sandbox/pay", pay_page, methods=["GET"]),
        Route("/payments/sandbox/pay", pay_submit, methods=["POST"]),
        Route("/payments/{provider}/callback", provider_callback, methods=["POST"]),
    ]
