"""The demo data set: ``plaza demo`` and ``plaza serve --demo-if-empty``.

Four storefronts, a category tree, 14 merchants with staff and warehouses, ~600 products with
variants, stock (each row with its opening ledger movement) and listings, plus one login per
role. Deterministic: product *k* of a merchant is the same whatever ``products`` is, so
``docs/demo.md`` can name real SKUs. Everything is written in one transaction with bulk
inserts: the default load takes well under a second, and a failed load leaves nothing.

With ``force`` the demo is loaded next to existing data: storefronts and categories that
already exist (same code / slug) are reused; if a demo merchant, login, SKU or the partner key
already exists the load is refused (the demo is there already).

What is where:

- ``catalog``: the category tree and the variant axes the products are drawn from.
- ``merchants``: the storefronts and the merchants (what they sell, where, their warehouses).
- ``accounts``: the logins (platform people, merchant owners and staff, courier, group
  leader), the pickup point, the partner and its API key, the demo password.
- ``plan``: the products, variants and stock levels, planned in memory (pure, deterministic).
- ``summary``: ``DemoSummary`` (what a load wrote) and ``DemoRefusedError``.
- ``bulk``: batched bulk inserts.
- ``write_shops``: writes storefronts, categories, logins, merchants, staff, warehouses,
  carrier accounts, the courier, the pickup point and the partner key.
- ``write_catalog``: writes the planned products, variants, stock, movements and listings.
- ``addresses``: the demo customers' saved addresses (their address books).
- ``loader``: ``load_demo`` and ``load_demo_if_empty``: checks, one transaction, the ORM.
"""

from plaza.demo.accounts import (
    COURIER_MERCHANT,
    DEMO_EMAIL_DOMAIN,
    DEMO_PASSWORD,
    PARTNER_EVENT_TYPES,
    PARTNER_KEY,
    PARTNER_KEY_PREFIX,
    PARTNER_KEY_SECRET,
    PARTNER_MERCHANTS,
    PARTNER_NAME,
    PEOPLE,
    PICKUP_POINT,
    STAFF_SETS,
    demo_emails,
    merchant_email,
)
from plaza.demo.bulk import BATCH
from plaza.demo.catalog import AXES, CATALOG, COLORS, LEAVES, Leaf, Top
from plaza.demo.loader import DEFAULT_PRODUCTS, load_demo, load_demo_if_empty
from plaza.demo.merchants import MERCHANTS, STOREFRONTS, MerchantSpec
from plaza.demo.plan import SEED, ProductPlan, VariantPlan, plan_catalog
from plaza.demo.summary import DemoRefusedError, DemoSummary
from plaza.demo.write_catalog import STOCK_REASON

__all__ = [
    "AXES",
    "BATCH",
    "CATALOG",
    "COLORS",
    "COURIER_MERCHANT",
    "DEFAULT_PRODUCTS",
    "DEMO_EMAIL_DOMAIN",
    "DEMO_PASSWORD",
    "LEAVES",
    "MERCHANTS",
    "PARTNER_EVENT_TYPES",
    "PARTNER_KEY",
    "PARTNER_KEY_PREFIX",
    "PARTNER_KEY_SECRET",
    "PARTNER_MERCHANTS",
    "PARTNER_NAME",
    "PEOPLE",
    "PICKUP_POINT",
    "SEED",
    "STAFF_SETS",
    "STOCK_REASON",
    "STOREFRONTS",
    "DemoRefusedError",
    "DemoSummary",
    "Leaf",
    "MerchantSpec",
    "ProductPlan",
    "Top",
    "VariantPlan",
    "demo_emails",
    "load_demo",
    "load_demo_if_empty",
    "merchant_email",
    "plan_catalog",
]
