"""The demo customers' address books: a few saved addresses each (the first the default),
checked like any customer's (``resolvers.addresses``), so the names come from the code list."""

from __future__ import annotations

from models.accounts import User
from models.addresses import CustomerAddress
from plaza.demo.accounts import DEMO_EMAIL_DOMAIN
from resolvers.addresses import clean_phone, phone_region, resolve_region
from resolvers.errors import AddressErrorCode

# customer -> [(label, recipient, phone, district code, street, postal code)], default first
ADDRESS_BOOKS: dict[str, list[tuple[str, str, str, str, str, str]]] = {
    "alice": [
        ("Home", "Alice Wang", "138 0013 8001", "330106", "No. 18 Wensan Road, Apt 1202", "310012"),
        ("Office", "Alice Wang", "138 0013 8001", "310115", "88 Century Avenue, 23F", "200120"),
    ],
    "bob": [
        ("Home", "Bob Li", "139 1000 2002", "110105", "6 Sanlitun Road, Building 2", "100027"),
        ("Parents", "Li Guoqiang", "137 0000 3003", "440305", "25 Keyuan Road", "518057"),
    ],
    "chen": [
        ("Home", "Chen Jing", "136 0000 4004", "510107", "9 Kehua North Road", "610041"),
    ],
}


async def write_addresses() -> int:
    """Write the demo customers' addresses; returns how many."""
    emails = {f"{local}@{DEMO_EMAIL_DOMAIN}": local for local in ADDRESS_BOOKS}
    users = dict(await User.filter(email__in=list(emails)).values_list("email", "id"))
    rows = []
    for email, local in emails.items():
        for i, (label, recipient, phone, district, street, postal) in enumerate(
            ADDRESS_BOOKS[local]
        ):
            place = resolve_region(None, None, district, AddressErrorCode, complete=True)
            rows.append(
                CustomerAddress(
                    customer_id=users[email],
                    label=label,
                    recipient=recipient,
                    phone=clean_phone(
                        phone, AddressErrorCode, "phone", phone_region(None, place.province_code)
                    ),
                    province_code=place.province_code,
                    province=place.province,
                    city_code=place.city_code,
                    city=place.city,
                    district_code=place.district_code,
                    district=place.district,
                    street=street,
                    postal_code=postal,
                    is_default=i == 0,
                )
            )
    await CustomerAddress.bulk_create(rows)
    return len(rows)
