"""The replacement order of an exchange or reship: a merchant order (in its own order group
with a zero total: there is nothing to pay) with ``replacement_of`` the original, its units
taken from stock at once (a reservation turned into a sales issue, ledger rows and all; not
enough stock refuses the resolution), then moved to PAID by the system -- so it is dispatched to
the merchant and ships through the normal fulfilment steps."""

from __future__ import annotations

from datetime import datetime

from models.aftersales import AftersalesCase, AftersalesCaseLine
from models.orders import (
    GroupStatus,
    InventoryMode,
    MerchantOrder,
    OrderGroup,
    OrderLine,
    OrderStatus,
)
from resolvers import allocation
from resolvers.aftersales.access import CaseActing, Code
from resolvers.checkout import new_number
from resolvers.errors import DomainError
from resolvers.orders import SYSTEM, after_payment, move_order


async def replacement_order(
    case: AftersalesCase, order: MerchantOrder, acting: CaseActing, now: datetime
) -> MerchantOrder:
    """An order that sends the case's units (or the exchange variants) again: nothing to pay,
    its stock taken now, then PAID so it is dispatched and fulfilled like any other."""
    case_lines = await AftersalesCaseLine.filter(case_id=case.id).select_related(
        "order_line", "exchange_variant__product"
    )
    group = await OrderGroup.create(
        number=new_number("G", now),
        customer_id=order.customer_id,
        storefront_id=order.storefront_id,
        status=GroupStatus.PAID,
        currency=order.currency,
        subtotal=0,
        shipping_total=0,
        total=0,
        inventory_mode=InventoryMode.RESERVE_ON_ORDER,
        payment_deadline=now,
        paid_at=now,
        shipping_address=order.shipping_address,
        idempotency_key=f"aftersales:{case.number}",
        request_hash="",
    )
    replacement = await MerchantOrder.create(
        number=f"{group.number}-1",
        group_id=group.id,
        merchant_id=order.merchant_id,
        customer_id=order.customer_id,
        storefront_id=order.storefront_id,
        status=OrderStatus.PENDING_PAYMENT,
        currency=order.currency,
        subtotal=0,
        shipping_price=0,
        total=0,
        shipping_method=order.shipping_method,
        shipping_method_name=order.shipping_method_name,
        shipping_address=order.shipping_address,
        remark=f"replacement for {order.number} (aftersales {case.number})",
        inventory_mode=InventoryMode.RESERVE_ON_ORDER,
        pickup_point_id=order.pickup_point_id,
        replacement_of_id=order.id,
    )
    lines = []
    for cl in case_lines:
        original: OrderLine = cl.order_line
        variant = cl.exchange_variant
        lines.append(
            OrderLine(
                order_id=replacement.id,
                variant_id=variant.id if variant else original.variant_id,
                product_name=variant.product.name if variant else original.product_name,
                variant_name=variant.name if variant else original.variant_name,
                sku=variant.sku if variant else original.sku,
                quantity=cl.quantity,
                unit_price=0,
                total=0,
                currency=original.currency,
            )
        )
    await OrderLine.bulk_create(lines)
    lines = await OrderLine.filter(order_id=replacement.id).order_by("id")
    try:
        await allocation.allocate(replacement, lines, reserve=True, actor_user_id=acting.user_id)
    except allocation.OutOfStock as exc:
        raise DomainError(
            Code.INSUFFICIENT_STOCK,
            f"Not enough stock to send variant {exc.variant_id} again.",
            "id",
        )
    await allocation.commit_reservations(replacement)
    await move_order(
        replacement,
        OrderStatus.PAID,
        SYSTEM,
        reason=f"replacement for {order.number}: nothing to pay",
        data={"replacement_of": order.id, "case_number": case.number},
        now=now,
    )
    await after_payment(replacement, now)  # storefronts that confirm automatically
    return replacement
