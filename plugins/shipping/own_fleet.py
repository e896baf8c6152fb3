"""Own-fleet delivery: the merchant's own couriers carry the parcel (fresh grocery, same-day
delivery slots). Nothing is booked with a carrier: staff type neither a carrier nor a waybill
number; the parcel's number is made from the order number (``OF`` + number), and the use case
assigns one of the merchant's couriers, who sees it in ``myDeliveries``."""

from __future__ import annotations

from plugins.interfaces import InvalidCallback, ShipmentLabel, ShipmentRequest, TrackingUpdate
from plugins.shipping.labels import render_label

PREFIX = "OF"


class OwnFleetCarrier:
    code = "own_fleet"
    name = "Own fleet (the merchant's couriers)"
    uses_number_range = False
    #: the carrier makes the parcel's number itself: staff type no carrier and no waybill
    numbers_itself = True

    async def create_shipment(self, request: ShipmentRequest) -> ShipmentLabel:
        number = request.tracking_number or f"{PREFIX}{request.order_number}"
        return ShipmentLabel(tracking_number=number, label_html=render_label(request, number))

    async def cancel_shipment(self, tracking_number: str, config: dict) -> bool:
        return True  # nothing was booked with anyone

    async def fetch_tracking(self, tracking_number: str, config: dict) -> list[TrackingUpdate]:
        return []  # the courier marks the delivery (orderMarkDelivered)

    def parse_push(self, headers: dict[str, str], body: bytes) -> list[TrackingUpdate]:
        raise InvalidCallback("own-fleet couriers send no tracking events")
