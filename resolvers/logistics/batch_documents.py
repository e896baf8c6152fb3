"""A shipment batch's papers: what the merchant prints (a label per parcel) and hands over
(the courier's pick-up list), for its fulfilment staff."""

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
)


async def batch_address_csv(batch: ShipmentBatch) -> str:
    """The courier's pick-up list: a CSV row per parcel (waybill, order, recipient, items)."""
    shipments = await batch_shipments(batch)
    orders = {o.id: o for o in await MerchantOrder.filter(id__in=[s.order_id for s in shipments])}
    lines: dict[int, list[OrderLine]] = {}
    for line in await OrderLine.filter(order_id__in=list(orders)).order_by("id"):
        lines.setdefault(line.order_id, []).append(line)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    for shipment in shipments:
        order = orders[shipment.order_id]
        address = order.shipping_address or {}
        items = "; ".join(f"{ln.sku} x{ln.quantity}" for ln in lines.get(order.id, []))
        writer.writerow(
            [
                shipment.tracking_number,
                order.number,
                *(
                    address.get(key, "")
                    for key in ("name", "phone", "country", "city", "district", "street")
                ),
                address.get("postalCode", ""),
                items,
            ]
        )
    return out.getvalue()
