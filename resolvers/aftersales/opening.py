"""Opening a case: the customer (or platform customer service for them) names the order lines
and units of a delivered order, within the storefront policy's window and case types."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from tortoise.transactions import in_transaction

from models.aftersales import (
    REFUND_TYPES,
    AftersalesCase,
    AftersalesCaseLine,
    CaseParty,
    CaseResolution,
    CaseStatus,
    CaseType,
)
from models.catalog import Variant
from models.orders import MerchantOrder, OrderLine, OrderStatus
from resolvers.aftersales.access import MAX_CASE_LINES, REASON_MAX, CaseActing, Code, text
from resolvers.aftersales.resolution import refundable
from resolvers.aftersales.steps import record_step
from resolvers.checkout import new_number
from resolvers.errors import DomainError
from resolvers.orders import now_utc, order_policy
from resolvers.permissions import Viewer, require_user


@dataclass(frozen=True)
class LineRequest:
    """One order line in a case being opened: how many units, and for an exchange what instead."""

    order_line_id: int
    quantity: int
    exchange_variant_id: int | None = None


async def _claimed(order_id: int, exclude_case_id: int | None = None) -> dict[int, int]:
    """Units per order line already in cases of the order that were not rejected or withdrawn."""
    rows = await AftersalesCaseLine.filter(case__order_id=order_id).select_related("case")
    claimed: dict[int, int] = defaultdict(int)
    for row in rows:
        case = row.case
        if case.id == exclude_case_id or case.resolution in (
            CaseResolution.REJECTED,
            CaseResolution.WITHDRAWN,
        ):
            continue
        claimed[row.order_line_id] += row.quantity
    return claimed


async def _case_lines(
    order: MerchantOrder, case_type: CaseType, requests: list[LineRequest]
) -> tuple[list[tuple[OrderLine, LineRequest]], Decimal]:
    """The order lines the case names, checked; and what they are worth (unit price x units)."""
    if not requests:
        raise DomainError(Code.INVALID, "Name at least one order line.", "lines")
    if len(requests) > MAX_CASE_LINES:
        raise DomainError(Code.INVALID, f"At most {MAX_CASE_LINES} lines.", "lines")
    lines = {line.id: line for line in await OrderLine.filter(order_id=order.id)}
    claimed = await _claimed(order.id)
    seen: set[int] = set()
    chosen: list[tuple[OrderLine, LineRequest]] = []
    worth = Decimal("0")
    for index, req in enumerate(requests):
        field = f"lines.{index}"
        line = lines.get(req.order_line_id)
        if line is None:
            raise DomainError(Code.INVALID, "This order has no such line.", f"{field}.orderLine")
        if req.order_line_id in seen:
            raise DomainError(Code.INVALID, "Each line once.", f"{field}.orderLine")
        seen.add(req.order_line_id)
        left = line.quantity - claimed.get(line.id, 0)
        if left <= 0:
            raise DomainError(
                Code.QUANTITY_INVALID,
                f"All {line.quantity} units of this line are already in other cases.",
                f"{field}.quantity",
            )
        if not 1 <= req.quantity <= left:
            raise DomainError(
                Code.QUANTITY_INVALID,
                f"Between 1 and {left} units of this line can be in a case "
                f"({line.quantity} ordered, {claimed.get(line.id, 0)} in other cases).",
                f"{field}.quantity",
            )
        if req.exchange_variant_id is not None:
            if case_type is not CaseType.EXCHANGE:
                raise DomainError(
                    Code.EXCHANGE_VARIANT_INVALID,
                    "Only an exchange sends another variant.",
                    f"{field}.exchangeVariant",
                )
            mine = await Variant.get(id=line.variant_id)
            other = await Variant.get_or_none(id=req.exchange_variant_id)
            if other is None or other.product_id != mine.product_id:
                raise DomainError(
                    Code.EXCHANGE_VARIANT_INVALID,
                    "An exchange sends a variant of the same product.",
                    f"{field}.exchangeVariant",
                )
        chosen.append((line, req))
        worth += Decimal(line.unit_price) * req.quantity
    return chosen, worth


async def case_open(
    viewer: Viewer,
    order_id: int,
    case_type: CaseType,
    reason: str,
    lines: list[LineRequest],
    *,
    now: datetime | None = None,
) -> AftersalesCase:
    """The customer (or platform customer service for them) opens a case on a delivered order."""
    require_user(viewer, Code)
    reason = text(reason, "reason", required=True, limit=REASON_MAX)
    now = now or now_utc()
    async with in_transaction():
        # The order row is locked: two cases opened at once cannot claim the same units.
        order = await MerchantOrder.filter(id=order_id).select_for_update().first()
        if order is None or not (order.customer_id == viewer.user_id or viewer.is_platform_staff):
            raise DomainError(Code.NOT_FOUND, "No such order.", "order")
        party = CaseParty.PLATFORM if viewer.is_platform_staff else CaseParty.CUSTOMER
        status = OrderStatus(order.status)
        if status is not OrderStatus.DELIVERED:
            raise DomainError(
                Code.ORDER_NOT_ELIGIBLE,
                f"The order is {status.name}: cases are opened on delivered orders "
                "(until the aftersales window closes).",
                "order",
            )
        policy = await order_policy(order)
        if case_type not in policy.case_types:
            allowed = ", ".join(sorted(t.name for t in policy.case_types))
            raise DomainError(
                Code.CASE_TYPE_NOT_ALLOWED,
                f"This storefront does not take {case_type.name} cases (it takes: {allowed}).",
                "type",
            )
        closes = (order.delivered_at or now) + policy.aftersales_window
        if party is CaseParty.CUSTOMER and now > closes:
            raise DomainError(
                Code.WINDOW_CLOSED,
                f"The aftersales window closed at {closes.isoformat()} "
                f"({policy.aftersales_window.days} days after delivery).",
                "order",
            )
        chosen, worth = await _case_lines(order, case_type, lines)
        requested = Decimal("0")
        if case_type in REFUND_TYPES:
            requested = min(worth, refundable(order))
            if requested <= 0:
                raise DomainError(
                    Code.ORDER_NOT_ELIGIBLE, "Nothing is left to refund on this order.", "order"
                )
        case = await AftersalesCase.create(
            number=new_number("AS", now),
            order_id=order.id,
            merchant_id=order.merchant_id,
            customer_id=order.customer_id,
            type=case_type,
            reason=reason,
            opened_by=party,
            opened_by_user_id=viewer.user_id,
            requested_amount=requested,
            currency=order.currency,
        )
        await AftersalesCaseLine.bulk_create(
            [
                AftersalesCaseLine(
                    case_id=case.id,
                    order_line_id=line.id,
                    quantity=req.quantity,
                    exchange_variant_id=req.exchange_variant_id,
                )
                for line, req in chosen
            ]
        )
        acting = CaseActing(
            party,
            viewer.user_id,
            "customer" if party is CaseParty.CUSTOMER else viewer.platform_role.value,
        )
        await record_step(
            case,
            CaseStatus.REQUESTED.value,
            acting,
            reason,
            {"lines": {str(line.id): req.quantity for line, req in chosen}},
        )
    return case
