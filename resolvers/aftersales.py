"""Aftersales: cases on a merchant order -- return and refund, refund only, exchange, reship.

The case's state machine is ``models.aftersales.CASE_TRANSITIONS``; every move here goes through
``_move`` (a conditional UPDATE on (status, version), so of two racing moves exactly one wins),
writes a step to the *order's* history (``aftersales_<status>``, so the order's timeline shows its
cases) and an outbox event ``aftersales.<status>`` for partners and the merchant.

Who may do what:

* the order's customer: ``case_open`` (DELIVERED orders, within the storefront policy's
  aftersales window, a case type the policy allows), ``case_return_ship`` (the carrier and
  tracking number of the goods sent back), ``case_close`` (withdraw an unresolved case before the
  goods are received, or close a rejected or resolved one);
* platform staff (admin, customer service): everything, and may open a case after the window;
* staff of the order's merchant, by role (owners always): ``case_approve``, ``case_reject``,
  ``case_resolve`` -- customer service or orders; ``case_receive``, ``case_inspect`` --
  warehouse, orders or customer service.

Refused requests change nothing and say why, in this order: NOT_FOUND (the viewer may not see
the order or case: existence is not told), PERMISSION_DENIED, INVALID_TRANSITION, then the
input's own errors, then CONCURRENT_UPDATE.

Money and goods:

* A refund (``case_resolve`` on a refund type) is queued with ``payments.refund_order`` in the
  case's transaction and sent after the commit, like a cancellation's; at most what is left of
  the order's total after earlier refunds.
* An exchange or reship creates a **replacement order**: a merchant order (in its own order group
  with a zero total: there is nothing to pay) with ``replacement_of`` the original, its units
  taken from stock at once (a reservation turned into a sales issue, ledger rows and all; not
  enough stock refuses the resolution), then moved to PAID by the system -- so it is dispatched to
  the merchant and ships through the normal fulfilment steps.
* Inspection: each returned unit is restocked (``restock`` movement into the stock row it was
  taken from) or written off (a ``write_off`` ledger row without deltas: the unit never comes
  back into ``on_hand``), so every unit that went out and came back is in the ledger.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from tortoise.transactions import in_transaction

from models import sql
from models.accounts import StaffRole
from models.aftersales import (
    OPEN_STATUSES,
    REFUND_TYPES,
    RETURN_SHIPPED,
    RETURN_TYPES,
    AftersalesCase,
    AftersalesCaseLine,
    CaseParty,
    CaseResolution,
    CaseStatus,
    CaseType,
    case_allowed,
)
from models.catalog import Variant
from models.inventory import MovementKind, Stock, StockMovement
from models.orders import (
    Actor,
    Allocation,
    GroupStatus,
    InventoryMode,
    MerchantOrder,
    OrderGroup,
    OrderLine,
    OrderStatus,
)
from resolvers import allocation, outbox, payments
from resolvers.checkout import new_number
from resolvers.errors import AftersalesErrorCode, DomainError, clean_text
from resolvers.inventory import apply_movement, lock_stocks
from resolvers.orders import (
    ORDER_READ_ROLES,
    SYSTEM,
    _is_staff,
    after_payment,
    move_order,
    now_utc,
    order_policy,
    record_event,
    send_refunds,
)
from resolvers.permissions import Viewer, require_user

Code = AftersalesErrorCode
S = CaseStatus

#: Merchant staff who decide on cases (approve, reject, resolve).
HANDLER_ROLES = frozenset({StaffRole.CUSTOMER_SERVICE, StaffRole.ORDERS})
#: Merchant staff who take returned goods in and inspect them.
RETURNS_ROLES = frozenset({StaffRole.WAREHOUSE, StaffRole.ORDERS, StaffRole.CUSTOMER_SERVICE})
REASON_MAX = 500
NOTE_MAX = 300
MAX_CASE_LINES = 50

_PARTY_ACTOR = {
    CaseParty.CUSTOMER: Actor.CUSTOMER,
    CaseParty.MERCHANT: Actor.MERCHANT,
    CaseParty.PLATFORM: Actor.ADMIN,
}
_STAMPS = {
    S.APPROVED: "approved_at",
    S.AWAITING_RETURN: "approved_at",
    S.REJECTED: "resolved_at",
    S.RECEIVED: "received_at",
    S.INSPECTED: "inspected_at",
    S.RESOLVED: "resolved_at",
    S.CLOSED: "closed_at",
}


@dataclass(frozen=True)
class LineRequest:
    """One order line in a case being opened: how many units, and for an exchange what instead."""

    order_line_id: int
    quantity: int
    exchange_variant_id: int | None = None


@dataclass(frozen=True)
class Inspection:
    """What inspection made of one order line's returned units."""

    order_line_id: int
    restock: int
    write_off: int


