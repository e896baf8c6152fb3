"""The customer's address book: saved delivery addresses, chosen by id at checkout.

An address is copied onto the cart and the order when chosen (``shipping_address``, the same
keys as a typed address): editing or deleting it later changes no order. The region is kept as
GB/T 2260 codes with the names the code list gave them when saved (``models.regions``); the
phone in E.164. At most one address per customer is the default (the use cases keep it so,
serialised per customer: ``resolvers.addresses``).
"""

from tortoise import fields
from tortoise.indexes import Index

from models.base import TimestampedModel


class CustomerAddress(TimestampedModel):
    customer = fields.ForeignKeyField(
        "models.User", related_name="addresses", on_delete=fields.CASCADE
    )
    label = fields.CharField(max_length=40, default="")  # "Home", "Office"
    recipient = fields.CharField(max_length=100)
    phone = fields.CharField(max_length=20)  # E.164
    country = fields.CharField(max_length=2, default="CN")
    province_code = fields.CharField(max_length=6)
    province = fields.CharField(max_length=60)
    city_code = fields.CharField(max_length=6, default="")
    city = fields.CharField(max_length=60, default="")
    district_code = fields.CharField(max_length=6, default="")
    district = fields.CharField(max_length=60, default="")
    street = fields.CharField(max_length=200)
    postal_code = fields.CharField(max_length=12, default="")
    is_default = fields.BooleanField(default=False)

    class Meta:
        table = "customer_address"
        indexes = (Index(fields=("customer_id",)),)

    def shipping_address(self) -> dict:
        """The address as a cart or order stores it (``shipping_address``): the keys of a typed
        address, the empty optional ones left out."""
        data = {
            "name": self.recipient,
            "phone": self.phone,
            "city": self.city or self.province,
            "street": self.street,
            "district": self.district,
            "postalCode": self.postal_code,
            "country": self.country,
            "province": self.province,
            "provinceCode": self.province_code,
            "cityCode": self.city_code,
            "districtCode": self.district_code,
        }
        return {k: v for k, v in data.items() if v}
