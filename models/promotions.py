"""Flash sales: a variant at a price for a time window, a quantity cap and a per-customer limit."""

from tortoise import fields
from tortoise.indexes import Index

from models.base import TimestampedModel, money_field
from models.orders import InventoryMode


class FlashSale(TimestampedModel):
    variant = fields.ForeignKeyField(
        "models.Variant", related_name="flash_sales", on_delete=fields.CASCADE
    )
    storefront = fields.ForeignKeyField(
        "models.Storefront", related_name="flash_sales", null=True, on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=120, default="")
    price = money_field()
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    quantity = fields.IntField()
    # Units sold (paid) so far: raised only by a conditional UPDATE (sold + n <= quantity).
    sold = fields.IntField(default=0)
    per_customer_limit = fields.IntField(default=1)
    inventory_mode = fields.CharEnumField(
        InventoryMode, max_length=24, default=InventoryMode.DEDUCT_ON_PAYMENT
    )

    class Meta:
        table = "promo_flash_sale"
        indexes = (Index(fields=("variant_id",)),)


class FlashSaleQuota(TimestampedModel):
    """Units a customer holds in open or paid orders of a sale (the per-customer counter)."""

    flash_sale = fields.ForeignKeyField(
        "models.FlashSale", related_name="quotas", on_delete=fields.CASCADE
    )
    customer = fields.ForeignKeyField(
        "models.User", related_name="flash_quotas", on_delete=fields.CASCADE
    )
    quantity = fields.IntField(default=0)

    class Meta:
        table = "promo_flash_sale_quota"
        unique_together = (("flash_sale", "customer"),)
