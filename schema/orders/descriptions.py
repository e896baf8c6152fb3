"""Descriptions of the orders domain's types (see ``schema.descriptions``)."""

from __future__ import annotations

_REGION = "Administrative division code (GB/T 2260, six digits), e.g. 330106."

DESCRIPTIONS: dict[str, str] = {
    # objects
    "OrderGroup": (
        "One checkout: what the customer pays once. It holds one merchant order per merchant "
        "of the cart; its status follows those orders and its payments."
    ),
    "OrderGroup.number": "The checkout's number (`G` prefix, the date, ten digits).",
    "OrderGroup.inventoryMode": "When the checkout's orders take their stock.",
    "OrderGroup.paymentDeadline": (
        "Until when the checkout can be paid (set by the storefront's policy); unpaid after "
        "it, its orders are cancelled and their stock released."
    ),
    "OrderGroup.paidAt": "When the payment was captured; null while unpaid.",
    "OrderGroup.cancelReason": (
        "Why the checkout was cancelled (`payment_timeout`, `customer_request`, `risk`...); "
        "null otherwise."
    ),
    "MerchantOrder": (
        "What one merchant sells in one checkout, with its own life (paid, confirmed, picked, "
        "packed, shipped, delivered). Seen by its customer, its merchant's staff, platform "
        "staff, and the group leader or courier handling it."
    ),
    "MerchantOrder.number": "The order's number, unique, shown to the customer and merchant.",
    "MerchantOrder.status": "Where the order is in its life.",
    "MerchantOrder.inventoryMode": "When the order takes its stock.",
    "MerchantOrder.subtotal": "The lines' total before shipping.",
    "MerchantOrder.shippingPrice": "What shipping costs, as quoted at checkout.",
    "MerchantOrder.total": "What the customer pays for this order: subtotal plus shipping.",
    "MerchantOrder.refunded": "How much went back to the customer so far (0 when nothing).",
    "MerchantOrder.shippingMethod": "The code of the shipping method chosen at checkout.",
    "MerchantOrder.shippingMethodName": "The chosen shipping method's display name.",
    "MerchantOrder.shippingAddress": (
        "The address the order ships to, as stored (the keys of `OrderAddressInput`, phone "
        "in E.164): a copy, so later address-book changes do not touch it."
    ),
    "MerchantOrder.remark": "The customer's note to the merchant; may be empty.",
    "MerchantOrder.cancelReason": (
        "Why the order was cancelled (`payment_timeout`, `customer_request`, `sold_out`, "
        "`invalid_order`, `goods_returned`...); null unless CANCELLED."
    ),
    "MerchantOrder.paidAt": "When the order was paid; null while unpaid.",
    "MerchantOrder.cancelledAt": "When the order was cancelled; null unless cancelled.",
    "MerchantOrder.confirmedAt": "When the order was confirmed; null before.",
    "MerchantOrder.shippedAt": "When the order was shipped; null before.",
    "MerchantOrder.deliveredAt": "When the order was delivered; null before.",
    "MerchantOrder.completedAt": (
        "When the order was completed (after delivery, once the aftersales window passed); "
        "null before."
    ),
    "MerchantOrder.carrier": "The carrier shipping the parcel; null until shipped.",
    "MerchantOrder.trackingNumber": "The parcel's waybill number; null until shipped.",
    "MerchantOrder.merchant": "The merchant selling.",
    "MerchantOrder.lines": "What was bought, with the prices of the moment of the checkout.",
    "MerchantOrder.events": (
        "The order's history, oldest first: every status move, confirmation call and note."
    ),
    "OrderLine": (
        "A variant bought in an order, with the names and price copied at checkout (they do "
        "not follow later catalog changes)."
    ),
    "OrderLine.id": "The line's ID (what an aftersales case names as `orderLine`).",
    "OrderLine.productName": "The product's name at checkout.",
    "OrderLine.variantName": "The variant's name at checkout.",
    "OrderLine.sku": "The variant's SKU at checkout.",
    "OrderLine.quantity": "How many units.",
    "OrderLine.unitPrice": "The price of one unit paid (the flash-sale price if there was one).",
    "OrderLine.total": "Unit price times quantity.",
    "OrderLine.variant": "The variant now; null when the viewer may no longer see it.",
    "OrderLine.fromFlashSale": "Whether the unit price was a flash sale's.",
    "OrderEvent.kind": (
        "What happened: `status_changed`, `confirmation_call`, `ready_for_pickup`..."
    ),
    "OrderEvent.fromStatus": "The status before a status move; null for other kinds.",
    "OrderEvent.toStatus": "The status after a status move; null for other kinds.",
    "OrderEvent.actor": "The kind of party who acted, lowercase (`merchant`, `system`...).",
    "OrderEvent.reason": "The reason or note given; may be empty.",
    "OrderEvent.data": "Details of the event as a JSON object (outcome, role, changes...).",
    # payments and refunds (docs/payments.md)
    "OrderGroupPayment.provider": "The payment provider's code (`sandbox`, `alipay`, `wechatpay`).",
    "OrderGroupPayment.status": "Where the payment is: pending, captured, declined or refunded.",
    "OrderGroupPayment.refunded": (
        "What was refunded of it so far, queued refunds included (see `refunds` for each "
        "one's status)."
    ),
    "OrderPayment.provider": "The payment provider's code (`sandbox`, `alipay`, `wechatpay`).",
    "OrderPayment.status": (
        "Where the checkout's payment is: pending, captured, declined or refunded (the whole "
        "payment's status, not only this order's share)."
    ),
    "OrderPayment.paidAt": "When the provider captured the payment; null until then.",
    "PaymentRefund.amount": "How much is given back, in the payment's currency.",
    "PaymentRefund.reason": (
        "Why, as a code: the order's cancel reason (`customer_request`, `sold_out`...), "
        "`aftersales:<case number>`, `late_payment` or `amount_mismatch`."
    ),
    "PaymentRefund.status": "Whether the provider has confirmed the refund yet.",
    # assignment
    "OrderAssignee.email": "The staff member's sign-in email.",
    "OrderAssignee.fullName": "The staff member's name as on their account.",
    "OrderStatusCount": "How many of a merchant's orders are in one status.",
    "OrderStatusCount.status": "The status.",
    "OrderStatusCount.count": "How many orders are in it (exact).",
    # enums
    "OrderStatus": "Where a merchant order is in its life.",
    "OrderStatus.PENDING_PAYMENT": "Placed, waiting for the payment (until the deadline).",
    "OrderStatus.PAID": "Paid; waits for the storefront's confirmer.",
    "OrderStatus.CONFIRMED": "Confirmed; waits for the merchant to assign it for picking.",
    "OrderStatus.PICKING": "Being picked in the warehouse.",
    "OrderStatus.PACKED": "Packed; waits for the carrier.",
    "OrderStatus.SHIPPED": "On its way (or waiting at the pickup point).",
    "OrderStatus.DELIVERED": "Received by the customer; aftersales cases may be opened.",
    "OrderStatus.DELIVERY_FAILED": "Delivery failed; to be tried again or returned.",
    "OrderStatus.COMPLETED": "Done: delivered and past the aftersales window. Read-only.",
    "OrderStatus.CANCELLED": "Cancelled (see `cancelReason`); stock released. Read-only.",
    "OrderGroupStatus": "What became of a checkout, derived from its orders and payments.",
    "OrderGroupStatus.PENDING_PAYMENT": "Not paid yet; some order still awaits the payment.",
    "OrderGroupStatus.PAID": "Paid, and none of its orders is cancelled.",
    "OrderGroupStatus.PARTIALLY_CANCELLED": "Paid, and some (not all) of its orders cancelled.",
    "OrderGroupStatus.CANCELLED": (
        "Every order cancelled, and nothing was captured or not all of it is refunded yet."
    ),
    "OrderGroupStatus.REFUNDED": "Every order cancelled and everything captured refunded.",
    "InventoryMode": "When an order takes its stock.",
    "InventoryMode.RESERVE_ON_ORDER": (
        "Placing the order reserves the units; paying deducts them, cancelling releases them."
    ),
    "InventoryMode.DEDUCT_ON_PAYMENT": (
        "Nothing is held at placing; the payment deducts the units (flash sales, risky "
        "customers): a payment may then find the stock gone."
    ),
    "OrderActor.CUSTOMER": "The order's customer.",
    "OrderActor.ADMIN": "Platform staff (admin or customer service).",
    "OrderActor.MERCHANT": "The merchant's staff.",
    "OrderActor.GROUP_LEADER": "The leader of the pickup point (group-buy storefronts).",
    "OrderActor.COURIER": "The merchant's own-fleet courier.",
    "OrderActor.CARRIER": "The carrier, through its tracking notifications.",
    "OrderActor.SYSTEM": "The platform itself: payments, deadlines, automatic steps.",
    "ConfirmationCallOutcome.CONFIRMED": "The customer confirmed: the order moves to CONFIRMED.",
    "ConfirmationCallOutcome.NO_ANSWER": "Nobody answered: nothing moves; call again.",
    "ConfirmationCallOutcome.DECLINED": (
        "The customer declined (give a `note`): cancelled on their request, stock back, refund."
    ),
    "RefundStatus": "Where a refund is with the payment provider.",
    "RefundStatus.PENDING": (
        "Decided and queued, not confirmed by the provider yet; a refund the provider refuses "
        "stays pending and is sent again by the periodic retry."
    ),
    "RefundStatus.SUCCEEDED": "The provider confirmed it: the money is on its way back.",
    "RefundStatus.FAILED": (
        "Given up on: the money was not given back. A refund the provider refuses is not "
        "marked failed: it stays PENDING and is retried."
    ),
    "OrderErrorCode.CONFIRMATION_CALL_REQUIRED": (
        "The storefront confirms orders by phone: record the call with "
        "`orderConfirmationCallRecord` instead."
    ),
    # inputs
    "OrderAddressInput": "A new shipping address for an order (as a cart's `AddressInput`).",
    "OrderAddressInput.name": "Who receives the parcel.",
    "OrderAddressInput.phone": (
        "The recipient's phone; read as a Chinese number when it has no `+country` code."
    ),
    "OrderAddressInput.city": "The city's name.",
    "OrderAddressInput.street": "Street, building and door.",
    "OrderAddressInput.district": "The district's name.",
    "OrderAddressInput.postalCode": "The postal code.",
    "OrderAddressInput.country": "ISO 3166-1 alpha-2 country code (`CN`).",
    "OrderAddressInput.province": "The province's name.",
    "OrderAddressInput.provinceCode": _REGION,
    "OrderAddressInput.cityCode": _REGION,
    "OrderAddressInput.districtCode": _REGION,
    "OrderCancelInput.reason": "Why, in the customer's words; may be empty.",
    "OrderCancelOnRequestInput.reason": "What the customer asked, for the history.",
    "OrderInvalidateInput.reason": "Why the order is invalid (required).",
    "OrderAssignInput.note": "A note for the assignee; may be empty.",
    "OrderMarkReadyForPickupInput.note": "A note for the customer (opening hours...).",
    "OrderMarkDeliveryFailedInput.reason": "Why delivery failed (required).",
    "OrderReattemptDeliveryInput.note": "A note for the history; may be empty.",
    "OrderMarkReturnedInput.reason": "A note for the history; may be empty.",
    "OrderConfirmationCallRecordInput.outcome": "How the call went.",
    "OrderShipInput.carrier": "The carrier's name as typed (`SF Express`).",
    "OrderShipInput.trackingNumber": "The parcel's waybill number, unique per carrier.",
    "OrderUpdateInput.shippingAddress": "A typed new address.",
    "OrderUpdateInput.remark": "A new note to the merchant.",
    "OrderFilterInput": "Narrows an order listing; every condition given must hold.",
    "OrderFilterInput.status": "Orders in this status only.",
    # root fields
    "Query.orderGroup(id)": "The order group's global ID.",
    "Query.order(id)": "The merchant order's global ID.",
    "Query.myOrders(status)": "Only orders in this status.",
    "Query.merchantOrders(merchant)": "The merchant's ID (platform staff); staff get their own.",
    "Query.merchantOrders(filter)": "Conditions the orders must meet.",
    "Query.merchantOrderCounts(merchant)": (
        "The merchant's ID (platform staff); staff get their own."
    ),
    "Query.merchantOrderCounts(storefront)": "Count only orders placed in this storefront (code).",
    "Query.orders(filter)": "Conditions the orders must meet.",
}

# Every order mutation's input names the order it acts on by `id`.
for _input in (
    "OrderAssignInput",
    "OrderCancelInput",
    "OrderCancelOnRequestInput",
    "OrderConfirmInput",
    "OrderConfirmReceiptInput",
    "OrderConfirmationCallRecordInput",
    "OrderHandOverInput",
    "OrderInvalidateInput",
    "OrderMarkDeliveredInput",
    "OrderMarkDeliveryFailedInput",
    "OrderMarkPackedInput",
    "OrderMarkReadyForPickupInput",
    "OrderMarkReturnedInput",
    "OrderReattemptDeliveryInput",
    "OrderShipInput",
    "OrderUpdateInput",
):
    DESCRIPTIONS[f"{_input}.id"] = "The merchant order's global ID."
