"""Writes the demo's shops: storefronts, categories, logins, merchants with their staff,
warehouses and carrier accounts, the courier, the pickup point and the partner key.

Storefronts and categories that exist already (same code / slug) are reused; everything else
is new (``plaza.demo.loader`` has checked that no demo merchant, login or key exists yet).
"""

from __future__ import annotations

from dataclasses import dataclass

from models.accounts import Courier, MerchantStaff, Partner, PartnerKey, StaffRole, User
from models.catalog import Category
from models.logistics import CarrierAccount
from models.merchants import Merchant, PickupPoint, Storefront, StorefrontPolicyName, Warehouse
from plaza.demo.accounts import (
    COURIER_MERCHANT,
    DEMO_EMAIL_DOMAIN,
    PARTNER_EVENT_TYPES,
    PARTNER_KEY,
    PARTNER_KEY_PREFIX,
    PARTNER_MERCHANTS,
    PARTNER_NAME,
    PEOPLE,
    PICKUP_POINT,
    STAFF_SETS,
    merchant_email,
)
from plaza.demo.bulk import bulk
from plaza.demo.catalog import CATALOG, LEAVES
from plaza.demo.merchants import MERCHANTS, STOREFRONTS
from plaza.demo.summary import DemoSummary
from resolvers.accounts import _digest


@dataclass
class ShopIds:
    """The ids of the rows the catalog refers to."""

    storefront: dict[str, int]  # storefront code -> id
    category: dict[str, int]  # leaf category slug -> id
    merchant: dict[str, int]  # merchant slug -> id
    slug_of: dict[int, str]  # merchant id -> slug
    warehouse: dict[tuple[str, str], int]  # (merchant slug, warehouse code) -> id


def _address(city: str, district: str, line1: str, contact: str) -> dict:
    return {
        "country": "CN",
        "city": city,
        "district": district,
        "line1": line1,
        "contact_name": contact,
        "phone": "+86 400 000 0000",
    }


async def _storefronts(summary: DemoSummary) -> dict[str, int]:
    have_sf = {s.code: s for s in await Storefront.filter(code__in=[c for c, _, _ in STOREFRONTS])}
    new_sf = [
        Storefront(code=c, name=n, policy=StorefrontPolicyName(c), currency="CNY", settings=s)
        for c, n, s in STOREFRONTS
        if c not in have_sf
    ]
    await bulk(Storefront, new_sf)
    summary.storefronts = len(new_sf)
    return dict(
        await Storefront.filter(code__in=[c for c, _, _ in STOREFRONTS]).values_list("code", "id")
    )


async def _categories(summary: DemoSummary) -> dict[str, int]:
    top_slugs = [t.slug for t in CATALOG]
    have_cat = set(
        await Category.filter(slug__in=top_slugs + list(LEAVES)).values_list("slug", flat=True)
    )
    new_top = [Category(name=t.name, slug=t.slug) for t in CATALOG if t.slug not in have_cat]
    await bulk(Category, new_top)
    top_id = dict(await Category.filter(slug__in=top_slugs).values_list("slug", "id"))
    new_leaves = [
        Category(name=lf.name, slug=lf.slug, parent_id=top_id[t.slug])
        for t in CATALOG
        for lf in t.leaves
        if lf.slug not in have_cat
    ]
    await bulk(Category, new_leaves)
    summary.categories = len(new_top) + len(new_leaves)
    return dict(await Category.filter(slug__in=list(LEAVES)).values_list("slug", "id"))


async def _users(password_hash: str, summary: DemoSummary) -> dict[str, int]:
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
    await bulk(User, users)
    summary.users = len(users)
    return dict(await User.filter(email__in=[u.email for u in users]).values_list("email", "id"))


async def _merchants(
    user_id: dict[str, int], summary: DemoSummary
) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
    """Merchants, their staff, warehouses and carrier accounts: (merchant ids, warehouse ids)."""
    await bulk(Merchant, [Merchant(name=m.name, slug=m.slug) for m in MERCHANTS])
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
    await bulk(MerchantStaff, staff)
    await bulk(Warehouse, warehouses)
    # Every merchant ships with Sandbox Express: waybill numbers <SKU code>0000000001.. .
    await bulk(
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
    return merchant_id, warehouse_id


async def _courier_pickup_point_partner(
    user_id: dict[str, int],
    merchant_id: dict[str, int],
    sf_id: dict[str, int],
    summary: DemoSummary,
) -> None:
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


async def write_shops(password_hash: str, summary: DemoSummary) -> ShopIds:
    """Write everything but the catalog, counting it in ``summary``; returns the new ids."""
    sf_id = await _storefronts(summary)
    cat_id = await _categories(summary)
    user_id = await _users(password_hash, summary)
    merchant_id, warehouse_id = await _merchants(user_id, summary)
    await _courier_pickup_point_partner(user_id, merchant_id, sf_id, summary)
    return ShopIds(
        storefront=sf_id,
        category=cat_id,
        merchant=merchant_id,
        slug_of={v: k for k, v in merchant_id.items()},
        warehouse=warehouse_id,
    )
