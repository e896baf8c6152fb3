"""Sandbox Express: a built-in stand-in for a courier (SF / ZTO style), code ``sandbox_express``.

It plays both sides, so shipping and tracking run on one machine:

* **our side** (the ``CarrierProvider`` interface): the merchant holds a range of waybill numbers
  with this carrier (``CarrierAccount.tracking_prefix``, ``next_number``..``last_number``); each
  shipment takes the next one and gets a printable label; ``parse_push`` verifies the carrier's
  pushed tracking events;
* **the carrier's side** (the simulated courier): ``build_push`` signs tracking events and
  ``deliver`` POSTs them to ``/carriers/sandbox_express/events`` as the real courier's push API
  would (``plaza sandbox-carrier`` sends one from the command line).

Pushes are signed like the sandbox wallet's callbacks (``plugins.signing``: timestamp and
HMAC-SHA256 headers, five minutes' tolerance) with a key derived from ``sandbox_secret`` for
this purpose only. The JSON body::

    {"events": [{"event_id": "sxe_...", "tracking_number": "SX0000001000",
                 "status": "in_transit", "occurred_at": "2026-12-01T08:00:00+00:00",
                 "description": "Departed Hangzhou hub", "location": "Hangzhou"}]}

``status`` is one of ``models.logistics.TrackingStatus``. A repeated push carries the same
``event_id``: it is recorded once.
"""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Mapping
from datetime import UTC, datetime

import httpx

from models.logistics import TrackingStatus
from plugins import signing
from plugins.interfaces import InvalidCallback, ShipmentLabel, ShipmentRequest, TrackingUpdate
from plugins.shipping.labels import render_label

log = logging.getLogger("plaza.logistics.sandbox_express")
DEFAULT_SECRET = "plaza-sandbox-dev-secret-do-not-use-in-production"
MAX_EVENTS = 100


class SandboxExpressCarrier:
    code = "sandbox_express"
    name = "Sandbox Express"
    uses_number_range = True  # waybill numbers come from the merchant's range

    def __init__(self, registry=None) -> None:
        self._registry = registry

    def _key(self) -> bytes:
        config = getattr(self._registry, "config", None) or {}
        return signing.derive_key(str(config.get("sandbox_secret") or DEFAULT_SECRET), "carrier")

    # --- our side ---------------------------------------------------------------------------

    async def create_shipment(self, request: ShipmentRequest) -> ShipmentLabel:
        if not request.tracking_number:
            raise ValueError("Sandbox Express ships with a number from the merchant's range")
        return ShipmentLabel(
            tracking_number=request.tracking_number,
            label_html=render_label(request, request.tracking_number),
        )

    async def cancel_shipment(self, tracking_number: str, config: dict) -> bool:
        return True

    async def fetch_tracking(self, tracking_number: str, config: dict) -> list[TrackingUpdate]:
        return []  # it pushes

    def parse_push(self, headers: Mapping[str, str], body: bytes) -> list[TrackingUpdate]:
        signing.verify(self._key(), headers, body)
        try:
            events = json.loads(body)["events"]
            if not isinstance(events, list) or not 0 < len(events) <= MAX_EVENTS:
                raise ValueError("events must be a list of 1 to 100")
            return [_update(e) for e in events]
        except (ValueError, KeyError, TypeError) as exc:
            raise InvalidCallback(f"malformed tracking push: {exc}")

    # --- the carrier's side -----------------------------------------------------------------

    def build_push(
        self, updates: list[TrackingUpdate], *, timestamp: int | None = None
    ) -> tuple[dict[str, str], bytes]:
        body = json.dumps(
            {
                "events": [
                    {
                        "event_id": u.event_id,
                        "tracking_number": u.tracking_number,
                        "status": TrackingStatus(u.status).value,
                        "occurred_at": u.occurred_at.isoformat(),
                        "description": u.description,
                        "location": u.location,
                    }
                    for u in updates
                ]
            },
            separators=(",", ":"),
        ).encode()
        return signing.signed_headers(self._key(), body, timestamp), body

    async def deliver(self, url: str, updates: list[TrackingUpdate]) -> int:
        """POST the signed events to ``url``; the HTTP status."""
        headers, body = self.build_push(updates)
        async with httpx.AsyncClient(timeout=10) as client:
            response = await client.post(url, content=body, headers=headers)
        return response.status_code


def new_update(
    tracking_number: str,
    status: TrackingStatus,
    description: str = "",
    location: str = "",
    occurred_at: datetime | None = None,
) -> TrackingUpdate:
    """A new event as the carrier would report it (a fresh event id)."""
    return TrackingUpdate(
        tracking_number=tracking_number,
        event_id="sxe_" + secrets.token_hex(10),
        status=status,
        occurred_at=occurred_at or datetime.now(UTC),
        description=description,
        location=location,
    )


def _update(event: dict) -> TrackingUpdate:
    occurred = datetime.fromisoformat(str(event["occurred_at"]))
    if occurred.tzinfo is None:
        raise ValueError("occurred_at needs a time zone")
    texts = {k: str(event.get(k) or "") for k in ("description", "location")}
    tracking_number, event_id = str(event["tracking_number"]), str(event["event_id"])
    if not tracking_number or not event_id or len(tracking_number) > 80 or len(event_id) > 80:
        raise ValueError("tracking_number and event_id: 1 to 80 characters")
    return TrackingUpdate(
        tracking_number=tracking_number,
        event_id=event_id,
        status=TrackingStatus(event["status"]),
        occurred_at=occurred.astimezone(UTC),
        description=texts["description"][:300],
        location=texts["location"][:120],
    )
