"""Stock for orders: reserve at order time, deduct at payment, release or restock on cancel.

Every change goes through ``inventory.apply_movement`` (conditional UPDATE + ledger row), and
every transaction locks the stock rows it changes in primary-key order -- with
``inventory.lock_stocks`` before any is changed, or by changing them in that order (each
conditional UPDATE locks its row) -- so concurrent checkouts serialise on the rows they share and
never deadlock.

In a flash sale every buyer's transaction changes the same stock row, and that row stays locked
from the first change to the COMMIT: the callers do their other writes first, and the stock steps
here send as few statements as they can once the row is locked (see ``allocate``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from models.inventory import MovementKind, Stock
from models.orders import Allocation, MerchantOrder, OrderLine
from models.promotions import FlashSale
from models.repository import slots as slots_repo
from models.repository import stock as repo
from resolvers.inventory import apply_movement, lock_stocks


class OutOfStock(Exception):
    """Not enough available for a line; carries the line so the caller can name it."""

    def __init__(self, variant_id: int, flash_sale_id: int | None = None) -> None:
        super().__init__(f"not enough stock for variant {variant_id}")
        self.variant_id = variant_id
        self.flash_sale_id = flash_sale_id


def reference(order_id: int) -> str:
    return f"merchant_order:{order_id}"


async def _locked_stocks_by_variant(stock_ids: list[int]) -> dict[int, list[Stock]]:
    rows = await lock_stocks(stock_ids)
    grouped: dict[int, list[Stock]] = defaultdict(list)
    for stock in sorted(rows.values(), key=lambda s: s.id):
        grouped[stock.variant_id].append(stock)
    return grouped


async def _take(
    line: OrderLine, stocks: list[Stock], order_id: int, *, reserve: bool, actor_user_id: int | None
) -> list[Allocation]:
    """Take ``line.quantity`` units from the variant's stock rows (locked by the caller)."""
    remaining = line.quantity
    allocations = []
    for stock in stocks:
        available = stock.on_hand - stock.reserved
        take = min(remaining, available)
        if take <= 0:
            continue
        if reserve:
            ok = await apply_movement(
                stock.id,
                MovementKind.RESERVE,
                reserved_delta=take,
                reason="order placed",
                reference=reference(order_id),
                actor_user_id=actor_user_id,
            )
        else:
            ok = await apply_movement(
                stock.id,
                MovementKind.DEDUCT,
                on_hand_delta=-take,
                reason="sales issue (paid)",
                reference=reference(order_id),
            )
        if not ok:  # cannot happen under the row lock; guard kept for SQLite and safety
            continue
        if reserve:
            stock.reserved += take
        else:
            stock.on_hand -= take
        allocations.append(
            Allocation(
                line_id=line.id,
                stock_id=stock.id,
                quantity=take,
                state="reserved" if reserve else "deducted",
            )
        )
        remaining -= take
        if remaining == 0:
            break
    if remaining:
        raise OutOfStock(line.variant_id, line.flash_sale_id)
    return allocations


async def allocate(
    order: MerchantOrder,
    lines: list[OrderLine],
    *,
    reserve: bool,
    actor_user_id: int | None = None,
    before_stock: Callable[[], Awaitable[None]] | None = None,
    single_stock_rows: dict[int, int | None] | None = None,
) -> None:
    """Reserve (order time) or deduct (payment, deduct mode) every line, or raise OutOfStock.

    Call inside a transaction: on OutOfStock the caller rolls back, so nothing stays taken.
    ``before_stock``: run right before the first stock row is locked, after everything else
    (the flash-sale counters: a row every buyer shares, like the stock, so it is locked as
    late as the stock and always before it).

    When each variant is stocked in one row (the usual case, and a flash sale's hot item), no
    row is read under lock: the allocation rows are written first, then each line is one
    conditional UPDATE (which locks its row) plus its ledger row, rows in primary-key order.
    The outcome is the same as the general path's: a line takes its whole quantity from its row
    or the call raises OutOfStock for the first line (by variant) that could not.

    ``single_stock_rows``: variant id -> its only stock row (None if it has several), as the
    caller read it just before (a placement, with the cart); saves reading the rows again.
    """
    known = single_stock_rows or {}
    if lines and all(known.get(line.variant_id) is not None for line in lines):
        rows_of = {line.variant_id: [known[line.variant_id]] for line in lines}
        await _allocate_one_row_each(order, lines, rows_of, reserve, actor_user_id, before_stock)
        return
    variant_ids = sorted({line.variant_id for line in lines})
    rows = await repo.stock_rows_of_variants(variant_ids)
    stock_ids: dict[int, list[int]] = defaultdict(list)
    for row in rows:
        stock_ids[row["variant_id"]].append(row["id"])
    if lines and all(len(stock_ids[line.variant_id]) == 1 for line in lines):
        await _allocate_one_row_each(order, lines, stock_ids, reserve, actor_user_id, before_stock)
        return
    if before_stock is not None:
        await before_stock()
    stocks = await _locked_stocks_by_variant([row["id"] for row in rows])
    allocations: list[Allocation] = []
    for line in sorted(lines, key=lambda x: x.variant_id):
        allocations += await _take(
            line,
            stocks.get(line.variant_id, []),
            order.id,
            reserve=reserve,
            actor_user_id=actor_user_id,
        )
    await repo.insert_allocations(allocations)


