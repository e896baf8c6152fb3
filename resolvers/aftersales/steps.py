"""One step of a case: the conditional change of its row, the order's history step and the
outbox event. Every move of every case goes through ``move`` (or ``update_case`` and
``record_step`` for a step that is not a status change, like the return's carrier)."""

from __future__ import annotations

from datetime import datetime

from models.aftersales import AftersalesCase, CaseResolution, CaseStatus, CaseType
from models.orders import MerchantOrder
from models.repository.aftersales import update_case_if_unchanged
from resolvers import outbox
from resolvers.aftersales.access import CaseActing, Code
from resolvers.errors import DomainError
from resolvers.orders import now_utc, record_event

S = CaseStatus

# The timestamp each status stamps on the case.
_STAMPS = {
    S.APPROVED: "approved_at",
    S.AWAITING_RETURN: "approved_at",
    S.REJECTED: "resolved_at",
    S.RECEIVED: "received_at",
    S.INSPECTED: "inspected_at",
    S.RESOLVED: "resolved_at",
    S.CLOSED: "closed_at",
}


async def move(
    case: AftersalesCase,
    target: CaseStatus,
    acting: CaseActing,
    *,
    note: str = "",
    changes: dict | None = None,
    data: dict | None = None,
    now: datetime | None = None,
) -> AftersalesCase:
    """Move the case (conditional on the status and version read), record the order's history
    step and the outbox event. Call inside the operation's transaction."""
    now = now or now_utc()
    current = S(case.status)
    changes = {"status": target, **(changes or {})}
    if target in _STAMPS:
        changes[_STAMPS[target]] = now
    await update_case(case, changes)
    await record_step(case, target.value, acting, note, data, current.value)
    return case


async def update_case(case: AftersalesCase, changes: dict) -> None:
    """Change the case as read (same status and version) or raise CONCURRENT_UPDATE."""
    changed = await update_case_if_unchanged(case.id, S(case.status).value, case.version, changes)
    if changed != 1:
        raise DomainError(Code.CONCURRENT_UPDATE, "The case changed meanwhile; reload.", "id")
    case.version += 1
    for key, value in changes.items():
        setattr(case, key, value)


async def record_step(
    case: AftersalesCase,
    step: str,
    acting: CaseActing,
    note: str = "",
    data: dict | None = None,
    from_status: str | None = None,
) -> None:
    """The order's history step ``aftersales_<step>`` and the outbox event
    ``aftersales.<step>``."""
    order = MerchantOrder(id=case.order_id)
    details = {
        "case_id": case.id,
        "case_number": case.number,
        "case_type": CaseType(case.type).value,
        "case_status": S(case.status).value,
        "role": acting.role,
        **(data or {}),
    }
    await record_event(
        order,
        f"aftersales_{step}",
        acting.actor,
        actor_user_id=acting.user_id,
        reason=note,
        data=details,
    )
    await outbox.record(
        f"aftersales.{step}",
        "aftersales_case",
        case.id,
        {
            "case_number": case.number,
            "order_id": case.order_id,
            "type": CaseType(case.type).value,
            "from": from_status,
            "to": S(case.status).value,
            "resolution": case.resolution and CaseResolution(case.resolution).value,
            "actor": acting.actor.value,
            "note": note,
            **(data or {}),
        },
        merchant_id=case.merchant_id,
        customer_id=case.customer_id,
    )
