"""What a demo load reports: the rows it wrote (``DemoSummary``) or why it refused."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from plaza.demo.accounts import DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, PARTNER_KEY


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
