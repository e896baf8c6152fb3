"""The demo data set: ``plaza demo`` and ``plaza serve --demo-if-empty``.

Four storefronts, a category tree, 14 merchants with staff and warehouses, ~600 products with
variants, stock (each row with its opening ledger movement) and listings, plus one login per
role. Deterministic: product *k* of a merchant is the same whatever ``products`` is, so
``docs/demo.md`` can name real SKUs. Everything is written in one transaction with bulk
inserts: the default load takes well under a second, and a failed load leaves nothing.

With ``force`` the demo is loaded next to existing data: storefronts and categories that
already exist (same code / slug) are reused; if a demo merchant, login, SKU or the partner key
already exists the load is refused (the demo is there already).
"""

from __future__ import annotations

import logging
import math
import random
import sys
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import TypeVar

from tortoise import Tortoise
from tortoise.models import Model
from tortoise.transactions import in_transaction
from tqdm import tqdm

from models.accounts import (
    Courier,
    MerchantStaff,
    Partner,
    PartnerKey,
    PlatformRole,
    StaffRole,
    User,
)
from models.catalog import Category, Listing, Product, Variant
from models.inventory import MovementKind, Stock, StockMovement
from models.logistics import CarrierAccount
from models.merchants import Merchant, PickupPoint, Storefront, StorefrontPolicyName, Warehouse
from models.money import quantize
from plaza.db import close_orm, init_orm
from resolvers.accounts import KEY_PREFIX, _digest, hash_password

log = logging.getLogger("plaza.demo")
T = TypeVar("T")

DEMO_PASSWORD = "plaza-demo-123"
DEMO_EMAIL_DOMAIN = "plaza.demo"
PARTNER_KEY_PREFIX = "demo00000000"
PARTNER_KEY_SECRET = "DemoPartnerSecret-not-for-production-0000"
PARTNER_KEY = f"{KEY_PREFIX}_{PARTNER_KEY_PREFIX}_{PARTNER_KEY_SECRET}"
PARTNER_EVENT_TYPES = ["order.cancelled", "order.delivered", "order.paid", "order.shipped"]
PARTNER_MERCHANTS = ("green-valley", "lumen")
DEFAULT_PRODUCTS = 600
BATCH = 500
SEED = "plaza-demo-1"
STOCK_REASON = "demo initial stock"


class DemoRefusedError(RuntimeError):
    """The demo was not loaded: the database has data (and no force), or has the demo already."""


@dataclass
class DemoSummary:
    storefronts: int = 0
    categories: int = 0
    merchants: int = 0
    warehouses: int = 0
    users: int = 0
    staff: int = 0
    pickup_points: int = 0
    couriers: int = 0
    partners: int = 0
    partner_keys: int = 0
    products: int = 0
    variants: int = 0
    stocks: int = 0
    movements: int = 0
    listings: int = 0
    seconds: float = field(default=0.0, compare=False)

    def counts(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "seconds"}

    def __str__(self) -> str:
        counts = ", ".join(f"{k.replace('_', ' ')} {n}" for k, n in self.counts().items())
        return (
            f"Demo data loaded in {self.seconds:.1f} s: {counts}.\n"
            f"Every demo login uses the password '{DEMO_PASSWORD}' "
            f"(e.g. admin@{DEMO_EMAIL_DOMAIN}); partner API key: {PARTNER_KEY}\n"
            "See docs/demo.md for the logins and what to try."
        )


# --- the data -------------------------------------------------------------------------------

STOREFRONTS = [
    # code, name, settings
    ("mall", "Plaza Mall", {"payment_deadline_minutes": 30}),
    ("grocery", "Plaza Fresh", {"payment_deadline_minutes": 10}),
    ("groupbuy", "Plaza Neighbours", {"payment_deadline_minutes": 30}),
    ("marketplace", "Plaza Market", {"payment_deadline_minutes": 30}),
]

COLORS = ["Black", "White", "Navy", "Grey", "Olive", "Beige", "Burgundy", "Sky Blue", "Rose"]

# Variant axes: a list of dimensions, each (attribute key, [(value, price factor), ...]).
AXES: dict[str, list[tuple[str, list[tuple[str, float]]]]] = {
    "weight": [("weight", [("250g", 0.55), ("500g", 1), ("1kg", 1.9), ("2.5kg", 4.5)])],
    "weight_small": [("weight", [("100g", 1), ("250g", 2.3), ("500g", 4.4)])],
    "weight_big": [("weight", [("1kg", 1), ("2.5kg", 2.3), ("5kg", 4.4), ("10kg", 8.5)])],
    "volume": [("volume", [("250ml", 1), ("500ml", 1.8), ("1L", 3.3), ("1.8L", 5.5)])],
    "volume_small": [("volume", [("30ml", 1), ("50ml", 1.5), ("100ml", 2.6)])],
    "pack": [("pack", [("single", 1), ("2-pack", 1.9), ("6-pack", 5.4), ("12-pack", 10)])],
    "pack_small": [("pack", [("single", 1), ("2-pack", 1.9), ("3-pack", 2.7)])],
    "eggs": [("pack", [("6 eggs", 1), ("10 eggs", 1.6), ("30 eggs", 4.5)])],
    "color": [("color", [(c, 1) for c in COLORS])],
    "shade": [("shade", [("01 Rose", 1), ("02 Coral", 1), ("03 Nude", 1), ("04 Berry", 1)])],
    "size_cm": [("size", [("24cm", 1), ("28cm", 1.2), ("32cm", 1.45)])],
    "color_storage": [
        ("color", [(c, 1) for c in ("Black", "White", "Sky Blue", "Rose")]),
        ("storage", [("128GB", 1), ("256GB", 1.15), ("512GB", 1.35)]),
    ],
    "color_size": [
        ("color", [(c, 1) for c in COLORS]),
        ("size", [("S", 1), ("M", 1), ("L", 1), ("XL", 1.05)]),
    ],
    "color_shoe": [
        ("color", [(c, 1) for c in ("Black", "White", "Grey", "Navy")]),
        ("size", [(str(s), 1) for s in range(37, 45)]),
    ],
    "color_kids": [
        ("color", [(c, 1) for c in ("Sky Blue", "Rose", "Olive", "Navy")]),
        ("size", [("100cm", 1), ("110cm", 1), ("120cm", 1.1), ("130cm", 1.1)]),
    ],
    "color_bed": [
        ("color", [(c, 1) for c in ("White", "Grey", "Beige", "Sky Blue")]),
        ("size", [("single", 1), ("double", 1.3), ("king", 1.6)]),
    ],
}


