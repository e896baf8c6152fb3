"""Carts: a guest's (by token) or a customer's, lines from many merchants."""

from tortoise import fields
from tortoise.indexes import Index

from models.base import TimestampedModel


class Cart(TimestampedModel):
    token = fields.CharField(max_length=64, unique=True)
    storefront = fields.ForeignKeyField(
        "models.Storefront", related_name="carts", on_delete=fields.CASCADE
    )
    customer = fields.ForeignKeyField(
        "models.User", related_name="carts", null=True, on_delete=fields.CASCADE
    )
    shipping_address = fields.JSONField(null=True)
    # merchant id (as str) -> chosen shipping method code
    shipping_methods = fields.JSONField(default=dict)
    pickup_point = fields.ForeignKeyField(
        "models.PickupPoint", related_name="carts", null=True, on_delete=fields.SET_NULL
    )
    # Set once the cart has been turned into an order group.
    completed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "checkout_cart"
        indexes = (Index(fields=("customer_id",)),)


class CartLine(TimestampedModel):
    cart = fields.ForeignKeyField("models.Cart", related_name="lines", on_delete=fields.CASCADE)
    variant = fields.ForeignKeyField(
        "models.Variant", related_name="cart_lines", on_delete=fields.CASCADE
    )
    quantity = fields.IntField()

    class Meta:
        table = "checkout_cart_line"
        unique_together = (("cart", "variant"),)
