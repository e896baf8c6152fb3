"""Descriptions of the logistics module's types (see ``schema.descriptions``)."""

from __future__ import annotations

DESCRIPTIONS: dict[str, str] = {
    "CarrierProvider.code": "The plugin's code, as `provider` in the logistics inputs.",
    "CarrierProvider.name": "The carrier's display name.",
    "CarrierAccount.provider": "The carrier plugin's code.",
    "CarrierAccount.name": "The merchant's name for this account.",
    "CarrierAccount.active": "Whether the merchant ships with it now.",
    "CarrierAccount.config": "The plugin's settings for this account, as a JSON object.",
    "CarrierAccount.trackingPrefix": "The letters before each waybill number of the range.",
    "CarrierAccount.numbersLeft": "How many waybill numbers of the range are still unused.",
    "CarrierAccountSetInput.provider": "The carrier plugin's code (see `carrierProviders`).",
    "CarrierAccountSetInput.name": "The merchant's name for this account.",
    "CarrierAccountSetInput.active": "Whether to ship with it; true by default.",
    "CarrierAccountSetInput.config": "The plugin's settings, as a JSON object (size limited).",
    "CarrierAccountSetInput.trackingPrefix": "The letters before each waybill number.",
    "CarrierAccountSetInput.lastNumber": (
        "The new range's last number; the range must not overlap another merchant's."
    ),
    "Shipment.provider": "The carrier plugin's code (`manual` for a typed carrier).",
    "Shipment.carrierName": "The carrier's display name.",
    "Shipment.trackingNumber": "The parcel's waybill number.",
    "Shipment.status": "The carrier's latest report on the parcel.",
    "ShipmentBatch.number": "The batch's number (`B` prefix, the date, ten digits).",
    "ShipmentBatch.provider": "The carrier plugin the batch was shipped with.",
    "ShipmentBatch.shipments": "The batch's parcels, one per order.",
    "ShipmentBatchCreateInput": "PACKED orders to ship together with one range carrier.",
    "ShipmentBatchCreateInput.orders": "The merchant orders' global IDs (each PACKED).",
    "ShipmentBatchCreateInput.provider": "The carrier plugin's code (one using a number range).",
    "ShipmentCreateInput.order": "The merchant order's global ID (a PACKED order).",
    "ShipmentCreateInput.provider": (
        "The carrier plugin's code; `manual` (the default) for a typed carrier and number."
    ),
    "TrackingEvent.status": "What the carrier reported.",
    "TrackingEvent.description": "The carrier's own words for the step.",
    "TrackingEvent.location": "Where the step happened, as the carrier says; may be empty.",
    "TrackingEvent.occurredAt": "When the step happened, as the carrier says.",
    "TrackingStatus": "What a carrier reports about a parcel.",
    "TrackingStatus.LABEL_CREATED": "The waybill exists; the parcel is not picked up yet.",
    "TrackingStatus.PICKED_UP": "The carrier has the parcel.",
    "TrackingStatus.IN_TRANSIT": "On its way.",
    "TrackingStatus.OUT_FOR_DELIVERY": "With the courier for delivery.",
    "TrackingStatus.DELIVERED": "Delivered: the order becomes DELIVERED.",
    "TrackingStatus.FAILED_ATTEMPT": "Delivery failed: the order becomes DELIVERY_FAILED.",
    "TrackingStatus.RETURNED": (
        "Back at the sender: the order is cancelled, refunded and restocked."
    ),
    "LogisticsErrorCode.CARRIER_NOT_CONFIGURED": (
        "The merchant has no active account with this carrier (`carrierAccountSet`)."
    ),
    "LogisticsErrorCode.RANGE_EXHAUSTED": (
        "The account's waybill range has too few numbers left: set a new range."
    ),
    "LogisticsErrorCode.RANGE_OVERLAP": (
        "The range overlaps numbers another merchant holds or a parcel already carries."
    ),
    "LogisticsErrorCode.CARRIER_UNAVAILABLE": (
        "The carrier refused the shipment or did not answer (Kuaidi100 refusing the waybill's "
        "tracking subscription, say): nothing was shipped; try again."
    ),
    "Query.carrierAccounts(merchant)": "Platform staff: the merchant's ID. Staff: their own.",
    "Query.shipmentBatch(id)": "The batch's global ID.",
}
