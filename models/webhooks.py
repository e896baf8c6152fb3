"""Webhooks and merchant dispatch: partner endpoints, deliveries (with their log) and the
merchant inbox.

* ``WebhookEndpoint``: a partner's receiver (URL, signing secret, event types, merchants).
* ``WebhookDelivery``: one event for one subscriber -- a partner endpoint or a merchant's own
  webhook -- with its state and log (status, attempts, last error). At most one per
  (subscriber, outbox event): a relay that publishes an event twice never delivers it twice.
* ``MerchantInboxItem``: a paid merchant order dispatched to its merchant (one per order), kept
  up to date by the later changes the merchant acts on (``DISPATCH_CHANGES``).

The rules that belong to the data live here too: the event types partners may subscribe to
and the delivery states.
"""

from enum import StrEnum

from tortoise import fields
from tortoise.indexes import Index

from models.aftersales import CASE_TOPICS
from models.base import TimestampedModel
from models.orders import OrderStatus
from models.reviews import REVIEW_TOPICS
from models.tickets import TICKET_TOPICS

#: The event types a webhook endpoint may subscribe to: the outbox topics of merchant orders
#: and of aftersales cases (``models.aftersales.CASE_TOPICS``).
EVENT_TYPES: tuple[str, ...] = (
    "order.placed",
    "order.updated",
    *(f"order.{s.value}" for s in OrderStatus if s != OrderStatus.PENDING_PAYMENT),
    "order.tracking_updated",
    "order.ready_for_pickup",
    *CASE_TOPICS,
    *TICKET_TOPICS,  # tickets about an order of the endpoint's merchants
    *REVIEW_TOPICS,
)

#: What a merchant order's dispatch to its merchant (inbox + merchant webhook) is sent on.
DISPATCH_EVENT = "order.paid"

#: The changes to a dispatched (paid) order that its merchant acts on (topics, or "prefix.*"):
#: each brings the inbox item up to date with the order and goes to the merchant's webhook.
DISPATCH_CHANGES: tuple[str, ...] = ("order.updated", "order.cancelled", "aftersales.*")


class EndpointStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"


class DeliveryStatus(StrEnum):
    PENDING = "pending"  # waiting for its (next) attempt
    DELIVERED = "delivered"  # the receiver answered 2xx
    FAILED = "failed"  # every attempt of the round failed; an admin or the owner may retry


class DeliveryTarget(StrEnum):
    PARTNER = "partner"  # a partner's WebhookEndpoint
    MERCHANT = "merchant"  # the merchant's own webhook (Merchant.webhook_url)


class WebhookEndpoint(TimestampedModel):
    partner = fields.ForeignKeyField(
        "models.Partner", related_name="webhook_endpoints", on_delete=fields.CASCADE
    )
    url = fields.CharField(max_length=500)
    description = fields.CharField(max_length=200, default="")
    # "whsec_" + base64 of 32 random bytes (Standard Webhooks). Kept in clear: signing needs it.
    secret = fields.CharField(max_length=128)
    event_types = fields.JSONField(default=list)
    merchant_ids = fields.JSONField(default=list)
    status = fields.CharEnumField(EndpointStatus, max_length=16, default=EndpointStatus.ACTIVE)

    class Meta:
        table = "webhook_endpoint"
        indexes = (Index(fields=("partner_id", "id")), Index(fields=("status",)))


class WebhookDelivery(TimestampedModel):
    target = fields.CharEnumField(DeliveryTarget, max_length=16)
    # "endpoint:<id>" or "merchant:<id>": with event_id, what makes a delivery unique
    subscriber = fields.CharField(max_length=40)
    endpoint = fields.ForeignKeyField(
        "models.WebhookEndpoint", related_name="deliveries", null=True, on_delete=fields.CASCADE
    )
    # the merchant the event is about (for MERCHANT deliveries also the receiver)
    merchant = fields.ForeignKeyField(
        "models.Merchant", related_name="webhook_deliveries", null=True, on_delete=fields.CASCADE
    )
    event_id = fields.BigIntField()  # the outbox event
    event_type = fields.CharField(max_length=60)
    message_id = fields.CharField(max_length=40, unique=True)  # the webhook-id header
    body = fields.TextField()  # the exact bytes POSTed (UTF-8 JSON), the same on every attempt
    status = fields.CharEnumField(DeliveryStatus, max_length=16, default=DeliveryStatus.PENDING)
    attempts = fields.IntField(default=0)  # every attempt ever made
    round_attempts = fields.IntField(default=0)  # attempts since creation or the last retry
    redeliveries = fields.IntField(default=0)  # retries requested by hand
    next_attempt_at = fields.DatetimeField(null=True)
    lease_until = fields.DatetimeField(null=True)  # an attempt is under way until then
    last_attempt_at = fields.DatetimeField(null=True)
    last_status_code = fields.IntField(null=True)
    last_error = fields.TextField(null=True)  # the latest failure (kept after a later success)
    last_url = fields.CharField(max_length=500, null=True)
    delivered_at = fields.DatetimeField(null=True)

    class Meta:
        table = "webhook_delivery"
        unique_together = (("subscriber", "event_id"),)
        indexes = (
            Index(fields=("status", "next_attempt_at")),
            Index(fields=("endpoint_id", "id")),
            Index(fields=("merchant_id", "target", "id")),
        )


class MerchantInboxItem(TimestampedModel):
    """A paid merchant order dispatched to its merchant, until staff acknowledge it."""

    merchant = fields.ForeignKeyField(
        "models.Merchant", related_name="inbox_items", on_delete=fields.CASCADE
    )
    order = fields.OneToOneField(
        "models.MerchantOrder", related_name="inbox_item", on_delete=fields.CASCADE
    )
    event_id = fields.BigIntField()  # the latest event the item shows (order.paid, a change)
    event_type = fields.CharField(max_length=60)
    payload = fields.JSONField(default=dict)  # the order as of that event (the webhook's body)
    acknowledged_at = fields.DatetimeField(null=True)
    acknowledged_by = fields.ForeignKeyField(
        "models.User", related_name="inbox_acknowledgements", null=True, on_delete=fields.SET_NULL
    )

    class Meta:
        table = "merchant_inbox_item"
        indexes = (Index(fields=("merchant_id", "acknowledged_at", "id")),)
