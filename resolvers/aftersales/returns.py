"""Goods coming back: the customer sends them (carrier and tracking number), the merchant
receives them, then inspects them -- each returned unit restocked (a ``restock`` movement into
the stock row it was taken from) or written off (a ``write_off`` ledger row without deltas: the
unit never comes back into ``on_hand``), so every unit that went out and came back is in the
ledger."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from models.aftersales import RETURN_SHIPPED, AftersalesCase, AftersalesCaseLine, CaseParty
from models.aftersales import CaseStatus as S
from models.inventory import MovementKind, Stock, StockMovement
from models.orders import Allocation, OrderLine
from resolvers import allocation
from resolvers.aftersales.access import (
    DECIDERS,
    RETURNS_ROLES,
    Code,
    acting_for,
    authorise,
    load_case,
    text,
)
from resolvers.aftersales.steps import move, record_step, update_case
from resolvers.errors import DomainError
from resolvers.inventory import apply_movement, lock_stocks
from resolvers.permissions import Viewer


@dataclass(frozen=True)
class Inspection:
    """What inspection made of one order line's returned units."""

    order_line_id: int
    restock: int
    write_off: int


async def case_return_ship(
    viewer: Viewer, case_id: int, carrier: str, tracking_number: str
) -> AftersalesCase:
    """The customer says how the goods travel back (while the case awaits them)."""
    carrier = text(carrier, "carrier", required=True, limit=80)
    tracking_number = text(tracking_number, "trackingNumber", required=True, limit=80)
    async with in_transaction():
        case = await load_case(viewer, case_id)
        acting = acting_for(viewer, case, (CaseParty.CUSTOMER,))
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
        await update_case(
            case, {"return_carrier": carrier, "return_tracking_number": tracking_number}
        )
        await record_step(
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
    note = text(note, "note", required=False)
    async with in_transaction():
        case = await load_case(viewer, case_id)
        acting, target = authorise(
            viewer, case, (S.RECEIVED,), DECIDERS, RETURNS_ROLES, what="receive goods for"
        )
        await move(case, target, acting, note=note or "returned goods received")
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
    note = text(note, "note", required=False)
    async with in_transaction():
        case = await load_case(viewer, case_id)
        acting, target = authorise(
            viewer, case, (S.INSPECTED,), DECIDERS, RETURNS_ROLES, what="inspect"
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
        await move(
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
