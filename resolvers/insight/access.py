"""Who reads insight: a merchant's reports and forecasts, the platform's reports.

* Reports (sales, top products, aftersales rate): staff of the merchant with the ``orders``
  role (owners always), for their own merchant only; platform admins for any merchant, or for
  the whole platform when they name none.
* Stock forecasts: staff of the variant's merchant with the ``orders`` or ``warehouse`` role
  (owners always). Nobody else: a forecast is the merchant's own planning.
"""

from __future__ import annotations

from typing import Any

from models.accounts import StaffRole
from resolvers.errors import DomainError
from resolvers.errors import InsightErrorCode as Code
from resolvers.orders import is_staff
from resolvers.permissions import Viewer, require_merchant_role, require_user, staff_merchant

REPORT_ROLES = frozenset({StaffRole.OWNER, StaffRole.ORDERS})
FORECAST_ROLES = frozenset({StaffRole.OWNER, StaffRole.ORDERS, StaffRole.WAREHOUSE})


def report_scope(viewer: Viewer, merchant_id: int | None) -> int | None:
    """The merchant a report covers (None: the whole platform, for admins only)."""
    require_user(viewer, Code)
    if viewer.is_admin:
        return merchant_id
    own = staff_merchant(viewer, Code)
    if merchant_id is not None and merchant_id != own:
        raise DomainError(Code.PERMISSION_DENIED, "You are not staff of this merchant.", "merchant")
    require_merchant_role(viewer, own, REPORT_ROLES, Code, allow_admin=False)
    return own


def may_read_report(viewer: Viewer, row: Any) -> bool:
    """The visibility rule of report rows (``row.merchant_id``; None: platform-wide)."""
    if viewer.user_id is None or row is None:
        return False
    if viewer.is_admin:
        return True
    return row.merchant_id is not None and is_staff(viewer, row.merchant_id, REPORT_ROLES)


def may_read_forecast(viewer: Viewer, row: Any) -> bool:
    """The visibility rule of a stock forecast (``row.merchant_id``)."""
    return (
        viewer.user_id is not None
        and row is not None
        and is_staff(viewer, row.merchant_id, FORECAST_ROLES)
    )
