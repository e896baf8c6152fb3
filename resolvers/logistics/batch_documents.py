"""A shipment batch's papers: what the merchant prints (a label per parcel) and hands over
(the courier's pick-up list), for its fulfilment staff.

The pick-up list is a CSV that is opened in spreadsheets, and its cells are text customers and
merchants typed (names, addresses, remarks, SKUs). As OWASP recommends against formula
injection, every cell is quoted, and a cell that a spreadsheet could take for a formula -- one
starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, also after leading
whitespace -- gets a single quote in front (``csv_cell``): it shows as the text it is. (A phone
number given as ``+86...`` therefore reads ``'+86...`` in the file.)
"""

from __future__ import annotations

import csv
import io

from models.logistics import Shipment, ShipmentBatch
from models.orders import MerchantOrder, OrderLine
from plugins.shipping.labels import label_page
from resolvers.errors import DomainError
from resolvers.logistics.carriers import Code
from resolvers.orders import FULFILMENT_ROLES
from resolvers.permissions import Viewer, require_merchant_role, require_user


async def get_batch(viewer: Viewer, batch_id: int) -> ShipmentBatch | None:
    """The batch if the viewer is its merchant's fulfilment staff (or platform staff)."""
    require_user(viewer, Code)
    batch = await ShipmentBatch.get_or_none(id=batch_id)
    if batch is None:
        return None
    if not viewer.is_platform_staff:
        try:
            require_merchant_role(viewer, batch.merchant_id, FULFILMENT_ROLES, Code)
        except DomainError:
            return None
    return batch


async def batch_shipments(batch: ShipmentBatch) -> list[Shipment]:
    return await Shipment.filter(batch_id=batch.id).order_by("tracking_number")


async def batch_label_page(batch: ShipmentBatch) -> str:
    """One printable HTML page: a label per parcel, in waybill-number order."""
    shipments = await batch_shipments(batch)
    return label_page(f"Batch {batch.number}", [s.label for s in shipments])


EXPORT_COLUMNS = (
    "tracking_number",
    "order_number",
    "name",
    "phone",
    "country",
    "city",
    "district",
    "street",
    "postal_code",
    "items",
    "remark",
)

#: What a spreadsheet may take as the start of a formula (or of a cell it re-reads as one).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """The value as an export cell: text, with a ``'`` in front if a spreadsheet could
    evaluate it (it starts with a formula character, also after leading whitespace)."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS) or text.lstrip(" \t\r\n").startswith(FORMULA_STARTS):
        return "'" + text
    return text


async def batch_address_csv(batch: ShipmentBatch) -> str:
    """The courier's pick-up list: a CSV row per parcel (waybill, order, recipient, items, the
    customer's remark), every cell quoted and neutralised (``csv_cell``)."""
    shipments = await batch_shipments(batch)
    orders = {o.id: o for o in await MerchantOrder.filter(id__in=[s.order_id for s in shipments])}
    lines: dict[int, list[OrderLine]] = {}
    for line in await OrderLine.filter(order_id__in=list(orders)).order_by("id"):
        lines.setdefault(line.order_id, []).append(line)
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL)
    writer.writerow(EXPORT_COLUMNS)
    for shipment in shipments:
        order = orders[shipment.order_id]
        address = order.shipping_address or {}
        items = "; ".join(f"{ln.sku} x{ln.quantity}" for ln in lines.get(order.id, []))
        row = [
            shipment.tracking_number,
            order.number,
            *(
                address.get(key, "")
                for key in ("name", "phone", "country", "city", "district", "street")
            ),
            address.get("postalCode", ""),
            items,
            order.remark,
        ]
        writer.writerow([csv_cell(value) for value in row])
    return out.getvalue()
