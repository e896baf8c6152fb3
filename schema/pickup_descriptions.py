"""Descriptions of the pickup point, order assignment and pick list types and root fields
(see ``schema.descriptions``)."""

from __future__ import annotations

DESCRIPTIONS: dict[str, str] = {
    "OpeningPeriod.weekday": "The ISO weekday: 1 (Monday) to 7 (Sunday).",
    "OpeningPeriod.opens": "When the point opens that day, `HH:MM` local time.",
    "OpeningPeriod.closes": "When the point closes that day, `HH:MM` local time.",
    "OpeningPeriodInput": "One period the point is open: a weekday and its hours.",
    "OpeningPeriodInput.weekday": "The ISO weekday: 1 (Monday) to 7 (Sunday).",
    "OpeningPeriodInput.opens": "Opening time, `HH:MM` (24-hour) local time.",
    "OpeningPeriodInput.closes": "Closing time, `HH:MM` (24-hour) local time, after `opens`.",
    "PickupPoint.name": "The point's display name, as customers choose it.",
    "PickupPoint.community": (
        'The residential community it serves ("Maple Court"); empty when not given.'
    ),
    "PickupPoint.cityCode": "The GB/T 2260 code of its city (six digits), as searched `near`.",
    "PickupPoint.openingHours": "When it is open, one period per entry; empty when not given.",
    "PickupPoint.latitude": "WGS-84 latitude in degrees; null when not given.",
    "PickupPoint.longitude": "WGS-84 longitude in degrees; null when not given.",
    "PickupPoint.active": (
        "Whether customers can find and choose it; an inactive point is left out of `pickupPoints`."
    ),
    "PickupPointAddressInput": (
        "A pickup point's address; the division codes must nest (a city within its province, "
        "a district within its city)."
    ),
    "PickupPointAddressInput.city": "The city's name.",
    "PickupPointAddressInput.street": "Street and number, and anything else a customer needs.",
    "PickupPointAddressInput.province": "The province's name.",
    "PickupPointAddressInput.district": "The district's name.",
    "PickupPointAddressInput.postalCode": "The postal code.",
    "PickupPointAddressInput.provinceCode": "The province's GB/T 2260 code (six digits).",
    "PickupPointAddressInput.districtCode": "The district's GB/T 2260 code (six digits).",
    "PickupPointCreateInput.storefront": "The code of the storefront the point serves.",
    "PickupPointCreateInput.name": "The point's display name.",
    "PickupPointCreateInput.address": "Where it is; `cityCode` is required.",
    "PickupPointCreateInput.community": "The residential community it serves; empty by default.",
    "PickupPointCreateInput.openingHours": "When it is open; omitted, no hours are listed.",
    "PickupPointCreateInput.capacityPerDay": (
        "How many orders it takes a day, at least 1; omitted, no limit."
    ),
    "PickupPointCreateInput.latitude": (
        "WGS-84 latitude in degrees (-90 to 90); give both coordinates or neither."
    ),
    "PickupPointCreateInput.longitude": (
        "WGS-84 longitude in degrees (-180 to 180); give both coordinates or neither."
    ),
    "PickupPointUpdateInput.id": "The pickup point's global ID.",
    "PickupPointUpdateInput.name": "A new display name.",
    "PickupPointUpdateInput.address": "A new address, replacing the whole address.",
    "PickupPointUpdateInput.community": "A new community name (empty clears it).",
    "PickupPointUpdateInput.openingHours": "New hours, replacing all of them (empty: none).",
    "PickupPointUpdateInput.capacityPerDay": "A new number of orders it takes a day.",
    "PickupPointUpdateInput.noCapacityLimit": (
        "True removes the daily capacity (no limit); false by default."
    ),
    "PickupPointUpdateInput.latitude": (
        "A new WGS-84 latitude; the point must end with both coordinates or neither."
    ),
    "PickupPointUpdateInput.longitude": (
        "A new WGS-84 longitude; the point must end with both coordinates or neither."
    ),
    "PickupPointUpdateInput.active": ("False hides the point from customers; true shows it again."),
    "PickupNearInput.cityCode": (
        "The GB/T 2260 city code of the address; only points of this city are listed."
    ),
    "PickupNearInput.lat": (
        "The address's WGS-84 latitude; with `lng`, points are sorted nearest first."
    ),
    "PickupNearInput.lng": (
        "The address's WGS-84 longitude; with `lat`, points are sorted nearest first."
    ),
    "Query.pickupPoints(storefront)": "The code of the storefront whose points to list.",
    "Query.pickupPoints(near)": (
        "Points of the address's city, nearest first when coordinates are given (points "
        "without coordinates after, by name)."
    ),
    "Query.pickupPoints(community)": "Points of this community (exact name), by name.",
    "Query.pickupPoints(first)": "How many points at most, 1 to 100; 20 by default.",
    "Query.pickupOrders(pointId)": "The pickup point's global ID.",
    "Query.pickupOrders(date)": "The storefront's calendar day the orders were placed on.",
    "Query.pickupOrders(status)": (
        "Only orders in this status; omitted, the paid orders not cancelled (unpaid ones only "
        "when asked for)."
    ),
    "PickList.orderNumbers": "The numbers of the orders the list covers.",
    "PickList.rows": "What to take, sorted by location then SKU (the picker's walk).",
    "PickList.totalQuantity": "The units to pick in all, over every row.",
    "PickList.merchantId": "The global ID of the merchant whose orders these are.",
    "PickListRow.sku": "The variant's SKU.",
    "PickListRow.productName": "The product's name.",
    "PickListRow.variantName": "The variant's name, as on the order line.",
    "PickListRow.locationName": ("The warehouse's name ('' when the units are not allocated yet)."),
    "PickListRow.warehouseId": (
        "The warehouse's global ID; null when the units are not allocated yet."
    ),
    "PickListRow.orderNumbers": "The numbers of the orders this row's units are for.",
    "Query.pickList(orderIds)": (
        "The global IDs of the merchant orders, all of one merchant and still to be picked "
        "(PAID, CONFIRMED, PICKING, PACKED); at most 200."
    ),
}
