"""Stock per variant per warehouse and the movement ledger every change writes to.

Invariant (checked by ``plaza stock reconcile``): for every stock row,
``on_hand == sum(on_hand_delta)`` and ``reserved == sum(reserved_delta)`` over its movements.
"""

from enum import StrEnum

from tortoise import fields
from tortoise.indexes import Index

from models.base import TimestampedModel


class MovementKind(StrEnum):
    ADJUST = "adjust"  # stock set or adjusted by staff
    RESERVE = "reserve"  # order placed: reserved += n
    RELEASE = "release"  # reservation released: reserved -= n
    DEDUCT = "deduct"  # sales issue: on_hand -= n (and reserved -= n when it was reserved)
    RESTOCK = "restock"  # goods back: on_hand += n
    DAMAGE = "damage"  # written off: on_hand -= n
    # Returned goods found not resellable: recorded, never back in on_hand (no deltas).
    WRITE_OFF = "write_off"


class Stock(TimestampedModel):
    variant = fields.ForeignKeyField(
        "models.Variant", related_name="stocks", on_delete=fields.CASCADE
    )
    warehouse = fields.ForeignKeyField(
        "models.Warehouse", related_name="stocks", on_delete=fields.CASCADE
    )
    on_hand = fields.IntField(default=0)
    reserved = fields.IntField(default=0)

    class Meta:
        table = "inventory_stock"
        indexes = (Index(fields=("warehouse_id",)),)
        unique_together = (("variant", "warehouse"),)


class StockMovement(TimestampedModel):
    stock = fields.ForeignKeyField(
        "models.Stock", related_name="movements", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(MovementKind, max_length=16)
    on_hand_delta = fields.IntField(default=0)
    reserved_delta = fields.IntField(default=0)
    reason = fields.CharField(max_length=200, default="")
    actor_user_id = fields.BigIntField(null=True)
    # What caused it, e.g. "merchant_order:42"; lets an order's movements be found again.
    reference = fields.CharField(max_length=80, default="", db_index=True)

    class Meta:
        table = "inventory_stock_movement"
        indexes = (Index(fields=("stock_id",)),)
