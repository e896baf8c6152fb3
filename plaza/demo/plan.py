"""The demo products, planned before anything is written: pure and deterministic.

Product *k* of a merchant is the same whatever the number of products asked for, so
``docs/demo.md`` can name real SKUs.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from decimal import Decimal

from models.money import quantize
from plaza.demo.catalog import AXES, CATALOG, FRESH, LEAVES, Leaf
from plaza.demo.merchants import MERCHANTS, MerchantSpec

SEED = "plaza-demo-1"


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
            fresh = top.blurbs is FRESH
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
