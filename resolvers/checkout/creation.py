"""Writing a placed order: the group, one merchant order per merchant with its lines, their
history and outbox events, and the cart marked ordered (ids taken ahead, one statement on
PostgreSQL); then each order's flash-sale counters and stock, taken last."""

from __future__ import annotations

from datetime import datetime

from models.checkout import Cart
from models.orders import (
    Actor,
    GroupStatus,
    InventoryMode,
    MerchantOrder,
    OrderGroup,
    OrderLine,
    OrderStatus,
)
from models.repository import checkout as checkout_repo
from plugins.interfaces import StorefrontPolicy
from resolvers import allocation, outbox
from resolvers.checkout.common import new_number
from resolvers.checkout.quotes import CartView, MerchantGroup
from resolvers.checkout.slots import ChosenSlot, take_places
from resolvers.currency import require_currency
from resolvers.errors import CheckoutErrorCode as Code
from resolvers.errors import DomainError
from resolvers.orders import history_entry, pickup_point_of


def _order_mode(
    group: MerchantGroup, policy: StorefrontPolicy, force_deduct: bool
) -> InventoryMode:
    if force_deduct:
        return InventoryMode.DEDUCT_ON_PAYMENT
    if any(pl.flash_sale for pl in group.lines):
        # One mode per merchant order: a flash-sale line decides for its order.
        sale_modes = {
            InventoryMode(pl.flash_sale.inventory_mode) for pl in group.lines if pl.flash_sale
        }
        if InventoryMode.DEDUCT_ON_PAYMENT in sale_modes:
            return InventoryMode.DEDUCT_ON_PAYMENT
    return policy.inventory_mode


async def create_orders(
    cart: Cart,
    view: CartView,
    policy: StorefrontPolicy,
    user_id: int,
    key: str,
    request_hash: str,
    force_deduct: bool,
    outcomes: list,
    now: datetime,
    slots: dict[int, ChosenSlot] | None = None,
) -> OrderGroup:
    """Write the group, its merchant orders, their lines, history and events, and mark the cart
    ordered -- built first with ids taken ahead, then written in one statement on PostgreSQL --
    then take each order's flash-sale counters and stock, and last the places of the delivery
    slots chosen (``slots``: by merchant).

    Every line was checked to be in the storefront's currency (``check_lines``); the group and
    each merchant order are priced in it too, or nothing is written."""
    currency = cart.storefront.currency
    require_currency(currency, view.currency, "lines", Code)
    for mgroup in view.groups:
        require_currency(currency, mgroup.currency, "lines", Code)
    modes = {g.merchant_id: _order_mode(g, policy, force_deduct) for g in view.groups}
    group_mode = (
        InventoryMode.DEDUCT_ON_PAYMENT
        if InventoryMode.DEDUCT_ON_PAYMENT in modes.values()
        else policy.inventory_mode
    )
    group_id, order_ids, new_line_ids = await checkout_repo.take_order_ids(
        len(view.groups), sum(len(g.lines) for g in view.groups)
    )
    line_ids = iter(new_line_ids)
    group = OrderGroup(
        id=group_id,
        number=new_number("G", now),
        customer_id=user_id,
        storefront_id=cart.storefront_id,
        status=GroupStatus.PENDING_PAYMENT,
        currency=view.currency,
        subtotal=view.subtotal,
        shipping_total=view.shipping_total,
        total=view.total,
        inventory_mode=group_mode,
        payment_deadline=now + policy.payment_deadline,
        shipping_address=cart.shipping_address or {},
        idempotency_key=key,
        request_hash=request_hash,
        risk_reasons=[o.reason_code for o in outcomes],
    )
    group.storefront = cart.storefront  # as read with the cart: paying it reads it no more
    rows: list = [group]
    history: list = []
    placed: list[tuple[MerchantOrder, MerchantGroup, InventoryMode, list[OrderLine]]] = []
    events: list[outbox.Event] = []
    for index, (order_id, mgroup) in enumerate(zip(order_ids, view.groups, strict=True), start=1):
        mode = modes[mgroup.merchant_id]
        chosen = (slots or {}).get(mgroup.merchant_id)
        order = MerchantOrder(
            id=order_id,
            number=f"{group.number}-{index}",
            group_id=group.id,
            merchant_id=mgroup.merchant_id,
            customer_id=user_id,
            storefront_id=cart.storefront_id,
            status=OrderStatus.PENDING_PAYMENT,
            currency=mgroup.currency,
            subtotal=mgroup.subtotal,
            shipping_price=mgroup.shipping_price,
            total=mgroup.total,
            shipping_method=mgroup.selected.method_code if mgroup.selected else "",
            shipping_method_name=mgroup.selected.name if mgroup.selected else "",
            shipping_address=cart.shipping_address or {},
            inventory_mode=mode,
            pickup_point_id=cart.pickup_point_id,
            delivery_slot_id=chosen.slot.id if chosen else None,
        )
        lines = [
            OrderLine(
                id=next(line_ids),
                order_id=order.id,
                variant_id=pl.variant.id,
                product_name=pl.variant.product.name,
                variant_name=pl.variant.name,
                sku=pl.variant.sku,
                quantity=pl.quantity,
                unit_price=pl.unit_price,
                total=pl.total,
                currency=pl.variant.currency,
                flash_sale_id=pl.flash_sale.id if pl.flash_sale else None,
            )
            for pl in mgroup.lines
        ]
        rows += [order, *lines]
        history.append(
            history_entry(
                order,
                "placed",
                Actor.CUSTOMER,
                actor_user_id=user_id,
                data={
                    "inventory_mode": mode.value,
                    "total": str(order.total),
                    **({"delivery_slot": chosen.slot.starts_at.isoformat()} if chosen else {}),
                },
                to_status=OrderStatus(order.status),
            )
        )
        events.append(
            outbox.Event(
                "order.placed",
                "merchant_order",
                order.id,
                {
                    "order_number": order.number,
                    "group_id": group.id,
                    "status": order.status.value,
                    **pickup_point_of(order),
                },
                merchant_id=order.merchant_id,
                customer_id=user_id,
            )
        )
        placed.append((order, mgroup, mode, lines))
    events.append(
        outbox.Event(
            "order_group.placed",
            "order_group",
            group.id,
            {"number": group.number, "payment_deadline": group.payment_deadline.isoformat()},
            customer_id=user_id,
        )
    )
    # Every write that takes no hot lock comes first, together; the flash-sale counters and the
    # stock (the rows every buyer of a flash sale shares) come last, so they stay locked only
    # for their own statements and the COMMIT. Per merchant order the checks run in the same
    # order as ever (quota, sale units, stock), and any refusal rolls the whole transaction back.
    await checkout_repo.insert_placed_order(
        [*rows, *history, *outbox.new_rows(events)], cart, user_id, now
    )
    stock_rows = {vid: offer.single_stock_row for vid, offer in view.offers.items()}
    for order, mgroup, mode, lines in placed:
        await _take_for_order(order, mgroup, mode, lines, user_id, stock_rows)
    if slots:
        await take_places(slots, now)
    return group


