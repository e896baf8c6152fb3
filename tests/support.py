"""Helpers for tests: SQL query counting and a small world of tenants to test against."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from decimal import Decimal

from models.accounts import MerchantStaff, PlatformRole, StaffRole, User
from models.catalog import Category, Listing, Product, Variant
from models.inventory import MovementKind, Stock, StockMovement
from models.merchants import Merchant, Storefront, StorefrontPolicyName, Warehouse
from plaza.auth import issue_tokens
from resolvers.accounts import hash_password
from resolvers.catalog import refresh_product_derived


class QueryCounter(logging.Handler):
    """Counts the SQL statements Tortoise sends (it logs each at DEBUG on ``tortoise.db_client``).

    with QueryCounter() as q: ...; q.count
    """

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.statements.append(record.getMessage())

    @property
    def count(self) -> int:
        return len(self.statements)

    def __enter__(self) -> QueryCounter:
        logger = logging.getLogger("tortoise.db_client")
        self._level = logger.level
        logger.setLevel(logging.DEBUG)
        logger.addHandler(self)
        return self

    def __exit__(self, *exc) -> None:
        logger = logging.getLogger("tortoise.db_client")
        logger.removeHandler(self)
        logger.setLevel(self._level)


PASSWORD = "correct-horse-battery"
_hashed: dict[str, str] = {}


def _hash(password: str) -> str:
    if password not in _hashed:
        _hashed[password] = hash_password(password)
    return _hashed[password]


async def make_user(email: str, role: PlatformRole = PlatformRole.NONE) -> tuple[User, str]:
    user = await User.create(email=email, password_hash=_hash(PASSWORD), platform_role=role)
    return user, issue_tokens(user)[0]


async def make_staff(merchant: Merchant, email: str, roles: list[StaffRole]) -> tuple[User, str]:
    user, token = await make_user(email)
    await MerchantStaff.create(user=user, merchant=merchant, roles=[r.value for r in roles])
    return user, token


# The test world's mall and marketplace storefronts keep the generic order life (platform or
# merchant staff confirm; any carrier ships) so that a test of one step needs no phone call nor
# carrier account; tests/test_storefront_flavours.py covers the policies' own (mall: confirmation
# by phone; marketplace: the seller confirms and ships with its own carrier account).
GENERIC_ORDER_LIFE = {
    "confirmers": ["admin", "merchant"],
    "confirmation_call": False,
    "own_carrier_only": False,
}


async def make_storefront(
    code: str = "mall", policy=StorefrontPolicyName.MALL, *, settings: dict | None = None
) -> Storefront:
    if settings is None:
        generic = policy in (StorefrontPolicyName.MALL, StorefrontPolicyName.MARKETPLACE)
        settings = dict(GENERIC_ORDER_LIFE) if generic else {}
    return await Storefront.create(code=code, name=code.title(), policy=policy, settings=settings)


async def make_product(
    merchant: Merchant,
    storefront: Storefront | None,
    name: str,
    *,
    price: str = "10.00",
    sku: str | None = None,
    stock: int = 0,
    warehouse: Warehouse | None = None,
    category: Category | None = None,
    variants: int = 1,
) -> Product:
    product = await Product.create(merchant=merchant, name=name, category=category)
    for i in range(variants):
        variant = await Variant.create(
            product=product,
            sku=(sku or f"{merchant.slug}-{name}").replace(" ", "-") + (f"-{i}" if i else ""),
            price_amount=Decimal(price) + i,
        )
        if warehouse is not None and stock:
            row = await Stock.create(variant=variant, warehouse=warehouse, on_hand=stock)
            await StockMovement.create(stock=row, kind=MovementKind.ADJUST, on_hand_delta=stock)
    if storefront is not None:
        await Listing.create(product=product, storefront=storefront)
    await refresh_product_derived(product)
    return product


@dataclass
class Tenant:
    merchant: Merchant
    warehouse: Warehouse
    owner_token: str
    owner: User
    products: list[Product] = field(default_factory=list)


@dataclass
class World:
    storefront: Storefront
    a: Tenant
    b: Tenant
    admin_token: str
    customer_token: str
    customer: User


async def make_world() -> World:
    """Merchants A and B (owner, warehouse, two products each), an admin and a customer."""
    storefront = await make_storefront()
    tenants = []
    for slug in ("alpha", "beta"):
        merchant = await Merchant.create(name=slug.title(), slug=slug)
        warehouse = await Warehouse.create(merchant=merchant, code="main", name="Main")
        owner, token = await make_staff(merchant, f"owner@{slug}.test", [StaffRole.OWNER])
        tenant = Tenant(merchant, warehouse, token, owner)
        for n in range(2):
            tenant.products.append(
                await make_product(
                    merchant, storefront, f"{slug} item {n}", stock=5, warehouse=warehouse
                )
            )
        tenants.append(tenant)
    _, admin_token = await make_user("admin@plaza.test", PlatformRole.ADMIN)
    customer, customer_token = await make_user("shopper@plaza.test")
    return World(storefront, tenants[0], tenants[1], admin_token, customer_token, customer)


# --- GraphQL helpers ----------------------------------------------------------------------


def gid(type_name: str, pk: int) -> str:
    """The global (relay) ID of a row, as the API hands it out."""
    from strawberry import relay

    return str(relay.GlobalID(type_name, str(pk)))


def payload(body: dict, field: str) -> dict:
    """The payload of mutation ``field``; fails on a GraphQL-level error."""
    assert "errors" not in body, body
    return body["data"][field]


def payload_errors(body: dict, field: str) -> list[dict]:
    """The ``errors`` list of mutation ``field``'s payload."""
    return payload(body, field)["errors"]


