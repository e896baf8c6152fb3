"""Orders: what the customer pays once (OrderGroup) and one MerchantOrder per merchant.

The merchant-order state machine is data: ``TRANSITIONS`` maps (from, to) to who may make the
move. ``resolvers.orders`` enforces it in one place with a conditional update on
(status, version), and records every move as an ``OrderEvent``. A group's status is not a state
machine of its own: ``derive_group_status`` computes it from its orders and its money.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from enum import StrEnum

from tortoise import fields
from tortoise.indexes import Index

from models.base import TimestampedModel, money_field


class OrderStatus(StrEnum):
    PENDING_PAYMENT = "pending_payment"
    PAID = "paid"
    CONFIRMED = "confirmed"
    PICKING = "picking"
    PACKED = "packed"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    DELIVERY_FAILED = "delivery_failed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class GroupStatus(StrEnum):
    """What became of one checkout; derived by ``derive_group_status`` (see ``OrderGroup``)."""

    PENDING_PAYMENT = "pending_payment"
    PAID = "paid"
    PARTIALLY_CANCELLED = "partially_cancelled"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"


class InventoryMode(StrEnum):
    RESERVE_ON_ORDER = "reserve_on_order"
    DEDUCT_ON_PAYMENT = "deduct_on_payment"


class Actor(StrEnum):
    """Who moves an order: the kinds of party the transition table names."""

    CUSTOMER = "customer"
    ADMIN = "admin"
    MERCHANT = "merchant"
    GROUP_LEADER = "group_leader"
    COURIER = "courier"
    CARRIER = "carrier"
    SYSTEM = "system"  # payments, timeouts, automatic steps


class CancelReason(StrEnum):
    PAYMENT_TIMEOUT = "payment_timeout"
    CUSTOMER_REQUEST = "customer_request"
    SOLD_OUT = "sold_out"
    FLASH_SALE_ENDED = "flash_sale_ended"
    AMOUNT_MISMATCH = "amount_mismatch"
    RISK = "risk"
    INVALID_ORDER = "invalid_order"
    MERCHANT_REQUEST = "merchant_request"
    GOODS_RETURNED = "goods_returned"
    PAYMENT_DECLINED = "payment_declined"


S = OrderStatus
A = Actor
TRANSITIONS: dict[tuple[OrderStatus, OrderStatus], frozenset[Actor]] = {
    (S.PENDING_PAYMENT, S.PAID): frozenset({A.SYSTEM}),
    (S.PENDING_PAYMENT, S.CANCELLED): frozenset({A.CUSTOMER, A.ADMIN, A.SYSTEM}),
    (S.PAID, S.CONFIRMED): frozenset({A.ADMIN, A.MERCHANT, A.GROUP_LEADER, A.SYSTEM}),
    # the customer before confirmation; a confirmer invalidating the order (with a refund)
    (S.PAID, S.CANCELLED): frozenset({A.CUSTOMER, A.ADMIN, A.MERCHANT, A.GROUP_LEADER, A.SYSTEM}),
    # SYSTEM: an appointment order's picking starts at its delivery slot's picking time
    (S.CONFIRMED, S.PICKING): frozenset({A.MERCHANT, A.ADMIN, A.SYSTEM}),
    (S.PICKING, S.PACKED): frozenset({A.MERCHANT, A.ADMIN}),
    (S.PACKED, S.SHIPPED): frozenset({A.MERCHANT, A.ADMIN}),
    (S.CONFIRMED, S.CANCELLED): frozenset({A.MERCHANT, A.ADMIN}),
    (S.PICKING, S.CANCELLED): frozenset({A.MERCHANT, A.ADMIN}),
    (S.PACKED, S.CANCELLED): frozenset({A.MERCHANT, A.ADMIN}),
    # the carrier or courier delivers; the customer confirms receipt; the group leader hands
    # the parcel over at the pickup point
    (S.SHIPPED, S.DELIVERED): frozenset(
        {A.CARRIER, A.COURIER, A.CUSTOMER, A.GROUP_LEADER, A.SYSTEM, A.ADMIN}
    ),
    (S.SHIPPED, S.DELIVERY_FAILED): frozenset({A.CARRIER, A.COURIER, A.MERCHANT, A.ADMIN}),
    (S.DELIVERY_FAILED, S.SHIPPED): frozenset({A.CARRIER, A.COURIER, A.MERCHANT, A.ADMIN}),
    (S.DELIVERY_FAILED, S.CANCELLED): frozenset({A.MERCHANT, A.ADMIN, A.CARRIER}),
    (S.DELIVERED, S.COMPLETED): frozenset({A.SYSTEM, A.ADMIN}),
}
del S, A

# Until an order is confirmed its customer may still change the address and remark, or cancel.
CUSTOMER_EDITABLE = frozenset({OrderStatus.PENDING_PAYMENT, OrderStatus.PAID})
FINAL = frozenset({OrderStatus.COMPLETED, OrderStatus.CANCELLED})


def allowed(current: OrderStatus, target: OrderStatus, actor: Actor) -> bool:
    return actor in TRANSITIONS.get((current, target), frozenset())


def derive_group_status(
    order_statuses: Iterable[OrderStatus | str],
    *,
    paid: bool,
    captured: Decimal,
    refunded: Decimal,
) -> GroupStatus:
    """The status an order group has, given its orders and its money (the rule in
    ``OrderGroup``'s docstring).

    ``paid``: the group was paid (its payment won it, or it needed none); ``captured``: what
    its payments took, in all; ``refunded``: what went back to the customer (refunds that
    succeeded, not those still queued)."""
    statuses = [OrderStatus(s) for s in order_statuses]
    every_order_cancelled = bool(statuses) and all(s == OrderStatus.CANCELLED for s in statuses)
    if not paid:
        return GroupStatus.CANCELLED if every_order_cancelled else GroupStatus.PENDING_PAYMENT
    if every_order_cancelled:
        if captured > 0 and refunded >= captured:
            return GroupStatus.REFUNDED
        return GroupStatus.CANCELLED  # nothing was captured, or not all of it is back yet
    if any(s == OrderStatus.CANCELLED for s in statuses):
        return GroupStatus.PARTIALLY_CANCELLED
    return GroupStatus.PAID


class OrderGroup(TimestampedModel):
    """One checkout: what the customer pays once.

    Its status follows its merchant orders and its payments (``derive_group_status``):

    * PENDING_PAYMENT: not paid yet and some order still awaits the payment;
    * CANCELLED, never paid: every order was cancelled before payment (the customer cancelled,
      the payment deadline passed). A late payment of such a group is refunded at once and
      leaves it CANCELLED: the money never paid the group;
    * PAID: paid, and no order cancelled (whatever the orders' progress: shipped, completed);
    * PARTIALLY_CANCELLED: paid, some orders cancelled (and refunded), some live;
    * CANCELLED, after payment: every order cancelled, but not all the money captured is back
      yet (a refund is queued or being retried), or nothing was captured (a group that cost
      nothing, e.g. a replacement);
    * REFUNDED: every order cancelled after payment and all that the group's payments captured
      was refunded (refunds that succeeded).

    ``resolvers.groups.refresh_group_status`` recomputes it (a conditional update, in the
    transaction that changed an order or a refund) and writes an ``order_group.<status>``
    outbox event when it changes. ``paid_at`` tells whether the group was paid; ``cancelled_at``
    and ``cancel_reason`` are set when it becomes CANCELLED (or REFUNDED)."""

    number = fields.CharField(max_length=24, unique=True)
    customer = fields.ForeignKeyField(
        "models.User", related_name="order_groups", on_delete=fields.RESTRICT
    )
    storefront = fields.ForeignKeyField(
        "models.Storefront", related_name="order_groups", on_delete=fields.RESTRICT
    )
    status = fields.CharEnumField(GroupStatus, max_length=24, default=GroupStatus.PENDING_PAYMENT)
    currency = fields.CharField(max_length=3)
    subtotal = money_field()
    shipping_total = money_field()
    total = money_field()
    inventory_mode = fields.CharEnumField(InventoryMode, max_length=24)
    payment_deadline = fields.DatetimeField()
    paid_at = fields.DatetimeField(null=True)
    cancelled_at = fields.DatetimeField(null=True)
    cancel_reason = fields.CharField(max_length=40, null=True)
    shipping_address = fields.JSONField(default=dict)
    idempotency_key = fields.CharField(max_length=100)
    request_hash = fields.CharField(max_length=64)
    risk_reasons = fields.JSONField(default=list)

    class Meta:
        table = "order_group"
        unique_together = (("customer", "idempotency_key"),)
        indexes = (Index(fields=("status", "payment_deadline")),)


class MerchantOrder(TimestampedModel):
    number = fields.CharField(max_length=28, unique=True)
    group = fields.ForeignKeyField(
        "models.OrderGroup", related_name="orders", on_delete=fields.CASCADE
    )
    merchant = fields.ForeignKeyField(
        "models.Merchant", related_name="orders", on_delete=fields.RESTRICT
    )
    customer = fields.ForeignKeyField(
        "models.User", related_name="orders", on_delete=fields.RESTRICT
    )
    storefront = fields.ForeignKeyField(
        "models.Storefront", related_name="orders", on_delete=fields.RESTRICT
    )
    status = fields.CharEnumField(OrderStatus, max_length=24, default=OrderStatus.PENDING_PAYMENT)
    version = fields.IntField(default=0)
    currency = fields.CharField(max_length=3)
    subtotal = money_field()
    shipping_price = money_field()
    total = money_field()
    shipping_method = fields.CharField(max_length=60, default="")
    shipping_method_name = fields.CharField(max_length=120, default="")
    shipping_address = fields.JSONField(default=dict)
    remark = fields.CharField(max_length=500, default="")
    inventory_mode = fields.CharEnumField(InventoryMode, max_length=24)
    cancel_reason = fields.CharField(max_length=40, null=True)
    refunded_amount = money_field(default=0)
    pickup_point = fields.ForeignKeyField(
        "models.PickupPoint", related_name="orders", null=True, on_delete=fields.SET_NULL
    )
    # Set by orderAssign (CONFIRMED -> PICKING): the staff member picking it, from which warehouse.
    assignee = fields.ForeignKeyField(
        "models.User", related_name="assigned_orders", null=True, on_delete=fields.SET_NULL
    )
    warehouse = fields.ForeignKeyField(
        "models.Warehouse", related_name="orders", null=True, on_delete=fields.SET_NULL
    )
    # Set when this order is a replacement (exchange or reship) of another.
    replacement_of = fields.ForeignKeyField(
        "models.MerchantOrder", related_name="replacements", null=True, on_delete=fields.SET_NULL
    )
    # The delivery slot booked at checkout (an appointment order): see models.slots.
    delivery_slot = fields.ForeignKeyField(
        "models.DeliverySlot", related_name="orders", null=True, on_delete=fields.SET_NULL
    )
    # Set when the order ships (PACKED -> SHIPPED); the logistics module adds shipments later.
    carrier = fields.CharField(max_length=80, null=True)
    tracking_number = fields.CharField(max_length=80, null=True)
    paid_at = fields.DatetimeField(null=True)
    confirmed_at = fields.DatetimeField(null=True)
    shipped_at = fields.DatetimeField(null=True)
    delivered_at = fields.DatetimeField(null=True)
    completed_at = fields.DatetimeField(null=True)
    cancelled_at = fields.DatetimeField(null=True)

    class Meta:
        table = "merchant_order"
        indexes = (
            # The merchant inbox, newest first, with and without a status filter (keyset on
            # (created_at, id); a B-tree read backwards serves the descending order).
            Index(fields=("merchant_id", "created_at", "id")),
            Index(fields=("merchant_id", "status", "created_at", "id")),
            Index(fields=("customer_id", "created_at")),
            # resolvers.orders.run_automatic_transitions: due orders per storefront, oldest first
            Index(fields=("status", "storefront_id", "shipped_at")),
            Index(fields=("status", "storefront_id", "delivered_at")),
            Index(fields=("group_id",)),  # a group's orders: payment, expiry
            Index(fields=("delivery_slot_id",)),  # a slot's orders; appointments due to pick
            # a group leader's orders of a point and day (pickupOrders)
            Index(fields=("pickup_point_id", "created_at")),
            # merchantOrders(filter: {assignee}): a staff member's orders, newest first
            Index(fields=("assignee_id", "created_at", "id")),
            Index(fields=("warehouse_id",)),
        )


class OrderLine(TimestampedModel):
    order = fields.ForeignKeyField(
        "models.MerchantOrder", related_name="lines", on_delete=fields.CASCADE
    )
    variant = fields.ForeignKeyField(
        "models.Variant", related_name="order_lines", on_delete=fields.RESTRICT
    )
    product_name = fields.CharField(max_length=200)
    variant_name = fields.CharField(max_length=200, default="")
    sku = fields.CharField(max_length=64)
    quantity = fields.IntField()
    unit_price = money_field()
    total = money_field()
    currency = fields.CharField(max_length=3)
    flash_sale = fields.ForeignKeyField(
        "models.FlashSale", related_name="order_lines", null=True, on_delete=fields.SET_NULL
    )

    class Meta:
        table = "order_line"
        indexes = (Index(fields=("order_id",)), Index(fields=("variant_id",)))


class Allocation(TimestampedModel):
    """Units of an order line held in (or taken from) one stock row."""

    line = fields.ForeignKeyField(
        "models.OrderLine", related_name="allocations", on_delete=fields.CASCADE
    )
    stock = fields.ForeignKeyField(
        "models.Stock", related_name="allocations", on_delete=fields.RESTRICT
    )
    quantity = fields.IntField()
    # reserved -> deducted (paid) | released (cancelled before payment) | restocked
    state = fields.CharField(max_length=16, default="reserved")

    class Meta:
        table = "order_allocation"
        indexes = (Index(fields=("line_id",)), Index(fields=("stock_id",)))


class OrderEvent(TimestampedModel):
    """One step of an order's history: who (and in which role) did what, when and why."""

    order = fields.ForeignKeyField(
        "models.MerchantOrder", related_name="events", on_delete=fields.CASCADE
    )
    kind = fields.CharField(max_length=40)  # "status_changed", "placed", "address_changed", ...
    from_status = fields.CharField(max_length=24, null=True)
    to_status = fields.CharField(max_length=24, null=True)
    actor = fields.CharEnumField(Actor, max_length=16)
    actor_user_id = fields.BigIntField(null=True)
    reason = fields.CharField(max_length=300, default="")
    data = fields.JSONField(default=dict)

    class Meta:
        table = "order_event"
        indexes = (Index(fields=("order_id",)),)
