"""The demo logins: platform people, each merchant's owner and staff, the courier, the group
leader's pickup point and the partner with its API key."""

from __future__ import annotations

from models.accounts import PlatformRole, StaffRole
from plaza.demo.merchants import MERCHANTS
from resolvers.accounts import KEY_PREFIX

DEMO_PASSWORD = "plaza-demo-123"
DEMO_EMAIL_DOMAIN = "plaza.demo"
PARTNER_KEY_PREFIX = "demo00000000"
PARTNER_KEY_SECRET = "DemoPartnerSecret-not-for-production-0000"
PARTNER_KEY = f"{KEY_PREFIX}_{PARTNER_KEY_PREFIX}_{PARTNER_KEY_SECRET}"
PARTNER_EVENT_TYPES = ["order.cancelled", "order.delivered", "order.paid", "order.shipped"]
PARTNER_MERCHANTS = ("green-valley", "lumen")

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