@dataclass(frozen=True)
class CaseActing:
    party: CaseParty
    user_id: int | None
    role: str

    @property
    def actor(self) -> Actor:
        return _PARTY_ACTOR[self.party]


# --- who may see and act ------------------------------------------------------------------------


def can_view_case(viewer: Viewer, case: AftersalesCase) -> bool:
    """The one visibility rule for a case: its customer, its merchant's staff, the platform."""
    if viewer.user_id is None:
        return False
    return (
        viewer.is_platform_staff
        or case.customer_id == viewer.user_id
        or _is_staff(viewer, case.merchant_id, ORDER_READ_ROLES)
    )


def _acting(
    viewer: Viewer, case: AftersalesCase, parties: Iterable[CaseParty], roles=frozenset()
) -> CaseActing | None:
    for party in parties:
        if party is CaseParty.CUSTOMER and case.customer_id == viewer.user_id:
            return CaseActing(party, viewer.user_id, "customer")
        if party is CaseParty.PLATFORM and viewer.is_platform_staff:
            return CaseActing(party, viewer.user_id, viewer.platform_role.value)
        if party is CaseParty.MERCHANT and _is_staff(viewer, case.merchant_id, roles):
            held = sorted(r.value for r in viewer.staff_roles & (set(roles) | {StaffRole.OWNER}))
            return CaseActing(party, viewer.user_id, ",".join(held))
    return None


def _not_found(field: str = "id") -> DomainError:
    return DomainError(Code.NOT_FOUND, "No such aftersales case.", field)


async def _load_case(viewer: Viewer, case_id: int, *, lock: bool = False) -> AftersalesCase:
    require_user(viewer, Code)
    query = AftersalesCase.filter(id=case_id)
    if lock:
        query = query.select_for_update()
    case = await query.first()
    if case is None or not can_view_case(viewer, case):
        raise _not_found()
    return case