@dataclass(frozen=True)
class Leaf:
    slug: str
    name: str
    axis: str
    price: tuple[float, float]
    nouns: Sequence[str]
    qualifiers: Sequence[str]


@dataclass(frozen=True)
class Top:
    slug: str
    name: str
    blurbs: Sequence[str]
    leaves: Sequence[Leaf]


_FRESH = (
    "Packed the morning it is delivered and kept chilled all the way.",
    "Sourced directly from partner farms, picked at peak season.",
    "Checked by hand; anything that arrives less than perfect is refunded.",
)
_GOODS = (
    "Genuine product with the official warranty and invoice.",
    "Ships within 48 hours; 7-day no-reason returns.",
    "Carefully packed, with tracking from the warehouse to your door.",
)

CATALOG: list[Top] = [
    Top("fresh-produce", "Fresh Produce", _FRESH, [
        Leaf("fruit", "Fruit", "weight", (9.9, 59.9),
             ["Fuji Apples", "Navel Oranges", "Kyoho Grapes", "Hami Melon", "Dragon Fruit",
              "Blueberries", "Mangoes", "Kiwi Fruit", "Lychees", "Strawberries", "Pears"],
             ["Organic", "Hand-picked", "Premium", "Seasonal", "Sweet", "Farm-fresh"]),
        Leaf("vegetables", "Vegetables", "weight", (3.9, 19.9),
             ["Bok Choy", "Broccoli", "Vine Tomatoes", "Cucumbers", "Carrots", "Spinach",
              "Lotus Root", "Eggplant", "Sweet Potatoes", "Napa Cabbage", "Green Beans"],
             ["Organic", "Local", "Hydroponic", "Farm-fresh", "Tender"]),
        Leaf("mushrooms-herbs", "Mushrooms & Herbs", "weight_small", (4.9, 29.9),
             ["Shiitake Mushrooms", "Enoki Mushrooms", "King Oyster Mushrooms", "Coriander",
              "Spring Onions", "Ginger", "Garlic"],
             ["Fresh", "Organic", "Wild-harvested", "Local"]),
        Leaf("meat-poultry", "Meat & Poultry", "weight", (12.9, 59.9),
             ["Pork Belly", "Beef Brisket", "Chicken Thighs", "Lamb Chops", "Pork Ribs",
              "Chicken Wings", "Beef Sirloin"],
             ["Chilled", "Free-range", "Grass-fed", "Premium", "Black-hog"]),
        Leaf("seafood", "Seafood", "weight", (19.9, 99.0),
             ["Tiger Prawns", "Salmon Fillet", "Hairy Crab", "Sea Bass", "Clams", "Squid",
              "Scallops"],
             ["Live", "Wild-caught", "Chilled", "Sashimi-grade"]),
    ]),
    Top("dairy-eggs", "Dairy & Eggs", _FRESH, [
        Leaf("milk", "Milk", "volume", (5.9, 29.9),
             ["Whole Milk", "Skimmed Milk", "Oat Milk", "A2 Milk", "Soy Milk", "Goat Milk"],
             ["Fresh", "Organic", "Pasture-fed", "Low-fat"]),
        Leaf("yogurt", "Yogurt", "pack", (3.9, 25.9),
             ["Greek Yogurt", "Plain Yogurt", "Strawberry Yogurt", "Drinking Yogurt",
              "Coconut Yogurt"],
             ["Organic", "Thick", "Low-sugar", "Probiotic"]),
        Leaf("cheese-butter", "Cheese & Butter", "weight_small", (15.9, 89.0),
             ["Cheddar", "Mozzarella", "Salted Butter", "Cream Cheese", "Parmesan"],
             ["Aged", "Grass-fed", "Imported", "Mild"]),
        Leaf("eggs", "Eggs", "eggs", (6.9, 19.9),
             ["Free-range Eggs", "Organic Eggs", "Duck Eggs", "Quail Eggs", "Salted Duck Eggs"],
             ["Farm", "Fresh", "Omega-3", "Country"]),
    ]),
    Top("pantry", "Pantry", _FRESH, [
        Leaf("rice-grains", "Rice & Grains", "weight_big", (19.9, 99.0),
             ["Jasmine Rice", "Northeast Rice", "Millet", "Brown Rice", "Glutinous Rice",
              "Quinoa"],
             ["Premium", "New-harvest", "Organic", "Fragrant"]),
        Leaf("noodles", "Noodles & Dumplings", "pack", (6.9, 39.9),
             ["Hand-pulled Noodles", "Rice Noodles", "Pork Dumplings", "Shrimp Wontons",
              "Buckwheat Noodles"],
             ["Frozen", "Handmade", "Classic", "Spicy"]),
        Leaf("oils-sauces", "Oils & Sauces", "volume", (9.9, 79.0),
             ["Light Soy Sauce", "Sesame Oil", "Chilli Oil", "Black Vinegar", "Peanut Oil",
              "Oyster Sauce"],
             ["Naturally brewed", "Cold-pressed", "Aged", "Classic"]),
        Leaf("snacks", "Snacks", "pack", (4.9, 49.9),
             ["Sunflower Seeds", "Dried Mango", "Seaweed Crisps", "Mixed Nuts", "Beef Jerky",
              "Rice Crackers"],
             ["Spicy", "Salted", "Honey", "Family-size"]),
        Leaf("tea-coffee", "Tea & Coffee", "weight_small", (29.9, 299.0),
             ["Longjing Green Tea", "Pu'er Tea", "Oolong Tea", "Jasmine Tea",
              "Yunnan Coffee Beans", "Drip Coffee Bags"],
             ["Spring-harvest", "Single-origin", "Aged", "Premium"]),
    ]),
    Top("electronics", "Electronics", _GOODS, [
        Leaf("phones", "Phones", "color_storage", (1299, 6999),
             ["Smartphone", "Camera Phone", "Foldable Phone", "5G Phone"],
             ["Aero X5", "Nova 12", "Pulse S", "Orbit Pro", "Zen Lite"]),
        Leaf("audio", "Headphones & Audio", "color", (99, 1999),
             ["Wireless Earbuds", "Noise-cancelling Headphones", "Bluetooth Speaker", "Soundbar",
              "Sports Earphones"],
             ["Aero", "Pulse", "Studio", "Echo", "Beat"]),
        Leaf("laptops-tablets", "Laptops & Tablets", "color_storage", (1999, 12999),
             ["Laptop", "Tablet", "2-in-1 Notebook", "E-reader"],
             ["Air 14", "Book Pro 16", "Tab 11", "Slate", "Paper"]),
        Leaf("smart-home", "Smart Home", "color", (49, 1299),
             ["Robot Vacuum", "Smart Plug", "Security Camera", "Smart Speaker", "Air Purifier",
              "Smart Bulb"],
             ["Home", "Eco", "Mini", "Plus", "Max"]),
        Leaf("chargers-cables", "Chargers & Cables", "color", (19, 299),
             ["USB-C Cable", "GaN Charger 65W", "Power Bank 20000mAh", "Wireless Charging Pad",
              "Car Charger"],
             ["Fast", "Braided", "Compact", "Travel"]),
    ]),
    Top("apparel", "Apparel", _GOODS, [
        Leaf("womens", "Women's Clothing", "color_size", (59, 899),
             ["Linen Dress", "Cashmere Sweater", "Silk Blouse", "Trench Coat",
              "Wide-leg Trousers", "Knit Cardigan"],
             ["Classic", "Relaxed", "Everyday", "Tailored", "Vintage"]),
        Leaf("mens", "Men's Clothing", "color_size", (59, 999),
             ["Oxford Shirt", "Down Jacket", "Chino Trousers", "Crew-neck T-shirt",
              "Wool Blazer", "Hoodie"],
             ["Classic", "Slim-fit", "Everyday", "Tailored", "Heavyweight"]),
        Leaf("shoes", "Shoes", "color_shoe", (129, 1299),
             ["Running Shoes", "Leather Loafers", "Canvas Sneakers", "Hiking Boots", "Sandals"],
             ["Cloud", "Trail", "Urban", "Classic", "Lite"]),
        Leaf("kids", "Kids' Clothing", "color_kids", (39, 299),
             ["Cotton Pyjamas", "Rain Jacket", "Denim Jeans", "Fleece Jacket", "Knit Hat"],
             ["Happy", "Little Explorer", "Cosy", "Bright"]),
    ]),
    Top("home-kitchen", "Home & Kitchen", _GOODS, [
        Leaf("cookware", "Cookware", "size_cm", (59, 899),
             ["Wok", "Non-stick Frying Pan", "Casserole", "Steamer Basket", "Stock Pot"],
             ["Carbon Steel", "Ceramic", "Cast Iron", "Pro", "Classic"]),
        Leaf("bedding", "Bedding", "color_bed", (99, 1599),
             ["Duvet Cover Set", "Pillowcase Pair", "Down Duvet", "Fitted Sheet",
              "Weighted Blanket"],
             ["Linen", "Cotton", "Mulberry Silk", "Cloud-soft", "Bamboo"]),
        Leaf("storage", "Storage & Organisation", "pack_small", (19, 299),
             ["Storage Boxes", "Vacuum Bags", "Drawer Organisers", "Shoe Rack", "Hangers"],
             ["Stackable", "Foldable", "Clear", "Bamboo"]),
        Leaf("cleaning", "Cleaning", "pack_small", (9.9, 99),
             ["Laundry Detergent", "Dish Soap", "Microfibre Cloths", "Spin Mop",
              "Floor Cleaner"],
             ["Eco", "Concentrated", "Lavender", "Unscented"]),
        Leaf("small-appliances", "Small Appliances", "color", (99, 1999),
             ["Rice Cooker", "Electric Kettle", "Air Fryer", "Soy Milk Maker", "Blender"],
             ["Smart", "Mini", "Pro", "Classic"]),
    ]),
    Top("beauty", "Beauty & Personal Care", _GOODS, [
        Leaf("skincare", "Skincare", "volume_small", (59, 399),
             ["Hydrating Serum", "Sunscreen SPF50", "Night Cream", "Facial Cleanser",
              "Toner"],
             ["Hyaluronic", "Gentle", "Brightening", "Repairing"]),
        Leaf("haircare", "Hair Care", "volume_small", (29, 299),
             ["Shampoo", "Conditioner", "Hair Oil", "Scalp Scrub"],
             ["Ginger", "Argan", "Volumising", "Anti-dandruff"]),
        Leaf("makeup", "Makeup", "shade", (49, 399),
             ["Lipstick", "Cushion Foundation", "Liquid Eyeliner", "Blush"],
             ["Velvet", "Silk", "Long-wear", "Dewy"]),
        Leaf("oral-care", "Oral Care", "pack_small", (9.9, 499),
             ["Electric Toothbrush", "Whitening Toothpaste", "Water Flosser", "Mouthwash"],
             ["Sonic", "Fresh Mint", "Sensitive", "Charcoal"]),
    ]),
    Top("sports-outdoors", "Sports & Outdoors", _GOODS, [
        Leaf("running", "Running", "color_size", (49, 699),
             ["Running Jacket", "Compression Tights", "Running Socks", "Hydration Vest"],
             ["Aero", "Tempo", "Marathon", "Night-reflective"]),
        Leaf("camping", "Camping & Hiking", "color", (59, 1299),
             ["Two-person Tent", "Sleeping Bag", "Trekking Poles", "Camping Stove", "Headlamp"],
             ["Ultralight", "Alpine", "Trail", "Basecamp"]),
        Leaf("fitness", "Fitness", "color", (29, 999),
             ["Yoga Mat", "Adjustable Dumbbells", "Resistance Bands", "Foam Roller",
              "Jump Rope"],
             ["Pro", "Eco", "Studio", "Home"]),
        Leaf("cycling", "Cycling", "color", (49, 1999),
             ["Cycling Helmet", "Bike Lights", "Cycling Gloves", "Bike Lock"],
             ["Aero", "City", "Road", "Gravel"]),
    ]),
]  # fmt: skip

