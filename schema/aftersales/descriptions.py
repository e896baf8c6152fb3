"""Descriptions of the aftersales domain's types (see ``schema.descriptions``)."""

from __future__ import annotations

DESCRIPTIONS: dict[str, str] = {
    # objects
    "AftersalesCase": (
        "A request after delivery about some units of an order: return and refund, refund "
        "only, exchange or reship. Seen by the order's customer, its merchant's staff and "
        "platform staff."
    ),
    "AftersalesCase.number": "The case's number (`AS` prefix, the date, ten digits).",
    "AftersalesCase.type": "What the customer asks for.",
    "AftersalesCase.status": "Where the case is in its life.",
    "AftersalesCase.resolution": "How the case ended; null while it is open.",
    "AftersalesCase.reason": "Why the customer opened the case, in their words.",
    "AftersalesCase.rejectionReason": "Why the merchant rejected the case; empty otherwise.",
    "AftersalesCase.refunded": "What the case refunded (0 until resolved with a refund).",
    "AftersalesCase.returnCarrier": "The carrier the goods travel back with; null until sent.",
    "AftersalesCase.returnTrackingNumber": "The return parcel's waybill number; null until sent.",
    "AftersalesCase.approvedAt": "When the case was approved; null before.",
    "AftersalesCase.receivedAt": "When the returned goods arrived; null before.",
    "AftersalesCase.inspectedAt": "When the returned goods were inspected; null before.",
    "AftersalesCase.resolvedAt": "When the case was resolved; null before.",
    "AftersalesCase.closedAt": "When the case was closed; null while open.",
    "AftersalesCase.lines": "The units of the order's lines the case is about.",
    "AftersalesCaseLine.productName": "The product's name, as on the order line.",
    "AftersalesCaseLine.variantName": "The variant's name, as on the order line.",
    "AftersalesCaseLine.sku": "The SKU, as on the order line.",
    "AftersalesCaseLine.quantity": "How many units of the line the case is about.",
    "AftersalesCaseLine.restocked": "Returned units put back into stock at inspection.",
    "AftersalesCaseLine.writtenOff": "Returned units written off at inspection (not resellable).",
    # enums
    "AftersalesCaseType": "What a customer asks for in a case.",
    "AftersalesCaseType.RETURN_AND_REFUND": "The goods come back, then the money.",
    "AftersalesCaseType.REFUND_ONLY": "Money back (compensation); nothing comes back.",
    "AftersalesCaseType.EXCHANGE": (
        "The goods come back; the same or another variant of the product is sent out."
    ),
    "AftersalesCaseType.RESHIP": "Missing or damaged items are sent again; nothing comes back.",
    "AftersalesCaseStatus": "Where a case is in its life.",
    "AftersalesCaseStatus.REQUESTED": "Opened; waits for the merchant's review.",
    "AftersalesCaseStatus.APPROVED": "Approved (refund only, reship); waits to be resolved.",
    "AftersalesCaseStatus.AWAITING_RETURN": (
        "Approved (return and refund, exchange); waits for the goods to come back."
    ),
    "AftersalesCaseStatus.RECEIVED": "The goods are back; waiting for inspection.",
    "AftersalesCaseStatus.INSPECTED": "Each returned unit restocked or written off.",
    "AftersalesCaseStatus.REJECTED": "Rejected by the merchant (see `rejectionReason`).",
    "AftersalesCaseStatus.RESOLVED": "Refunded, or a replacement order created.",
    "AftersalesCaseStatus.CLOSED": "Closed: withdrawn, or after rejection or resolution.",
    "AftersalesCaseResolution": "How a case ended.",
    "AftersalesCaseResolution.REFUNDED": "Money went back to the customer.",
    "AftersalesCaseResolution.REPLACED": "A replacement order was created (it ships on its own).",
    "AftersalesCaseResolution.REJECTED": "The merchant rejected the case.",
    "AftersalesCaseResolution.WITHDRAWN": "Closed before anything happened.",
    "AftersalesErrorCode.ORDER_NOT_ELIGIBLE": (
        "The order takes no case: not delivered, nothing left to refund, or never paid."
    ),
    "AftersalesErrorCode.WINDOW_CLOSED": (
        "The storefront's aftersales window (days after delivery) has closed."
    ),
    "AftersalesErrorCode.CASE_TYPE_NOT_ALLOWED": "The storefront does not take this case type.",
    "AftersalesErrorCode.EXCHANGE_VARIANT_INVALID": (
        "The exchange variant is not another variant of the same product (or not an exchange)."
    ),
    "AftersalesErrorCode.INSPECTION_MISMATCH": (
        "Inspection must name every line once, restock plus write-off equal to the units back."
    ),
    "AftersalesErrorCode.REFUND_TOO_LARGE": "More than is left to refund on the order.",
    # inputs
    "AftersalesCaseLineInput": "Some units of one line of the order.",
    "AftersalesCaseLineInput.quantity": "How many units (at most those not in another case).",
    "AftersalesCaseOpenInput.order": "The merchant order's global ID (a delivered order).",
    "AftersalesCaseOpenInput.type": "What the customer asks for (the storefront's types only).",
    "AftersalesCaseOpenInput.reason": "Why, in the customer's words (required).",
    "AftersalesCaseOpenInput.lines": "The units the case is about.",
    "AftersalesCaseApproveInput.note": "A note for the history; may be empty.",
    "AftersalesCaseRejectInput.reason": "Why the case is rejected (shown to the customer).",
    "AftersalesCaseReturnShipInput.carrier": "The carrier the goods travel back with.",
    "AftersalesCaseReturnShipInput.trackingNumber": "The return parcel's waybill number.",
    "AftersalesCaseReceiveInput.note": "A note for the history; may be empty.",
    "AftersalesInspectionLineInput": "What inspection made of one line's returned units.",
    "AftersalesInspectionLineInput.orderLine": "The `OrderLine.id` of the case's line.",
    "AftersalesCaseInspectInput.lines": "Every line of the case, once.",
    "AftersalesCaseInspectInput.note": "A note for the history; may be empty.",
    "AftersalesCaseResolveInput.note": "A note for the history; may be empty.",
    "AftersalesCaseCloseInput.note": "A note for the history; may be empty.",
    # root fields
    "Query.aftersalesCase(id)": "The case's global ID.",
    "Query.aftersalesCases(status)": "Only cases in this status.",
    "Query.aftersalesCases(merchant)": "Platform staff: only this merchant's cases.",
}

for _input in (
    "AftersalesCaseApproveInput",
    "AftersalesCaseCloseInput",
    "AftersalesCaseInspectInput",
    "AftersalesCaseReceiveInput",
    "AftersalesCaseRejectInput",
    "AftersalesCaseResolveInput",
    "AftersalesCaseReturnShipInput",
):
    DESCRIPTIONS[f"{_input}.id"] = "The case's global ID."
