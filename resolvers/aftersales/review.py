"""The decisions on a case: the merchant (or the platform) approves or rejects it; the
customer (or the platform) withdraws it before goods are received, or closes it when done."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from models.aftersales import (
    OPEN_STATUSES,
    RETURN_TYPES,
    AftersalesCase,
    CaseParty,
    CaseResolution,
    CaseType,
)
from models.aftersales import CaseStatus as S
from resolvers.aftersales.access import DECIDERS, HANDLER_ROLES, authorise, load_case, text
from resolvers.aftersales.steps import move
from resolvers.permissions import Viewer


async def case_approve(viewer: Viewer, case_id: int, note: str = "") -> AftersalesCase:
    """REQUESTED -> AWAITING_RETURN (return and refund, exchange) or APPROVED (the others)."""
    note = text(note, "note", required=False)
    async with in_transaction():
        case = await load_case(viewer, case_id)
        target = S.AWAITING_RETURN if CaseType(case.type) in RETURN_TYPES else S.APPROVED
        acting, target = authorise(viewer, case, (target,), DECIDERS, HANDLER_ROLES, what="approve")
        await move(case, target, acting, note=note or "approved")
    return case


async def case_reject(viewer: Viewer, case_id: int, reason: str) -> AftersalesCase:
    """REQUESTED -> REJECTED, with the reason the customer is told."""
    reason = text(reason, "reason", required=True)
    async with in_transaction():
        case = await load_case(viewer, case_id)
        acting, target = authorise(
            viewer, case, (S.REJECTED,), DECIDERS, HANDLER_ROLES, what="reject"
        )
        await move(
            case,
            target,
            acting,
            note=reason,
            changes={"rejection_reason": reason, "resolution": CaseResolution.REJECTED},
        )
    return case


async def case_close(viewer: Viewer, case_id: int, note: str = "") -> AftersalesCase:
    """The customer (or the platform) withdraws an unresolved case before goods are received,
    or closes a rejected or resolved one."""
    note = text(note, "note", required=False)
    async with in_transaction():
        case = await load_case(viewer, case_id)
        acting, target = authorise(
            viewer, case, (S.CLOSED,), (CaseParty.CUSTOMER, CaseParty.PLATFORM), what="close"
        )
        changes = {}
        if S(case.status) in OPEN_STATUSES:
            changes["resolution"] = CaseResolution.WITHDRAWN
        await move(case, target, acting, note=note or "closed", changes=changes)
    return case
