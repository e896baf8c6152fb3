from strawberry import relay

from tests.support import make_world


async def test_healthz(client):
    resp = await client.get("/healthz")
    assert resp.status_code == 200
    assert resp.json() == {"status": "ok", "database": "ok"}


async def test_products_page_lists_storefront_products(gql):
    world = await make_world()
    body = await gql(
        """query($sf: String!) { products(storefront: $sf, first: 10) {
             totalCount edges { node { id name priceFrom { amount currency }
               merchant { slug } variants { sku quantityAvailable } } } } }""",
        {"sf": world.storefront.code},
    )
    assert "errors" not in body, body
    conn = body["data"]["products"]
    assert conn["totalCount"] == 4
    names = sorted(e["node"]["name"] for e in conn["edges"])
    assert names == ["alpha item 0", "alpha item 1", "beta item 0", "beta item 1"]
    first = conn["edges"][0]["node"]
    assert relay.GlobalID.from_id(first["id"]).type_name == "Product"
    assert first["variants"][0]["quantityAvailable"] == 5
