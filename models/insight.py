"""Insight: the stored demand forecast of each variant (``resolvers.insight.forecasts``).

One ``VariantForecast`` per variant (the latest run replaces the previous one), with one
``VariantForecastDay`` per day of the horizon: the expected units sold that day and the
prediction interval around it. The merchant is copied from the variant's product so that a
merchant's forecasts are one index range and the visibility rule reads it from the row.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.indexes import Index

from models.base import TimestampedModel


class ForecastMethod:
    """Which model produced a forecast (``resolvers.insight.forecast_model``)."""

    HOLT_WINTERS = "holt_winters"  # additive damped trend + additive weekly season (ETS A,Ad,A)
    HOLT = "holt"  # additive damped trend, no season (ETS A,Ad,N)
    MEAN = "mean"  # sparse history: the recent daily mean and its spread

    ALL = (HOLT_WINTERS, HOLT, MEAN)


class VariantForecastDay(TimestampedModel):
    forecast = fields.ForeignKeyField(
        "models.VariantForecast", related_name="days", on_delete=fields.CASCADE
    )
    day = fields.DateField()
    mean = fields.FloatField()
    lower = fields.FloatField()
    upper = fields.FloatField()

    class Meta:
        table = "insight_variant_forecast_day"
        indexes = (Index(fields=("forecast_id", "day")),)


class VariantForecast(TimestampedModel):
    variant = fields.OneToOneField(
        "models.Variant", related_name="forecast", on_delete=fields.CASCADE
    )
    merchant = fields.ForeignKeyField(
        "models.Merchant", related_name="variant_forecasts", on_delete=fields.CASCADE
    )
    generated_at = fields.DatetimeField()
    start_day = fields.DateField()  # the first day of the horizon (the run's day, UTC)
    horizon = fields.IntField()
    method = fields.CharField(max_length=16)
    history_days = fields.IntField()  # days of history the model was fitted on
    units_sold = fields.IntField()  # units sold over those days
    interval_level = fields.FloatField(default=0.95)

    class Meta:
        table = "insight_variant_forecast"
        indexes = (Index(fields=("merchant_id",)), Index(fields=("generated_at",)))