LEAVES: dict[str, tuple[Top, Leaf]] = {lf.slug: (top, lf) for top in CATALOG for lf in top.leaves}


@dataclass(frozen=True)
class MerchantSpec:
    slug: str
    name: str
    sku_code: str
    sells: Sequence[str]  # top or leaf category slugs
    storefronts: Sequence[str]  # the first is the main one: every product is listed there
    warehouses: Sequence[tuple[str, str, str, str]]  # code, name, city, district
    weight: int  # share of the products
    owner_name: str
    brand: str = ""  # put in front of product names (mall brands)


def _wh(code: str, name: str, city: str, district: str) -> tuple[str, str, str, str]:
    return (code, name, city, district)


MERCHANTS: list[MerchantSpec] = [
    # Grocery and group-buy.
    MerchantSpec(
        "green-valley", "Green Valley Fresh", "GVF", ["fresh-produce", "dairy-eggs"],
        ["grocery", "groupbuy"],
        [_wh("sh-xuhui", "Xuhui front warehouse", "Shanghai", "Xuhui"),
         _wh("sh-pudong", "Pudong front warehouse", "Shanghai", "Pudong")],
        weight=3, owner_name="Lin Qing",
    ),
    MerchantSpec(
        "harbour-fresh", "Harbour Meat & Seafood", "HMS", ["meat-poultry", "seafood"],
        ["grocery"],
        [_wh("sh-yangpu", "Yangpu cold store", "Shanghai", "Yangpu")],
        weight=2, owner_name="Guo Hai",
    ),
    MerchantSpec(
        "neighbour-pantry", "Neighbourhood Pantry", "NBP", ["pantry", "fruit", "vegetables"],
        ["groupbuy", "grocery"],
        [_wh("hz-xihu", "Xihu community hub", "Hangzhou", "Xihu")],
        weight=2, owner_name="Zhao Lei",
    ),
    # Mall brands.
    MerchantSpec(
        "orchard-dairy", "Orchard Dairy Co.", "ORD", ["dairy-eggs"], ["mall", "grocery"],
        [_wh("sz-nanshan", "Nanshan chilled warehouse", "Shenzhen", "Nanshan")],
        weight=2, owner_name="Helen Xu", brand="Orchard",
    ),
    MerchantSpec(
        "lumen", "Lumen Electronics", "LUM", ["electronics"], ["mall"],
        [_wh("sz-bao-an", "Bao'an distribution centre", "Shenzhen", "Bao'an"),
         _wh("bj-daxing", "Daxing distribution centre", "Beijing", "Daxing")],
        weight=3, owner_name="Wei Chen", brand="Lumen",
    ),
    MerchantSpec(
        "northpeak", "Northpeak Outdoor", "NPK", ["sports-outdoors", "shoes"], ["mall"],
        [_wh("cd-shuangliu", "Shuangliu warehouse", "Chengdu", "Shuangliu")],
        weight=2, owner_name="Erik Zhang", brand="Northpeak",
    ),
    MerchantSpec(
        "maison-linen", "Maison Linen & Home", "MLH",
        ["bedding", "cookware", "small-appliances"], ["mall"],
        [_wh("sh-jiading", "Jiading warehouse", "Shanghai", "Jiading")],
        weight=2, owner_name="Sophie Wu", brand="Maison",
    ),
    MerchantSpec(
        "silk-thread", "Silk & Thread", "SNT", ["womens", "mens"], ["mall", "marketplace"],
        [_wh("hz-xiaoshan", "Xiaoshan warehouse", "Hangzhou", "Xiaoshan"),
         _wh("gz-baiyun", "Baiyun warehouse", "Guangzhou", "Baiyun")],
        weight=3, owner_name="Mei Huang", brand="Silk & Thread",
    ),
    MerchantSpec(
        "bloom-beauty", "Bloom Beauty", "BLB", ["beauty"], ["mall"],
        [_wh("sh-minhang", "Minhang warehouse", "Shanghai", "Minhang")],
        weight=2, owner_name="Iris Ma", brand="Bloom",
    ),
    # Marketplace sellers.
    MerchantSpec(
        "gadget-corner", "Gadget Corner", "GDC", ["electronics"], ["marketplace"],
        [_wh("sz-longhua", "Longhua stockroom", "Shenzhen", "Longhua")],
        weight=3, owner_name="Kevin Liu",
    ),
    MerchantSpec(
        "little-kitchen", "Little Kitchen Store", "LKS", ["home-kitchen"], ["marketplace"],
        [_wh("yw-futian", "Futian market stockroom", "Yiwu", "Futian")],
        weight=2, owner_name="Fang Yu",
    ),
    MerchantSpec(
        "trendy-threads", "Trendy Threads", "TRT", ["apparel"], ["marketplace"],
        [_wh("gz-haizhu", "Haizhu stockroom", "Guangzhou", "Haizhu"),
         _wh("hz-yuhang", "Yuhang stockroom", "Hangzhou", "Yuhang")],
        weight=3, owner_name="Luo Jia",
    ),
    MerchantSpec(
        "tea-snack-house", "Tea & Snack House", "TSH", ["tea-coffee", "snacks", "noodles"],
        ["marketplace", "groupbuy"],
        [_wh("fz-gulou", "Gulou warehouse", "Fuzhou", "Gulou")],
        weight=2, owner_name="Chen Ming",
    ),
    MerchantSpec(
        "active-life", "Active Life Sports", "ALS", ["sports-outdoors", "kids"],
        ["marketplace"],
        [_wh("xm-huli", "Huli warehouse", "Xiamen", "Huli")],
        weight=2, owner_name="Sun Tao",
    ),
]  # fmt: skip

