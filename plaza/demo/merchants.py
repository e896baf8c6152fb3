"""The demo storefronts and merchants: what each sells, where, and from which warehouses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

STOREFRONTS = [
    # code, name, settings
    ("mall", "Plaza Mall", {"payment_deadline_minutes": 30}),
    ("grocery", "Plaza Fresh", {"payment_deadline_minutes": 10}),
    ("groupbuy", "Plaza Neighbours", {"payment_deadline_minutes": 30}),
    ("marketplace", "Plaza Market", {"payment_deadline_minutes": 30}),
]


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