def gql_error(body: dict) -> dict:
    """The single GraphQL error of a response (a refused query), with its extensions."""
    assert body.get("errors"), body
    assert len(body["errors"]) == 1, body
    return body["errors"][0]


def gql_code(body: dict) -> str | None:
    return (gql_error(body).get("extensions") or {}).get("code")


async def snapshot(model, pk: int) -> dict | None:
    """Every column of a row (None if gone): compare before/after to prove nothing changed."""
    rows = await model.filter(id=pk).values()
    return rows[0] if rows else None


async def make_category(name: str, parent: Category | None = None) -> Category:
    return await Category.create(name=name, slug=name.lower().replace(" ", "-"), parent=parent)


@dataclass
class BigCatalog:
    storefronts: list[Storefront]
    merchants: list[Merchant]
    tokens: dict[int, str]  # merchant id -> an owner's access token
    categories: list[Category]
    product_count: int
    variant_count: int


async def make_big_catalog(
    products_per_merchant: int = 30, variants_per_product: int = 3, merchants: int = 3
) -> BigCatalog:
    """Many products spread over merchants, categories (two levels) and two storefronts.

    Each variant has stock in one or two of its merchant's warehouses; every row goes in with
    few statements (bulk inserts), so building a few hundred rows stays quick.
    """
    mall = await make_storefront("bigmall")
    fresh = await make_storefront("bigfresh", StorefrontPolicyName.GROCERY)
    roots = [await make_category(f"Root {i}") for i in range(2)]
    cats = roots + [await make_category(f"Leaf {i}", roots[i % 2]) for i in range(4)]
    merchant_rows, tokens = [], {}
    n_products = n_variants = 0
    for m in range(merchants):
        merchant = await Merchant.create(name=f"Big {m}", slug=f"big-{m}")
        _, token = await make_staff(merchant, f"owner@big-{m}.test", [StaffRole.OWNER])
        tokens[merchant.id] = token
        merchant_rows.append(merchant)
        houses = [
            await Warehouse.create(merchant=merchant, code=f"w{w}", name=f"W{w}") for w in range(2)
        ]
        for p in range(products_per_merchant):
            product = await Product.create(
                merchant=merchant, name=f"Big {m}-{p:03d}", category=cats[(m + p) % len(cats)]
            )
            await Variant.bulk_create(
                [
                    Variant(
                        product=product,
                        sku=f"big-{m}-{p}-{v}",
                        price_amount=Decimal(5 + p) + v,
                        attributes={"size": v},
                    )
                    for v in range(variants_per_product)
                ]
            )
            variants = await Variant.filter(product_id=product.id).order_by("id")
            stocks = [
                Stock(variant=variant, warehouse=house, on_hand=(p + v + w) % 4)
                for v, variant in enumerate(variants)
                for w, house in enumerate(houses[: 1 + (v % 2)])
            ]
            await Stock.bulk_create(stocks)
            await Listing.bulk_create(
                [
                    Listing(product=product, storefront=s)
                    for s in ([mall, fresh] if p % 2 else [mall])
                ]
            )
            await refresh_product_derived(product)
            n_products += 1
            n_variants += len(variants)
    # the ledger matches the stock rows
    await StockMovement.bulk_create(
        [
            StockMovement(stock_id=s.id, kind=MovementKind.ADJUST, on_hand_delta=s.on_hand)
            for s in await Stock.filter(on_hand__gt=0)
        ]
    )
    return BigCatalog([mall, fresh], merchant_rows, tokens, cats, n_products, n_variants)
