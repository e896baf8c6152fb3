"""Who may see an aftersales case and make which move on it; the limits of what they type.

Refusals come in the order the package docstring gives: NOT_FOUND (``load_case``: existence is
not told), PERMISSION_DENIED then INVALID_TRANSITION (``authorise``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from models.accounts import StaffRole
from models.aftersales import AftersalesCase, CaseParty, CaseStatus, case_allowed
from models.orders import Actor
from resolvers.errors import AftersalesErrorCode, DomainError, clean_text
from resolvers.orders import ORDER_READ_ROLES, _is_staff
from resolvers.permissions import Viewer, require_user

Code = AftersalesErrorCode
S = CaseStatus

#: Merchant staff who decide on cases (approve, reject, resolve).
HANDLER_ROLES = frozenset({StaffRole.CUSTOMER_SERVICE, StaffRole.ORDERS})
#: Merchant staff who take returned goods in and inspect them.
RETURNS_ROLES = frozenset({StaffRole.WAREHOUSE, StaffRole.ORDERS, StaffRole.CUSTOMER_SERVICE})
#: The parties who decide on a case: its merchant's staff and the platform.
DECIDERS = (CaseParty.MERCHANT, CaseParty.PLATFORM)
REASON_MAX = 500
NOTE_MAX = 300
MAX_CASE_LINES = 50

_PARTY_ACTOR = {
    CaseParty.CUSTOMER: Actor.CUSTOMER,
    CaseParty.MERCHANT: Actor.MERCHANT,
    CaseParty.PLATFORM: Actor.ADMIN,
}


@dataclass(frozen=True)
class CaseActing:
    party: CaseParty
    user_id: int | None
    role: str

    @property
    def actor(self) -> Actor:
        return _PARTY_ACTOR[self.party]


def can_view_case(viewer: Viewer, case: AftersalesCase) -> bool:
    """The one visibility rule for a case: its customer, its merchant's staff, the platform."""
    if viewer.user_id is None:
        return False
    return (
        viewer.is_platform_staff
        or case.customer_id == viewer.user_id
        or _is_staff(viewer, case.merchant_id, ORDER_READ_ROLES)
    )


def acting_for(
    viewer: Viewer, case: AftersalesCase, parties: Iterable[CaseParty], roles=frozenset()
) -> CaseActing | None:
    """The first of ``parties`` the viewer acts as on ``case`` (merchant staff by ``roles``)."""
    for party in parties:
        if party is CaseParty.CUSTOMER and case.customer_id == viewer.user_id:
            return CaseActing(party, viewer.user_id, "customer")
        if party is CaseParty.PLATFORM and viewer.is_platform_staff:
            return CaseActing(party, viewer.user_id, viewer.platform_role.value)
        if party is CaseParty.MERCHANT and _is_staff(viewer, case.merchant_id, roles):
            held = sorted(r.value for r in viewer.staff_roles & (set(roles) | {StaffRole.OWNER}))
            return CaseActing(party, viewer.user_id, ",".join(held))
    return None


def not_found(field: str = "id") -> DomainError:
    return DomainError(Code.NOT_FOUND, "No such aftersales case.", field)


async def load_case(viewer: Viewer, case_id: int, *, lock: bool = False) -> AftersalesCase:
    """The case if the viewer may see it (row-locked with ``lock``), else NOT_FOUND."""
    require_user(viewer, Code)
    query = AftersalesCase.filter(id=case_id)
    if lock:
        query = query.select_for_update()
    case = await query.first()
    if case is None or not can_view_case(viewer, case):
        raise not_found()
    return case


def authorise(
    viewer: Viewer,
    case: AftersalesCase,
    targets: Iterable[CaseStatus],
    parties: tuple[CaseParty, ...],
    roles=frozenset(),
    *,
    what: str,
) -> tuple[CaseActing, CaseStatus]:
    """The viewer's standing for moving ``case`` to one of ``targets`` (the first the table
    allows from its status), or the refusal."""
    acting = acting_for(viewer, case, parties, roles)
    if acting is None:
        who = ", ".join(p.value for p in parties)
        if roles and CaseParty.MERCHANT in parties:
            who += f" (merchant staff roles: {', '.join(sorted(r.value for r in roles))})"
        raise DomainError(Code.PERMISSION_DENIED, f"You may not {what} this case ({who}).", "id")
    current = S(case.status)
    for target in targets:
        if case_allowed(current, target, acting.party):
            return acting, target
    raise DomainError(
        Code.INVALID_TRANSITION, f"The case is {current.name}: you cannot {what} it.", "id"
    )


def text(value: str | None, field: str, *, required: bool, limit: int = NOTE_MAX) -> str:
    """A reason, note or carrier field, cleaned and checked against ``limit``."""
    return clean_text(value, field, Code, required=required, limit=limit)
