"""Own fleet: the courier an own-fleet parcel is assigned to.

A merchant's couriers are users with a courier profile of that merchant
(``models.accounts.Courier``). Staff name one (``courier``: the courier's user); when they name
none and the merchant has exactly one courier, that one. Another merchant's courier is not
found, as if it did not exist."""

from __future__ import annotations

from models.accounts import Courier
from plugins.interfaces import CarrierProvider
from resolvers.errors import DomainError
from resolvers.logistics.carriers import Code

OWN_FLEET = "own_fleet"
FIELD = "courier"
#: the carrier's name on the parcel when the merchant set no own-fleet account (nor typed one)
DEFAULT_NAME = "Own fleet"


def numbers_itself(provider: CarrierProvider) -> bool:
    """Whether the carrier makes the parcel's number itself (own fleet): staff type neither
    a carrier nor a waybill number. Third-party carriers without the attribute do not."""
    return bool(getattr(provider, "numbers_itself", False))


def check_courier_input(provider: CarrierProvider, courier_user_id: int | None) -> None:
    if courier_user_id is not None and provider.code != OWN_FLEET:
        raise DomainError(Code.INVALID, "Only own-fleet parcels are given a courier.", FIELD)


async def courier_for(merchant_id: int, courier_user_id: int | None) -> int:
    """The user id of the courier to assign (see the module's docstring), or an error."""
    if courier_user_id is not None:
        found = await Courier.get_or_none(user_id=courier_user_id, merchant_id=merchant_id)
        if found is None:
            raise DomainError(Code.NOT_FOUND, "No such courier of this merchant.", FIELD)
        return found.user_id
    couriers = (
        await Courier.filter(merchant_id=merchant_id).limit(2).values_list("user_id", flat=True)
    )
    if not couriers:
        raise DomainError(Code.INVALID, "The merchant has no own-fleet courier.", FIELD)
    if len(couriers) > 1:
        raise DomainError(Code.INVALID, "Choose the courier who delivers it.", FIELD)
    return couriers[0]
