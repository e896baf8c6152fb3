"""Shipping: one order (``ship``), or a batch of one merchant's orders (``ship_batch``).

* ``ship``: PACKED -> SHIPPED for one order with a shipment: the manual carrier takes the
  carrier's name and tracking number as typed; a range carrier takes the next number of the
  merchant's range. Same rights as ``orders.order_ship`` (which the ``orderShip`` mutation now
  reaches through here).
* ``ship_batch``: many PACKED orders of one merchant at once, all or nothing: consecutive numbers
  from the range (one atomic UPDATE), one shipment each, in one batch (``batch_documents``
  prints its labels and the courier's address list).

A tracking number is unique per carrier across the platform (a unique index on the shipments):
a typed number already on a parcel of that carrier, whichever merchant's, is refused with
DUPLICATE_TRACKING_NUMBER -- also when two requests race for it (the index decides).
"""

from __future__ import annotations

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.logistics import Shipment, ShipmentBatch
from models.merchants import Merchant
from models.orders import MerchantOrder, OrderLine, OrderStatus
from plugins.interfaces import CarrierProvider, CarrierRefused, ShipmentRequest
from resolvers.checkout import new_number
from resolvers.errors import DomainError, recode
from resolvers.freight.credentials import carrier_config
from resolvers.logistics.accounts import active_account, not_configured, take_numbers
from resolvers.logistics.carriers import MANUAL, Code, provider_for, text
from resolvers.logistics.own_fleet import (
    DEFAULT_NAME,
    check_courier_input,
    courier_for,
    numbers_itself,
)
from resolvers.orders import (
    SHIP,
    Acting,
    _operate,
    authorise,
    load_visible,
    move_order,
    now_utc,
    refuse_typed_carrier,
)
from resolvers.permissions import Viewer, require_user

MAX_BATCH = 200


async def _request(
    order: MerchantOrder, carrier_name: str, tracking_number: str, config: dict
) -> ShipmentRequest:
    merchant = await Merchant.get(id=order.merchant_id)
    lines = await OrderLine.filter(order_id=order.id).order_by("id")
    sender = {"name": merchant.name, **(config.get("origin") or {})}
    return ShipmentRequest(
        order_number=order.number,
        tracking_number=tracking_number,
        carrier_name=carrier_name,
        sender=sender,
        recipient=dict(order.shipping_address or {}),
        items=tuple((line.sku, line.product_name, line.quantity) for line in lines),
        config=config,
    )


async def _ship_one(
    order: MerchantOrder,
    acting: Acting,
    provider: CarrierProvider,
    carrier_name: str,
    tracking_number: str,
    config: dict,
    batch: ShipmentBatch | None = None,
    courier_user_id: int | None = None,
) -> Shipment:
    """The shipment and the PACKED -> SHIPPED move, in the caller's transaction. A typed
    number (not from a range) already on a parcel of the carrier is refused."""
    try:
        label = await provider.create_shipment(
            await _request(order, carrier_name, tracking_number, config)
        )
    except CarrierRefused as exc:  # e.g. Kuaidi100 without a key, or refusing the waybill
        raise DomainError(Code(exc.code), exc.message, "provider")
    if not provider.uses_number_range and await _taken(provider, label.tracking_number):
        raise _duplicate(label.tracking_number, "trackingNumber")
    shipment = await Shipment.create(
        order_id=order.id,
        merchant_id=order.merchant_id,
        batch_id=batch.id if batch else None,
        provider=provider.code,
        carrier_name=carrier_name,
        tracking_number=label.tracking_number,
        label=label.label_html,
        created_by_user_id=acting.user_id,
        courier_id=courier_user_id,
    )
    await move_order(
        order,
        OrderStatus.SHIPPED,
        acting,
        reason=f"shipped with {carrier_name}",
        updates={"carrier": carrier_name, "tracking_number": label.tracking_number},
        data={
            "carrier": carrier_name,
            "tracking_number": label.tracking_number,
            "provider": provider.code,
            **({"batch": batch.number} if batch else {}),
        },
    )
    return shipment


async def _taken(provider: CarrierProvider, tracking_number: str) -> bool:
    return await Shipment.filter(provider=provider.code, tracking_number=tracking_number).exists()


def _duplicate(tracking_number: str, field: str) -> DomainError:
    return DomainError(
        Code.DUPLICATE_TRACKING_NUMBER,
        f"Tracking number {tracking_number} is already on a parcel of this carrier.",
        field,
    )


async def _raise_if_duplicate(provider: CarrierProvider, numbers: list[str], field: str) -> None:
    """After a unique violation: DUPLICATE_TRACKING_NUMBER if one of ``numbers`` is (now) on a
    parcel of the carrier -- a concurrent request shipped it first."""
    for number in numbers:
        if await _taken(provider, number):
            raise _duplicate(number, field)


