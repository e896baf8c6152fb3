"""Logistics: carrier accounts, shipping an order (one or a batch), tracking events.

What is where:

* ``carriers`` -- the carrier plugins (``plugins.interfaces.CarrierProvider``): ``providers``,
  lookup by code, ``MANUAL``;
* ``accounts`` -- ``carrier_account_set`` / ``carrier_accounts``: a merchant's carrier settings
  and waybill range, the numbers taken from it (``format_number``);
* ``shipping`` -- ``ship`` (PACKED -> SHIPPED for one order) and ``ship_batch`` (many orders of
  one merchant, all or nothing);
* ``batch_documents`` -- a batch for its merchant's staff (``get_batch``, ``batch_shipments``),
  its label page and the courier's address export;
* ``tracking`` -- ``receive_tracking``: a carrier's pushed events recorded once each, and the
  order moves they call for.
"""

from resolvers.logistics.accounts import (
    CONFIG_MAX_BYTES,
    CONFIG_ROLES,
    MAX_NUMBER,
    NUMBER_DIGITS,
    carrier_account_set,
    carrier_accounts,
    format_number,
)
from resolvers.logistics.batch_documents import (
    EXPORT_COLUMNS,
    batch_address_csv,
    batch_label_page,
    batch_shipments,
    get_batch,
)
from resolvers.logistics.carriers import MANUAL, providers
from resolvers.logistics.shipping import MAX_BATCH, ship, ship_batch
from resolvers.logistics.tracking import (
    TrackingResult,
    receive_account_tracking,
    receive_tracking,
    record_tracking,
    shipment_events,
)

__all__ = [
    "CONFIG_MAX_BYTES",
    "CONFIG_ROLES",
    "EXPORT_COLUMNS",
    "MANUAL",
    "MAX_BATCH",
    "MAX_NUMBER",
    "NUMBER_DIGITS",
    "TrackingResult",
    "batch_address_csv",
    "batch_label_page",
    "batch_shipments",
    "carrier_account_set",
    "carrier_accounts",
    "format_number",
    "get_batch",
    "providers",
    "receive_account_tracking",
    "receive_tracking",
    "record_tracking",
    "ship",
    "ship_batch",
    "shipment_events",
]
