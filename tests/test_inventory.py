"""Inventory through the HTTP API: warehouses, stock levels and the movement ledger."""

from __future__ import annotations

import asyncio

from models.catalog import Variant
from models.inventory import MovementKind, Stock, StockMovement
from models.merchants import Warehouse
from resolvers.inventory import reconcile
from tests.support import World, gid, make_world, payload

ERR = "errors { code field message }"
WAREHOUSE_CREATE = f"""mutation($input: WarehouseCreateInput!) {{
  warehouseCreate(input: $input) {{ warehouse {{ id code name address }} {ERR} }} }}"""
STOCK_SET = f"""mutation($input: StockSetInput!) {{
  stockSet(input: $input) {{
    stock {{ onHand reserved available variantId warehouse {{ code }} }} {ERR} }} }}"""
STOCK_ADJUST = f"""mutation($input: StockAdjustInput!) {{
  stockAdjust(input: $input) {{ stock {{ onHand reserved available }} {ERR} }} }}"""
VARIANT_STOCK = """query($id: ID!) { variant(id: $id) { quantityAvailable
  stocks { onHand reserved available warehouse { code } } } }"""


async def ledger_state() -> dict:
    return {
        "stock": await Stock.all().order_by("id").values(),
        "movements": await StockMovement.all().order_by("id").values(),
    }


async def assert_reconciled() -> None:
    rows = await reconcile()
    assert rows, "no stock rows to reconcile"
    bad = [r for r in rows if not r.ok]
    assert bad == [], bad


def _codes(errors: list[dict]) -> list[tuple]:
    return [(e["code"], e["field"]) for e in errors]


async def _variant(world: World) -> Variant:
    return await Variant.filter(product_id=world.a.products[0].id).first()


def _target(variant: Variant, warehouse: Warehouse, **extra) -> dict:
    return {
        "input": {
            "variantId": gid("Variant", variant.id),
            "warehouseId": gid("Warehouse", warehouse.id),
            **extra,
        }
    }


# --- warehouses -------------------------------------------------------------------------------


async def test_warehouse_create_for_own_merchant(gql):
    world = await make_world()
    result = payload(
        await gql(
            WAREHOUSE_CREATE,
            {"input": {"code": "north", "name": "North Hub", "address": {"city": "Hangzhou"}}},
            token=world.a.owner_token,
        ),
        "warehouseCreate",
    )
    assert result["errors"] == []
    assert result["warehouse"]["code"] == "north"
    assert result["warehouse"]["address"] == {"city": "Hangzhou"}
    row = await Warehouse.get(code="north")
    assert row.merchant_id == world.a.merchant.id
    body = await gql("{ warehouses { code } }", token=world.a.owner_token)
    assert [w["code"] for w in body["data"]["warehouses"]] == ["main", "north"]

    # the same code again for the same merchant is refused; another merchant may use it
    before = await Warehouse.all().order_by("id").values()
    dup = payload(
        await gql(
            WAREHOUSE_CREATE,
            {"input": {"code": "north", "name": "Again"}},
            token=world.a.owner_token,
        ),
        "warehouseCreate",
    )
    assert _codes(dup["errors"]) == [("DUPLICATE_CODE", "code")]
    for bad, expected in [
        ({"code": "  ", "name": "X"}, ("INVALID", "code")),
        ({"code": "x" * 41, "name": "X"}, ("INVALID", "code")),
        ({"code": "ok", "name": ""}, ("INVALID", "name")),
        ({"code": "ok", "name": "X", "merchantId": "bogus"}, ("INVALID", "merchantId")),
    ]:
        result = payload(
            await gql(WAREHOUSE_CREATE, {"input": bad}, token=world.a.owner_token),
            "warehouseCreate",
        )
        assert _codes(result["errors"]) == [expected], bad
    assert await Warehouse.all().order_by("id").values() == before

    other = payload(
        await gql(
            WAREHOUSE_CREATE,
            {"input": {"code": "north", "name": "B North"}},
            token=world.b.owner_token,
        ),
        "warehouseCreate",
    )
    assert other["errors"] == []


