"""Batch loaders: given many keys, one query, results in key order (for DataLoaders).

Grouped here per domain so a list page costs a fixed number of queries whatever its size.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from tortoise.models import Model

from models.accounts import User
from models.catalog import Category, Listing, Product, Variant
from models.inventory import Stock
from models.merchants import Merchant, Storefront, Warehouse


async def by_id(model: type[Model], ids: Sequence[int]) -> list[Any | None]:
    rows = {r.id: r for r in await model.filter(id__in=set(ids))}
    return [rows.get(i) for i in ids]


async def grouped(
    model: type[Model], fk: str, keys: Sequence[int], order: str = "id"
) -> list[list[Any]]:
    groups: dict[int, list[Any]] = defaultdict(list)
    for row in await model.filter(**{f"{fk}__in": set(keys)}).order_by(order):
        groups[getattr(row, fk)].append(row)
    return [groups.get(k, []) for k in keys]


# --- accounts -------------------------------------------------------------------------------


async def users(ids: Sequence[int]) -> list[User | None]:
    return await by_id(User, ids)


# --- catalog ----------------------------------------------------------------------------------


async def merchants(ids: Sequence[int]) -> list[Merchant | None]:
    return await by_id(Merchant, ids)


async def categories(ids: Sequence[int]) -> list[Category | None]:
    return await by_id(Category, ids)


async def products(ids: Sequence[int]) -> list[Product | None]:
    return await by_id(Product, ids)


async def storefronts(ids: Sequence[int]) -> list[Storefront | None]:
    return await by_id(Storefront, ids)


async def variants(ids: Sequence[int]) -> list[Variant | None]:
    return await by_id(Variant, ids)


async def variants_by_product(product_ids: Sequence[int]) -> list[list[Variant]]:
    return await grouped(Variant, "product_id", product_ids)


async def storefronts_by_product(product_ids: Sequence[int]) -> list[list[Storefront]]:
    listings = await Listing.filter(product_id__in=set(product_ids)).select_related("storefront")
    groups: dict[int, list[Storefront]] = defaultdict(list)
    for listing in listings:
        groups[listing.product_id].append(listing.storefront)
    return [sorted(groups.get(p, []), key=lambda s: s.id) for p in product_ids]


# --- inventory --------------------------------------------------------------------------------


async def stocks_by_variant(variant_ids: Sequence[int]) -> list[list[Stock]]:
    return await grouped(Stock, "variant_id", variant_ids)


async def warehouses(ids: Sequence[int]) -> list[Warehouse | None]:
    return await by_id(Warehouse, ids)


# --- orders -----------------------------------------------------------------------------------


async def lines_by_order(order_ids: Sequence[int]) -> list[list[Any]]:
    from models.orders import OrderLine

    return await grouped(OrderLine, "order_id", order_ids)


async def events_by_order(order_ids: Sequence[int]) -> list[list[Any]]:
    from models.orders import OrderEvent

    return await grouped(OrderEvent, "order_id", order_ids)


async def orders_by_group(group_ids: Sequence[int]) -> list[list[Any]]:
    from models.orders import MerchantOrder

    return await grouped(MerchantOrder, "group_id", group_ids)


async def order_groups(ids: Sequence[int]) -> list[Any | None]:
    from models.orders import OrderGroup

    return await by_id(OrderGroup, ids)


async def merchant_orders(ids: Sequence[int]) -> list[Any | None]:
    from models.orders import MerchantOrder

    return await by_id(MerchantOrder, ids)


async def replacements_by_order(order_ids: Sequence[int]) -> list[list[Any]]:
    from models.orders import MerchantOrder

    return await grouped(MerchantOrder, "replacement_of_id", order_ids)


# --- aftersales ---------------------------------------------------------------------------------


async def cases_by_order(order_ids: Sequence[int]) -> list[list[Any]]:
    from models.aftersales import AftersalesCase

    return await grouped(AftersalesCase, "order_id", order_ids)


async def case_lines_by_case(case_ids: Sequence[int]) -> list[list[Any]]:
    """A case's lines with their order line (one query for every case asked)."""
    from models.aftersales import AftersalesCaseLine

    groups: dict[int, list[Any]] = defaultdict(list)
    rows = AftersalesCaseLine.filter(case_id__in=set(case_ids)).select_related("order_line")
    for row in await rows.order_by("id"):
        groups[row.case_id].append(row)
    return [groups.get(k, []) for k in case_ids]


# --- logistics ----------------------------------------------------------------------------------


async def shipments_by_order(order_ids: Sequence[int]) -> list[Any | None]:
    from models.logistics import Shipment

    rows = {r.order_id: r for r in await Shipment.filter(order_id__in=set(order_ids))}
    return [rows.get(i) for i in order_ids]


async def tracking_events(shipment_ids: Sequence[int]) -> list[list[Any]]:
    from models.logistics import TrackingEvent

    return await grouped(TrackingEvent, "shipment_id", shipment_ids, order="occurred_at")


# --- payments ---------------------------------------------------------------------------------


async def payments_by_group(group_ids: Sequence[int]) -> list[list[Any]]:
    from models.payments import Payment

    return await grouped(Payment, "group_id", group_ids)


async def refunds_by_payment(payment_ids: Sequence[int]) -> list[list[Any]]:
    from models.payments import Refund

    return await grouped(Refund, "payment_id", payment_ids)


async def refunds_by_order(order_ids: Sequence[int]) -> list[list[Any]]:
    from models.payments import Refund

    return await grouped(Refund, "order_id", order_ids)
