"""Reading cases: one by id, and the list a viewer may see."""

from __future__ import annotations

from models.accounts import StaffRole
from models.aftersales import AftersalesCase
from resolvers.aftersales.access import Code, load_case
from resolvers.orders import ORDER_READ_ROLES
from resolvers.permissions import Viewer, require_user


async def get_case(viewer: Viewer, case_id: int) -> AftersalesCase:
    return await load_case(viewer, case_id)


def visible_cases(viewer: Viewer):
    """The cases the viewer may list: their own, their merchant's, or all (platform)."""
    require_user(viewer, Code)
    query = AftersalesCase.all()
    if viewer.is_platform_staff:
        return query
    if (
        viewer.merchant_id is not None
        and (ORDER_READ_ROLES | {StaffRole.OWNER}) & viewer.staff_roles
    ):
        return query.filter(merchant_id=viewer.merchant_id)
    return query.filter(customer_id=viewer.user_id)