async def test_admin_creates_warehouses_for_a_named_merchant(gql):
    world = await make_world()
    ok = payload(
        await gql(
            WAREHOUSE_CREATE,
            {
                "input": {
                    "code": "east",
                    "name": "East",
                    "merchantId": gid("Merchant", world.b.merchant.id),
                }
            },
            token=world.admin_token,
        ),
        "warehouseCreate",
    )
    assert ok["errors"] == []
    assert (await Warehouse.get(code="east")).merchant_id == world.b.merchant.id
    before = await Warehouse.all().count()
    for variables, expected in [
        ({"code": "west", "name": "West"}, ("INVALID", "merchantId")),
        (
            {"code": "west", "name": "West", "merchantId": gid("Merchant", 31337)},
            ("NOT_FOUND", "merchantId"),
        ),
    ]:
        result = payload(
            await gql(WAREHOUSE_CREATE, {"input": variables}, token=world.admin_token),
            "warehouseCreate",
        )
        assert _codes(result["errors"]) == [expected]
    assert await Warehouse.all().count() == before


# --- stock levels and the ledger --------------------------------------------------------------


async def test_stock_set_and_adjust_write_the_ledger(gql):
    world = await make_world()
    variant = await _variant(world)
    token = world.a.owner_token
    second = await Warehouse.create(merchant=world.a.merchant, code="second", name="Second")

    # a first count in a new warehouse creates the stock row and one movement
    result = payload(
        await gql(STOCK_SET, _target(variant, second, onHand=12), token=token), "stockSet"
    )
    assert result["errors"] == []
    assert result["stock"] == {
        "onHand": 12,
        "reserved": 0,
        "available": 12,
        "variantId": gid("Variant", variant.id),
        "warehouse": {"code": "second"},
    }
    stock = await Stock.get(variant_id=variant.id, warehouse_id=second.id)
    moves = await StockMovement.filter(stock_id=stock.id).order_by("id")
    assert [(m.kind, m.on_hand_delta, m.reserved_delta) for m in moves] == [
        (MovementKind.ADJUST, 12, 0)
    ]
    assert moves[0].actor_user_id == world.a.owner.id
    assert moves[0].reason == "stock count"

    # a recount records the difference
    await gql(STOCK_SET, _target(variant, second, onHand=8, reason="cycle count"), token=token)
    # the same figure again changes nothing and writes nothing
    await gql(STOCK_SET, _target(variant, second, onHand=8), token=token)
    result = payload(
        await gql(
            STOCK_ADJUST, _target(variant, second, delta=5, reason="received PO-7"), token=token
        ),
        "stockAdjust",
    )
    assert result["errors"] == [] and result["stock"]["onHand"] == 13
    result = payload(
        await gql(STOCK_ADJUST, _target(variant, second, delta=-3), token=token), "stockAdjust"
    )
    assert result["errors"] == [] and result["stock"]["onHand"] == 10

    moves = await StockMovement.filter(stock_id=stock.id).order_by("id")
    assert [(m.on_hand_delta, m.reason) for m in moves] == [
        (12, "stock count"),
        (-4, "cycle count"),
        (5, "received PO-7"),
        (-3, "adjustment"),
    ]
    assert sum(m.on_hand_delta for m in moves) == (await Stock.get(id=stock.id)).on_hand == 10
    await assert_reconciled()

    # what shoppers and staff read
    body = await gql(VARIANT_STOCK, {"id": gid("Variant", variant.id)}, token=token)
    data = body["data"]["variant"]
    assert data["quantityAvailable"] == 15  # 5 in main + 10 in second
    assert sorted((s["warehouse"]["code"], s["onHand"]) for s in data["stocks"]) == [
        ("main", 5),
        ("second", 10),
    ]


async def _reserve(stock: Stock, units: int) -> None:
    """Reserve units as an order would: the row and the ledger together."""
    await Stock.filter(id=stock.id).update(reserved=stock.reserved + units)
    await StockMovement.create(stock=stock, kind=MovementKind.RESERVE, reserved_delta=units)


async def test_stock_cannot_go_below_what_is_reserved(gql):
    world = await make_world()
    variant = await _variant(world)
    token = world.a.owner_token
    stock = await Stock.get(variant_id=variant.id, warehouse_id=world.a.warehouse.id)
    await _reserve(stock, 3)  # on hand 5, reserved 3, available 2
    await assert_reconciled()
    before = await ledger_state()

    for mutation, field, extra in [
        (STOCK_ADJUST, "stockAdjust", {"delta": -3}),
        (STOCK_ADJUST, "stockAdjust", {"delta": -5}),
        (STOCK_SET, "stockSet", {"onHand": 2}),
        (STOCK_SET, "stockSet", {"onHand": 0}),
    ]:
        result = payload(
            await gql(mutation, _target(variant, world.a.warehouse, **extra), token=token), field
        )
        assert result["stock"] is None
        assert [e["code"] for e in result["errors"]] == ["BELOW_RESERVED"], extra
        assert result["errors"][0]["field"] in {"delta", "onHand"}
        assert await ledger_state() == before, extra

    # down to exactly the reserved units is fine
    result = payload(
        await gql(STOCK_ADJUST, _target(variant, world.a.warehouse, delta=-2), token=token),
        "stockAdjust",
    )
    assert result["errors"] == []
    assert result["stock"] == {"onHand": 3, "reserved": 3, "available": 0}
    await assert_reconciled()


