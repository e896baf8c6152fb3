"""Tenancy: merchant staff see and change their own merchant's data only.

Every refusal is checked twice: the error code the client gets, and that the database is
exactly as it was (every row of every table a refused request could have touched).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from models.accounts import MerchantStaff, StaffInvitation, StaffRole, User
from models.catalog import Listing, Product, ProductStatus, Variant
from models.inventory import Stock, StockMovement
from models.merchants import Warehouse
from tests.support import (
    World,
    gid,
    gql_code,
    gql_error,
    make_staff,
    make_world,
    payload,
)

WATCHED = [
    User,
    MerchantStaff,
    StaffInvitation,
    Product,
    Variant,
    Listing,
    Stock,
    StockMovement,
    Warehouse,
]


async def db_state() -> dict:
    """Every row of every table these tests could change."""
    return {m.__name__: await m.all().order_by("id").values() for m in WATCHED}


async def first_variant(product: Product) -> Variant:
    return await Variant.filter(product_id=product.id).order_by("id").first()


# --- the mutations an attacker could try -----------------------------------------------------

ERR = "errors { code field message }"
M = {
    "productCreate": f"""mutation($input: ProductCreateInput!) {{
        productCreate(input: $input) {{ product {{ id }} {ERR} }} }}""",
    "productUpdate": f"""mutation($id: ID!, $input: ProductUpdateInput!) {{
        productUpdate(id: $id, input: $input) {{ product {{ id name }} {ERR} }} }}""",
    "productArchive": f"""mutation($id: ID!) {{
        productArchive(id: $id) {{ product {{ id status }} {ERR} }} }}""",
    "variantCreate": f"""mutation($product: ID!, $input: VariantInput!) {{
        variantCreate(product: $product, input: $input) {{ variant {{ id }} {ERR} }} }}""",
    "variantUpdate": f"""mutation($id: ID!, $input: VariantUpdateInput!) {{
        variantUpdate(id: $id, input: $input) {{ variant {{ id }} {ERR} }} }}""",
    "variantArchive": f"""mutation($id: ID!) {{
        variantArchive(id: $id) {{ variant {{ id }} {ERR} }} }}""",
    "stockSet": f"""mutation($input: StockSetInput!) {{
        stockSet(input: $input) {{ stock {{ onHand }} {ERR} }} }}""",
    "stockAdjust": f"""mutation($input: StockAdjustInput!) {{
        stockAdjust(input: $input) {{ stock {{ onHand }} {ERR} }} }}""",
    "warehouseCreate": f"""mutation($input: WarehouseCreateInput!) {{
        warehouseCreate(input: $input) {{ warehouse {{ id }} {ERR} }} }}""",
    "staffInvite": f"""mutation($input: StaffInviteInput!) {{
        staffInvite(input: $input) {{ invitation {{ id }} {ERR} }} }}""",
}


@dataclass
class Attack:
    name: str  # a readable id
    mutation: str  # key of M, also the payload field
    variables: dict
    # expected (code, field) for: other merchant's staff, a customer
    staff_error: tuple[str, str | None]
    customer_error: tuple[str, str | None]


async def attacks_on_b(world: World) -> list[Attack]:
    """Mutations on merchant B's data, phrased as merchant A's staff would send them."""
    bp = world.b.products[0]
    bv = await first_variant(bp)
    av = await first_variant(world.a.products[0])
    b_wh = gid("Warehouse", world.b.warehouse.id)
    a_wh = gid("Warehouse", world.a.warehouse.id)
    not_found_id = ("NOT_FOUND", "id")
    return [
        Attack(
            "productCreate for B",
            "productCreate",
            {
                "input": {
                    "name": "Planted",
                    "merchant": gid("Merchant", world.b.merchant.id),
                    "variants": [{"sku": "PLANTED-1", "price": {"amount": "1.00"}}],
                    "storefronts": [gid("Storefront", world.storefront.id)],
                }
            },
            ("PERMISSION_DENIED", "merchant"),
            ("PERMISSION_DENIED", None),
        ),
        Attack(
            "productUpdate B's product",
            "productUpdate",
            {"id": gid("Product", bp.id), "input": {"name": "Hijacked", "storefronts": []}},
            not_found_id,
            not_found_id,
        ),
        Attack(
            "productArchive B's product",
            "productArchive",
            {"id": gid("Product", bp.id)},
            not_found_id,
            not_found_id,
        ),
        Attack(
            "variantCreate on B's product",
            "variantCreate",
            {"product": gid("Product", bp.id), "input": {"sku": "EVIL", "price": {"amount": "0"}}},
            not_found_id,
            not_found_id,
        ),
        Attack(
            "variantUpdate B's variant",
            "variantUpdate",
            {"id": gid("Variant", bv.id), "input": {"price": {"amount": "0.01"}, "sku": "X"}},
            not_found_id,
            not_found_id,
        ),
        Attack(
            "variantArchive B's variant",
            "variantArchive",
            {"id": gid("Variant", bv.id)},
            not_found_id,
            not_found_id,
        ),
        Attack(
            "stockSet B's variant in B's warehouse",
            "stockSet",
            {"input": {"variantId": gid("Variant", bv.id), "warehouseId": b_wh, "onHand": 0}},
            ("NOT_FOUND", "variant"),
            ("NOT_FOUND", "variant"),
        ),
        Attack(
            "stockSet B's variant in A's warehouse",
            "stockSet",
            {"input": {"variantId": gid("Variant", bv.id), "warehouseId": a_wh, "onHand": 9}},
            ("NOT_FOUND", "variant"),
            ("NOT_FOUND", "variant"),
        ),
        Attack(
            "stockSet A's variant in B's warehouse",
            "stockSet",
            {"input": {"variantId": gid("Variant", av.id), "warehouseId": b_wh, "onHand": 9}},
            ("NOT_FOUND", "warehouse"),
            ("NOT_FOUND", "variant"),
        ),
        Attack(
            "stockAdjust B's variant in B's warehouse",
            "stockAdjust",
            {"input": {"variantId": gid("Variant", bv.id), "warehouseId": b_wh, "delta": -5}},
            ("NOT_FOUND", "variant"),
            ("NOT_FOUND", "variant"),
        ),
        Attack(
            "stockAdjust A's variant in B's warehouse",
            "stockAdjust",
            {"input": {"variantId": gid("Variant", av.id), "warehouseId": b_wh, "delta": 3}},
            ("NOT_FOUND", "warehouse"),
            ("NOT_FOUND", "variant"),
        ),
        Attack(
            "warehouseCreate for B",
            "warehouseCreate",
            {
                "input": {
                    "code": "evil",
                    "name": "Evil",
                    "merchantId": gid("Merchant", world.b.merchant.id),
                }
            },
            ("PERMISSION_DENIED", None),
            ("PERMISSION_DENIED", None),
        ),
        Attack(
            "staffInvite into B",
            "staffInvite",
            {
                "input": {
                    "merchant": gid("Merchant", world.b.merchant.id),
                    "email": "mole@example.com",
                    "roles": ["OWNER"],
                }
            },
            ("PERMISSION_DENIED", None),
            ("PERMISSION_DENIED", None),
        ),
    ]


ATTACK_COUNT = 13


async def _refused(gql, attack: Attack, token: str | None, expected: tuple) -> None:
    before = await db_state()
    body = await gql(M[attack.mutation], attack.variables, token=token)
    result = payload(body, attack.mutation)
    assert [(e["code"], e["field"]) for e in result["errors"]] == [expected], attack.name
    assert all(e["message"] for e in result["errors"])
    # the payload carries no object
    assert all(v is None for k, v in result.items() if k != "errors"), attack.name
    assert await db_state() == before, f"{attack.name}: the database changed"


@pytest.mark.parametrize("index", range(ATTACK_COUNT))
async def test_staff_of_a_cannot_change_b(gql, index):
    world = await make_world()
    attacks = await attacks_on_b(world)
    assert len(attacks) == ATTACK_COUNT
    attack = attacks[index]
    await _refused(gql, attack, world.a.owner_token, attack.staff_error)


@pytest.mark.parametrize("index", range(ATTACK_COUNT))
async def test_customers_and_anonymous_cannot_do_merchant_operations(gql, index):
    world = await make_world()
    attack = (await attacks_on_b(world))[index]
    await _refused(gql, attack, world.customer_token, attack.customer_error)
    await _refused(gql, attack, None, ("UNAUTHENTICATED", None))


@pytest.mark.parametrize("index", range(ATTACK_COUNT))
async def test_the_same_requests_work_for_an_authorised_viewer(gql, index):
    """Control: each attack is a valid request, refused only because of who sends it."""
    world = await make_world()
    attack = (await attacks_on_b(world))[index]
    if attack.mutation == "stockSet" or attack.mutation == "stockAdjust":
        # a stock change needs variant and warehouse of one merchant: use B's own pair
        bv = await first_variant(world.b.products[0])
        attack.variables["input"]["variantId"] = gid("Variant", bv.id)
        attack.variables["input"]["warehouseId"] = gid("Warehouse", world.b.warehouse.id)
    token = world.b.owner_token
    if attack.mutation in ("productCreate", "warehouseCreate"):
        token = world.admin_token  # only an admin names the merchant explicitly
    before = await db_state()
    result = payload(await gql(M[attack.mutation], attack.variables, token=token), attack.mutation)
    assert result["errors"] == [], (attack.name, result)
    assert await db_state() != before, attack.name


# --- reading ----------------------------------------------------------------------------------

MERCHANT_PRODUCTS = """query($merchant: ID, $archived: Boolean!) {
  merchantProducts(merchant: $merchant, includeArchived: $archived, first: 50) {
    totalCount edges { node { id merchant { slug } } } } }"""


async def test_staff_cannot_list_another_merchants_back_office_products(gql):
    world = await make_world()
    body = await gql(
        MERCHANT_PRODUCTS,
        {"merchant": gid("Merchant", world.b.merchant.id), "archived": True},
        token=world.a.owner_token,
    )
    assert body["data"] is None
    assert gql_code(body) == "PERMISSION_DENIED"
    assert gql_error(body)["path"] == ["merchantProducts"]

    # without a merchant, staff get their own: never B's rows
    body = await gql(MERCHANT_PRODUCTS, {"archived": True}, token=world.a.owner_token)
    conn = body["data"]["merchantProducts"]
    assert conn["totalCount"] == 2
    assert {e["node"]["merchant"]["slug"] for e in conn["edges"]} == {"alpha"}
    # a merchant filter cannot widen it either
    body = await gql(
        """query($m: ID!) { merchantProducts(filter: {merchant: $m}, first: 50) { totalCount
             edges { node { merchant { slug } } } } }""",
        {"m": gid("Merchant", world.b.merchant.id)},
        token=world.a.owner_token,
    )
    conn = body["data"]["merchantProducts"]
    assert {e["node"]["merchant"]["slug"] for e in conn["edges"]} == {"alpha"}

    # admins may ask for any merchant
    body = await gql(
        MERCHANT_PRODUCTS,
        {"merchant": gid("Merchant", world.b.merchant.id), "archived": True},
        token=world.admin_token,
    )
    assert body["data"]["merchantProducts"]["totalCount"] == 2


@pytest.mark.parametrize("who", ["customer", "anonymous"])
async def test_customers_and_anonymous_have_no_back_office(gql, who):
    world = await make_world()
    token = world.customer_token if who == "customer" else None
    expected = "PERMISSION_DENIED" if who == "customer" else "UNAUTHENTICATED"
    for query in [
        "{ merchantProducts { totalCount } }",
        "{ warehouses { id } }",
        "{ merchants { id } }",
    ]:
        body = await gql(query, token=token)
        assert body["data"] is None, query
        assert gql_code(body) == expected, query
    # stock levels of a listed product are not public either
    body = await gql(
        "query($id: ID!) { product(id: $id) { variants { sku stocks { onHand } } } }",
        {"id": gid("Product", world.b.products[0].id)},
        token=token,
    )
    assert gql_code(body) == "PERMISSION_DENIED"
    assert "onHand" not in str(body["data"]), body  # the error nulls the field: no figures


async def test_another_merchants_archived_product_is_invisible(gql):
    world = await make_world()
    bp = world.b.products[0]
    await Product.filter(id=bp.id).update(status=ProductStatus.ARCHIVED)
    bv = await first_variant(bp)
    queries = {
        "product": (
            "query($id: ID!) { product(id: $id) { id name } }",
            {"id": gid("Product", bp.id)},
        ),
        "node": (
            "query($id: ID!) { node(id: $id) { id ... on Product { name } } }",
            {"id": gid("Product", bp.id)},
        ),
        "variant": (
            "query($id: ID!) { variant(id: $id) { id sku } }",
            {"id": gid("Variant", bv.id)},
        ),
        "variant node": (
            "query($id: ID!) { node(id: $id) { id ... on Variant { sku } } }",
            {"id": gid("Variant", bv.id)},
        ),
    }
    for token in [world.a.owner_token, world.customer_token, None]:
        for name, (query, variables) in queries.items():
            body = await gql(query, variables, token=token)
            assert "errors" not in body, (name, body)
            root = next(iter(body["data"].values()))
            assert root is None, (name, token, body)
    # its own merchant's staff (and admins) still see it
    for token in [world.b.owner_token, world.admin_token]:
        for name, (query, variables) in queries.items():
            body = await gql(query, variables, token=token)
            root = next(iter(body["data"].values()))
            assert root is not None and root["id"] == variables["id"], (name, body)


async def test_archived_variants_of_another_merchant_stay_hidden(gql):
    world = await make_world()
    bp = world.b.products[0]
    extra = await Variant.create(
        product=bp, sku="beta-hidden", price_amount="3.00", status=ProductStatus.ARCHIVED
    )
    query = "query($id: ID!) { product(id: $id) { variants { sku } } }"
    skus = {
        who: [
            v["sku"]
            for v in (await gql(query, {"id": gid("Product", bp.id)}, token=token))["data"][
                "product"
            ]["variants"]
        ]
        for who, token in [("a", world.a.owner_token), ("b", world.b.owner_token)]
    }
    assert extra.sku not in skus["a"]
    assert extra.sku in skus["b"]
    body = await gql(
        "query($id: ID!) { variant(id: $id) { sku } }",
        {"id": gid("Variant", extra.id)},
        token=world.a.owner_token,
    )
    assert body["data"]["variant"] is None


async def test_staff_cannot_read_stock_levels_of_another_merchant(gql):
    world = await make_world()
    bp = world.b.products[0]
    bv = await first_variant(bp)
    query = """query($id: ID!) { product(id: $id) { name
                 variants { sku quantityAvailable stocks { onHand warehouse { code } } } } }"""
    body = await gql(query, {"id": gid("Product", bp.id)}, token=world.a.owner_token)
    error = gql_error(body)
    assert error["extensions"]["code"] == "PERMISSION_DENIED"
    assert error["path"][:3] == ["product", "variants", 0]
    assert "onHand" not in str(body["data"])  # no stock figure leaked alongside

    body = await gql(
        "query($id: ID!) { node(id: $id) { ... on Variant { stocks { onHand } } } }",
        {"id": gid("Variant", bv.id)},
        token=world.a.owner_token,
    )
    assert gql_code(body) == "PERMISSION_DENIED"

    # B's staff read them
    body = await gql(query, {"id": gid("Product", bp.id)}, token=world.b.owner_token)
    assert "errors" not in body, body
    stocks = body["data"]["product"]["variants"][0]["stocks"]
    assert stocks == [{"onHand": 5, "warehouse": {"code": "main"}}]


async def test_staff_cannot_see_another_merchants_warehouses(gql):
    world = await make_world()
    body = await gql(
        "query($m: ID!) { warehouses(merchantId: $m) { id } }",
        {"m": gid("Merchant", world.b.merchant.id)},
        token=world.a.owner_token,
    )
    assert gql_code(body) == "PERMISSION_DENIED"
    assert body["data"] is None

    body = await gql("{ warehouses { id code } }", token=world.a.owner_token)
    assert body["data"]["warehouses"] == [
        {"id": gid("Warehouse", world.a.warehouse.id), "code": "main"}
    ]

    body = await gql(
        "query($id: ID!) { node(id: $id) { id } }",
        {"id": gid("Warehouse", world.b.warehouse.id)},
        token=world.a.owner_token,
    )
    assert "errors" not in body and body["data"]["node"] is None

    body = await gql("{ merchants { slug } }", token=world.a.owner_token)
    assert body["data"]["merchants"] == [{"slug": "alpha"}]


async def test_users_are_visible_to_themselves_only(gql):
    world = await make_world()
    body = await gql(
        "query($id: ID!) { node(id: $id) { id ... on User { email } } }",
        {"id": gid("User", world.b.owner.id)},
        token=world.a.owner_token,
    )
    assert "errors" not in body and body["data"]["node"] is None
    body = await gql(
        "query($id: ID!) { node(id: $id) { id ... on User { email } } }",
        {"id": gid("User", world.b.owner.id)},
        token=world.b.owner_token,
    )
    assert body["data"]["node"]["email"] == "owner@beta.test"


# --- roles within one merchant ----------------------------------------------------------------


async def test_staff_with_the_wrong_role_are_refused(gql):
    world = await make_world()
    _, warehouse_token = await make_staff(world.a.merchant, "wh@alpha.test", [StaffRole.WAREHOUSE])
    _, catalog_token = await make_staff(world.a.merchant, "cat@alpha.test", [StaffRole.CATALOG])
    _, orders_token = await make_staff(world.a.merchant, "ord@alpha.test", [StaffRole.ORDERS])
    ap = world.a.products[0]
    av = await first_variant(ap)
    a_wh = gid("Warehouse", world.a.warehouse.id)
    denied = ("PERMISSION_DENIED", None)
    cases = [
        (
            warehouse_token,
            "productCreate",
            {"input": {"name": "Nope", "variants": [{"sku": "NOPE", "price": {"amount": "1"}}]}},
        ),
        (warehouse_token, "productUpdate", {"id": gid("Product", ap.id), "input": {"name": "N"}}),
        (warehouse_token, "productArchive", {"id": gid("Product", ap.id)}),
        (
            warehouse_token,
            "variantUpdate",
            {"id": gid("Variant", av.id), "input": {"price": {"amount": "1"}}},
        ),
        (orders_token, "variantArchive", {"id": gid("Variant", av.id)}),
        (
            catalog_token,
            "stockSet",
            {"input": {"variantId": gid("Variant", av.id), "warehouseId": a_wh, "onHand": 1}},
        ),
        (
            orders_token,
            "stockAdjust",
            {"input": {"variantId": gid("Variant", av.id), "warehouseId": a_wh, "delta": 1}},
        ),
        (catalog_token, "warehouseCreate", {"input": {"code": "second", "name": "Second"}}),
        (
            catalog_token,
            "staffInvite",
            {
                "input": {
                    "merchant": gid("Merchant", world.a.merchant.id),
                    "email": "x@alpha.test",
                    "roles": ["CATALOG"],
                }
            },
        ),
    ]
    for token, mutation, variables in cases:
        before = await db_state()
        result = payload(await gql(M[mutation], variables, token=token), mutation)
        assert [(e["code"], e["field"]) for e in result["errors"]] == [denied], (mutation, result)
        assert await db_state() == before, mutation

    # the right role is enough
    ok = payload(
        await gql(
            M["stockAdjust"],
            {"input": {"variantId": gid("Variant", av.id), "warehouseId": a_wh, "delta": 2}},
            token=warehouse_token,
        ),
        "stockAdjust",
    )
    assert ok["errors"] == [] and ok["stock"]["onHand"] == 7
    ok = payload(
        await gql(
            M["productUpdate"],
            {"id": gid("Product", ap.id), "input": {"name": "Renamed"}},
            token=catalog_token,
        ),
        "productUpdate",
    )
    assert ok["errors"] == [] and ok["product"]["name"] == "Renamed"
