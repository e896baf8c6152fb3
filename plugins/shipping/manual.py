"""The manual carrier: the merchant's staff type the carrier's name and the tracking number they
got at the counter (Taobao's "enter the waybill number"). Nothing is pushed or polled."""

from __future__ import annotations

from plugins.interfaces import InvalidCallback, ShipmentLabel, ShipmentRequest, TrackingUpdate
from plugins.shipping.labels import render_label


class ManualCarrier:
    code = "manual"
    name = "Own courier account (tracking number entered by hand)"
    uses_number_range = False  # staff type the number

    async def create_shipment(self, request: ShipmentRequest) -> ShipmentLabel:
        if not request.tracking_number:
            raise ValueError("the manual carrier needs the tracking number")
        return ShipmentLabel(
            tracking_number=request.tracking_number,
            label_html=render_label(request, request.tracking_number),
        )

    async def cancel_shipment(self, tracking_number: str, config: dict) -> bool:
        return True  # nothing was booked with anyone

    async def fetch_tracking(self, tracking_number: str, config: dict) -> list[TrackingUpdate]:
        return []

    def parse_push(self, headers: dict[str, str], body: bytes) -> list[TrackingUpdate]:
        raise InvalidCallback("the manual carrier sends no tracking events")
