"""Shared model bases."""

from tortoise import fields
from tortoise.models import Model


class TimestampedModel(Model):
    id = fields.BigIntField(primary_key=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        abstract = True


def money_field(**kwargs) -> fields.DecimalField:
    return fields.DecimalField(max_digits=14, decimal_places=2, **kwargs)
