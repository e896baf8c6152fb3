"""Writes the planned catalog in bulk: products, variants, stock (each row with its opening
ledger movement) and listings, with a progress bar on a terminal."""

from __future__ import annotations

import sys

from tqdm import tqdm

from models.catalog import Listing, Product, Variant
from models.inventory import MovementKind, Stock, StockMovement
from plaza.demo.bulk import bulk
from plaza.demo.plan import ProductPlan
from plaza.demo.summary import DemoSummary
from plaza.demo.write_shops import ShopIds

STOCK_REASON = "demo initial stock"


async def write_catalog(
    plans: list[ProductPlan], ids: ShopIds, summary: DemoSummary, show_progress: bool
) -> None:
    """Write ``plans`` for the shops of ``ids``, counting the rows in ``summary``."""
    merchant_id, slug_of = ids.merchant, ids.slug_of
    n_variants = sum(len(p.variants) for p in plans)
    n_stocks = sum(len(q) for p in plans for q in p.stock.values())
    n_listings = sum(len(p.storefronts) for p in plans)
    total = len(plans) + n_variants + 2 * n_stocks + n_listings
    with tqdm(
        total=total,
        desc="demo catalog",
        unit=" rows",
        file=sys.stderr,
        disable=None if show_progress else True,  # None: only on a terminal
        leave=False,
        dynamic_ncols=True,
    ) as bar:
        bar.set_postfix_str("products")
        await bulk(
            Product,
            [
                Product(
                    merchant_id=merchant_id[p.merchant],
                    category_id=ids.category[p.category],
                    name=p.name,
                    description=p.description,
                    currency="CNY",
                    search_text=p.search_text,
                    price_min=p.price_min,
                )
                for p in plans
            ],
            bar,
        )
        product_id = {
            (slug_of[mid], name): pid
            for pid, mid, name in await Product.filter(
                merchant_id__in=list(merchant_id.values())
            ).values_list("id", "merchant_id", "name")
        }
        pids = [product_id[(p.merchant, p.name)] for p in plans]

        bar.set_postfix_str("variants")
        await bulk(
            Variant,
            [
                Variant(
                    product_id=pid,
                    sku=v.sku,
                    name=v.name,
                    price_amount=v.price,
                    currency="CNY",
                    attributes=v.attributes,
                )
                for p, pid in zip(plans, pids, strict=True)
                for v in p.variants
            ],
            bar,
        )
        variant_id = dict(
            await Variant.filter(product__merchant_id__in=list(merchant_id.values())).values_list(
                "sku", "id"
            )
        )

        bar.set_postfix_str("stock")
        stocks = [
            Stock(
                variant_id=variant_id[v.sku],
                warehouse_id=ids.warehouse[(p.merchant, code)],
                on_hand=on_hand[j],
            )
            for p in plans
            for code, on_hand in p.stock.items()
            for j, v in enumerate(p.variants)
        ]
        await bulk(Stock, stocks, bar)
        stock_rows = await Stock.filter(
            warehouse__merchant_id__in=list(merchant_id.values())
        ).values_list("id", "on_hand")
        movements = [
            StockMovement(
                stock_id=sid,
                kind=MovementKind.ADJUST,
                on_hand_delta=on_hand,
                reason=STOCK_REASON,
                reference="demo",
            )
            for sid, on_hand in stock_rows
        ]
        await bulk(StockMovement, movements, bar)

        bar.set_postfix_str("listings")
        listings = [
            Listing(product_id=pid, storefront_id=ids.storefront[code])
            for p, pid in zip(plans, pids, strict=True)
            for code in p.storefronts
        ]
        await bulk(Listing, listings, bar)

    summary.products, summary.variants = len(plans), n_variants
    summary.stocks, summary.movements, summary.listings = len(stocks), len(movements), len(listings)
