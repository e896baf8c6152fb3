"""HTTP endpoint carriers push tracking events to: ``POST /carriers/<provider>/events``.

The carrier's plugin verifies the push (``parse_push``); the answer is 200 with what was done
(``recorded``, ``duplicates``: repeats of events already recorded, ``unknown``: events for
waybills no shipment has, ignored -- then a ``message`` says so), 400 for a push that is not
genuine or not well formed, 404 for an unknown carrier, 413 above 256 KiB, 503 + ``Retry-After``
when the database is out of reach. Carriers retry what is not answered 2xx, and a repeat
changes nothing.
"""

from __future__ import annotations

import logging
from dataclasses import asdict

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from plaza.outage import is_database_unavailable, unavailable_json
from plaza.payment_routes import _read_limited
from plugins.interfaces import InvalidCallback

log = logging.getLogger("plaza.logistics")
MAX_PUSH_BYTES = 256 * 1024


async def carrier_events(request: Request) -> Response:
    from resolvers.logistics import receive_tracking  # lazily: the use case may load late

    provider = request.path_params["provider"]
    body = await _read_limited(request, MAX_PUSH_BYTES)
    if body is None:
        return JSONResponse({"status": "error", "code": "TOO_LARGE"}, status_code=413)
    try:
        result = await receive_tracking(provider, dict(request.headers), body)
    except LookupError:
        return JSONResponse({"status": "error", "code": "UNKNOWN_PROVIDER"}, status_code=404)
    except InvalidCallback as exc:
        log.warning("tracking push from %s refused: %s", provider, exc)
        return JSONResponse(
            {"status": "error", "code": "INVALID_PUSH", "message": str(exc)}, status_code=400
        )
    except Exception as exc:
        if is_database_unavailable(exc):  # the carrier retries a 503
            return unavailable_json(f"tracking push from {provider}", exc)
        raise
    answer = {"status": "ok", **asdict(result)}
    if result.unknown:
        # Still 200: retrying would not make the waybill known. Said plainly for whoever reads it.
        answer["message"] = (
            f"unknown waybill: {result.unknown} event(s) for a tracking number no shipment "
            "has were ignored"
        )
    return JSONResponse(answer)


async def account_events(request: Request) -> Response:
    """``POST /carriers/<provider>/events/<account id>``: a push signed with one merchant's
    secrets (Kuaidi100). Answered as that carrier expects (``push_reply``); a push that is not
    genuine is refused, an unknown carrier or account is 404."""
    from plugins.registry import get_registry
    from resolvers.logistics import receive_account_tracking

    provider = get_registry().carriers.get(request.path_params["provider"])
    body = await _read_limited(request, MAX_PUSH_BYTES)
    if body is None:
        return JSONResponse({"status": "error", "code": "TOO_LARGE"}, status_code=413)
    if provider is None or not hasattr(provider, "push_reply"):
        return JSONResponse({"status": "error", "code": "UNKNOWN_PROVIDER"}, status_code=404)
    try:
        result = await receive_account_tracking(
            provider.code, request.path_params["account"], dict(request.headers), body
        )
    except LookupError:
        return JSONResponse({"status": "error", "code": "UNKNOWN_ACCOUNT"}, status_code=404)
    except InvalidCallback as exc:
        log.warning("tracking push to %s account refused: %s", provider.code, exc)
        status, answer = provider.push_reply(False, str(exc))
        return JSONResponse(answer, status_code=400 if status == 200 else status)
    except Exception as exc:
        if is_database_unavailable(exc):
            return unavailable_json(f"tracking push from {provider.code}", exc)
        raise
    if result.unknown:
        log.info("%s push: %d event(s) for unknown waybills ignored", provider.code, result.unknown)
    status, answer = provider.push_reply(True)
    return JSONResponse(answer, status_code=status)


def carrier_routes() -> list[Route]:
    return [
        Route("/carriers/{provider}/events", carrier_events, methods=["POST"]),
        Route("/carriers/{provider}/events/{account:int}", account_events, methods=["POST"]),
    ]
