"""Descriptions of checkout's types: carts, payments, flash sales (see ``schema.descriptions``)."""

from __future__ import annotations

_TOKEN = "The cart's token (from `cartCreate`)."

DESCRIPTIONS: dict[str, str] = {
    # cart
    "Cart": (
        "A shopper's cart in one storefront, grouped by merchant; placing it makes one order "
        "group with one merchant order per merchant. Reached by its token: a guest's cart by "
        "anyone holding the token, a customer's only by that customer."
    ),
    "Cart.token": "The cart's secret handle: keep it to read and change the cart.",
    "Cart.storefrontCode": "The code of the storefront the cart shops in.",
    "Cart.shippingAddress": (
        "The shipping address as stored (the keys of `AddressInput`, phone in E.164); null "
        "until one is set."
    ),
    "Cart.completed": "Whether the cart was placed; a placed cart can no longer change.",
    "Cart.merchantGroups": "The lines grouped by merchant, each with its shipping choice.",
    "Cart.subtotal": "The lines' total before shipping.",
    "Cart.shippingTotal": "The selected shipping methods' total.",
    "Cart.total": "What placing the cart would cost: subtotal plus shipping.",
    "Cart.quantity": "How many units the cart holds, over all lines.",
    "CartLine": "A variant in the cart and how many, priced now.",
    "CartLine.quantity": "How many units.",
    "CartLine.unitPrice": "The price of one unit now: the flash-sale price while one runs.",
    "CartLine.total": "Unit price times quantity.",
    "CartLine.inFlashSale": "Whether the unit price is a running flash sale's.",
    "CartLine.variant": "The variant ordered.",
    "CartMerchantGroup.lines": "The merchant's lines in the cart.",
    "CartMerchantGroup.subtotal": "The lines' total before shipping.",
    "CartMerchantGroup.shippingMethods": (
        "The shipping methods the merchant offers for these lines, quoted for the address."
    ),
    "CartMerchantGroup.selectedShippingMethod": (
        "The method chosen with `cartShippingMethodUpdate` (or the first one offered); null "
        "when none is offered."
    ),
    "CartMerchantGroup.total": "Subtotal plus the selected method's price.",
    "CartMerchantGroup.merchant": "The merchant these lines are bought from.",
    "ShippingMethod": "A way a merchant ships, quoted by a shipping plugin.",
    "ShippingMethod.code": "The method's code, for `cartShippingMethodUpdate(method:)`.",
    "ShippingMethod.name": "The method's display name.",
    "ShippingMethod.price": "What this method costs for the group's lines.",
    "ShippingMethod.etaDays": "Expected days to delivery; null when the plugin does not say.",
    # payments
    "Payment": "A payment of an order group with a provider (the sandbox in development).",
    "Payment.provider": "The payment provider's code (`sandbox`).",
    "Payment.status": "Where the payment is: pending, captured, declined or refunded.",
    "Payment.amount": "The amount asked: the order group's total.",
    "Payment.payUrl": "Where to send the shopper to pay (a web page of the provider).",
    "Payment.qrPayload": "The same payment as a QR code's content, for paying from a phone.",
    "Payment.reference": "The payment's reference with the provider (`pay_...`).",
    "PaymentStatus": "Where a payment is.",
    "PaymentStatus.PENDING": "Started; the provider has not answered yet.",
    "PaymentStatus.CAPTURED": "Paid: the money is taken and the orders move to PAID.",
    "PaymentStatus.DECLINED": "Refused by the provider; the shopper may start another payment.",
    "PaymentStatus.REFUNDED": "Paid, then refunded in full.",
    # flash sales
    "FlashSale": (
        "A limited number of units of a variant at a special price during a time window."
    ),
    "FlashSale.name": "The sale's display name; may be empty.",
    "FlashSale.price": "The sale price of one unit.",
    "FlashSale.startsAt": "When the sale opens.",
    "FlashSale.endsAt": "When the sale closes.",
    "FlashSale.quantity": "How many units the sale offers in all.",
    "FlashSale.sold": "How many units were sold so far.",
    "FlashSale.perCustomerLimit": "The most units one customer may buy in the sale.",
    "FlashSale.inventoryMode": "When the sale's orders take their stock.",
    # error codes
    "CheckoutErrorCode.QUANTITY_LIMIT": (
        "More units of one item than the storefront allows per order."
    ),
    "CheckoutErrorCode.NOT_LISTED": (
        "The variant is not for sale in this storefront (not listed, or archived)."
    ),
    "CheckoutErrorCode.EMPTY_CART": "The cart has no lines.",
    "CheckoutErrorCode.ADDRESS_REQUIRED": "The cart needs a shipping address first.",
    "CheckoutErrorCode.PICKUP_POINT_REQUIRED": (
        "The storefront delivers to pickup points: choose one first."
    ),
    "CheckoutErrorCode.SHIPPING_METHOD_INVALID": (
        "The merchant does not offer this shipping method for the cart."
    ),
    "CheckoutErrorCode.CART_COMPLETED": "The cart was placed already; start a new one.",
    "CheckoutErrorCode.IDEMPOTENCY_KEY_REUSED": (
        "This idempotency key was used to place a different cart."
    ),
    "CheckoutErrorCode.SOLD_OUT": "The flash sale has no units left.",
    "CheckoutErrorCode.LIMIT_EXCEEDED": "More units than the flash sale allows one customer.",
    "CheckoutErrorCode.FLASH_SALE_NOT_ACTIVE": "The flash sale has not started or has ended.",
    "CheckoutErrorCode.BLACKLISTED": "Risk control: the customer is on the blacklist.",
    "CheckoutErrorCode.FREQUENT_CANCELLATION": (
        "Risk control: the customer cancelled many orders recently."
    ),
    "CheckoutErrorCode.RATE_LIMITED": (
        "Risk control: too many orders in the last minute; try again later."
    ),
    "CheckoutErrorCode.RISK_REJECTED": "Risk control refused the order (another rule).",
    "CheckoutErrorCode.SLOT_NOT_FOUND": (
        "No such delivery slot, or a slot of another merchant than the one it is chosen for "
        "(field `deliverySlots.N.slot`)."
    ),
    "CheckoutErrorCode.SLOT_FULL": (
        "Every place of the delivery slot is taken: choose another slot. Nothing was placed."
    ),
    "CheckoutErrorCode.SLOT_CLOSED": (
        "The delivery slot is past its cut-off (or its calendar is switched off): it no "
        "longer takes orders."
    ),
    "CheckoutErrorCode.PROVIDER_NOT_CONFIGURED": (
        "The storefront has no account for this payment provider (its settings name none): "
        "pay with another provider. Nothing was placed."
    ),
    "CheckoutErrorCode.PROVIDER_UNAVAILABLE": (
        "The payment provider did not answer when the payment was started. The order group "
        "is placed and stays payable: retry with the same idempotency key, or `paymentStart`."
    ),
    "CheckoutErrorCode.SHIPPING_REGION_NOT_SERVED": (
        "A merchant's freight template does not ship to the address's region (field "
        "`shippingAddress`): that merchant's lines cannot be delivered there. Nothing was "
        "placed."
    ),
    "CheckoutErrorCode.PICKUP_POINT_FULL": (
        "The pickup point has taken its `capacityPerDay` orders for today: choose another "
        "point (field `pickupPoint`)."
    ),
    "PaymentErrorCode.INVALID_CALLBACK": (
        "A provider notification with a bad signature or an unknown payment reference."
    ),
    "PaymentErrorCode.NOT_PAYABLE": "The order group is not awaiting payment (paid, expired...).",
    "PaymentErrorCode.PAYMENT_DEADLINE_PASSED": (
        "The storefront's time to pay has run out; the orders are being cancelled."
    ),
    "PaymentErrorCode.PROVIDER_NOT_CONFIGURED": (
        "The storefront has no account for this payment provider (its settings name none): "
        "pay with another provider, such as the sandbox in development."
    ),
    "PaymentErrorCode.PROVIDER_UNAVAILABLE": (
        "The payment provider did not answer; nothing was recorded and the order group stays "
        "payable: try again."
    ),
    "PromotionErrorCode.INVALID_WINDOW": "The sale must end after it starts.",
    # inputs
    "CartLineInput": "A variant and a quantity for the cart.",
    "CartLineInput.variantId": "The variant's global ID.",
    "CartLineInput.quantity": "How many units: at least 1 (in `cartLinesUpdate`, the new total).",
    "AddressInput": (
        "A typed shipping address. The phone is stored in E.164; region names come from the "
        "codes when codes are given."
    ),
    "AddressInput.name": "Who receives the parcel.",
    "AddressInput.phone": (
        "The recipient's phone; read as a Chinese number when it has no `+country` code."
    ),
    "AddressInput.city": "The city's name.",
    "AddressInput.street": "Street, building and door.",
    "AddressInput.district": "The district's name.",
    "AddressInput.postalCode": "The postal code.",
    "AddressInput.country": "ISO 3166-1 alpha-2 country code (`CN`).",
    "AddressInput.province": "The province's name.",
    "CheckoutPaymentInput.provider": "The payment provider's code; `sandbox` by default.",
    "CheckoutPaymentInput.returnUrl": "Where the provider sends the shopper back after paying.",
    "CheckoutPlaceOrderInput.cartToken": _TOKEN,
    "CheckoutPlaceOrderInput.idempotencyKey": (
        "A key the client makes up per purchase: placing again with the same key answers the "
        "same order group instead of placing twice."
    ),
    "PaymentStartInput.orderGroupId": "The order group's global ID.",
    "PaymentStartInput.provider": "The payment provider's code; `sandbox` by default.",
    "PaymentStartInput.returnUrl": "Where the provider sends the shopper back after paying.",
    "FlashSaleCreateInput.variantId": "The variant on sale (the merchant's own).",
    "FlashSaleCreateInput.price": "The sale price of one unit, in the product's currency.",
    "FlashSaleCreateInput.startsAt": "When the sale opens.",
    "FlashSaleCreateInput.endsAt": "When the sale closes; after `startsAt`.",
    "FlashSaleCreateInput.quantity": "How many units the sale offers (within the stock).",
    "FlashSaleCreateInput.perCustomerLimit": "The most units one customer may buy; 1 by default.",
    "FlashSaleCreateInput.storefrontId": "Limit the sale to this storefront; all by default.",
    "FlashSaleCreateInput.name": "The sale's display name.",
    "FlashSaleCreateInput.inventoryMode": (
        "When the sale's orders take stock; by default at payment (DEDUCT_ON_PAYMENT)."
    ),
    # root fields
    "Query.cart(token)": _TOKEN,
    "Mutation.cartCreate(storefront)": "The storefront's code (`mall`).",
    "Mutation.cartCreate(lines)": "The first lines.",
    "Mutation.cartCreate(shippingAddress)": "A typed shipping address.",
    "Mutation.cartLinesAdd": "Add units to the cart (to a line of the same variant, if any).",
    "Mutation.cartLinesAdd(token)": _TOKEN,
    "Mutation.cartLinesAdd(lines)": "The variants and quantities to add.",
    "Mutation.cartLinesUpdate": (
        "Set the quantities of lines already in the cart (NOT_FOUND otherwise)."
    ),
    "Mutation.cartLinesUpdate(token)": _TOKEN,
    "Mutation.cartLinesUpdate(lines)": "The variants and their new quantities.",
    "Mutation.cartLinesDelete": "Remove lines from the cart.",
    "Mutation.cartLinesDelete(token)": _TOKEN,
    "Mutation.cartLinesDelete(variantIds)": "The variants whose lines to remove.",
    "Mutation.cartShippingAddressUpdate(token)": _TOKEN,
    "Mutation.cartShippingAddressUpdate(address)": "A typed address.",
    "Mutation.cartShippingAddressUpdate(addressId)": (
        "A saved address of the signed-in customer's, copied onto the cart."
    ),
    "Mutation.cartShippingMethodUpdate": "Choose how one merchant's lines ship.",
    "Mutation.cartShippingMethodUpdate(token)": _TOKEN,
    "Mutation.cartShippingMethodUpdate(merchantId)": "The merchant's global ID.",
    "Mutation.cartShippingMethodUpdate(method)": "A `ShippingMethod.code` the merchant offers.",
    "Mutation.cartPickupPointUpdate": (
        "Choose the pickup point to collect the order at (group-buy storefronts)."
    ),
    "Mutation.cartPickupPointUpdate(token)": _TOKEN,
    "Mutation.cartPickupPointUpdate(pickupPointId)": "The pickup point's global ID.",
    "Mutation.cartMerge(guestToken)": "The guest cart's token; its lines join the customer's.",
    "Mutation.flashSaleCreate": (
        "Schedule a flash sale of a variant (the merchant's catalog staff, or admins)."
    ),
}
