"""Demo reviews: a few completed orders of the demo customers (their purchase history) and
their reviews, so product pages show ratings, a page of reviews, a merchant's reply, an
anonymous review and a default positive one. Deterministic: the first products of the demo's
merchants, in id order, always get the same reviews."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from models.accounts import User
from models.catalog import Listing, Product, Variant
from models.merchants import Storefront
from models.orders import InventoryMode, MerchantOrder, OrderGroup, OrderLine, OrderStatus
from models.reviews import DEFAULT_RATING, Review
from plaza.demo.accounts import DEMO_EMAIL_DOMAIN
from plaza.demo.write_shops import ShopIds
from resolvers.reviews.writing import count_in

#: (customer, rating, text, anonymous, merchant's reply); None as text: a default review
REVIEWS: tuple[tuple[str, int, str | None, bool, str | None], ...] = (
    ("alice", 5, "Exactly as described, arrived two days early.", False, "Thank you, Alice!"),
    ("bob", 4, "Good quality; the box was a little dented.", False, None),
    ("chen", 5, "Second time buying, still great.", True, None),
    ("alice", 3, "Fine, but smaller than I expected.", False, "Sizes are on the detail page."),
    ("bob", 5, None, True, None),
    ("chen", 2, "Stopped working after a week; the seller replaced it.", False, "Sorry!"),
    ("alice", 5, "Would buy again.", True, None),
    ("bob", 4, "Fast delivery.", False, None),
)
PRODUCTS = 4  # products reviewed, two reviews each
#: the purchase history's dates, fixed so the demo is the same on every load
RECEIVED_AT = datetime(2026, 11, 1, 10, 0, tzinfo=UTC)


async def write_reviews(ids: ShopIds) -> int:
    """Write the demo's completed orders and their reviews; returns how many reviews."""
    emails = {f"{name}@{DEMO_EMAIL_DOMAIN}" for name, *_ in REVIEWS}
    users = {u.email.split("@")[0]: u for u in await User.filter(email__in=emails)}
    products = list(
        await Product.filter(merchant_id__in=list(ids.merchant.values()))
        .order_by("id")
        .limit(PRODUCTS)
    )
    written = 0
    for n, (name, rating, text, anonymous, reply) in enumerate(REVIEWS):
        if not products or name not in users:
            break
        product = products[n % len(products)]
        variant = await Variant.filter(product_id=product.id).order_by("id").first()
        listing = await Listing.filter(product_id=product.id).order_by("id").first()
        if variant is None or listing is None:
            continue
        storefront = await Storefront.get(id=listing.storefront_id)
        line = await _completed_line(n, users[name], storefront, product, variant)
        received = RECEIVED_AT + timedelta(days=n)
        await Review.create(
            order_line_id=line.id,
            order_id=line.order_id,
            product_id=product.id,
            merchant_id=product.merchant_id,
            customer_id=users[name].id,
            rating=DEFAULT_RATING if text is None else rating,
            text=text or "",
            anonymous=anonymous or text is None,
            is_default=text is None,
            reply_text=reply,
            replied_at=received + timedelta(days=1) if reply else None,
        )
        await count_in(product.id, DEFAULT_RATING if text is None else rating)
        written += 1
    return written


async def _completed_line(
    n: int, customer: User, storefront: Storefront, product: Product, variant: Variant
) -> OrderLine:
    """One completed order of one unit of ``variant`` (no stock moves: it is past history)."""
    price: Decimal = variant.price_amount
    at = RECEIVED_AT + timedelta(days=n)
    address = {
        "name": customer.full_name,
        "phone": "13800000000",
        "city": "Hangzhou",
        "street": "1 West Lake Rd",
    }
    common = {
        "customer_id": customer.id,
        "storefront_id": storefront.id,
        "currency": variant.currency,
        "shipping_address": address,
        "inventory_mode": InventoryMode.RESERVE_ON_ORDER,
    }
    group = await OrderGroup.create(
        number=f"DEMO-R{n + 1:04d}",
        status="paid",
        subtotal=price,
        shipping_total=Decimal("0"),
        total=price,
        payment_deadline=at - timedelta(days=3),
        paid_at=at - timedelta(days=3),
        idempotency_key=f"demo-review-{n + 1}",
        request_hash="demo",
        **common,
    )
    order = await MerchantOrder.create(
        number=f"DEMO-R{n + 1:04d}-1",
        group=group,
        merchant_id=product.merchant_id,
        status=OrderStatus.COMPLETED,
        subtotal=price,
        shipping_price=Decimal("0"),
        total=price,
        paid_at=at - timedelta(days=3),
        confirmed_at=at - timedelta(days=3),
        shipped_at=at - timedelta(days=2),
        delivered_at=at,
        completed_at=at + timedelta(days=7),
        **common,
    )
    return await OrderLine.create(
        order=order,
        variant=variant,
        product_name=product.name,
        variant_name=variant.name,
        sku=variant.sku,
        quantity=1,
        unit_price=price,
        total=price,
        currency=variant.currency,
    )