async def _allocate_one_row_each(
    order: MerchantOrder,
    lines: list[OrderLine],
    stock_ids: dict[int, list[int]],
    reserve: bool,
    actor_user_id: int | None,
    before_stock: Callable[[], Awaitable[None]] | None = None,
) -> None:
    row_of = {line.id: stock_ids[line.variant_id][0] for line in lines}
    state = "reserved" if reserve else "deducted"
    await repo.insert_allocations(
        [Allocation(line_id=line.id, stock_id=row_of[line.id], quantity=line.quantity, state=state)
         for line in lines]
    )  # fmt: skip
    if before_stock is not None:
        await before_stock()
    failed: list[OrderLine] = []
    for line in sorted(lines, key=lambda x: (row_of[x.id], x.variant_id)):
        if reserve:
            ok = await apply_movement(
                row_of[line.id],
                MovementKind.RESERVE,
                reserved_delta=line.quantity,
                reason="order placed",
                reference=reference(order.id),
                actor_user_id=actor_user_id,
            )
        else:
            ok = await apply_movement(
                row_of[line.id],
                MovementKind.DEDUCT,
                on_hand_delta=-line.quantity,
                reason="sales issue (paid)",
                reference=reference(order.id),
            )
        if not ok:
            failed.append(line)
    if failed:
        first = min(failed, key=lambda x: x.variant_id)
        raise OutOfStock(first.variant_id, first.flash_sale_id)


async def commit_reservations(order: MerchantOrder) -> None:
    """Payment: every reserved unit becomes a deduction (a "sales issue" movement)."""
    # The order's own rows first; then the stock rows (shared by every buyer in a flash sale),
    # each locked by its conditional UPDATE, in primary-key order.
    taken = await repo.reservations_to_deductions(order.id, datetime.now(UTC))
    for row in sorted(taken, key=lambda r: r["stock_id"]):
        await apply_movement(
            row["stock_id"],
            MovementKind.DEDUCT,
            on_hand_delta=-row["quantity"],
            reserved_delta=-row["quantity"],
            reason="sales issue (paid)",
            reference=reference(order.id),
        )


async def give_back(order: MerchantOrder, reason: str, actor_user_id: int | None = None) -> None:
    """Cancellation: release what is reserved; restock what was deducted (not yet shipped);
    give back the delivery slot's place the order held."""
    allocations = await Allocation.filter(
        line__order_id=order.id, state__in=("reserved", "deducted")
    ).order_by("stock_id")
    await lock_stocks(a.stock_id for a in allocations)
    for alloc in allocations:
        if alloc.state == "reserved":
            await apply_movement(
                alloc.stock_id,
                MovementKind.RELEASE,
                reserved_delta=-alloc.quantity,
                reason=reason,
                reference=reference(order.id),
                actor_user_id=actor_user_id,
            )
            alloc.state = "released"
        else:
            await apply_movement(
                alloc.stock_id,
                MovementKind.RESTOCK,
                on_hand_delta=alloc.quantity,
                reason=reason,
                reference=reference(order.id),
                actor_user_id=actor_user_id,
            )
            alloc.state = "restocked"
        await alloc.save(update_fields=["state", "updated_at"])
    if order.delivery_slot_id is not None:
        # An appointment order's delivery slot gets its place back, after the stock rows (the
        # placement takes them in that order too).
        await slots_repo.release_place(order.delivery_slot_id, datetime.now(UTC))


# --- flash-sale counters ----------------------------------------------------------------------


async def take_flash_quota(flash_sale: FlashSale, customer_id: int, quantity: int) -> bool:
    """Count units against the customer's per-sale limit (one conditional upsert; False if
    over)."""
    if quantity > flash_sale.per_customer_limit:
        return False
    return await repo.take_quota(
        flash_sale.id, customer_id, quantity, flash_sale.per_customer_limit, datetime.now(UTC)
    )


async def take_flash_units(flash_sale_id: int, quantity: int) -> bool:
    """Count units against the sale's total cap: ``sold + n <= quantity`` or nothing."""
    return await repo.take_units(flash_sale_id, quantity)


async def return_flash_counters(order: MerchantOrder, *, units_taken: bool) -> None:
    """Cancellation: the customer's quota comes back, and the sale's units if they were taken."""
    for line in await repo.sale_lines(order.id):
        sale_id, quantity = line["flash_sale_id"], line["quantity"]
        await repo.return_quota(sale_id, order.customer_id, quantity)
        if units_taken:
            await repo.return_units(sale_id, quantity)
