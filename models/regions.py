"""China's administrative divisions (GB/T 2260): the code list addresses are checked against.

The list ships with the project (``models/data/cn_regions.json``): 34 provinces, their cities
and their districts (counties, county-level cities...), each with its six-digit code, its name
and its parent's code. It is read once per process, on first use.

Where GB/T 2260 has no city level (the municipalities, the county-level divisions a province
administers directly), the file has the code the standard uses for that level (``110100``,
``419000``...); the municipalities' are named after the municipality (``北京市``; Chongqing's
counties ``重庆市郊县``), not ``市辖区``/``县``, so an address reads as a customer writes it.
A few cities have no districts (东莞市, 中山市, 儋州市, 嘉峪关市) and Hong Kong, Macao and
Taiwan no cities in the list: an address there stops at the level the list has.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

DATA_FILE = Path(__file__).parent / "data" / "cn_regions.json"


class Level(StrEnum):
    PROVINCE = "province"
    CITY = "city"
    DISTRICT = "district"


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    level: Level
    parent: str | None  # the code of the province (of a city) or city (of a district)


@dataclass(frozen=True)
class RegionList:
    by_code: dict[str, Region]
    children: dict[str, tuple[str, ...]]  # code -> the codes one level below, in list order

    def get(self, code: str, level: Level) -> Region | None:
        """The region of ``code`` at ``level``, or None (no such code, or another level)."""
        region = self.by_code.get(code)
        return region if region is not None and region.level == level else None

    def has_children(self, code: str) -> bool:
        return bool(self.children.get(code))


@cache
def regions() -> RegionList:
    """The code list (read from the data file once)."""
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    by_code: dict[str, Region] = {}
    children: dict[str, list[str]] = {}
    for code, name in raw["provinces"]:
        by_code[code] = Region(code, name, Level.PROVINCE, None)
    for level, key in ((Level.CITY, "cities"), (Level.DISTRICT, "districts")):
        for code, name, parent in raw[key]:
            by_code[code] = Region(code, name, level, parent)
            children.setdefault(parent, []).append(code)
    return RegionList(by_code, {k: tuple(v) for k, v in children.items()})


#: provinces whose phone numbers are not mainland ones (the default region for parsing)
PHONE_REGION_OF_PROVINCE = {"810000": "HK", "820000": "MO", "710000": "TW"}
DEFAULT_PHONE_REGION = "CN"
