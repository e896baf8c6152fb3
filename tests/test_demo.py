"""The demo data set (``plaza demo``): what it loads, that it reconciles, and when it refuses."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from tortoise import Tortoise

from models.accounts import Courier, MerchantStaff, Partner, PlatformRole, StaffRole, User
from models.catalog import Category, Listing, Product, Variant
from models.inventory import MovementKind, Stock, StockMovement
from models.merchants import Merchant, PickupPoint, Storefront, Warehouse
from plaza.demo import (
    DEMO_PASSWORD,
    MERCHANTS,
    PARTNER_KEY,
    PARTNER_MERCHANTS,
    PICKUP_POINT,
    STOCK_REASON,
    DemoRefusedError,
    load_demo,
    load_demo_if_empty,
    plan_catalog,
)
from resolvers.accounts import authenticate, partner_key_lookup
from resolvers.catalog import refresh_product_derived
from resolvers.inventory import reconcile
from tests.support import make_world

SMALL = 40


async def _load(products: int = SMALL, force: bool = False):
    return await load_demo(products=products, force=force, manage_orm=False, verbose=False)


async def _counts() -> dict[str, int]:
    return {
        m.__name__: await m.all().count()
        for m in (Storefront, Merchant, User, Product, Variant, Stock, StockMovement, Listing)
    }


async def test_small_demo_loads_every_part():
    summary = await _load()

    storefronts = {s.code: s for s in await Storefront.all()}
    assert set(storefronts) == {"mall", "grocery", "groupbuy", "marketplace"}
    for code, sf in storefronts.items():
        assert sf.policy.value == code and sf.currency == "CNY"
    assert storefronts["grocery"].settings["payment_deadline_minutes"] == 10
    assert storefronts["mall"].settings["payment_deadline_minutes"] == 30

    tops = await Category.filter(parent_id=None).count()
    assert tops >= 8
    assert await Category.filter(parent_id__not_isnull=True).count() >= 3 * tops

    merchants = await Merchant.all()
    assert len(merchants) == summary.merchants >= 12
    for m in merchants:
        assert 1 <= await Warehouse.filter(merchant_id=m.id).count() <= 2
        roles = [s.roles for s in await MerchantStaff.filter(merchant_id=m.id)]
        assert [StaffRole.OWNER.value] in roles
        assert any(StaffRole.OWNER.value not in r for r in roles), "staff with other roles"
        owner = await User.get(email=f"owner@{m.slug}.demo")
        assert (await MerchantStaff.get(user_id=owner.id)).merchant_id == m.id

    products = await Product.all()
    assert len(products) == summary.products == SMALL
    assert {p.merchant_id for p in products} == {m.id for m in merchants}
    assert await Variant.all().count() == summary.variants
    for p in products:
        variants = await Variant.filter(product_id=p.id)
        assert 1 <= len(variants) <= 4
        for v in variants:
            assert v.price_amount == v.price_amount.quantize(Decimal("0.01")) > 0
            assert v.attributes
        assert 1 <= await Listing.filter(product_id=p.id).count() <= 2
    assert await Listing.all().count() == summary.listings

    # Each product is listed only in storefronts its merchant sells in.
    sells = {m.slug: set(m.storefronts) for m in MERCHANTS}
    rows = await Listing.all().values_list("product__merchant__slug", "storefront__code")
    assert all(code in sells[slug] for slug, code in rows)

    # The denormalised price and search text are what the catalog use cases compute.
    for p in products[:5]:
        expected_text, expected_min = p.search_text, p.price_min
        await refresh_product_derived(p)
        assert (p.search_text, p.price_min) == (expected_text, expected_min)


async def test_stock_reconciles_with_the_ledger():
    summary = await _load()
    rows = await reconcile()
    assert len(rows) == summary.stocks > 0
    assert all(r.ok for r in rows), [r for r in rows if not r.ok][:3]
    assert await StockMovement.all().count() == summary.movements == summary.stocks
    movements = await StockMovement.all()
    assert {(m.kind, m.reason) for m in movements} == {(MovementKind.ADJUST, STOCK_REASON)}
    assert len({m.stock_id for m in movements}) == len(movements)
    assert all(r.on_hand > 0 and r.reserved == 0 for r in rows)


async def test_role_accounts_sign_in():
    await _load()
    admin = await authenticate("admin@plaza.demo", DEMO_PASSWORD)
    assert admin.platform_role == PlatformRole.ADMIN
    support = await authenticate("support@plaza.demo", DEMO_PASSWORD)
    assert support.platform_role == PlatformRole.CUSTOMER_SERVICE
    for email in ("alice@plaza.demo", "bob@plaza.demo", "chen@plaza.demo"):
        assert (await User.get(email=email)).platform_role == PlatformRole.NONE
    assert await User.filter(email__in=["owner@lumen.demo", "ops@harbour-fresh.demo"]).count() == 2

    leader = await User.get(email="leader@plaza.demo")
    point = await PickupPoint.get(leader_id=leader.id, name=PICKUP_POINT[0]).select_related(
        "storefront"
    )
    assert point.storefront.code == "groupbuy"
    points = await PickupPoint.filter(leader_id=leader.id, city_code="330100").count()
    assert points == 3 and point.capacity_per_day and point.latitude is not None

    courier = await Courier.get(user__email="courier@plaza.demo").select_related("merchant")
    assert courier.merchant.slug == "green-valley"

    key = await partner_key_lookup(PARTNER_KEY)
    assert key is not None and await Partner.filter(id=key.partner_id).exists()
    slugs = await Merchant.filter(id__in=key.merchant_ids).values_list("slug", flat=True)
    assert sorted(slugs) == sorted(PARTNER_MERCHANTS)


async def test_demo_logins_work_through_the_api(gql):
    await _load()
    body = await gql(
        """mutation($e: String!, $p: String!) { tokenCreate(email: $e, password: $p) {
             token errors { code } } }""",
        {"e": "owner@lumen.demo", "p": DEMO_PASSWORD},
    )
    token = body["data"]["tokenCreate"]["token"]
    assert token, body
    me = await gql("{ me { staff { roles } } }", token=token)
    assert me["data"]["me"]["staff"]["roles"] == ["OWNER"]

    partner = await gql("{ me { partnerId user { email } } }", token=PARTNER_KEY)
    assert partner["data"]["me"]["partnerId"] and partner["data"]["me"]["user"] is None

    page = await gql('{ products(storefront: "grocery", first: 5) { totalCount } }')
    assert page["data"]["products"]["totalCount"] > 0


async def test_second_load_is_refused_and_changes_nothing():
    await _load()
    before = await _counts()
    with pytest.raises(DemoRefusedError, match="not empty"):
        await _load()
    with pytest.raises(DemoRefusedError, match="loaded already"):
        await _load(force=True)
    assert await _counts() == before


async def test_force_loads_next_to_other_data():
    world = await make_world()  # a "mall" storefront, merchants alpha and beta
    with pytest.raises(DemoRefusedError):
        await _load()
    summary = await _load(force=True)
    assert summary.storefronts == 3  # "mall" was reused
    assert await Storefront.all().count() == 4
    assert await Merchant.all().count() == 2 + summary.merchants
    assert await Listing.filter(storefront_id=world.storefront.id).count() > 2
    assert all(r.ok for r in await reconcile())


async def test_load_if_empty():
    assert await load_demo_if_empty(products=10, manage_orm=False, verbose=False) is True
    assert await Product.all().count() == 10
    assert await load_demo_if_empty(products=10, manage_orm=False, verbose=False) is False
    assert await Product.all().count() == 10


async def test_load_if_empty_skips_a_database_with_storefronts():
    await make_world()
    assert await load_demo_if_empty(manage_orm=False, verbose=False) is False
    assert not await Merchant.filter(slug="lumen").exists()


async def test_an_initialised_orm_is_left_open():
    await load_demo(products=5, verbose=False)  # manage_orm=True, but the ORM is up already
    assert Tortoise.is_inited()
    assert await Product.all().count() == 5


async def test_the_catalog_is_deterministic_and_stable_in_size():
    small, large = plan_catalog(SMALL), plan_catalog(600)
    assert [(p.name, [v.sku for v in p.variants]) for p in small] == [
        (p.name, [v.sku for v in p.variants]) for p in large[:SMALL]
    ]
    assert plan_catalog(SMALL) == small
    skus = [v.sku for p in large for v in p.variants]
    assert len(skus) == len(set(skus))


async def test_default_size_has_at_least_500_products():
    started = time.perf_counter()
    summary = await load_demo(manage_orm=False, verbose=False)
    elapsed = time.perf_counter() - started
    assert summary.products == await Product.all().count() >= 500
    assert summary.stocks == await Stock.all().count()
    assert all(r.ok for r in await reconcile())
    print(f"default demo loaded in {elapsed:.2f} s")


async def test_a_storefront_on_each_real_payment_provider():
    await _load()
    storefronts = {s.code: s for s in await Storefront.all()}
    assert storefronts["mall"].settings["payment_accounts"] == {"alipay": "alipay-dev"}
    assert storefronts["grocery"].settings["payment_accounts"] == {"wechatpay": "wechatpay-dev"}
