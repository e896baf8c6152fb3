"""Logistics: the carriers a merchant ships with, shipments, batches and tracking events.

* ``CarrierAccount``: one carrier a merchant enabled, with its settings and, for carriers whose
  waybill numbers the merchant holds, the range of tracking numbers still unused
  (``next_number`` .. ``last_number``, taken in order by an atomic UPDATE).
* ``Shipment``: the parcel of one merchant order (one per order): carrier, tracking number,
  its label and where it is (``TrackingStatus``). A tracking number is unique per carrier across
  the platform, so a carrier's push names exactly one parcel.
* ``ShipmentBatch``: shipments created together (one printable label document, one address
  export).
* ``TrackingEvent``: one step the carrier reported, at most once per carrier event id.
"""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.indexes import Index

from models.base import TimestampedModel


class TrackingStatus(StrEnum):
    LABEL_CREATED = "label_created"
    PICKED_UP = "picked_up"
    IN_TRANSIT = "in_transit"
    OUT_FOR_DELIVERY = "out_for_delivery"
    DELIVERED = "delivered"
    FAILED_ATTEMPT = "failed_attempt"  # the order becomes DELIVERY_FAILED
    RETURNED = "returned"  # back at the sender: the order is cancelled, refunded, restocked


class CarrierAccount(TimestampedModel):
    merchant = fields.ForeignKeyField(
        "models.Merchant", related_name="carrier_accounts", on_delete=fields.CASCADE
    )
    provider = fields.CharField(max_length=40)  # a registered carrier plugin's code
    name = fields.CharField(max_length=80)  # what customers see, e.g. "SF Express"
    active = fields.BooleanField(default=True)
    config = fields.JSONField(default=dict)  # the plugin's settings (account, origin, ...)
    # The carrier's secrets (API key, customer id, salt), Fernet-encrypted JSON
    # (``plugins.credentials``); never returned by the API.
    credentials = fields.TextField(default="")
    tracking_prefix = fields.CharField(max_length=8, default="")
    next_number = fields.BigIntField(default=0)
    last_number = fields.BigIntField(default=-1)  # next > last: no numbers left

    class Meta:
        table = "logistics_carrier_account"
        unique_together = (("merchant", "provider"),)


class ShipmentBatch(TimestampedModel):
    number = fields.CharField(max_length=32, unique=True)
    merchant = fields.ForeignKeyField(
        "models.Merchant", related_name="shipment_batches", on_delete=fields.CASCADE
    )
    provider = fields.CharField(max_length=40)
    created_by_user_id = fields.BigIntField(null=True)

    class Meta:
        table = "logistics_shipment_batch"
        indexes = (Index(fields=("merchant_id", "created_at")),)


class Shipment(TimestampedModel):
    order = fields.OneToOneField(
        "models.MerchantOrder", related_name="shipment", on_delete=fields.RESTRICT
    )
    merchant = fields.ForeignKeyField(
        "models.Merchant", related_name="shipments", on_delete=fields.RESTRICT
    )
    batch = fields.ForeignKeyField(
        "models.ShipmentBatch", related_name="shipments", null=True, on_delete=fields.SET_NULL
    )
    provider = fields.CharField(max_length=40)
    carrier_name = fields.CharField(max_length=80)
    tracking_number = fields.CharField(max_length=80)
    status = fields.CharEnumField(
        TrackingStatus, max_length=24, default=TrackingStatus.LABEL_CREATED
    )
    label = fields.TextField(default="")  # the printable label (HTML fragment)
    created_by_user_id = fields.BigIntField(null=True)
    # Own fleet: the courier (a user with a courier profile) the parcel is assigned to.
    courier = fields.ForeignKeyField(
        "models.User", related_name="deliveries", null=True, on_delete=fields.SET_NULL
    )

    class Meta:
        table = "logistics_shipment"
        # One parcel per carrier and waybill number, whichever merchant ships it: a carrier's
        # tracking push is matched by both and must find one order only.
        unique_together = (("provider", "tracking_number"),)
        indexes = (
            Index(fields=("merchant_id", "created_at")),
            Index(fields=("batch_id",)),
            Index(fields=("courier_id",)),  # a courier's deliveries
        )


class TrackingEvent(TimestampedModel):
    shipment = fields.ForeignKeyField(
        "models.Shipment", related_name="events", on_delete=fields.CASCADE
    )
    status = fields.CharEnumField(TrackingStatus, max_length=24)
    description = fields.CharField(max_length=300, default="")
    location = fields.CharField(max_length=120, default="")
    occurred_at = fields.DatetimeField()
    # The carrier's id for the event: a repeated push is recorded once.
    provider_event_id = fields.CharField(max_length=80)

    class Meta:
        table = "logistics_tracking_event"
        unique_together = (("shipment", "provider_event_id"),)
