"""Stock for orders: reserve at order time, deduct at payment, release or restock on cancel.

Every change goes through ``inventory.apply_movement`` (conditional UPDATE + ledger row), and
rows are locked with ``inventory.lock_stocks`` (primary-key order) before any is changed, so
concurrent checkouts serialise on the rows they share and never deadlock.
"""

from __future__ import annotations

from collections import defaultdict

from tortoise.expressions import F

from models.inventory import MovementKind, Stock
from models.orders import Allocation, MerchantOrder, OrderLine
from models.promotions import FlashSale, FlashSaleQuota
from resolvers.inventory import apply_movement, lock_stocks


class OutOfStock(Exception):
    """Not enough available for a line; carries the line so the caller can name it."""

    def __init__(self, variant_id: int, flash_sale_id: int | None = None) -> None:
        super().__init__(f"not enough stock for variant {variant_id}")
        self.variant_id = variant_id
        self.flash_sale_id = flash_sale_id


def reference(order_id: int) -> str:
    return f"merchant_order:{order_id}"


async def _stocks_by_variant(variant_ids: set[int]) -> dict[int, list[Stock]]:
    """The variants' stock rows, locked FOR UPDATE in primary-key order (as ``lock_stocks``
    does), found and locked in one statement."""
    rows = await Stock.filter(variant_id__in=variant_ids).order_by("id").select_for_update()
    grouped: dict[int, list[Stock]] = defaultdict(list)
    for stock in rows:
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
    order: MerchantOrder, lines: list[OrderLine], *, reserve: bool, actor_user_id: int | None = None
) -> None:
    """Reserve (order time) or deduct (payment, deduct mode) every line, or raise OutOfStock.

    Call inside a transaction: on OutOfStock the caller rolls back, so nothing stays taken.
    """
    stocks = await _stocks_by_variant({line.variant_id for line in lines})
    allocations: list[Allocation] = []
    for line in sorted(lines, key=lambda x: x.variant_id):
        allocations += await _take(
            line,
            stocks.get(line.variant_id, []),
            order.id,
            reserve=reserve,
            actor_user_id=actor_user_id,
        )
    await Allocation.bulk_create(allocations)


async def commit_reservations(order: MerchantOrder) -> None:
    """Payment: every reserved unit becomes a deduction (a "sales issue" movement)."""
    allocations = await Allocation.filter(line__order_id=order.id, state="reserved").order_by(
        "stock_id"
    )
    # The order's own rows first: the stock rows (shared by every buyer in a flash sale) are
    # then locked only for the stock changes and the rest of the caller's transaction.
    await Allocation.filter(id__in=[a.id for a in allocations]).update(state="deducted")
    await lock_stocks(a.stock_id for a in allocations)
    for alloc in allocations:
        await apply_movement(
            alloc.stock_id,
            MovementKind.DEDUCT,
            on_hand_delta=-alloc.quantity,
            reserved_delta=-alloc.quantity,
            reason="sales issue (paid)",
            reference=reference(order.id),
        )


async def give_back(order: MerchantOrder, reason: str, actor_user_id: int | None = None) -> None:
    """Cancellation: release what is reserved; restock what was deducted (not yet shipped)."""
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


# --- flash-sale counters ----------------------------------------------------------------------


async def take_flash_quota(flash_sale: FlashSale, customer_id: int, quantity: int) -> bool:
    """Count units against the customer's per-sale limit (conditional UPDATE; False if over)."""
    quota, _ = await FlashSaleQuota.get_or_create(
        flash_sale_id=flash_sale.id, customer_id=customer_id
    )
    changed = await FlashSaleQuota.filter(
        id=quota.id, quantity__lte=flash_sale.per_customer_limit - quantity
    ).update(quantity=F("quantity") + quantity)
    return changed == 1


async def take_flash_units(flash_sale_id: int, quantity: int) -> bool:
    """Count units against the sale's total cap: ``sold + n <= quantity`` or nothing."""
    changed = await FlashSale.filter(id=flash_sale_id, sold__lte=F("quantity") - quantity).update(
        sold=F("sold") + quantity
    )
    return changed == 1


async def return_flash_counters(order: MerchantOrder, *, units_taken: bool) -> None:
    """Cancellation: the customer's quota comes back, and the sale's units if they were taken."""
    for line in await OrderLine.filter(order_id=order.id, flash_sale_id__not_isnull=True):
        await FlashSaleQuota.filter(
            flash_sale_id=line.flash_sale_id,
            customer_id=order.customer_id,
            quantity__gte=line.quantity,
        ).update(quantity=F("quantity") - line.quantity)
        if units_taken:
            await FlashSale.filter(id=line.flash_sale_id, sold__gte=line.quantity).update(
                sold=F("sold") - line.quantity
            )
