"""``plaza.sql``: hand-written statements behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from tortoise.transactions import in_transaction

from models.merchants import Merchant, Storefront, StorefrontPolicyName
from models.promotions import FlashSale
from plaza import sql
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