# Extra staff per merchant, alternating: (mailbox, roles, display name suffix).
STAFF_SETS: list[list[tuple[str, list[StaffRole]]]] = [
    [
        ("orders", [StaffRole.ORDERS, StaffRole.CUSTOMER_SERVICE]),
        ("warehouse", [StaffRole.WAREHOUSE, StaffRole.LOGISTICS]),
    ],
    [("ops", [StaffRole.CATALOG, StaffRole.ORDERS, StaffRole.WAREHOUSE, StaffRole.LOGISTICS])],
]

# email local part, full name, platform role
PEOPLE = [
    ("admin", "Plaza Admin", PlatformRole.ADMIN),
    ("support", "Plaza Customer Service", PlatformRole.CUSTOMER_SERVICE),
    ("alice", "Alice Wang", PlatformRole.NONE),
    ("bob", "Bob Li", PlatformRole.NONE),
    ("chen", "Chen Jing", PlatformRole.NONE),
    ("leader", "Zhou Min (group leader)", PlatformRole.NONE),
    ("courier", "Ma Jun (courier)", PlatformRole.NONE),
]
COURIER_MERCHANT = "green-valley"
PICKUP_POINT = (
    "Maple Court pickup point",
    {
        "country": "CN",
        "city": "Hangzhou",
        "district": "Xihu",
        "line1": "Maple Court, Building 3, ground-floor shop",
        "contact_name": "Zhou Min",
        "phone": "+86 138 0000 0003",
    },
)
PARTNER_NAME = "Swift Analytics (demo partner)"


