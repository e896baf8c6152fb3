"""``models.sql``: hand-written statements behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models import sql
from models.checkout import Cart
from models.merchants import Merchant, Storefront, StorefrontPolicyName, Warehouse
from models.orders import InventoryMode
from models.promotions import FlashSale
from tests.support import make_product, make_storefront


def test_placeholders_are_numbered_for_sqlite_and_kept_for_postgres():
    statement = 'SELECT * FROM "t" WHERE "a" = $1 AND "b" > $2 AND "c" IN ($3, $2)'
    assert sql.for_dialect(statement, "postgres") == statement
    assert sql.for_dialect(statement, "sqlite") == (
        'SELECT * FROM "t" WHERE "a" = ?1 AND "b" > ?2 AND "c" IN (?3, ?2)'
    )
    assert sql.placeholders(3, 2) == "$3, $4"


async def test_a_placeholder_used_twice_takes_one_value():
    (row,) = await sql.fetch('SELECT CAST($1 AS INTEGER) + CAST($1 AS INTEGER) AS "twice"', 21)
    assert row["twice"] == 42


async def test_fetch_models_converts_values_as_the_orm_does():
    await Storefront.create(
        code="fresh",
        name="Fresh",
        policy=StorefrontPolicyName.GROCERY,
        settings={"payment_minutes": 10},
    )
    (row,) = await sql.fetch_models(
        Storefront, 'SELECT * FROM "storefront" WHERE "code" = $1', "fresh"
    )
    orm = await Storefront.get(code="fresh")
    assert isinstance(row, Storefront) and row.id == orm.id
    assert row.settings == {"payment_minutes": 10} == orm.settings  # JSON, not text
    assert row.policy == orm.policy
    assert isinstance(row.created_at, datetime) and row.created_at == orm.created_at
    assert row._saved_in_db  # a loaded row, not a new one

    merchant = await Merchant.create(name="North", slug="north")
    product = await make_product(merchant, await make_storefront("mall"), "tea", price="12.50")
    variant = (await product.variants.all())[0]
    sale = await FlashSale.create(
        variant=variant, price=Decimal("9.90"), starts_at=orm.created_at,
        ends_at=orm.created_at, quantity=5,
    )  # fmt: skip
    (loaded,) = await sql.fetch_models(FlashSale, 'SELECT * FROM "promo_flash_sale"')
    assert loaded.id == sale.id and loaded.price == Decimal("9.90")  # Decimal on SQLite too


async def test_statements_run_in_the_callers_transaction():
    storefront = await make_storefront("rolled")
    try:
        async with in_transaction():
            changed = await sql.execute(
                'UPDATE "storefront" SET "name" = $1 WHERE "id" = $2', "Renamed", storefront.id
            )
            assert changed == 1
            raise RuntimeError("roll back")
    except RuntimeError:
        pass
    assert (await Storefront.get(id=storefront.id)).name == storefront.name


async def test_fetch_models_attaches_joined_models_as_select_related_does():
    storefront = await make_storefront("joined")
    cart = await Cart.create(token="tok-joined", storefront=storefront, shipping_address={"a": 1})
    statement = (
        f'SELECT c.*, {sql.columns(Storefront, "s", "storefront")} FROM "checkout_cart" c '
        'JOIN "storefront" s ON s."id" = c."storefront_id" WHERE c."token" = $1'
    )
    (row,) = await sql.fetch_models(
        Cart, statement, "tok-joined", related={"storefront": Storefront}
    )
    orm = await Cart.get(token="tok-joined").select_related("storefront")
    assert row.id == cart.id and row.shipping_address == {"a": 1} == orm.shipping_address
    assert isinstance(row.storefront, Storefront)
    assert row.storefront.id == orm.storefront.id and row.storefront.code == "joined"
    assert row.storefront.created_at == orm.storefront.created_at
    assert await sql.fetch_models(Cart, statement, "nope", related={"storefront": Storefront}) == []


async def test_update_fields_converts_values_and_checks_its_condition():
    merchant = await Merchant.create(name="North", slug="north")
    product = await make_product(merchant, await make_storefront("mall"), "tea", price="12.50")
    variant = (await product.variants.all())[0]
    now = datetime.now(UTC)
    sale = await FlashSale.create(
        variant=variant, price=Decimal("9.90"), starts_at=now, ends_at=now, quantity=5
    )
    changes = {"price": Decimal("8.80"), "inventory_mode": InventoryMode.RESERVE_ON_ORDER}
    where = '"id" = $1 AND "sold" = $2'
    assert await sql.update_fields(FlashSale, changes, where, sale.id, 0, increments=("sold",)) == 1
    fresh = await FlashSale.get(id=sale.id)
    assert (fresh.price, fresh.inventory_mode, fresh.sold) == (
        Decimal("8.80"), InventoryMode.RESERVE_ON_ORDER, 1,
    )  # fmt: skip
    # the condition no longer holds (sold is 1): nothing changes
    assert await sql.update_fields(FlashSale, {"price": Decimal("1")}, where, sale.id, 0) == 0
    assert (await FlashSale.get(id=sale.id)).price == Decimal("8.80")


async def test_rows_that_refer_to_each_other_are_written_together_with_ids_taken_ahead():
    storefront = await make_storefront("marked")
    async with in_transaction():
        ids = await sql.next_ids({Merchant: 2, Warehouse: 2})
        merchants = [Merchant(id=i, name=f"M{i}", slug=f"m{i}") for i in ids[Merchant]]
        warehouses = [
            Warehouse(id=w, merchant_id=m.id, code="main", name="Main")
            for w, m in zip(ids[Warehouse], merchants, strict=True)
        ]
        await sql.insert_models(
            [*merchants, *warehouses],
            also=[
                ('UPDATE "storefront" SET "name" = $1 WHERE "id" = $2', ("Marked", storefront.id))
            ],
        )
    assert ids[Merchant][1] == ids[Merchant][0] + 1
    for merchant, warehouse in zip(merchants, warehouses, strict=True):
        stored = await Warehouse.get(id=warehouse.id).select_related("merchant")
        assert stored.merchant.id == merchant.id and stored.merchant.slug == merchant.slug
        assert isinstance(stored.created_at, datetime)  # set as the ORM sets it
        assert merchant._saved_in_db
    assert (await Storefront.get(id=storefront.id)).name == "Marked"
    # the id counters moved past the ids taken: the ORM's next row gets a new one
    later = await Merchant.create(name="Later", slug="later")
    assert later.id > max(ids[Merchant])
    assert (await sql.next_ids({Merchant: 1}))[Merchant][0] > later.id


async def test_rows_written_together_are_all_or_nothing():
    await Merchant.create(name="Taken", slug="taken")
    before = await Warehouse.all().count()
    with pytest.raises(IntegrityError):
        async with in_transaction():
            (merchant_id,) = (await sql.next_ids({Merchant: 1}))[Merchant]
            await sql.insert_models(
                [
                    Merchant(id=merchant_id, name="New", slug="new"),
                    Warehouse(merchant_id=merchant_id, code="main", name="Main"),
                    Merchant(name="Again", slug="taken"),  # the slug is unique
                ]
            )
    assert not await Merchant.filter(slug="new").exists()
    assert await Warehouse.all().count() == before


async def test_concurrent_transactions_take_different_ids():
    async def place(n: int) -> int:
        async with in_transaction():
            (merchant_id,) = (await sql.next_ids({Merchant: 1}))[Merchant]
            await sql.insert_models([Merchant(id=merchant_id, name=f"C{n}", slug=f"c{n}")])
            return merchant_id

    ids = await asyncio.gather(*(place(n) for n in range(8)))
    assert len(set(ids)) == 8
    assert await Merchant.filter(slug__startswith="c").count() == 8