async def test_negative_on_hand_is_refused(gql):
    world = await make_world()
    variant = await _variant(world)
    token = world.a.owner_token
    empty = await Warehouse.create(merchant=world.a.merchant, code="empty", name="Empty")
    before = await ledger_state()
    cases = [
        (STOCK_SET, "stockSet", world.a.warehouse, {"onHand": -1}, ("NEGATIVE_QUANTITY", "onHand")),
        (
            STOCK_ADJUST,
            "stockAdjust",
            world.a.warehouse,
            {"delta": -6},
            ("NEGATIVE_QUANTITY", "delta"),
        ),
        # no stock row yet in this warehouse: nothing to take away, and no row is left behind
        (STOCK_ADJUST, "stockAdjust", empty, {"delta": -1}, ("NEGATIVE_QUANTITY", "delta")),
        (STOCK_ADJUST, "stockAdjust", world.a.warehouse, {"delta": 0}, ("INVALID", "delta")),
        (STOCK_SET, "stockSet", world.a.warehouse, {"onHand": 10**9}, ("INVALID", "onHand")),
        (STOCK_ADJUST, "stockAdjust", world.a.warehouse, {"delta": 10**8}, ("INVALID", "delta")),
    ]
    for mutation, field, warehouse, extra, expected in cases:
        result = payload(
            await gql(mutation, _target(variant, warehouse, **extra), token=token), field
        )
        assert result["stock"] is None, extra
        assert _codes(result["errors"]) == [expected], extra
        assert await ledger_state() == before, extra
    await assert_reconciled()


async def test_stock_mutations_refuse_malformed_ids(gql):
    world = await make_world()
    variant = await _variant(world)
    before = await ledger_state()
    for variables, expected in [
        (
            {"input": {"variantId": "nope", "warehouseId": gid("Warehouse", 1), "onHand": 1}},
            ("INVALID", "variantId"),
        ),
        (
            {
                "input": {
                    "variantId": gid("Variant", variant.id),
                    "warehouseId": gid("Variant", variant.id),
                    "onHand": 1,
                }
            },
            ("INVALID", "warehouseId"),
        ),
        (
            {
                "input": {
                    "variantId": gid("Variant", 999999),
                    "warehouseId": gid("Warehouse", world.a.warehouse.id),
                    "onHand": 1,
                }
            },
            ("NOT_FOUND", "variant"),
        ),
        (
            {
                "input": {
                    "variantId": gid("Variant", variant.id),
                    "warehouseId": gid("Warehouse", 999999),
                    "onHand": 1,
                }
            },
            ("NOT_FOUND", "warehouse"),
        ),
    ]:
        result = payload(await gql(STOCK_SET, variables, token=world.a.owner_token), "stockSet")
        assert _codes(result["errors"]) == [expected]
    assert await ledger_state() == before


async def test_anonymous_validation_does_not_run_before_authentication(gql):
    """Bad quantities from somebody not allowed at all get the auth error, not a hint."""
    world = await make_world()
    variant = await _variant(world)
    result = payload(
        await gql(STOCK_SET, _target(variant, world.a.warehouse, onHand=-1)), "stockSet"
    )
    assert _codes(result["errors"]) == [("UNAUTHENTICATED", None)]
    result = payload(
        await gql(
            STOCK_ADJUST, _target(variant, world.a.warehouse, delta=0), token=world.b.owner_token
        ),
        "stockAdjust",
    )
    assert _codes(result["errors"]) == [("NOT_FOUND", "variant")]


async def test_concurrent_warehouse_creates_with_one_code_make_one(gql):
    world = await make_world()
    variables = {"input": {"code": "race", "name": "Race"}}
    bodies = await asyncio.gather(
        *(gql(WAREHOUSE_CREATE, variables, token=world.a.owner_token) for _ in range(6))
    )
    results = [payload(b, "warehouseCreate") for b in bodies]
    assert sum(1 for r in results if r["warehouse"]) == 1, results
    for r in results:
        if not r["warehouse"]:
            assert _codes(r["errors"]) == [("DUPLICATE_CODE", "code")]
    assert await Warehouse.filter(code="race").count() == 1