def merchant_email(slug: str, mailbox: str = "owner") -> str:
    return f"{mailbox}@{slug}.demo"


def demo_emails() -> list[str]:
    emails = [f"{local}@{DEMO_EMAIL_DOMAIN}" for local, _, _ in PEOPLE]
    for i, m in enumerate(MERCHANTS):
        emails.append(merchant_email(m.slug))
        emails += [merchant_email(m.slug, box) for box, _ in STAFF_SETS[i % len(STAFF_SETS)]]
    return emails


# --- generating the catalog (pure, deterministic) -------------------------------------------


@dataclass
class VariantPlan:
    sku: str
    name: str
    price: Decimal
    attributes: dict


@dataclass
class ProductPlan:
    merchant: str
    category: str  # leaf slug
    name: str
    description: str
    variants: list[VariantPlan]
    storefronts: list[str]
    stock: dict[str, list[int]]  # warehouse code -> on_hand per variant (absent: sold out)

    @property
    def price_min(self) -> Decimal | None:
        return min((v.price for v in self.variants), default=None)

    @property
    def search_text(self) -> str:
        """The same text ``resolvers.catalog.refresh_product_derived`` computes."""
        skus = " ".join(v.sku for v in self.variants)
        return f"{self.name} {self.description} {skus}".lower()


