"""What an address must be, wherever a customer gives one: the phone (``phonenumbers``, stored
in E.164) and the region (GB/T 2260 codes, ``models.regions``: the district in the city, the
city in the province). Shared by the address book, the checkout's typed address and an order's
address change; each passes its own error-code enum (the codes' values are the same in each).

A region is given by its codes, the most specific enough: a district's code names its city and
province too. Codes that are given must agree (``REGION_MISMATCH`` on the child that does not
belong). The names come from the code list, whatever names came with the codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import phonenumbers

from models.regions import DEFAULT_PHONE_REGION, PHONE_REGION_OF_PROVINCE, Level, regions
from resolvers.errors import DomainError

PHONE_MAX = 32
#: the keys of a typed (and stored) shipping address: required, then optional
ADDRESS_FIELDS = ("name", "phone", "city", "street")
ADDRESS_OPTIONAL = (
    "district",
    "postalCode",
    "country",
    "province",
    "provinceCode",
    "cityCode",
    "districtCode",
)
TEXT_MAX = 200


def phone_region(country: str | None = None, province_code: str | None = None) -> str:
    """The region a number without ``+`` is read in: the address's country when it is a
    region ``phonenumbers`` knows, else Hong Kong, Macao or Taiwan for those provinces, else CN."""
    country = (country or "").strip().upper()
    if len(country) == 2 and country in phonenumbers.SUPPORTED_REGIONS:
        return country
    return PHONE_REGION_OF_PROVINCE.get(province_code or "", DEFAULT_PHONE_REGION)


def clean_phone(raw: str | None, code: type[Enum], field: str, region: str = "CN") -> str:
    """``raw`` in E.164 (``+8613800138000``), or INVALID_PHONE on ``field``: a number that is
    not a valid one of its region (``phonenumbers.is_valid_number``, not only possible)."""
    text = (raw or "").strip()
    if not text or len(text) > PHONE_MAX:
        raise DomainError(code("invalid_phone"), "Give a phone number.", field)
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise DomainError(code("invalid_phone"), "This is not a phone number.", field)
    if not phonenumbers.is_valid_number(number):
        raise DomainError(
            code("invalid_phone"),
            f"This is not a valid phone number (read as {region} when it has no +country code).",
            field,
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@dataclass(frozen=True)
class Place:
    """A region resolved against the code list ("" where the address stops above a level)."""

    province_code: str
    province: str
    city_code: str = ""
    city: str = ""
    district_code: str = ""
    district: str = ""


def _code(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None


def resolve_region(
    province_code: str | None,
    city_code: str | None,
    district_code: str | None,
    code: type[Enum],
    *,
    prefix: str = "",
    complete: bool = False,
    required: Enum | None = None,
) -> Place:
    """The region the codes name. ``complete``: down to the most specific level the list has
    (a district where the city has districts), else ``required`` on the missing code's field.
    Errors are on ``<prefix><field>`` (``provinceCode``, ``cityCode``, ``districtCode``)."""
    listing = regions()
    province_code, city_code, district_code = map(_code, (province_code, city_code, district_code))
    district = city = None
    if district_code is not None:
        district = listing.get(district_code, Level.DISTRICT)
        if district is None:
            raise DomainError(
                code("invalid_region"), "No district has this code.", f"{prefix}districtCode"
            )
        if city_code is not None and city_code != district.parent:
            raise DomainError(
                code("region_mismatch"),
                f"The district {district.name} is not in the city {city_code}.",
                f"{prefix}districtCode",
            )
        city_code = district.parent
    if city_code is not None:
        city = listing.get(city_code, Level.CITY)
        if city is None:
            raise DomainError(code("invalid_region"), "No city has this code.", f"{prefix}cityCode")
        if province_code is not None and province_code != city.parent:
            raise DomainError(
                code("region_mismatch"),
                f"The city {city.name} is not in the province {province_code}.",
                f"{prefix}cityCode",
            )
        province_code = city.parent
    if province_code is None:
        raise DomainError(
            required or code("invalid_region"), "Give the province.", f"{prefix}provinceCode"
        )
    province = listing.get(province_code, Level.PROVINCE)
    if province is None:
        raise DomainError(
            code("invalid_region"), "No province has this code.", f"{prefix}provinceCode"
        )
    if complete and required is not None:
        if city is None and listing.has_children(province.code):
            raise DomainError(required, f"Choose a city of {province.name}.", f"{prefix}cityCode")
        if city is not None and district is None and listing.has_children(city.code):
            raise DomainError(
                required, f"Choose a district of {city.name}.", f"{prefix}districtCode"
            )
    return Place(
        province_code=province.code,
        province=province.name,
        city_code=city.code if city else "",
        city=city.name if city else "",
        district_code=district.code if district else "",
        district=district.name if district else "",
    )


def clean_shipping_address(
    address: dict, code: type[Enum], field: str, *, missing: Enum | None = None
) -> dict:
    """A typed shipping address as it is stored: its known fields, stripped (``missing``, or
    INVALID, when a required one is empty); the phone in E.164 (INVALID_PHONE); the region
    codes, when any is given, checked and completed with their parents' codes and the list's
    names (INVALID_REGION, REGION_MISMATCH). Errors are on ``<field>.<key>``."""
    if not isinstance(address, dict):
        raise DomainError(code("invalid"), "An address is an object.", field)
    cleaned: dict[str, str] = {}
    for key in (*ADDRESS_FIELDS, *ADDRESS_OPTIONAL):
        value = address.get(key)
        if value is not None:
            if not isinstance(value, str) or len(value) > TEXT_MAX:
                raise DomainError(
                    code("invalid"), f"Address fields are text (max {TEXT_MAX}).", f"{field}.{key}"
                )
            cleaned[key] = value.strip()
    for key in ADDRESS_FIELDS:
        if not cleaned.get(key):
            raise DomainError(
                missing or code("invalid"), f"The address needs a {key}.", f"{field}.{key}"
            )
    if any(cleaned.get(k) for k in ("provinceCode", "cityCode", "districtCode")):
        place = resolve_region(
            cleaned.get("provinceCode"),
            cleaned.get("cityCode"),
            cleaned.get("districtCode"),
            code,
            prefix=f"{field}.",
        )
        named = {
            "province": place.province,
            "provinceCode": place.province_code,
            "city": place.city,
            "cityCode": place.city_code,
            "district": place.district,
            "districtCode": place.district_code,
        }
        cleaned.update({k: v for k, v in named.items() if v})
    region = phone_region(cleaned.get("country"), cleaned.get("provinceCode"))
    cleaned["phone"] = clean_phone(cleaned["phone"], code, f"{field}.phone", region)
    return cleaned
