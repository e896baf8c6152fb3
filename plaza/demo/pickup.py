"""The group-buy storefront's pickup points: the demo leader's Maple Court point (written with
the shops) gets its address codes, community, hours, capacity and coordinates, and the leader
runs two more points in Hangzhou, so ``pickupPoints(storefront: "groupbuy", near: {cityCode:
"330100", lat, lng})`` has points to sort by distance and ``community`` one to match."""

from __future__ import annotations

from models.accounts import User
from models.merchants import PickupPoint
from plaza.demo.accounts import DEMO_EMAIL_DOMAIN, PICKUP_POINT
from plaza.demo.summary import DemoSummary

HANGZHOU = {
    "country": "CN",
    "province": "Zhejiang",
    "provinceCode": "330000",
    "city": "Hangzhou",
    "cityCode": "330100",
}
EVERY_DAY = [{"weekday": d, "opens": "08:00", "closes": "21:00"} for d in range(1, 8)]
WEEKDAYS = [{"weekday": d, "opens": "07:30", "closes": "19:30"} for d in range(1, 6)]

#: name -> (district, district code, street, community, capacity a day, lat, lng, hours)
POINTS = {
    PICKUP_POINT[0]: (
        "Xihu", "330106", "Maple Court, Building 3, ground-floor shop", "Maple Court",
        120, 30.2741, 120.1207, EVERY_DAY,
    ),
    "Lotus Garden pickup point": (
        "Xihu", "330106", "Lotus Garden, gate 2 kiosk", "Lotus Garden",
        80, 30.2893, 120.1103, EVERY_DAY,
    ),
    "Riverside Plaza pickup point": (
        "Shangcheng", "330102", "Riverside Plaza, B1 parcel lockers", "Riverside",
        200, 30.2460, 120.1710, WEEKDAYS,
    ),
}  # fmt: skip


async def write_pickup_points(groupbuy_id: int, summary: DemoSummary) -> None:
    """Complete the leader's first point and add the others (deterministic: same rows every
    load)."""
    leader_id = (await User.get(email=f"leader@{DEMO_EMAIL_DOMAIN}")).id
    for name, (district, code, street, community, capacity, lat, lng, hours) in POINTS.items():
        address = {**HANGZHOU, "district": district, "districtCode": code, "street": street}
        values = {
            "address": {**(PICKUP_POINT[1] if name == PICKUP_POINT[0] else {}), **address},
            "community": community,
            "city_code": HANGZHOU["cityCode"],
            "opening_hours": hours,
            "capacity_per_day": capacity,
            "latitude": lat,
            "longitude": lng,
        }
        point = await PickupPoint.get_or_none(storefront_id=groupbuy_id, name=name)
        if point is None:
            await PickupPoint.create(
                storefront_id=groupbuy_id, leader_id=leader_id, name=name, **values
            )
        else:
            await PickupPoint.filter(id=point.id).update(**values)
    summary.pickup_points = await PickupPoint.filter(storefront_id=groupbuy_id).count()