def _charm(amount: float) -> Decimal:
    """A shop price: 12.90 below 100, 1299.00 / 329.00 style above."""
    if amount < 100:
        return quantize(Decimal(int(amount)) + Decimal("0.90"))
    return quantize(Decimal(int(amount) // 10 * 10 + 9))


def _merchant_leaves(spec: MerchantSpec) -> list[str]:
    out: list[str] = []
    for slug in spec.sells:
        top = next((t for t in CATALOG if t.slug == slug), None)
        out += [lf.slug for lf in top.leaves] if top else [slug]
    return out


def _allocation() -> list[int]:
    """A repeating pattern of merchant indexes, each appearing ``weight`` times."""
    pattern: list[int] = []
    for round_ in range(max(m.weight for m in MERCHANTS)):
        pattern += [i for i, m in enumerate(MERCHANTS) if m.weight > round_]
    return pattern


def _variants(rng: random.Random, spec: MerchantSpec, seq: int, leaf: Leaf) -> list[VariantPlan]:
    dims = AXES[leaf.axis]
    base = rng.uniform(*leaf.price)
    if len(dims) == 1:
        key, options = dims[0]
        count = rng.choice([1, 1, 2, 2, 3, 4])
        if key in ("weight", "volume", "pack", "size"):  # in ascending order, from any start
            start = rng.randrange(max(1, len(options) - count + 1))
            chosen = options[start : start + count]
        else:
            chosen = sorted(rng.sample(options, min(count, len(options))), key=options.index)
        combos = [[(key, v, f)] for v, f in chosen]
    else:
        (k1, o1), (k2, o2) = dims
        a = sorted(rng.sample(o1, rng.choice([1, 1, 2])), key=o1.index)
        b = sorted(rng.sample(o2, rng.choice([1, 2, 2])), key=o2.index)
        combos = [[(k1, v1, f1), (k2, v2, f2)] for v1, f1 in a for v2, f2 in b]
    combos = combos[:4]
    factors = [math.prod(f for _, _, f in combo) for combo in combos]
    # The cheapest variant is priced within the leaf's range; the others scale from it.
    return [
        VariantPlan(
            sku=f"{spec.sku_code}-{seq:04d}-{j + 1}",
            name=" / ".join(v for _, v, _ in combo),
            price=_charm(base * factor / min(factors)),
            attributes={k: v for k, v, _ in combo},
        )
        for j, (combo, factor) in enumerate(zip(combos, factors, strict=True))
    ]


def plan_catalog(products: int) -> list[ProductPlan]:
    """The demo products; product k of a merchant does not depend on ``products``."""
    pattern = _allocation()
    seq_of = [0] * len(MERCHANTS)
    names: dict[str, set[str]] = {m.slug: set() for m in MERCHANTS}
    out: list[ProductPlan] = []
    for i in range(products):
        mi = pattern[i % len(pattern)]
        spec = MERCHANTS[mi]
        seq_of[mi] += 1
        seq = seq_of[mi]
        rng = random.Random(f"{SEED}:{spec.slug}:{seq}")
        top, leaf = LEAVES[rng.choice(_merchant_leaves(spec))]
        for _try in range(6):  # a few draws for a name the merchant has not used yet
            qualifier, noun = rng.choice(leaf.qualifiers), rng.choice(leaf.nouns)
            name = " ".join(filter(None, (spec.brand, qualifier, noun)))
            if name not in names[spec.slug]:
                break
        base, n = name, 2
        while name in names[spec.slug]:
            name, n = f"{base} ({n})", n + 1
        names[spec.slug].add(name)
        description = (
            f"{qualifier} {noun.lower()} from {spec.name}. {rng.choice(top.blurbs)} "
            f"Category: {top.name} / {leaf.name}."
        )
        variants = _variants(rng, spec, seq, leaf)
        storefronts = [spec.storefronts[0]]
        if len(spec.storefronts) > 1 and rng.random() < 0.5:
            storefronts.append(spec.storefronts[1])
        stock: dict[str, list[int]] = {}
        if seq % 29 != 0:  # every 29th product of a merchant is sold out: no stock rows
            fresh = top.blurbs is _FRESH
            for w, (code, *_rest) in enumerate(spec.warehouses):
                if w and rng.random() < 0.3:
                    continue  # not every product is kept in the second warehouse
                hi = 300 if fresh else 120
                stock[code] = [
                    rng.randint(1, 3) if rng.random() < 0.05 else rng.randint(10, hi)
                    for _ in variants
                ]
        out.append(
            ProductPlan(spec.slug, leaf.slug, name, description, variants, storefronts, stock)
        )
    return out


# --- loading ----------------------------------------------------------------------------------


def _chunks(items: Sequence, size: int = BATCH) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


async def _bulk(model: type[Model], rows: list[Model], bar: tqdm | None = None) -> None:
    for part in _chunks(rows):
        await model.bulk_create(part)
        if bar is not None:
            bar.update(len(part))


async def _has_data() -> bool:
    for model in (Storefront, Merchant, User, Product):
        if await model.exists():
            return True
    return False


async def _check_not_loaded(plans: list[ProductPlan]) -> None:
    slugs = [m.slug for m in MERCHANTS]
    found = await Merchant.filter(slug__in=slugs).values_list("slug", flat=True)
    if found:
        raise DemoRefusedError(
            f"The demo seems to be loaded already: merchant '{sorted(found)[0]}' exists."
        )
    for part in _chunks(demo_emails()):
        taken = await User.filter(email__in=list(part)).values_list("email", flat=True)
        if taken:
            raise DemoRefusedError(f"A demo login exists already: {sorted(taken)[0]}.")
    if await PartnerKey.filter(prefix=PARTNER_KEY_PREFIX).exists():
        raise DemoRefusedError(f"The demo partner key '{PARTNER_KEY_PREFIX}' exists already.")
    skus = [v.sku for p in plans for v in p.variants]
    for part in _chunks(skus):
        taken = await Variant.filter(sku__in=list(part)).values_list("sku", flat=True)
        if taken:
            raise DemoRefusedError(f"A demo SKU exists already: {sorted(taken)[0]}.")


def _address(city: str, district: str, line1: str, contact: str) -> dict:
    return {
        "country": "CN",
        "city": city,
        "district": district,
        "line1": line1,
        "contact_name": contact,
        "phone": "+86 400 000 0000",
    }


async def _load(plans: list[ProductPlan], password_hash: str, show_progress: bool) -> DemoSummary:
    summary = DemoSummary()
    await _check_not_loaded(plans)

    # Storefronts and categories: reuse existing ones (same code / slug).
    have_sf = {s.code: s for s in await Storefront.filter(code__in=[c for c, _, _ in STOREFRONTS])}
    new_sf = [
        Storefront(code=c, name=n, policy=StorefrontPolicyName(c), currency="CNY", settings=s)
        for c, n, s in STOREFRONTS
        if c not in have_sf
    ]
    await _bulk(Storefront, new_sf)
    summary.storefronts = len(new_sf)
    sf_id = dict(
        await Storefront.filter(code__in=[c for c, _, _ in STOREFRONTS]).values_list("code", "id")
    )

    top_slugs = [t.slug for t in CATALOG]
    have_cat = set(
        await Category.filter(slug__in=top_slugs + list(LEAVES)).values_list("slug", flat=True)
    )
    new_top = [Category(name=t.name, slug=t.slug) for t in CATALOG if t.slug not in have_cat]
    await _bulk(Category, new_top)
    top_id = dict(await Category.filter(slug__in=top_slugs).values_list("slug", "id"))
    new_leaves = [
        Category(name=lf.name, slug=lf.slug, parent_id=top_id[t.slug])
        for t in CATALOG
        for lf in t.leaves
        if lf.slug not in have_cat
    ]
    await _bulk(Category, new_leaves)
    summary.categories = len(new_top) + len(new_leaves)
    cat_id = dict(await Category.filter(slug__in=list(LEAVES)).values_list("slug", "id"))

    # People, merchants, staff, warehouses.
    users = [
        User(
            email=f"{local}@{DEMO_EMAIL_DOMAIN}",
            password_hash=password_hash,
            full_name=name,
            platform_role=role,
        )
        for local, name, role in PEOPLE
    ]
    for i, m in enumerate(MERCHANTS):
        users.append(
            User(
                email=merchant_email(m.slug),
                password_hash=password_hash,
                full_name=f"{m.owner_name} (owner, {m.name})",
            )
        )
        for box, _roles in STAFF_SETS[i % len(STAFF_SETS)]:
            users.append(
                User(
                    email=merchant_email(m.slug, box),
                    password_hash=password_hash,
                    full_name=f"{m.name} {box} staff",
                )
            )
    await _bulk(User, users)
    summary.users = len(users)
    user_id = dict(await User.filter(email__in=[u.email for u in users]).values_list("email", "id"))

    await _bulk(Merchant, [Merchant(name=m.name, slug=m.slug) for m in MERCHANTS])
    summary.merchants = len(MERCHANTS)
    merchant_id = dict(
        await Merchant.filter(slug__in=[m.slug for m in MERCHANTS]).values_list("slug", "id")
    )
    slug_of = {v: k for k, v in merchant_id.items()}

    staff = []
    warehouses = []
    for i, m in enumerate(MERCHANTS):
        mid = merchant_id[m.slug]
        staff.append(
            MerchantStaff(
                user_id=user_id[merchant_email(m.slug)],
                merchant_id=mid,
                roles=[StaffRole.OWNER.value],
            )
        )
        for box, roles in STAFF_SETS[i % len(STAFF_SETS)]:
            staff.append(
                MerchantStaff(
                    user_id=user_id[merchant_email(m.slug, box)],
                    merchant_id=mid,
                    roles=sorted(r.value for r in roles),
                )
            )
        for code, name, city, district in m.warehouses:
            warehouses.append(
                Warehouse(
                    merchant_id=mid,
                    code=code,
                    name=name,
                    address=_address(city, district, name, m.owner_name),
                )
            )
    await _bulk(MerchantStaff, staff)
    await _bulk(Warehouse, warehouses)
    # Every merchant ships with Sandbox Express: waybill numbers <SKU code>0000000001.. .
    await _bulk(
        CarrierAccount,
        [
            CarrierAccount(
                merchant_id=merchant_id[m.slug],
                provider="sandbox_express",
                name="Sandbox Express",
                tracking_prefix=m.sku_code,
                next_number=1,
                last_number=99_999,
                config={"origin": {"city": m.warehouses[0][2], "district": m.warehouses[0][3]}},
            )
            for m in MERCHANTS
        ],
    )
    summary.staff, summary.warehouses = len(staff), len(warehouses)
    warehouse_id = {
        (slug_of[mid], code): wid
        for wid, mid, code in await Warehouse.filter(
            merchant_id__in=list(merchant_id.values())
        ).values_list("id", "merchant_id", "code")
    }

    await Courier.create(
        user_id=user_id[f"courier@{DEMO_EMAIL_DOMAIN}"], merchant_id=merchant_id[COURIER_MERCHANT]
    )
    await PickupPoint.create(
        storefront_id=sf_id["groupbuy"],
        leader_id=user_id[f"leader@{DEMO_EMAIL_DOMAIN}"],
        name=PICKUP_POINT[0],
        address=PICKUP_POINT[1],
    )
    partner = await Partner.create(name=PARTNER_NAME)
    await PartnerKey.create(
        partner_id=partner.id,
        prefix=PARTNER_KEY_PREFIX,
        key_hash=_digest(PARTNER_KEY),
        merchant_ids=sorted(merchant_id[s] for s in PARTNER_MERCHANTS),
        event_types=PARTNER_EVENT_TYPES,
    )
    summary.couriers = summary.pickup_points = summary.partners = summary.partner_keys = 1

    # The catalog, in bulk.
    n_variants = sum(len(p.variants) for p in plans)
    n_stocks = sum(len(q) for p in plans for q in p.stock.values())
    n_listings = sum(len(p.storefronts) for p in plans)
    total = len(plans) + n_variants + 2 * n_stocks + n_listings
    with tqdm(
        total=total,
        desc="demo catalog",
        unit=" rows",
        file=sys.stderr,
        disable=None if show_progress else True,  # None: only on a terminal
        leave=False,
        dynamic_ncols=True,
    ) as bar:
        bar.set_postfix_str("products")
        await _bulk(
            Product,
            [
                Product(
                    merchant_id=merchant_id[p.merchant],
                    category_id=cat_id[p.category],
                    name=p.name,
                    description=p.description,
                    currency="CNY",
                    search_text=p.search_text,
                    price_min=p.price_min,
                )
                for p in plans
            ],
            bar,
        )
        product_id = {
            (slug_of[mid], name): pid
            for pid, mid, name in await Product.filter(
                merchant_id__in=list(merchant_id.values())
            ).values_list("id", "merchant_id", "name")
        }
        pids = [product_id[(p.merchant, p.name)] for p in plans]

        bar.set_postfix_str("variants")
        await _bulk(
            Variant,
            [
                Variant(
                    product_id=pid,
                    sku=v.sku,
                    name=v.name,
                    price_amount=v.price,
                    currency="CNY",
                    attributes=v.attributes,
                )
                for p, pid in zip(plans, pids, strict=True)
                for v in p.variants
            ],
            bar,
        )
        variant_id = dict(
            await Variant.filter(product__merchant_id__in=list(merchant_id.values())).values_list(
                "sku", "id"
            )
        )

        bar.set_postfix_str("stock")
        stocks = [
            Stock(
                variant_id=variant_id[v.sku],
                warehouse_id=warehouse_id[(p.merchant, code)],
                on_hand=on_hand[j],
            )
            for p in plans
            for code, on_hand in p.stock.items()
            for j, v in enumerate(p.variants)
        ]
        await _bulk(Stock, stocks, bar)
        stock_rows = await Stock.filter(
            warehouse__merchant_id__in=list(merchant_id.values())
        ).values_list("id", "on_hand")
        movements = [
            StockMovement(
                stock_id=sid,
                kind=MovementKind.ADJUST,
                on_hand_delta=on_hand,
                reason=STOCK_REASON,
                reference="demo",
            )
            for sid, on_hand in stock_rows
        ]
        await _bulk(StockMovement, movements, bar)

        bar.set_postfix_str("listings")
        listings = [
            Listing(product_id=pid, storefront_id=sf_id[code])
            for p, pid in zip(plans, pids, strict=True)
            for code in p.storefronts
        ]
        await _bulk(Listing, listings, bar)

    summary.products, summary.variants = len(plans), n_variants
    summary.stocks, summary.movements, summary.listings = len(stocks), len(movements), len(listings)
    return summary


async def _with_orm(manage_orm: bool, body: Callable[[], Awaitable[T]]) -> T:
    """Run ``body`` with the ORM up: initialised (and closed after) here if it was not yet."""
    own = manage_orm and not Tortoise.is_inited()
    if own:
        await init_orm()
    try:
        return await body()
    finally:
        if own:
            await close_orm()


async def load_demo(
    products: int = DEFAULT_PRODUCTS,
    force: bool = False,
    *,
    manage_orm: bool = True,
    verbose: bool = True,
) -> DemoSummary:
    """Load the demo data set; refuses (``DemoRefusedError``) a non-empty DB unless ``force``.

    ``manage_orm``: initialise and close the ORM around the load, unless it is initialised
    already. ``verbose``: a progress bar on stderr (on a terminal) and the summary on stdout.
    """
    if products < 0:
        raise ValueError("products cannot be negative")

    async def body() -> DemoSummary:
        if not force and await _has_data():
            raise DemoRefusedError(
                "The database is not empty: the demo is loaded only into an empty database. "
                "Use 'plaza demo --force' to load it next to the existing data."
            )
        started = time.perf_counter()
        plans = plan_catalog(products)
        password_hash = hash_password(DEMO_PASSWORD)  # argon2 is slow: once, for every login
        async with in_transaction():
            summary = await _load(plans, password_hash, show_progress=verbose)
        summary.seconds = time.perf_counter() - started
        if verbose:
            print(summary, flush=True)
        log.debug("demo loaded: %s", summary.counts())
        return summary

    return await _with_orm(manage_orm, body)


async def load_demo_if_empty(
    products: int = DEFAULT_PRODUCTS, *, manage_orm: bool = True, verbose: bool = True
) -> bool:
    """Load the demo when the database has no storefront yet; True if it was loaded."""

    async def body() -> bool:
        if await Storefront.exists():
            log.info("the database has data: demo not loaded")
            return False
        await load_demo(products, force=True, manage_orm=False, verbose=verbose)
        return True

    return await _with_orm(manage_orm, body)
