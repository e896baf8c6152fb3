"""Descriptions of the inventory module's types (see ``schema.descriptions``)."""

from __future__ import annotations

DESCRIPTIONS: dict[str, str] = {
    "Warehouse": (
        "A place a merchant keeps stock. Seen by the merchant's staff and platform admins."
    ),
    "Warehouse.code": "The merchant's code for it, unique within the merchant.",
    "Warehouse.name": "The warehouse's display name.",
    "Warehouse.address": "The warehouse's address as a JSON object, as the merchant gave it.",
    "StockLevel.onHand": "Units physically in the warehouse.",
    "StockLevel.reserved": "Units held for placed orders not yet paid or shipped.",
    "StockLevel.variantId": "The variant's global ID.",
    "StockLevel.warehouse": "The warehouse.",
    "InventoryErrorCode.NEGATIVE_QUANTITY": "Stock on hand cannot go below zero.",
    "InventoryErrorCode.BELOW_RESERVED": (
        "On hand cannot go below the units reserved for orders (they may have been reserved "
        "meanwhile: reload and try again)."
    ),
    "InventoryErrorCode.DUPLICATE_CODE": "The merchant has a warehouse with this code.",
    "WarehouseCreateInput.code": "A code unique within the merchant.",
    "WarehouseCreateInput.name": "The display name.",
    "WarehouseCreateInput.address": "The address as a JSON object; `{}` by default.",
    "StockSetInput": "A counted stock figure for one variant in one warehouse.",
    "StockSetInput.variantId": "The variant's global ID (the merchant's own).",
    "StockSetInput.warehouseId": "The warehouse's global ID (the merchant's own).",
    "StockSetInput.onHand": "The counted units on hand: at least the units reserved.",
    "StockSetInput.reason": "Why, for the stock ledger (`stocktake`); may be empty.",
    "StockAdjustInput": "A change to the stock of one variant in one warehouse.",
    "StockAdjustInput.variantId": "The variant's global ID (the merchant's own).",
    "StockAdjustInput.warehouseId": "The warehouse's global ID (the merchant's own).",
    "StockAdjustInput.delta": (
        "Units to add (positive: goods received) or remove (negative: shrinkage); on hand "
        "may not fall below zero or below the units reserved."
    ),
    "StockAdjustInput.reason": "Why, for the stock ledger; may be empty.",
    "Query.warehouses(merchantId)": "Platform admins: the merchant's ID. Staff: their own.",
    "Mutation.warehouseCreate": "Add a warehouse to the merchant (owner or warehouse staff).",
}
