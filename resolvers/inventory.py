"""Warehouses, stock levels and the movement ledger.

Every stock change goes through ``apply_movement`` (a conditional UPDATE plus a ledger row in
the same transaction), and stock rows are locked through ``lock_stocks`` in primary-key order,
so two transactions touching the same rows never deadlock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tortoise import connections
from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from models.accounts import StaffRole
from models.catalog import Variant
from models.inventory import MovementKind, Stock, StockMovement
from models.merchants import Merchant, Warehouse
from resolvers.bounds import MAX_INT32, int32_fits
from resolvers.errors import DomainError
from resolvers.errors import InventoryErrorCode as Code
from resolvers.permissions import Viewer, merchant_scope, require_merchant_role, require_user

MAX_QUANTITY = 10_000_000


async def lock_stocks(stock_ids: Iterable[int]) -> dict[int, Stock]:
    """Lock stock rows FOR UPDATE in primary-key order (call inside a transaction)."""
    ids = sorted(set(stock_ids))
    rows = await Stock.filter(id__in=ids).order_by("id").select_for_update()
    return {s.id: s for s in rows}


async def apply_movement(
    stock_id: int,
    kind: MovementKind,
    *,
    on_hand_delta: int = 0,
    reserved_delta: int = 0,
    reason: str = "",
    actor_user_id: int | None = None,
    reference: str = "",
) -> bool:
    """Apply a stock change atomically if ``0 <= reserved <= on_hand`` still holds; log it.

    One conditional UPDATE (never read-modify-write): returns False, changing nothing, when the
    guard fails (e.g. not enough available to reserve). Call inside a transaction.
    """
    guard: dict = {}
    # After the change reserved >= 0 and on_hand - reserved >= 0 (so on_hand >= 0 too).
    need_available = reserved_delta - on_hand_delta
    if need_available > 0:
        guard["on_hand__gte"] = F("reserved") + need_available
    if reserved_delta < 0:
        guard["reserved__gte"] = -reserved_delta
    updates: dict = {}
    if on_hand_delta:
        updates["on_hand"] = F("on_hand") + on_hand_delta
    if reserved_delta:
        updates["reserved"] = F("reserved") + reserved_delta
    if not updates:
        return True
    connection = connections.get("default")
    if connection.capabilities.dialect == "postgres":
        return await _apply_movement_in_one_statement(
            connection,
            stock_id,
            kind,
            on_hand_delta,
            reserved_delta,
            need_available,
            reason[:200],
            actor_user_id,
            reference[:80],
        )
    changed = await Stock.filter(id=stock_id, **guard).update(**updates)
    if changed != 1:
        return False
    await StockMovement.create(
        stock_id=stock_id,
        kind=kind,
        on_hand_delta=on_hand_delta,
        reserved_delta=reserved_delta,
        reason=reason[:200],
        actor_user_id=actor_user_id,
        reference=reference[:80],
    )
    return True


async def _apply_movement_in_one_statement(
    connection,
    stock_id: int,
    kind: MovementKind,
    on_hand_delta: int,
    reserved_delta: int,
    need_available: int,
    reason: str,
    actor_user_id: int | None,
    reference: str,
) -> bool:
    """``apply_movement`` on PostgreSQL: the guarded UPDATE and the ledger row in one statement.

    A flash sale's stock row is the one row every buyer's transaction locks; the lock is held
    from this UPDATE to the COMMIT. Writing the ledger row in the same statement (a
    data-modifying CTE) leaves no round trip, and no wait for the event loop, between the two.
    """
    values: list = []

    def param(value, cast: str) -> str:
        values.append(value)
        return f"${len(values)}::{cast}"

    sets, guards = [], [f'"id" = {param(stock_id, "bigint")}']
    on_hand, reserved = param(on_hand_delta, "int"), param(reserved_delta, "int")
    if on_hand_delta:
        sets.append(f'"on_hand" = "on_hand" + {on_hand}')
    if reserved_delta:
        sets.append(f'"reserved" = "reserved" + {reserved}')
    if need_available > 0:
        guards.append(f'"on_hand" >= "reserved" + {param(need_available, "int")}')
    if reserved_delta < 0:
        guards.append(f'"reserved" >= -{reserved}')
    sql = f"""
        WITH changed AS (
            UPDATE "inventory_stock" SET {", ".join(sets)}
            WHERE {" AND ".join(guards)}
            RETURNING "id"
        )
        INSERT INTO "inventory_stock_movement" ("created_at", "updated_at", "stock_id", "kind",
            "on_hand_delta", "reserved_delta", "reason", "actor_user_id", "reference")
        SELECT now(), now(), "id", {param(kind.value, "varchar")}, {on_hand}, {reserved},
            {param(reason, "varchar")}, {param(actor_user_id, "bigint")},
            {param(reference, "varchar")}
        FROM changed
        RETURNING "id"
    """
    count, _ = await connection.execute_query(sql, values)
    return count == 1


# --- warehouses -------------------------------------------------------------------------------


async def warehouse_create(
    viewer: Viewer, merchant_id: int | None, code: str, name: str, address: dict | None
) -> Warehouse:
    require_user(viewer, Code)
    merchant_id = merchant_id if merchant_id is not None else viewer.merchant_id
    if merchant_id is None:
        if viewer.is_admin:
            raise DomainError(
                Code.INVALID, "Say which merchant the warehouse is for.", "merchantId"
            )
        raise DomainError(Code.PERMISSION_DENIED, "Only merchant staff may do this.")
    require_merchant_role(viewer, merchant_id, [StaffRole.WAREHOUSE], Code)
    code = (code or "").strip()
    name = (name or "").strip()
    if not code or len(code) > 40:
        raise DomainError(Code.INVALID, "A warehouse code has 1 to 40 characters.", "code")
    if not name or len(name) > 120:
        raise DomainError(Code.INVALID, "A warehouse name has 1 to 120 characters.", "name")
    if not await Merchant.filter(id=merchant_id).exists():  # an admin named a missing one
        raise DomainError(Code.NOT_FOUND, "No such merchant.", "merchantId")
    if await Warehouse.filter(merchant_id=merchant_id, code=code).exists():
        raise DomainError(
            Code.DUPLICATE_CODE, "This merchant has a warehouse with this code.", "code"
        )
    try:
        return await Warehouse.create(
            merchant_id=merchant_id, code=code, name=name, address=address or {}
        )
    except IntegrityError:  # a concurrent request created the same code since the check
        raise DomainError(
            Code.DUPLICATE_CODE, "This merchant has a warehouse with this code.", "code"
        )


async def warehouses(viewer: Viewer, merchant_id: int | None) -> list[Warehouse]:
    scope = merchant_scope(viewer, merchant_id, Code)
    qs = Warehouse.all() if scope is None else Warehouse.filter(merchant_id=scope)
    return await qs.order_by("id")


# --- stock levels -----------------------------------------------------------------------------


async def _stock_target(
    viewer: Viewer, variant_id: int, warehouse_id: int
) -> tuple[Variant, Warehouse]:
    require_user(viewer, Code)
    variant = await Variant.get_or_none(id=variant_id).select_related("product")
    warehouse = await Warehouse.get_or_none(id=warehouse_id)
    visible = viewer.is_admin or viewer.merchant_id is not None
    if (
        variant is None
        or not visible
        or (not viewer.is_admin and variant.product.merchant_id != viewer.merchant_id)
    ):
        raise DomainError(Code.NOT_FOUND, "No such variant.", "variant")
    if warehouse is None or warehouse.merchant_id != variant.product.merchant_id:
        raise DomainError(Code.NOT_FOUND, "No such warehouse of this merchant.", "warehouse")
    require_merchant_role(viewer, warehouse.merchant_id, [StaffRole.WAREHOUSE], Code)
    return variant, warehouse


def _check_quantity(value: int, field: str) -> None:
    if abs(value) > MAX_QUANTITY:
        raise DomainError(Code.INVALID, f"At most {MAX_QUANTITY} units.", field)


async def stock_set(
    viewer: Viewer, variant_id: int, warehouse_id: int, on_hand: int, reason: str = ""
) -> Stock:
    """Set on-hand to a counted figure; the ledger records the difference."""
    await _stock_target(viewer, variant_id, warehouse_id)
    if on_hand < 0:
        raise DomainError(Code.NEGATIVE_QUANTITY, "Stock on hand cannot be negative.", "onHand")
    _check_quantity(on_hand, "onHand")
    async with in_transaction():
        stock, _ = await Stock.get_or_create(variant_id=variant_id, warehouse_id=warehouse_id)
        locked = (await lock_stocks([stock.id]))[stock.id]
        if on_hand < locked.reserved:
            raise DomainError(
                Code.BELOW_RESERVED,
                f"{locked.reserved} units are reserved by open orders; on hand cannot go below.",
                "onHand",
            )
        delta = on_hand - locked.on_hand
        if delta:
            ok = await apply_movement(
                stock.id,
                MovementKind.ADJUST,
                on_hand_delta=delta,
                reason=reason or "stock count",
                actor_user_id=viewer.user_id,
            )
            if not ok:  # reserved grew since the check (only possible without row locks)
                raise DomainError(
                    Code.BELOW_RESERVED, "Units were reserved meanwhile; try again.", "onHand"
                )
    return await Stock.get(id=stock.id)


async def stock_adjust(
    viewer: Viewer, variant_id: int, warehouse_id: int, delta: int, reason: str = ""
) -> Stock:
    """Add (goods received) or remove units; refused if it would go below what is reserved."""
    await _stock_target(viewer, variant_id, warehouse_id)
    _check_quantity(delta, "delta")
    if delta == 0:
        raise DomainError(Code.INVALID, "The change cannot be zero.", "delta")
    async with in_transaction():
        stock, _ = await Stock.get_or_create(variant_id=variant_id, warehouse_id=warehouse_id)
        if delta > 0:  # the column is a 32-bit INT: refuse here, not in the database
            locked = (await lock_stocks([stock.id]))[stock.id]
            if not int32_fits(locked.on_hand + delta):
                raise DomainError(
                    Code.INVALID,
                    f"On hand cannot exceed {MAX_INT32} units ({locked.on_hand} now).",
                    "delta",
                )
        ok = await apply_movement(
            stock.id,
            MovementKind.ADJUST,
            on_hand_delta=delta,
            reason=reason or "adjustment",
            actor_user_id=viewer.user_id,
        )
        if not ok:
            current = await Stock.get(id=stock.id)
            if current.on_hand + delta < 0:
                raise DomainError(
                    Code.NEGATIVE_QUANTITY,
                    f"Only {current.on_hand} units are on hand; on hand cannot go below zero.",
                    "delta",
                )
            raise DomainError(
                Code.BELOW_RESERVED,
                "Not enough unreserved stock to remove that many units.",
                "delta",
            )
    return await Stock.get(id=stock.id)


# --- reconciliation ---------------------------------------------------------------------------


@dataclass
class ReconcileRow:
    stock_id: int
    on_hand: int
    reserved: int
    ledger_on_hand: int
    ledger_reserved: int

    @property
    def ok(self) -> bool:
        return self.on_hand == self.ledger_on_hand and self.reserved == self.ledger_reserved


async def reconcile() -> list[ReconcileRow]:
    """Every stock row against the sums of its ledger; the mismatches are what matter."""
    from tortoise.functions import Sum

    sums = {
        row["stock_id"]: row
        for row in await StockMovement.all()
        .group_by("stock_id")
        .annotate(h=Sum("on_hand_delta"), r=Sum("reserved_delta"))
        .values("stock_id", "h", "r")
    }
    out = []
    for stock in await Stock.all().order_by("id"):
        s = sums.get(stock.id, {})
        out.append(
            ReconcileRow(
                stock.id, stock.on_hand, stock.reserved, int(s.get("h") or 0), int(s.get("r") or 0)
            )
        )
    return out
