"""The facts a signed-in person's ``Viewer`` is built from (``plaza.auth`` builds it)."""

from __future__ import annotations

from dataclasses import dataclass

from models.accounts import Courier, MerchantStaff, User
from models.merchants import PickupPoint


@dataclass(frozen=True)
class ViewerFacts:
    """Everything ``plaza.auth`` needs to build a ``Viewer`` for a user, in few queries."""

    user: User
    staff: MerchantStaff | None
    courier: Courier | None
    pickup_point_ids: list[int]


async def viewer_facts(user_id: int, token_version: int | None = None) -> ViewerFacts | None:
    user = await User.get_or_none(id=user_id, is_active=True)
    if user is None or (token_version is not None and user.token_version != token_version):
        return None
    staff = await MerchantStaff.get_or_none(user_id=user_id)
    courier = await Courier.get_or_none(user_id=user_id)
    points = await PickupPoint.filter(leader_id=user_id).values_list("id", flat=True)
    return ViewerFacts(user, staff, courier, list(points))
