"""The transactional outbox: events written in the same transaction as the change they report.

A relay (``tasks.outbox``) publishes unpublished rows to the broker and to pub/sub, so nothing
is lost if the broker is down for a while.
"""

from tortoise import fields
from tortoise.indexes import Index

from models.base import TimestampedModel


class OutboxEvent(TimestampedModel):
    topic = fields.CharField(max_length=60)  # e.g. "order.paid", "order_group.placed"
    aggregate = fields.CharField(max_length=40)  # e.g. "merchant_order"
    aggregate_id = fields.BigIntField()
    merchant_id = fields.BigIntField(null=True)
    customer_id = fields.BigIntField(null=True)
    payload = fields.JSONField(default=dict)
    published_at = fields.DatetimeField(null=True)
    attempts = fields.IntField(default=0)
    last_error = fields.TextField(null=True)
    # The W3C traceparent of the span that wrote the event (tracing on): the relay continues
    # the trace (resolvers.trace_context).
    trace_parent = fields.CharField(max_length=64, null=True)

    class Meta:
        table = "outbox_event"
        indexes = (Index(fields=("published_at", "id")),)
