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


async def make_storefront(code: str = "mall", policy=StorefrontPolicyName.MALL) -> Storefront:
    return await Storefront.create(code=code, name=code.title(), policy=policy)


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
