"""Picking: which warehouse an assigned order is picked in, and the pick list of a set of orders
(what to take from where, quantities summed over the orders), printable like the labels.

A pick list is one merchant's: its fulfilment staff (owner, orders, warehouse, logistics) ask
for their own merchant's orders; an id of another merchant's order is answered as an order
that does not exist (``NOT_FOUND`` on ``orderIds.<i>``: nothing of it is said). Platform staff
may ask for any merchant's orders, one merchant at a time. Only orders still to be picked
(PAID, CONFIRMED, PICKING, PACKED) go on a list.

Where a unit is comes from the order's allocations (the stock rows that hold or gave it, so
the warehouse); a line without a live allocation (an order of a flash sale not deducted yet)
is listed without a location.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape

from models.inventory import Stock
from models.merchants import Warehouse
from models.orders import Allocation, MerchantOrder, OrderLine, OrderStatus
from resolvers.errors import DomainError, OrderErrorCode
from resolvers.orders.access import FULFILMENT_ROLES, is_staff
from resolvers.permissions import Viewer, require_user

Code = OrderErrorCode
MAX_ORDERS = 200
PICKABLE = frozenset(
    {OrderStatus.PAID, OrderStatus.CONFIRMED, OrderStatus.PICKING, OrderStatus.PACKED}
)
#: allocation states whose units are still in (or taken from) the warehouse for this order
_HELD = ("reserved", "deducted")


@dataclass(frozen=True)
class PickRow:
    sku: str
    product_name: str
    variant_name: str
    warehouse_id: int | None
    location: str  # the warehouse's code ("" when unknown)
    location_name: str
    quantity: int
    order_numbers: tuple[str, ...]


@dataclass(frozen=True)
class PickList:
    merchant_id: int
    order_numbers: tuple[str, ...]
    rows: tuple[PickRow, ...]
    created_at: datetime

    @property
    def total_quantity(self) -> int:
        return sum(r.quantity for r in self.rows)


async def picking_warehouse(order: MerchantOrder, warehouse_id: int | None) -> int | None:
    """The warehouse an order is picked in: the one named (it must be the order's merchant's),
    else the one whose stock holds most of the order's units (None: no allocation)."""
    if warehouse_id is not None:
        if not await Warehouse.filter(id=warehouse_id, merchant_id=order.merchant_id).exists():
            raise DomainError(Code.NOT_FOUND, "No such warehouse of this merchant.", "warehouseId")
        return warehouse_id
    line_ids = await OrderLine.filter(order_id=order.id).values_list("id", flat=True)
    units: dict[int, int] = defaultdict(int)
    allocations = await Allocation.filter(line_id__in=list(line_ids), state__in=_HELD).values(
        "stock__warehouse_id", "quantity"
    )
    for a in allocations:
        units[a["stock__warehouse_id"]] += a["quantity"]
    if not units:
        return None
    return min(units, key=lambda w: (-units[w], w))


async def _orders(viewer: Viewer, order_ids: list[int]) -> list[MerchantOrder]:
    require_user(viewer, Code)
    if not order_ids:
        raise DomainError(Code.INVALID, "Name at least one order.", "orderIds")
    if len(order_ids) > MAX_ORDERS:
        raise DomainError(Code.INVALID, f"At most {MAX_ORDERS} orders a list.", "orderIds")
    if not viewer.is_platform_staff and not (
        viewer.merchant_id is not None and is_staff(viewer, viewer.merchant_id, FULFILMENT_ROLES)
    ):
        raise DomainError(
            Code.PERMISSION_DENIED, "Pick lists are for the merchant's fulfilment staff."
        )
    found = {o.id: o for o in await MerchantOrder.filter(id__in=set(order_ids))}
    orders: list[MerchantOrder] = []
    for i, order_id in enumerate(order_ids):
        order = found.get(order_id)
        if order is None or (
            not viewer.is_platform_staff and order.merchant_id != viewer.merchant_id
        ):
            raise DomainError(Code.NOT_FOUND, "No such order.", f"orderIds.{i}")
        if OrderStatus(order.status) not in PICKABLE:
            raise DomainError(
                Code.INVALID, f"Order {order.number} is not to be picked.", f"orderIds.{i}"
            )
        if order not in orders:
            orders.append(order)
    if len({o.merchant_id for o in orders}) > 1:
        raise DomainError(Code.INVALID, "A pick list is one merchant's orders.", "orderIds")
    return orders


