"""Delivery slots: a warehouse's delivery calendar and the slots customers book at checkout.

* ``DeliverySlotRule``: how a warehouse's calendar is cut into slots -- the days of the week and
  the hours it delivers (in its time zone), the slot length, the orders one slot takes
  (``capacity``), how long before a slot starts booking closes (``cutoff_minutes``) and how long
  before it picking starts (``picking_lead_minutes``). One rule per warehouse.
* ``DeliverySlot``: one bookable window of one warehouse, generated from its rule for the next
  ``horizon_days`` days. ``taken`` counts the live orders booked on it and never passes
  ``capacity``: it only goes up by a conditional UPDATE (``taken < capacity``), in the
  placement's transaction, and comes down when a booked order is cancelled or expires
  (``models.repository.slots``), the same discipline as stock.

An order booked on a slot (``MerchantOrder.delivery_slot``) is an *appointment order*: it moves
to PICKING by itself at the slot's ``picking_at`` (``resolvers.slots.start_due_picking``).
"""

from __future__ import annotations

from tortoise import fields
from tortoise.indexes import Index

from models.base import TimestampedModel


class DeliverySlotRule(TimestampedModel):
    merchant = fields.ForeignKeyField(
        "models.Merchant", related_name="delivery_slot_rules", on_delete=fields.CASCADE
    )
    warehouse = fields.OneToOneField(
        "models.Warehouse", related_name="delivery_slot_rule", on_delete=fields.CASCADE
    )
    slot_minutes = fields.IntField()
    capacity = fields.IntField()
    cutoff_minutes = fields.IntField(default=0)
    picking_lead_minutes = fields.IntField(default=60)
    weekdays = fields.JSONField(default=list)  # ISO weekdays 1 (Monday) .. 7 (Sunday)
    opens_at = fields.CharField(max_length=5)  # "08:00", local time of ``timezone``
    closes_at = fields.CharField(max_length=5)  # "20:00": the last slot ends by then
    timezone = fields.CharField(max_length=64, default="Asia/Shanghai")
    horizon_days = fields.IntField(default=7)
    # Slots exist up to this local date (exclusive); the calendar job extends it day by day.
    generated_until = fields.DateField(null=True)
    active = fields.BooleanField(default=True)

    class Meta:
        table = "delivery_slot_rule"
        indexes = (Index(fields=("merchant_id",)),)


class DeliverySlot(TimestampedModel):
    merchant = fields.ForeignKeyField(
        "models.Merchant", related_name="delivery_slots", on_delete=fields.CASCADE
    )
    warehouse = fields.ForeignKeyField(
        "models.Warehouse", related_name="delivery_slots", on_delete=fields.CASCADE
    )
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    cutoff_at = fields.DatetimeField()  # booking closes
    picking_at = fields.DatetimeField()  # appointment orders move to PICKING
    capacity = fields.IntField()
    taken = fields.IntField(default=0)

    class Meta:
        table = "delivery_slot"
        unique_together = (("warehouse", "starts_at"),)
        indexes = (Index(fields=("merchant_id", "starts_at")), Index(fields=("picking_at",)))