async def ship(
    viewer: Viewer,
    order_id: int,
    provider_code: str = MANUAL,
    *,
    carrier_name: str | None = None,
    tracking_number: str | None = None,
    courier_user_id: int | None = None,
) -> MerchantOrder:
    """PACKED -> SHIPPED with a shipment (see the module's docstring). Own fleet: no carrier
    and no waybill typed; the parcel goes to a courier of the merchant (``courier_user_id``,
    or its only courier)."""
    provider = provider_for(provider_code)
    check_courier_input(provider, courier_user_id)
    typed = text(tracking_number, "trackingNumber", required=False, limit=80)
    carrier = text(carrier_name, "carrier", required=False, limit=80)
    own_numbers = numbers_itself(provider)
    if (provider.uses_number_range or own_numbers) and typed:
        raise DomainError(
            Code.INVALID,
            f"{provider.name} numbers come from the merchant's range: leave it empty."
            if provider.uses_number_range
            else f"{provider.name} numbers its parcels itself: leave it empty.",
            "trackingNumber",
        )
    if not provider.uses_number_range and not own_numbers:
        carrier = text(carrier_name, "carrier", required=True, limit=80)
        typed = text(tracking_number, "trackingNumber", required=True, limit=80)

    numbers: list[str] = []

    async def apply(order: MerchantOrder, acting: Acting) -> None:
        if not provider.uses_number_range:
            await refuse_typed_carrier(order, Code.OWN_CARRIER_ACCOUNT_REQUIRED)
        account = await active_account(order.merchant_id, provider)
        if own_numbers:
            courier = await courier_for(order.merchant_id, courier_user_id)
            name = carrier or (account.name if account else DEFAULT_NAME)
            label = await _ship_one(
                order, acting, provider, name, "", account.config if account else {},
                courier_user_id=courier,
            )  # fmt: skip
            numbers.append(label.tracking_number)
            return
        if provider.uses_number_range:
            if account is None:
                raise not_configured(provider)
            (number,) = await take_numbers(account, 1)
            name = carrier or account.name
        else:
            number, name = typed, carrier
        numbers.append(number)
        await _ship_one(order, acting, provider, name, number, carrier_config(account))

    try:
        return await _operate(viewer, order_id, SHIP, apply)
    except DomainError as err:
        raise recode(err, Code)
    except IntegrityError:
        field = "provider" if provider.uses_number_range else "trackingNumber"
        await _raise_if_duplicate(provider, numbers, field)
        raise


async def ship_batch(viewer: Viewer, order_ids: list[int], provider_code: str) -> ShipmentBatch:
    """Ship many PACKED orders of one merchant with one range carrier, all or nothing."""
    require_user(viewer, Code)
    provider = provider_for(provider_code)
    if not provider.uses_number_range:
        raise DomainError(
            Code.INVALID,
            "Batch shipping prints numbers from a carrier's range; "
            f"{provider.name} numbers are typed per order.",
            "provider",
        )
    if not 1 <= len(order_ids) <= MAX_BATCH:
        raise DomainError(Code.INVALID, f"Between 1 and {MAX_BATCH} orders.", "orders")
    if len(set(order_ids)) != len(order_ids):
        raise DomainError(Code.INVALID, "Each order once.", "orders")
    numbers: list[str] = []
    try:
        return await _ship_batch(viewer, order_ids, provider, numbers)
    except IntegrityError:
        await _raise_if_duplicate(provider, numbers, "provider")
        raise


async def _ship_batch(
    viewer: Viewer, order_ids: list[int], provider: CarrierProvider, numbers: list[str]
) -> ShipmentBatch:
    """``ship_batch``'s transaction; ``numbers`` gets the waybill numbers it takes."""
    async with in_transaction():
        orders: list[tuple[MerchantOrder, Acting]] = []
        for index, order_id in enumerate(order_ids):
            try:
                order = await load_visible(viewer, order_id)
                orders.append((order, authorise(viewer, order, SHIP)))
            except DomainError as err:
                raise DomainError(Code(err.code.value), err.message, f"orders.{index}")
        merchants = {order.merchant_id for order, _ in orders}
        if len(merchants) != 1:
            raise DomainError(Code.INVALID, "A batch holds one merchant's orders.", "orders")
        account = await active_account(merchants.pop(), provider)
        if account is None:
            raise not_configured(provider)
        numbers += await take_numbers(account, len(orders))
        batch = await ShipmentBatch.create(
            number=new_number("B", now_utc()),
            merchant_id=account.merchant_id,
            provider=provider.code,
            created_by_user_id=viewer.user_id,
        )
        for (order, acting), number in zip(orders, numbers, strict=True):
            config = carrier_config(account)
            await _ship_one(order, acting, provider, account.name, number, config, batch)
    return batch
