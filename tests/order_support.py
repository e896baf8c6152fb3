"""Helpers for order tests: a world with every kind of party, paid orders through the API, and
the order mutations as one-liners.

``make_order_world()`` builds three storefronts (mall, grocery, groupbuy), merchants A and B
(warehouse, a product each listed everywhere, staff with each role), platform admin and customer
service, an own-fleet courier of A, a group leader with a pickup point, and two customers.
``paid_order(...)`` drives a real checkout and payment callback through the HTTP API.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from models.accounts import Courier, PlatformRole, StaffRole, User
from models.catalog import Listing, Variant
from models.inventory import Stock
from models.merchants import Merchant, PickupPoint, Storefront, StorefrontPolicyName, Warehouse
from models.orders import (
    Actor,
    GroupStatus,
    InventoryMode,
    MerchantOrder,
    OrderEvent,
    OrderGroup,
    OrderLine,
    OrderStatus,
)
from tests.checkout_support import (
    cart_with,
    gid,
    make_shoppers,
    pk,
    place,
    post_callback,
    signed_callback,
    start_payment,
)
from tests.support import make_product, make_staff, make_storefront, make_user

ORDER_FIELDS = """id number status cancelReason carrier trackingNumber remark shippingAddress
  refunded { amount } total { amount } storefront
  events { kind fromStatus toStatus actor actorRole actorUserId role reason data }"""

PICKUP = """mutation($token: String!, $point: ID!) {
  cartPickupPointUpdate(token: $token, pickupPointId: $point) { errors { code field } } }"""

# mutation name -> its input type
MUTATIONS = {
    "orderCancel": "OrderCancelInput",
    "orderUpdate": "OrderUpdateInput",
    "orderConfirmReceipt": "OrderConfirmReceiptInput",
    "orderConfirm": "OrderConfirmInput",
    "orderInvalidate": "OrderInvalidateInput",
    "orderCancelOnRequest": "OrderCancelOnRequestInput",
    "orderAssign": "OrderAssignInput",
    "orderMarkPacked": "OrderMarkPackedInput",
    "orderShip": "OrderShipInput",
    "orderMarkDelivered": "OrderMarkDeliveredInput",
    "orderMarkDeliveryFailed": "OrderMarkDeliveryFailedInput",
    "orderReattemptDelivery": "OrderReattemptDeliveryInput",
    "orderMarkReturned": "OrderMarkReturnedInput",
    "orderMarkReadyForPickup": "OrderMarkReadyForPickupInput",
    "orderHandOver": "OrderHandOverInput",
}


def mutation(name: str) -> str:
    return f"""mutation($input: {MUTATIONS[name]}!) {{ {name}(input: $input) {{
  order {{ {ORDER_FIELDS} }} errors {{ code field message }} }} }}"""


async def act(gql, name: str, token: str, order_id: str, **fields) -> dict:
    """Run order mutation ``name`` as ``token``; the payload ({order, errors})."""
    body = await gql(mutation(name), {"input": {"id": order_id, **fields}}, token=token)
    assert "errors" not in body, body
    return body["data"][name]


async def ok(gql, name: str, token: str, order_id: str, **fields) -> dict:
    """Run a mutation that must succeed; the order."""
    result = await act(gql, name, token, order_id, **fields)
    assert result["errors"] == [], (name, result["errors"])
    return result["order"]


async def refused(gql, name: str, token: str, order_id: str, **fields) -> str:
    """Run a mutation that must be refused; its error code (the order must stay as it was)."""
    before = await MerchantOrder.get(id=pk(order_id)).values()
    result = await act(gql, name, token, order_id, **fields)
    assert result["order"] is None and len(result["errors"]) == 1, (name, result)
    after = await MerchantOrder.get(id=pk(order_id)).values()
    assert after == before, f"{name} was refused but changed the order"
    return result["errors"][0]["code"]


@dataclass
class Party:
    user: User
    token: str


@dataclass
class Seller:
    merchant: Merchant
    warehouse: Warehouse
    variant: Variant
    owner: Party
    orders: Party  # role: orders
    warehouse_staff: Party  # role: warehouse
    logistics: Party  # role: logistics
    catalog: Party  # role: catalog only (no order rights)


@dataclass
class OrderWorld:
    mall: Storefront
    grocery: Storefront
    groupbuy: Storefront
    a: Seller
    b: Seller
    admin: Party
    service: Party  # platform customer service
    courier: Party  # own fleet of merchant A
    leader: Party
    point: PickupPoint
    other_leader: Party
    other_point: PickupPoint
    customer: Party
    stranger: Party  # another customer
    extra: dict = field(default_factory=dict)


async def _party(email: str, role: PlatformRole = PlatformRole.NONE) -> Party:
    user, token = await make_user(email, role)
    return Party(user, token)


async def _staff(merchant: Merchant, email: str, roles: list[StaffRole]) -> Party:
    user, token = await make_staff(merchant, email, roles)
    return Party(user, token)


async def make_order_world(stock: int = 20) -> OrderWorld:
    mall = await make_storefront("mall")
    grocery = await make_storefront("grocery", StorefrontPolicyName.GROCERY)
    groupbuy = await make_storefront("groupbuy", StorefrontPolicyName.GROUPBUY)
    sellers = []
    for slug in ("alpha", "beta"):
        merchant = await Merchant.create(name=slug.title(), slug=slug)
        warehouse = await Warehouse.create(merchant=merchant, code="main", name="Main")
        product = await make_product(
            merchant, mall, f"{slug} tea", price="10.00", stock=stock, warehouse=warehouse
        )
        for storefront in (grocery, groupbuy):
            await Listing.create(product=product, storefront=storefront)
        variant = await Variant.get(product_id=product.id)
        sellers.append(
            Seller(
                merchant,
                warehouse,
                variant,
                await _staff(merchant, f"owner@{slug}.test", [StaffRole.OWNER]),
                await _staff(merchant, f"orders@{slug}.test", [StaffRole.ORDERS]),
                await _staff(merchant, f"warehouse@{slug}.test", [StaffRole.WAREHOUSE]),
                await _staff(merchant, f"logistics@{slug}.test", [StaffRole.LOGISTICS]),
                await _staff(merchant, f"catalog@{slug}.test", [StaffRole.CATALOG]),
            )
        )
    courier = await _party("courier@alpha.test")
    await Courier.create(user=courier.user, merchant=sellers[0].merchant)
    leader = await _party("leader@plaza.test")
    point = await PickupPoint.create(storefront=groupbuy, leader=leader.user, name="North Gate")
    other_leader = await _party("leader2@plaza.test")
    other_point = await PickupPoint.create(
        storefront=groupbuy, leader=other_leader.user, name="South Gate"
    )
    return OrderWorld(
        mall=mall,
        grocery=grocery,
        groupbuy=groupbuy,
        a=sellers[0],
        b=sellers[1],
        admin=await _party("admin@plaza.test", PlatformRole.ADMIN),
        service=await _party("service@plaza.test", PlatformRole.CUSTOMER_SERVICE),
        courier=courier,
        leader=leader,
        point=point,
        other_leader=other_leader,
        other_point=other_point,
        customer=await _party("customer@plaza.test"),
        stranger=await _party("stranger@plaza.test"),
    )


_keys = iter(range(1, 10**9))


async def placed_group(
    gql,
    customer: Party,
    storefront: Storefront,
    lines: list[tuple[Variant, int]],
    *,
    point: PickupPoint | None = None,
) -> dict:
    """Place (not pay) an order group through the API; the checkout payload's orderGroup."""
    token = await cart_with(
        gql, customer.token, storefront.code, [(gid("Variant", v.id), q) for v, q in lines]
    )
    if point is not None:
        body = await gql(
            PICKUP, {"token": token, "point": gid("PickupPoint", point.id)}, token=customer.token
        )
        assert body["data"]["cartPickupPointUpdate"]["errors"] == [], body
    result = await place(gql, customer.token, token, f"order-test-{next(_keys)}")
    assert result["errors"] == [], result
    return result["orderGroup"]