async def _take_for_order(
    order: MerchantOrder,
    mgroup: MerchantGroup,
    mode: InventoryMode,
    lines: list[OrderLine],
    user_id: int,
    stock_rows: dict[int, int | None],
) -> None:
    """Count the flash-sale quota and units, and reserve the stock (reserve mode), or raise.
    ``stock_rows``: each variant's only stock row, as the cart view read it (None: several).

    The sale's unit counter and the stock are rows every buyer of a flash sale shares: they
    are taken last (after this order's allocation rows), counter before stock."""
    sale_lines = [pl for pl in mgroup.lines if pl.flash_sale is not None]
    for pl in sale_lines:
        if not await allocation.take_flash_quota(pl.flash_sale, user_id, pl.quantity):
            raise DomainError(
                Code.LIMIT_EXCEEDED,
                f"At most {pl.flash_sale.per_customer_limit} per customer in this sale.",
                "lines",
            )
    if mode != InventoryMode.RESERVE_ON_ORDER:
        return

    async def take_sale_units() -> None:
        for pl in sale_lines:
            if not await allocation.take_flash_units(pl.flash_sale.id, pl.quantity):
                raise DomainError(Code.SOLD_OUT, "This sale is sold out.", "lines")

    try:
        await allocation.allocate(
            order,
            lines,
            reserve=True,
            actor_user_id=user_id,
            before_stock=take_sale_units,
            single_stock_rows=stock_rows,
        )
    except allocation.OutOfStock as exc:
        code = Code.SOLD_OUT if exc.flash_sale_id else Code.INSUFFICIENT_STOCK
        raise DomainError(code, "Not enough stock left for an item.", "lines")
