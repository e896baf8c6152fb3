"""Reviews after receipt through the GraphQL API: the customer reviews a received line once,
the merchant replies once, platform staff hide abusive reviews (counts follow, history kept),
the storefront's default positive review, the product page, ``review.created`` for partners;
every refusal with its code and nothing changed."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import pytest

from models.catalog import Product
from models.orders import MerchantOrder
from models.outbox import OutboxEvent
from models.reviews import Review, ReviewModeration
from models.webhooks import WebhookDelivery, WebhookEndpoint
from resolvers import accounts
from resolvers.orders import now_utc
from resolvers.permissions import Viewer
from resolvers.reviews import record_default_reviews
from resolvers.webhooks import fan_out
from tests.checkout_support import gid, pk
from tests.order_support import make_order_world, paid_order
from tests.test_aftersales import delivered, line_of

REVIEW = """id rating text imageUrls anonymous isDefault hidden authorName
  reply { text repliedAt } moderation { action reason actorId }
  product { id ratingCount ratingAverage }"""
MUTATIONS = {
    "reviewCreate": "ReviewCreateInput",
    "reviewReply": "ReviewReplyInput",
    "reviewHide": "ReviewHideInput",
}
PRODUCT = """query($id: ID!, $rating: Int, $after: String, $first: Int) {
  product(id: $id) { ratingCount ratingAverage
    reviews(first: $first, after: $after, rating: $rating) { totalCount
      edges { cursor node { id rating text authorName anonymous isDefault reply { text } } }
      pageInfo { hasNextPage endCursor } } } }"""
NODE = "query($id: ID!) { node(id: $id) { ... on Review { id hidden text } } }"


@pytest.fixture
async def world():
    return await make_order_world()


async def run(gql, name: str, token: str | None, **fields) -> dict:
    query = f"""mutation($input: {MUTATIONS[name]}!) {{ {name}(input: $input) {{
      review {{ {REVIEW} }} errors {{ code field message }} }} }}"""
    body = await gql(query, {"input": fields}, token=token)
    assert "errors" not in body, body
    return body["data"][name]


async def ok(gql, name: str, token: str, **fields) -> dict:
    result = await run(gql, name, token, **fields)
    assert result["errors"] == [], (name, result["errors"])
    return result["review"]


async def _state() -> tuple:
    """Everything a refused review operation must leave as it was."""
    return (
        await Review.all().order_by("id").values(),
        await ReviewModeration.all().order_by("id").values(),
        await Product.all().order_by("id").values("id", "rating_count", "rating_sum"),
        await OutboxEvent.filter(topic__startswith="review.").count(),
    )


async def refused(gql, name: str, token: str | None, **fields) -> dict:
    before = await _state()
    result = await run(gql, name, token, **fields)
    assert result["review"] is None and len(result["errors"]) == 1, result
    assert await _state() == before, f"{name} was refused but changed something"
    return result["errors"][0]


def creating(line: str, rating: int = 5, text: str = "Fresh and fragrant", **more) -> dict:
    return {"orderLine": line, "rating": rating, "text": text, **more}


async def product_page(gql, world, token: str | None = None, **variables) -> dict:
    variables = {"id": gid("Product", world.a.variant.product_id), **variables}
    body = await gql(PRODUCT, variables, token=token)
    assert "errors" not in body, body
    return body["data"]["product"]


async def reviewed(gql, client, world, rating: int = 4, **more) -> tuple[str, dict]:
    """A delivered order of merchant A with its line reviewed by the customer."""
    order_id = await delivered(gql, client, world, quantity=1)
    line = await line_of(order_id)
    review = await ok(gql, "reviewCreate", world.customer.token, **creating(line, rating, **more))
    return order_id, review


# --- the customer's review ----------------------------------------------------------------------


async def test_a_received_line_is_reviewed_and_shown_on_its_product(gql, client, world):
    await world.customer.user.__class__.filter(id=world.customer.user.id).update(full_name="Li Lei")
    order_id = await delivered(gql, client, world, quantity=1)
    line = await line_of(order_id)
    images = ["https://img.example/1.jpg", "https://img.example/2.jpg"]
    review = await ok(
        gql,
        "reviewCreate",
        world.customer.token,
        **creating(line, 4, "  Fresh and fragrant  ", imageUrls=images),
    )
    assert review["rating"] == 4 and review["text"] == "Fresh and fragrant"
    assert review["imageUrls"] == images and review["authorName"] == "L***i"
    assert review["isDefault"] is False and review["hidden"] is False
    assert review["product"]["ratingCount"] == 1 and review["product"]["ratingAverage"] == 4.0

    page = await product_page(gql, world)  # anonymous visitor
    assert page["ratingCount"] == 1 and page["reviews"]["totalCount"] == 1
    assert [e["node"]["id"] for e in page["reviews"]["edges"]] == [review["id"]]

    # the order's line links to its review, for whoever sees the order
    lines = "query($id: ID!) { order(id: $id) { lines { id review { id rating } } } }"
    body = await gql(lines, {"id": order_id}, token=world.customer.token)
    assert body["data"]["order"]["lines"] == [
        {"id": line, "review": {"id": review["id"], "rating": 4}}
    ]
    body = await gql(lines, {"id": order_id}, token=world.stranger.token)
    assert body["data"]["order"] is None

    event = await OutboxEvent.get(topic="review.created")
    assert event.merchant_id == world.a.merchant.id and event.aggregate_id == pk(review["id"])
    assert event.payload["rating"] == 4 and event.payload["order_line_id"] == int(line)
    assert event.payload["order_id"] == pk(order_id) and event.payload["default"] is False


async def test_a_completed_order_is_reviewed_too(gql, client, world):
    order_id = await delivered(gql, client, world, quantity=1)
    await MerchantOrder.filter(id=pk(order_id)).update(status="completed")
    await ok(gql, "reviewCreate", world.customer.token, **creating(await line_of(order_id)))


async def test_an_anonymous_review_shows_no_name_to_anyone(gql, client, world):
    _, review = await reviewed(gql, client, world, anonymous=True)
    assert review["anonymous"] is True and review["authorName"] is None
    for token in (None, world.a.owner.token, world.admin.token, world.customer.token):
        node = (await product_page(gql, world, token))["reviews"]["edges"][0]["node"]
        assert node["authorName"] is None and node["anonymous"] is True


async def test_the_average_follows_every_review_and_the_page_filters_by_rating(gql, client, world):
    ids = {}
    for rating in (5, 3, 4):
        ids[rating] = (await reviewed(gql, client, world, rating))[1]["id"]
    page = await product_page(gql, world)
    assert page["ratingCount"] == 3 and page["ratingAverage"] == 4.0
    assert [e["node"]["id"] for e in page["reviews"]["edges"]] == [ids[4], ids[3], ids[5]]
    only = await product_page(gql, world, rating=3)
    assert [e["node"]["id"] for e in only["reviews"]["edges"]] == [ids[3]]
    assert only["reviews"]["totalCount"] == 1

    first = await product_page(gql, world, first=2)
    assert first["reviews"]["pageInfo"]["hasNextPage"] is True
    rest = await product_page(gql, world, first=2, after=first["reviews"]["pageInfo"]["endCursor"])
    assert [e["node"]["id"] for e in rest["reviews"]["edges"]] == [ids[5]]

    product_id = gid("Product", world.a.variant.product_id)
    for bad in ({"rating": 6}, {"after": "not-a-cursor"}, {"first": 101}, {"first": 0}):
        body = await gql(PRODUCT, {"id": product_id, **bad})
        assert body["errors"][0]["extensions"]["code"] == "INVALID", (bad, body)


# --- the refusals -------------------------------------------------------------------------------


async def test_another_customers_line_is_not_found(gql, client, world):
    line = await line_of(await delivered(gql, client, world, quantity=1))
    error = await refused(gql, "reviewCreate", world.stranger.token, **creating(line))
    assert (error["code"], error["field"]) == ("NOT_FOUND", "input.orderLine")
    # the merchant's staff and platform staff do not review either
    for token in (world.a.owner.token, world.admin.token):
        error = await refused(gql, "reviewCreate", token, **creating(line))
        assert error["code"] == "NOT_FOUND"
    error = await refused(gql, "reviewCreate", None, **creating(line))
    assert error["code"] == "UNAUTHENTICATED"
    for unknown in ("987654321", "not-an-id"):
        error = await refused(gql, "reviewCreate", world.customer.token, **creating(unknown))
        assert error["code"] in ("NOT_FOUND", "INVALID") and error["field"] == "input.orderLine"


async def test_an_order_not_received_is_not_reviewed(gql, client, world):
    order_id = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
    error = await refused(
        gql, "reviewCreate", world.customer.token, **creating(await line_of(order_id))
    )
    assert (error["code"], error["field"]) == ("NOT_RECEIVED", "input.orderLine")


async def test_a_line_is_reviewed_once(gql, client, world):
    order_id, _ = await reviewed(gql, client, world)
    error = await refused(
        gql, "reviewCreate", world.customer.token, **creating(await line_of(order_id), 1)
    )
    assert (error["code"], error["field"]) == ("ALREADY_REVIEWED", "input.orderLine")


@pytest.mark.parametrize("rating", [0, 6, -1, 100])
async def test_a_rating_is_one_to_five_stars(gql, client, world, rating):
    line = await line_of(await delivered(gql, client, world, quantity=1))
    error = await refused(gql, "reviewCreate", world.customer.token, **creating(line, rating))
    assert (error["code"], error["field"]) == ("INVALID", "input.rating")


async def test_a_text_too_long_is_refused(gql, client, world):
    line = await line_of(await delivered(gql, client, world, quantity=1))
    error = await refused(
        gql, "reviewCreate", world.customer.token, **creating(line, text="好" * 501)
    )
    assert (error["code"], error["field"]) == ("INVALID", "input.text")
    await ok(gql, "reviewCreate", world.customer.token, **creating(line, text="好" * 500))


@pytest.mark.parametrize(
    "urls",
    [
        ["http://img.example/1.jpg"],
        ["javascript:alert(1)"],
        ["https://"],
        ["https://img.example/a b.jpg"],
        ["https://user@img.example/1.jpg"],
        [f"https://img.example/{'x' * 490}.jpg"],
        [f"https://img.example/{n}.jpg" for n in range(10)],
    ],
)
async def test_image_urls_are_a_few_https_addresses(gql, client, world, urls):
    line = await line_of(await delivered(gql, client, world, quantity=1))
    error = await refused(
        gql, "reviewCreate", world.customer.token, **creating(line, imageUrls=urls)
    )
    assert (error["code"], error["field"]) == ("INVALID", "input.imageUrls")


# --- the merchant's reply -----------------------------------------------------------------------


async def test_the_merchant_replies_once(gql, client, world):
    _, review = await reviewed(gql, client, world)
    replied = await ok(
        gql, "reviewReply", world.a.owner.token, review=review["id"], text="Thank you!"
    )
    assert replied["reply"]["text"] == "Thank you!" and replied["reply"]["repliedAt"]
    stored = await Review.get(id=pk(review["id"]))
    assert stored.replied_by_id == world.a.owner.user.id
    page = await product_page(gql, world)
    assert page["reviews"]["edges"][0]["node"]["reply"] == {"text": "Thank you!"}

    error = await refused(gql, "reviewReply", world.a.owner.token, review=review["id"], text="x")
    assert (error["code"], error["field"]) == ("ALREADY_REPLIED", "input.review")


async def test_only_the_reviewed_merchants_staff_reply(gql, client, world):
    _, review = await reviewed(gql, client, world)
    error = await refused(gql, "reviewReply", world.b.owner.token, review=review["id"], text="x")
    assert (error["code"], error["field"]) == ("NOT_FOUND", "input.review")
    for token in (world.a.catalog.token, world.customer.token, world.admin.token):
        error = await refused(gql, "reviewReply", token, review=review["id"], text="x")
        assert error["code"] == "PERMISSION_DENIED", error
    for text in ("", "x" * 501):
        error = await refused(
            gql, "reviewReply", world.a.owner.token, review=review["id"], text=text
        )
        assert (error["code"], error["field"]) == ("INVALID", "input.text")
    error = await refused(
        gql, "reviewReply", world.a.owner.token, review=gid("Review", 987654), text="x"
    )
    assert error["code"] == "NOT_FOUND"
    error = await refused(
        gql, "reviewReply", world.a.owner.token, review=gid("Product", 1), text="x"
    )
    assert error["code"] == "INVALID"


# --- moderation ---------------------------------------------------------------------------------


async def test_staff_hide_an_abusive_review_with_a_reason_kept_in_its_history(gql, client, world):
    await reviewed(gql, client, world, 5)
    _, abusive = await reviewed(gql, client, world, 1, text="abuse")
    assert (await product_page(gql, world))["ratingAverage"] == 3.0

    hidden = await ok(
        gql, "reviewHide", world.service.token, review=abusive["id"], reason="insults the seller"
    )
    assert hidden["hidden"] is True
    assert hidden["moderation"] == [
        {
            "action": "hidden",
            "reason": "insults the seller",
            "actorId": gid("User", world.service.user.id),
        }
    ]
    page = await product_page(gql, world)
    assert page["ratingCount"] == 1 and page["ratingAverage"] == 5.0
    assert abusive["id"] not in [e["node"]["id"] for e in page["reviews"]["edges"]]
    assert page["reviews"]["totalCount"] == 1

    # gone for the public; its author, the merchant and platform staff still see it
    for token in (None, world.stranger.token, world.b.owner.token):
        assert (await gql(NODE, {"id": abusive["id"]}, token=token))["data"]["node"] is None
    for token in (world.customer.token, world.a.owner.token, world.admin.token):
        node = (await gql(NODE, {"id": abusive["id"]}, token=token))["data"]["node"]
        assert node == {"id": abusive["id"], "hidden": True, "text": "abuse"}

    error = await refused(gql, "reviewHide", world.admin.token, review=abusive["id"], reason="x")
    assert (error["code"], error["field"]) == ("ALREADY_HIDDEN", "input.review")

    by_id = "query($id: ID!) { review(id: $id) { id hidden } }"
    assert (await gql(by_id, {"id": abusive["id"]}))["data"]["review"] is None
    seen = await gql(by_id, {"id": abusive["id"]}, token=world.customer.token)
    assert seen["data"]["review"] == {"id": abusive["id"], "hidden": True}
    for other in (gid("Review", 987654), gid("Product", 1), "garbage"):
        assert (await gql(by_id, {"id": other}))["data"]["review"] is None


async def test_only_platform_staff_hide_and_only_with_a_reason(gql, client, world):
    _, review = await reviewed(gql, client, world)
    for token in (world.customer.token, world.a.owner.token):
        error = await refused(gql, "reviewHide", token, review=review["id"], reason="spam")
        assert error["code"] == "PERMISSION_DENIED"
    for reason in ("", "   ", "x" * 301):
        error = await refused(
            gql, "reviewHide", world.admin.token, review=review["id"], reason=reason
        )
        assert (error["code"], error["field"]) == ("INVALID", "input.reason")
    # nobody else sees the moderation history
    node = await ok(gql, "reviewReply", world.a.owner.token, review=review["id"], text="Thanks")
    assert node["moderation"] == []


# --- the default positive review ----------------------------------------------------------------


async def _received_days_ago(order_id: str, days: float) -> None:
    await MerchantOrder.filter(id=pk(order_id)).update(
        delivered_at=now_utc() - timedelta(days=days)
    )


async def test_a_line_not_reviewed_in_the_window_gets_a_default_positive_review(gql, client, world):
    due = await delivered(gql, client, world, quantity=1, storefront=world.grocery)
    await _received_days_ago(due, 8)  # grocery: 7 days
    recent = await delivered(gql, client, world, quantity=1, storefront=world.grocery)
    await _received_days_ago(recent, 6)
    mall = await delivered(gql, client, world, quantity=1)  # the mall records none
    await _received_days_ago(mall, 400)
    own = await delivered(gql, client, world, quantity=1, storefront=world.grocery)
    await _received_days_ago(own, 30)
    await ok(gql, "reviewCreate", world.customer.token, **creating(await line_of(own), 2))

    assert await record_default_reviews() == {"recorded": 1, "skipped": 0}
    review = await Review.get(order_line_id=int(await line_of(due)))
    assert (review.rating, review.is_default, review.anonymous) == (5, True, True)
    assert not await Review.filter(order_id__in=[pk(recent), pk(mall)]).exists()
    assert (await Review.get(order_id=pk(own))).rating == 2  # the customer's own stays

    assert await record_default_reviews() == {"recorded": 0, "skipped": 0}  # idempotent
    assert await Review.filter(order_line_id=int(await line_of(due))).count() == 1
    page = await product_page(gql, world)
    assert page["ratingCount"] == 2 and page["ratingAverage"] == 3.5
    assert await OutboxEvent.filter(topic="review.created").count() == 2

    # the customer, too late, finds the line reviewed
    error = await refused(gql, "reviewCreate", world.customer.token, **creating(await line_of(due)))
    assert error["code"] == "ALREADY_REVIEWED"


async def test_the_window_is_a_storefront_setting(gql, client, world):
    order_id = await delivered(gql, client, world, quantity=1)
    await _received_days_ago(order_id, 3)
    update = """mutation($sf: ID!, $days: Float) {
      storefrontSettingsUpdate(storefront: $sf, input: {defaultReviewDays: $days}) {
        settings { defaultReviewDays } errors { code field } } }"""
    sf = gid("Storefront", world.mall.id)
    body = await gql(update, {"sf": sf, "days": 61}, token=world.admin.token)
    assert body["data"]["storefrontSettingsUpdate"]["errors"][0]["code"] == "OUT_OF_BOUNDS"
    body = await gql(update, {"sf": sf, "days": 2}, token=world.admin.token)
    assert body["data"]["storefrontSettingsUpdate"]["settings"]["defaultReviewDays"] == 2
    assert (await record_default_reviews(now_utc() - timedelta(days=2)))["recorded"] == 0
    assert (await record_default_reviews())["recorded"] == 1
    body = await gql(update, {"sf": sf, "days": 0}, token=world.admin.token)
    assert body["data"]["storefrontSettingsUpdate"]["settings"]["defaultReviewDays"] is None


# --- partners -----------------------------------------------------------------------------------


async def test_review_created_reaches_the_merchants_partners(gql, client, world):
    admin = Viewer(user_id=world.admin.user.id, platform_role=world.admin.user.platform_role)
    hooks = {}
    for merchant in (world.a.merchant, world.b.merchant):
        partner = await accounts.partner_create(admin, f"ERP {merchant.slug}")
        await accounts.partner_key_create(admin, partner.id, [merchant.id], ["review.created"])
        hooks[merchant.id] = await WebhookEndpoint.create(
            partner=partner,
            url=f"https://{merchant.slug}.example/hook",
            secret="whsec_" + base64.b64encode(b"x" * 32).decode(),
            event_types=["review.created"],
            merchant_ids=[merchant.id],
        )
    _, review = await reviewed(gql, client, world, 4, anonymous=True)
    event = await OutboxEvent.get(topic="review.created")
    await fan_out(event.id)
    deliveries = await WebhookDelivery.filter(event_id=event.id)
    assert [d.endpoint_id for d in deliveries] == [hooks[world.a.merchant.id].id]
    body = json.loads(deliveries[0].body)
    assert body["type"] == "review.created"
    data = body["data"]
    assert data["reviewId"] == review["id"] and data["rating"] == 4
    assert data["productId"] == gid("Product", world.a.variant.product_id)
    assert data["merchantId"] == gid("Merchant", world.a.merchant.id)
    assert str(world.customer.user.id) not in json.dumps(
        {k: v for k, v in data.items() if k not in ("eventId", "orderLineId")}
    )
    assert "customer" not in json.dumps(data).lower()


async def test_a_review_names_neither_its_order_nor_its_customer(gql, client, world):
    """A review is public: it never links to the order, the line or the customer."""
    _, review = await reviewed(gql, client, world)
    body = await gql(
        "query($id: ID!) { node(id: $id) { ... on Review { __typename } } }", {"id": review["id"]}
    )
    assert body["data"]["node"] == {"__typename": "Review"}
    fields = await gql('{ __type(name: "Review") { fields { name } } }')
    names = {f["name"] for f in fields["data"]["__type"]["fields"]}
    assert not names & {"order", "orderLine", "customer", "merchant"}


# --- the demo -----------------------------------------------------------------------------------


async def test_the_demo_has_reviews_kept_in_step_with_their_products():
    from plaza.demo import load_demo

    await load_demo(products=40, manage_orm=False, verbose=False)
    reviews = await Review.all().order_by("id")
    assert len(reviews) == 8
    assert sum(r.is_default for r in reviews) == 1 and sum(r.anonymous for r in reviews) == 3
    assert sum(r.reply_text is not None for r in reviews) == 3
    for product in await Product.filter(id__in={r.product_id for r in reviews}):
        mine = [r for r in reviews if r.product_id == product.id]
        assert product.rating_count == len(mine) == 2
        assert product.rating_sum == sum(r.rating for r in mine)
    for review in reviews:
        order = await MerchantOrder.get(id=review.order_id)
        assert order.status == "completed" and order.customer_id == review.customer_id


async def test_the_reviews_of_a_product_list_are_read_in_one_statement(
    gql, client, world, count_queries
):
    mine = {world.a.variant.product_id: [], world.b.variant.product_id: []}
    for seller, rating in ((world.a, 5), (world.a, 4), (world.a, 5), (world.b, 2)):
        order_id = await delivered(gql, client, world, quantity=1, variant=seller.variant)
        line = await line_of(order_id)
        review = await ok(gql, "reviewCreate", world.customer.token, **creating(line, rating))
        mine[seller.variant.product_id].insert(0, (review["id"], rating))
    query = """query($rating: Int) { products(storefront: "mall", first: 10) { edges { node {
      id reviews(first: 2, rating: $rating) { totalCount pageInfo { hasNextPage }
        edges { node { id rating authorName } } } } } } }"""
    for rating in (None, 5):
        with count_queries() as q:
            body = await gql(query, {"rating": rating})
        assert "errors" not in body, body
        pages = {
            pk(e["node"]["id"]): e["node"]["reviews"] for e in body["data"]["products"]["edges"]
        }
        for product_id, reviews in mine.items():
            wanted = [r for r in reviews if rating is None or r[1] == rating]
            page = pages[product_id]
            assert [(e["node"]["id"], e["node"]["rating"]) for e in page["edges"]] == wanted[:2]
            assert page["totalCount"] == len(wanted)
            assert page["pageInfo"]["hasNextPage"] is (len(wanted) > 2)
        on_reviews = [s for s in q.statements if 'FROM "review"' in s]
        assert len(on_reviews) == (1 if rating is None else 2), on_reviews
