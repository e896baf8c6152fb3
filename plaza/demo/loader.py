"""Loads the demo: ``load_demo`` (``plaza demo``) and ``load_demo_if_empty`` (``plaza serve
--demo-if-empty``), in one transaction, after checking the demo is not there already."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from tortoise import Tortoise
from tortoise.transactions import in_transaction

from models.accounts import PartnerKey, User
from models.catalog import Product, Variant
from models.merchants import Merchant, Storefront
from plaza.db import close_orm, init_orm
from plaza.demo.accounts import DEMO_PASSWORD, PARTNER_KEY_PREFIX, demo_emails
from plaza.demo.addresses import write_addresses
from plaza.demo.bulk import chunks
from plaza.demo.freight import write_freight
from plaza.demo.insight import write_sales_history
from plaza.demo.merchants import MERCHANTS
from plaza.demo.payments import write_payment_accounts
from plaza.demo.pickup import write_pickup_points
from plaza.demo.plan import ProductPlan, plan_catalog
from plaza.demo.reviews import write_reviews
from plaza.demo.slots import write_slots
from plaza.demo.summary import DemoRefusedError, DemoSummary
from plaza.demo.tickets import write_tickets
from plaza.demo.write_catalog import write_catalog
from plaza.demo.write_shops import write_shops
from resolvers.accounts import hash_password

log = logging.getLogger("plaza.demo")
T = TypeVar("T")

DEFAULT_PRODUCTS = 600


async def _has_data() -> bool:
    for model in (Storefront, Merchant, User, Product):
        if await model.exists():
            return True
    return False


async def _check_not_loaded(plans: list[ProductPlan]) -> None:
    slugs = [m.slug for m in MERCHANTS]
    found = await Merchant.filter(slug__in=slugs).values_list("slug", flat=True)
    if found:
        raise DemoRefusedError(
            f"The demo seems to be loaded already: merchant '{sorted(found)[0]}' exists."
        )
    for part in chunks(demo_emails()):
        taken = await User.filter(email__in=list(part)).values_list("email", flat=True)
        if taken:
            raise DemoRefusedError(f"A demo login exists already: {sorted(taken)[0]}.")
    if await PartnerKey.filter(prefix=PARTNER_KEY_PREFIX).exists():
        raise DemoRefusedError(f"The demo partner key '{PARTNER_KEY_PREFIX}' exists already.")
    skus = [v.sku for p in plans for v in p.variants]
    for part in chunks(skus):
        taken = await Variant.filter(sku__in=list(part)).values_list("sku", flat=True)
        if taken:
            raise DemoRefusedError(f"A demo SKU exists already: {sorted(taken)[0]}.")


async def _load(plans: list[ProductPlan], password_hash: str, show_progress: bool) -> DemoSummary:
    summary = DemoSummary()
    await _check_not_loaded(plans)
    ids = await write_shops(password_hash, summary)
    await write_catalog(plans, ids, summary, show_progress)
    await write_addresses()
    await write_sales_history()  # plaza/demo/insight.py: the reports' and forecasts' history
    await write_slots(ids)
    await write_tickets()
    await write_reviews(ids)
    await write_payment_accounts()
    await write_freight()
    await write_pickup_points(ids.storefront["groupbuy"], summary)
    return summary


async def _with_orm(manage_orm: bool, body: Callable[[], Awaitable[T]]) -> T:
    """Run ``body`` with the ORM up: initialised (and closed after) here if it was not yet."""
    own = manage_orm and not Tortoise.is_inited()
    if own:
        await init_orm()
    try:
        return await body()
    finally:
        if own:
            await close_orm()


async def load_demo(
    products: int = DEFAULT_PRODUCTS,
    force: bool = False,
    *,
    manage_orm: bool = True,
    verbose: bool = True,
) -> DemoSummary:
    """Load the demo data set; refuses (``DemoRefusedError``) a non-empty DB unless ``force``.

    ``manage_orm``: initialise and close the ORM around the load, unless it is initialised
    already. ``verbose``: a progress bar on stderr (on a terminal) and the summary on stdout.
    """
    if products < 0:
        raise ValueError("products cannot be negative")

    async def body() -> DemoSummary:
        if not force and await _has_data():
            raise DemoRefusedError(
                "The database is not empty: the demo is loaded only into an empty database. "
                "Use 'plaza demo --force' to load it next to the existing data."
            )
        started = time.perf_counter()
        plans = plan_catalog(products)
        password_hash = hash_password(DEMO_PASSWORD)  # argon2 is slow: once, for every login
        async with in_transaction():
            summary = await _load(plans, password_hash, show_progress=verbose)
        summary.seconds = time.perf_counter() - started
        if verbose:
            print(summary, flush=True)
        log.debug("demo loaded: %s", summary.counts())
        return summary

    return await _with_orm(manage_orm, body)


async def load_demo_if_empty(
    products: int = DEFAULT_PRODUCTS, *, manage_orm: bool = True, verbose: bool = True
) -> bool:
    """Load the demo when the database has no storefront yet; True if it was loaded."""

    async def body() -> bool:
        if await Storefront.exists():
            log.info("the database has data: demo not loaded")
            return False
        await load_demo(products, force=True, manage_orm=False, verbose=verbose)
        return True

    return await _with_orm(manage_orm, body)