def _authorise(
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
    acting = _acting(viewer, case, parties, roles)
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


async def _move(
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
    await _update(case, changes)
    await _record(case, target.value, acting, note, data, current.value)
    return case


async def _update(case: AftersalesCase, changes: dict) -> None:
    """Change the case as read (same status and version) or raise CONCURRENT_UPDATE."""
    changed = await sql.update_fields(
        AftersalesCase,
        changes,
        '"id" = $1 AND "status" = $2 AND "version" = $3',
        case.id,
        S(case.status).value,
        case.version,
        increments=("version",),
    )
    if changed != 1:
        raise DomainError(Code.CONCURRENT_UPDATE, "The case changed meanwhile; reload.", "id")
    case.version += 1
    for key, value in changes.items():
        setattr(case, key, value)


async def _record(
    case: AftersalesCase,
    step: str,
    acting: CaseActing,
    note: str = "",
    data: dict | None = None,
    from_status: str | None = None,
) -> None:
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


def _text(value: str | None, field: str, *, required: bool, limit: int = NOTE_MAX) -> str:
    return clean_text(value, field, Code, required=required, limit=limit)


# --- opening ------------------------------------------------------------------------------------


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


def refundable(order: MerchantOrder) -> Decimal:
    """What can still be refunded on the order: its total less the refunds made or queued."""
    return max(Decimal(order.total) - Decimal(order.refunded_amount or 0), Decimal("0"))


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
    reason = _text(reason, "reason", required=True, limit=REASON_MAX)
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
        await _record(
            case,
            S.REQUESTED.value,
            acting,
            reason,
            {"lines": {str(line.id): req.quantity for line, req in chosen}},
        )
    return case


# --- the merchant (or the platform) decides ----------------------------------------------------


_DECIDERS = (CaseParty.MERCHANT, CaseParty.PLATFORM)


async def case_approve(viewer: Viewer, case_id: int, note: str = "") -> AftersalesCase:
    """REQUESTED -> AWAITING_RETURN (return and refund, exchange) or APPROVED (the others)."""
    note = _text(note, "note", required=False)
    async with in_transaction():
        case = await _load_case(viewer, case_id)
        target = S.AWAITING_RETURN if CaseType(case.type) in RETURN_TYPES else S.APPROVED
        acting, target = _authorise(
            viewer, case, (target,), _DECIDERS, HANDLER_ROLES, what="approve"
        )
        await _move(case, target, acting, note=note or "approved")
    return case


async def case_reject(viewer: Viewer, case_id: int, reason: str) -> AftersalesCase:
    """REQUESTED -> REJECTED, with the reason the customer is told."""
    reason = _text(reason, "reason", required=True)
    async with in_transaction():
        case = await _load_case(viewer, case_id)
        acting, target = _authorise(
            viewer, case, (S.REJECTED,), _DECIDERS, HANDLER_ROLES, what="reject"
        )
        await _move(
            case,
            target,
            acting,
            note=reason,
            changes={"rejection_reason": reason, "resolution": CaseResolution.REJECTED},
        )
    return case


# --- goods coming back --------------------------------------------------------------------------


async def case_return_ship(
    viewer: Viewer, case_id: int, carrier: str, tracking_number: str
) -> AftersalesCase:
    """The customer says how the goods travel back (while the case awaits them)."""
    carrier = _text(carrier, "carrier", required=True, limit=80)
    tracking_number = _text(tracking_number, "trackingNumber", required=True, limit=80)
    async with in_transaction():
        case = await _load_case(viewer, case_id)
        acting = _acting(viewer, case, (CaseParty.CUSTOMER,))
        if acting is None:
            raise DomainError(
                Code.PERMISSION_DENIED, "Only the customer sends the goods back.", "id"
            )
        if S(case.status) is not S.AWAITING_RETURN:
            raise DomainError(
                Code.INVALID_TRANSITION,
                f"The case is {S(case.status).name}: it is not awaiting a return.",
                "id",
            )
        await _update(case, {"return_carrier": carrier, "return_tracking_number": tracking_number})
        await _record(
            case,
            RETURN_SHIPPED,
            acting,
            f"sent back with {carrier}",
            {"carrier": carrier, "tracking_number": tracking_number},
            S(case.status).value,
        )
    return case


async def case_receive(viewer: Viewer, case_id: int, note: str = "") -> AftersalesCase:
    """AWAITING_RETURN -> RECEIVED: the goods are back at the merchant, to be inspected."""
    note = _text(note, "note", required=False)
    async with in_transaction():
        case = await _load_case(viewer, case_id)
        acting, target = _authorise(
            viewer, case, (S.RECEIVED,), _DECIDERS, RETURNS_ROLES, what="receive goods for"
        )
        await _move(case, target, acting, note=note or "returned goods received")
    return case


async def _restock_rows(order_line_ids: list[int]) -> dict[int, int]:
    """The stock row each line's units came from (its first allocation's), or the variant's
    first stock row when the line has no allocation."""
    rows: dict[int, int] = {}
    for alloc in await Allocation.filter(line_id__in=order_line_ids).order_by("stock_id", "id"):
        rows.setdefault(alloc.line_id, alloc.stock_id)
    missing = [i for i in order_line_ids if i not in rows]
    if missing:
        for line in await OrderLine.filter(id__in=missing):
            stock = await Stock.filter(variant_id=line.variant_id).order_by("id").first()
            if stock is not None:
                rows[line.id] = stock.id
    return rows


async def case_inspect(
    viewer: Viewer, case_id: int, inspections: list[Inspection], note: str = ""
) -> AftersalesCase:
    """RECEIVED -> INSPECTED: every returned unit is restocked or written off (both in the
    ledger). Every line of the case is named once, and its units add up."""
    note = _text(note, "note", required=False)
    async with in_transaction():
        case = await _load_case(viewer, case_id)
        acting, target = _authorise(
            viewer, case, (S.INSPECTED,), _DECIDERS, RETURNS_ROLES, what="inspect"
        )
        rows_of_case = await AftersalesCaseLine.filter(case_id=case.id)
        case_lines = {cl.order_line_id: cl for cl in rows_of_case}
        given: dict[int, Inspection] = {}
        for index, item in enumerate(inspections):
            field = f"lines.{index}"
            if item.order_line_id not in case_lines or item.order_line_id in given:
                raise DomainError(
                    Code.INSPECTION_MISMATCH,
                    "Name each line of the case once.",
                    f"{field}.orderLine",
                )
            if item.restock < 0 or item.write_off < 0:
                raise DomainError(Code.QUANTITY_INVALID, "Counts are not negative.", field)
            expected = case_lines[item.order_line_id].quantity
            if item.restock + item.write_off != expected:
                raise DomainError(
                    Code.INSPECTION_MISMATCH,
                    f"{expected} units came back for this line: restock + write off must be "
                    f"{expected}.",
                    field,
                )
            given[item.order_line_id] = item
        if set(given) != set(case_lines):
            raise DomainError(
                Code.INSPECTION_MISMATCH, "Every line of the case must be inspected.", "lines"
            )
        await _move(
            case,
            target,
            acting,
            note=note or "returned goods inspected",
            data={
                "inspection": {
                    str(i.order_line_id): {"restock": i.restock, "write_off": i.write_off}
                    for i in given.values()
                }
            },
        )
        rows = await _restock_rows(sorted(given))
        await lock_stocks(rows.values())  # primary-key order, like every stock change
        ref = allocation.reference(case.order_id)
        for line_id in sorted(given, key=lambda i: (rows.get(i, 0), i)):
            item = given[line_id]
            stock_id = rows.get(line_id)
            if stock_id is not None and item.restock:
                await apply_movement(
                    stock_id,
                    MovementKind.RESTOCK,
                    on_hand_delta=item.restock,
                    reason=f"aftersales {case.number}: returned, resellable",
                    actor_user_id=acting.user_id,
                    reference=ref,
                )
            if stock_id is not None and item.write_off:
                # No deltas (the units never came back into on_hand): the record of them.
                await StockMovement.create(
                    stock_id=stock_id,
                    kind=MovementKind.WRITE_OFF,
                    reason=f"aftersales {case.number}: returned, written off ({item.write_off})",
                    actor_user_id=acting.user_id,
                    reference=ref,
                )
            await AftersalesCaseLine.filter(id=case_lines[line_id].id).update(
                restocked=item.restock, written_off=item.write_off
            )
    return case


# --- resolution ----------------------------------------------------------------------------------


async def _replacement_order(
    case: AftersalesCase, order: MerchantOrder, acting: CaseActing, now: datetime
) -> MerchantOrder:
    """An order that sends the case's units (or the exchange variants) again: nothing to pay,
    its stock taken now, then PAID so it is dispatched and fulfilled like any other."""
    case_lines = await AftersalesCaseLine.filter(case_id=case.id).select_related(
        "order_line", "exchange_variant__product"
    )
    group = await OrderGroup.create(
        number=new_number("G", now),
        customer_id=order.customer_id,
        storefront_id=order.storefront_id,
        status=GroupStatus.PAID,
        currency=order.currency,
        subtotal=0,
        shipping_total=0,
        total=0,
        inventory_mode=InventoryMode.RESERVE_ON_ORDER,
        payment_deadline=now,
        paid_at=now,
        shipping_address=order.shipping_address,
        idempotency_key=f"aftersales:{case.number}",
        request_hash="",
    )
    replacement = await MerchantOrder.create(
        number=f"{group.number}-1",
        group_id=group.id,
        merchant_id=order.merchant_id,
        customer_id=order.customer_id,
        storefront_id=order.storefront_id,
        status=OrderStatus.PENDING_PAYMENT,
        currency=order.currency,
        subtotal=0,
        shipping_price=0,
        total=0,
        shipping_method=order.shipping_method,
        shipping_method_name=order.shipping_method_name,
        shipping_address=order.shipping_address,
        remark=f"replacement for {order.number} (aftersales {case.number})",
        inventory_mode=InventoryMode.RESERVE_ON_ORDER,
        pickup_point_id=order.pickup_point_id,
        replacement_of_id=order.id,
    )
    lines = []
    for cl in case_lines:
        original: OrderLine = cl.order_line
        variant = cl.exchange_variant
        lines.append(
            OrderLine(
                order_id=replacement.id,
                variant_id=variant.id if variant else original.variant_id,
                product_name=variant.product.name if variant else original.product_name,
                variant_name=variant.name if variant else original.variant_name,
                sku=variant.sku if variant else original.sku,
                quantity=cl.quantity,
                unit_price=0,
                total=0,
                currency=original.currency,
            )
        )
    await OrderLine.bulk_create(lines)
    lines = await OrderLine.filter(order_id=replacement.id).order_by("id")
    try:
        await allocation.allocate(replacement, lines, reserve=True, actor_user_id=acting.user_id)
    except allocation.OutOfStock as exc:
        raise DomainError(
            Code.INSUFFICIENT_STOCK,
            f"Not enough stock to send variant {exc.variant_id} again.",
            "id",
        )
    await allocation.commit_reservations(replacement)
    await move_order(
        replacement,
        OrderStatus.PAID,
        SYSTEM,
        reason=f"replacement for {order.number}: nothing to pay",
        data={"replacement_of": order.id, "case_number": case.number},
        now=now,
    )
    await after_payment(replacement, now)  # storefronts that confirm automatically
    return replacement


async def case_resolve(
    viewer: Viewer, case_id: int, refund_amount: Decimal | None = None, note: str = ""
) -> AftersalesCase:
    """APPROVED | INSPECTED -> RESOLVED: refund (refund types; by default what the customer
    asked, at most what is left to refund on the order) or a replacement order (the others)."""
    note = _text(note, "note", required=False)
    refund_ids: list[int] = []
    now = now_utc()
    async with in_transaction():
        case = await _load_case(viewer, case_id, lock=True)
        acting, target = _authorise(
            viewer, case, (S.RESOLVED,), _DECIDERS, HANDLER_ROLES, what="resolve"
        )
        order = await MerchantOrder.filter(id=case.order_id).select_for_update().first()
        assert order is not None  # a case's order is never deleted (RESTRICT)
        if CaseType(case.type) in REFUND_TYPES:
            amount = Decimal(case.requested_amount) if refund_amount is None else refund_amount
            left = refundable(order)
            if not amount.is_finite() or amount <= 0 or amount != amount.quantize(Decimal("0.01")):
                raise DomainError(Code.INVALID, "A positive amount in cents.", "refundAmount")
            if amount > left:
                raise DomainError(
                    Code.REFUND_TOO_LARGE,
                    f"At most {left} {order.currency} is left to refund on this order.",
                    "refundAmount",
                )
            refund = await payments.refund_order(order, f"aftersales:{case.number}", amount)
            if refund is None:
                raise DomainError(
                    Code.ORDER_NOT_ELIGIBLE, "The order has no captured payment.", "id"
                )
            refund_ids.append(refund.id)
            await _move(
                case,
                target,
                acting,
                note=note or f"refunded {amount} {order.currency}",
                changes={"resolution": CaseResolution.REFUNDED, "refunded_amount": amount},
                data={"refund_amount": str(amount)},
                now=now,
            )
        else:
            replacement = await _replacement_order(case, order, acting, now)
            await _move(
                case,
                target,
                acting,
                note=note or f"replacement order {replacement.number}",
                changes={
                    "resolution": CaseResolution.REPLACED,
                    "replacement_order_id": replacement.id,
                },
                data={"replacement_order_id": replacement.id},
                now=now,
            )
    await send_refunds(refund_ids)
    return case


async def case_close(viewer: Viewer, case_id: int, note: str = "") -> AftersalesCase:
    """The customer (or the platform) withdraws an unresolved case before goods are received,
    or closes a rejected or resolved one."""
    note = _text(note, "note", required=False)
    async with in_transaction():
        case = await _load_case(viewer, case_id)
        acting, target = _authorise(
            viewer, case, (S.CLOSED,), (CaseParty.CUSTOMER, CaseParty.PLATFORM), what="close"
        )
        changes = {}
        if S(case.status) in OPEN_STATUSES:
            changes["resolution"] = CaseResolution.WITHDRAWN
        await _move(case, target, acting, note=note or "closed", changes=changes)
    return case


# --- reads ----------------------------------------------------------------------------------------


async def get_case(viewer: Viewer, case_id: int) -> AftersalesCase:
    return await _load_case(viewer, case_id)


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