async def pay(gql, client, customer: Party, group: dict) -> None:
    payment = await start_payment(gql, customer.token, group["id"])
    headers, body = signed_callback(payment["reference"], group["total"]["amount"])
    resp = await post_callback(client, headers, body)
    assert resp.status_code == 200, resp.text


async def paid_order(
    gql,
    client,
    customer: Party,
    storefront: Storefront,
    variant: Variant,
    quantity: int = 1,
    *,
    point: PickupPoint | None = None,
) -> str:
    """A one-merchant order placed and paid through the API; its global ID."""
    group = await placed_group(gql, customer, storefront, [(variant, quantity)], point=point)
    await pay(gql, client, customer, group)
    return group["orders"][0]["id"]


async def status_of(order_id: str) -> OrderStatus:
    return OrderStatus((await MerchantOrder.get(id=pk(order_id))).status)


async def stock_of(variant: Variant) -> tuple[int, int]:
    stock = await Stock.get(variant_id=variant.id)
    return stock.on_hand, stock.reserved


async def shopper_pool(n: int, prefix: str) -> list[Party]:
    return [Party(s.user, s.token) for s in await make_shoppers(n, prefix)]


async def bulk_orders(
    world: OrderWorld, count: int, *, lines_per_order: int = 2, events_per_order: int = 3
) -> list[MerchantOrder]:
    """``count`` orders of merchant A (and as many of B), written straight to the database: for
    listing and query-count tests, where going through checkout would only be slow."""
    variants = [world.a.variant]
    for n in range(1, lines_per_order):
        product = await make_product(world.a.merchant, world.mall, f"bulk {n}", price="3.00")
        variants.append(await Variant.get(product_id=product.id))
    made = []
    for seller in (world.a, world.b):
        for i in range(count):
            group = await OrderGroup.create(
                number=f"GB{seller.merchant.id}{i:06d}",
                customer=world.customer.user,
                storefront=world.mall,
                status=GroupStatus.PAID,
                currency="CNY",
                subtotal=Decimal("10.00"),
                shipping_total=Decimal("0.00"),
                total=Decimal("10.00"),
                inventory_mode=InventoryMode.RESERVE_ON_ORDER,
                payment_deadline=group_deadline(),
                idempotency_key=f"bulk-{seller.merchant.id}-{i}",
                request_hash="x",
            )
            order = await MerchantOrder.create(
                number=f"{group.number}-1",
                group=group,
                merchant=seller.merchant,
                customer=world.customer.user,
                storefront=world.mall,
                status=OrderStatus.PAID,
                currency="CNY",
                subtotal=Decimal("10.00"),
                shipping_price=Decimal("0.00"),
                total=Decimal("10.00"),
                inventory_mode=InventoryMode.RESERVE_ON_ORDER,
            )
            await OrderLine.bulk_create(
                [
                    OrderLine(
                        order_id=order.id,
                        variant_id=(variants[n] if seller is world.a else seller.variant).id,
                        product_name="tea",
                        sku=f"sku-{n}",
                        quantity=1,
                        unit_price=Decimal("5.00"),
                        total=Decimal("5.00"),
                        currency="CNY",
                    )
                    for n in range(lines_per_order)
                ]
            )
            await OrderEvent.bulk_create(
                [
                    OrderEvent(order_id=order.id, kind="note", actor=Actor.SYSTEM, reason=f"{e}")
                    for e in range(events_per_order)
                ]
            )
            made.append(order)
    return made


def group_deadline():
    from resolvers.orders import now_utc

    return now_utc() + timedelta(minutes=30)