async def pick_list(viewer: Viewer, order_ids: list[int]) -> PickList:
    """The pick list of the orders: one row per SKU and warehouse, quantities summed, sorted by
    location then SKU (the picker's walk)."""
    orders = await _orders(viewer, order_ids)
    number_of = {o.id: o.number for o in orders}
    lines = await OrderLine.filter(order_id__in=list(number_of)).order_by("id")
    allocations = await Allocation.filter(
        line_id__in=[li.id for li in lines], state__in=_HELD
    ).order_by("id")
    stocks = {s.id: s for s in await Stock.filter(id__in={a.stock_id for a in allocations})}
    warehouses = {
        w.id: w for w in await Warehouse.filter(id__in={s.warehouse_id for s in stocks.values()})
    }
    by_line: dict[int, list[Allocation]] = defaultdict(list)
    for a in allocations:
        by_line[a.line_id].append(a)

    sums: dict[tuple[str, int | None], int] = defaultdict(int)
    orders_of: dict[tuple[str, int | None], set[str]] = defaultdict(set)
    names: dict[str, tuple[str, str]] = {}
    for line in lines:
        names.setdefault(line.sku, (line.product_name, line.variant_name))
        placed = 0
        for a in by_line.get(line.id, ()):
            key = (line.sku, stocks[a.stock_id].warehouse_id)
            sums[key] += a.quantity
            orders_of[key].add(number_of[line.order_id])
            placed += a.quantity
        if placed < line.quantity:  # not allocated (yet): no location
            key = (line.sku, None)
            sums[key] += line.quantity - placed
            orders_of[key].add(number_of[line.order_id])

    rows = []
    for (sku, warehouse_id), quantity in sums.items():
        warehouse = warehouses.get(warehouse_id) if warehouse_id is not None else None
        rows.append(
            PickRow(
                sku=sku,
                product_name=names[sku][0],
                variant_name=names[sku][1],
                warehouse_id=warehouse_id,
                location=warehouse.code if warehouse else "",
                location_name=warehouse.name if warehouse else "",
                quantity=quantity,
                order_numbers=tuple(sorted(orders_of[(sku, warehouse_id)])),
            )
        )
    rows.sort(key=lambda r: (r.location == "", r.location, r.sku))
    return PickList(
        merchant_id=orders[0].merchant_id,
        order_numbers=tuple(o.number for o in orders),
        rows=tuple(rows),
        created_at=datetime.now(UTC),
    )


PICK_STYLE = """
  body { font-family: sans-serif; margin: 10mm; }
  h1 { font-size: 16pt; margin: 0 0 3mm; }
  table { border-collapse: collapse; width: 100%; font-size: 10pt; }
  th, td { border: 1px solid #999; padding: 1.5mm 2mm; text-align: left; }
  td.qty { text-align: right; font: bold 12pt monospace; }
  td.check { width: 10mm; }
  .orders { font-size: 8pt; margin-top: 3mm; }
"""


def pick_list_html(picks: PickList) -> str:
    """The pick list as one printable HTML page (a check box per row), like the label page."""
    body = "".join(
        "<tr>"
        f"<td>{escape(r.location or '?')}</td><td>{escape(r.sku)}</td>"
        f"<td>{escape(r.product_name)}"
        + (f" / {escape(r.variant_name)}" if r.variant_name else "")
        + f'</td><td class="qty">{r.quantity}</td><td class="check"></td></tr>'
        for r in picks.rows
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>Pick list</title><style>{PICK_STYLE}</style></head><body>"
        f"<h1>Pick list: {len(picks.order_numbers)} order(s), {picks.total_quantity} unit(s)</h1>"
        "<table><thead><tr><th>Location</th><th>SKU</th><th>Item</th><th>Qty</th>"
        f"<th>&#10003;</th></tr></thead><tbody>{body}</tbody></table>"
        f'<div class="orders">Orders: {escape(", ".join(picks.order_numbers))}<br>'
        f"Printed {picks.created_at:%Y-%m-%d %H:%M} UTC</div></body></html>"
    )


def pick_list_text(picks: PickList) -> str:
    """The pick list as plain text (a receipt printer, a terminal): aligned columns."""
    head = ("LOCATION", "SKU", "QTY", "ITEM")
    cells = [
        (
            r.location or "?",
            r.sku,
            str(r.quantity),
            r.product_name + (f" / {r.variant_name}" if r.variant_name else ""),
        )
        for r in picks.rows
    ]
    widths = [max(len(c[i]) for c in [head, *cells]) for i in range(3)]
    out = [f"PICK LIST  {len(picks.order_numbers)} order(s)  {picks.total_quantity} unit(s)"]
    for row in [head, *cells]:
        out.append("  ".join(row[i].ljust(widths[i]) for i in range(3)) + "  " + row[3])
    out.append("Orders: " + ", ".join(picks.order_numbers))
    return "\n".join(out) + "\n"
