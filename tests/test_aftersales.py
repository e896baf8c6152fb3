"""Aftersales cases through the GraphQL API: return and refund, refund only, exchange and reship
end to end; the goods inspected into the ledger; replacement orders linked to the original;
every refusal with its code and nothing changed; tenants kept apart; completion held back."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from tortoise.transactions import in_transaction

from models.aftersales import AftersalesCase, AftersalesCaseLine, CaseStatus
from models.catalog import Variant
from models.inventory import MovementKind, Stock, StockMovement
from models.orders import Actor, MerchantOrder, OrderLine, OrderStatus
from models.outbox import OutboxEvent
from models.payments import Refund, RefundStatus
from resolvers.inventory import reconcile
from resolvers.orders import now_utc, run_automatic_transitions, transition
from tests.checkout_support import gid, pk
from tests.order_support import make_order_world, paid_order, status_of, stock_of

S = OrderStatus

CASE_FIELDS = """id number type status resolution reason rejectionReason
  requestedAmount { amount currency } refunded { amount }
  returnCarrier returnTrackingNumber
  order { id status refunded { amount } }
  replacementOrder { id status total { amount } replacementOf { id }
    lines { sku quantity unitPrice { amount } } }
  lines { orderLineId sku quantity restocked writtenOff exchangeVariant { id } }"""

INPUTS = {
    "aftersalesCaseOpen": "AftersalesCaseOpenInput",
    "aftersalesCaseApprove": "AftersalesCaseApproveInput",
    "aftersalesCaseReject": "AftersalesCaseRejectInput",
    "aftersalesCaseReturnShip": "AftersalesCaseReturnShipInput",
    "aftersalesCaseReceive": "AftersalesCaseReceiveInput",
    "aftersalesCaseInspect": "AftersalesCaseInspectInput",
    "aftersalesCaseResolve": "AftersalesCaseResolveInput",
    "aftersalesCaseClose": "AftersalesCaseCloseInput",
}


@pytest.fixture
async def world():
    return await make_order_world()


async def run(gql, name: str, token: str, **fields) -> dict:
    """Run case mutation ``name``; its payload ({aftersalesCase, errors})."""
    query = f"""mutation($input: {INPUTS[name]}!) {{ {name}(input: $input) {{
      aftersalesCase {{ {CASE_FIELDS} }} errors {{ code field message }} }} }}"""
    body = await gql(query, {"input": fields}, token=token)
    assert "errors" not in body, body
    return body["data"][name]


async def ok(gql, name: str, token: str, **fields) -> dict:
    result = await run(gql, name, token, **fields)
    assert result["errors"] == [], (name, result["errors"])
    return result["aftersalesCase"]


async def _state() -> tuple:
    """Everything a refused case operation must leave as it was."""
    return (
        await AftersalesCase.all().order_by("id").values(),
        await AftersalesCaseLine.all().order_by("id").values(),
        await MerchantOrder.all().order_by("id").values(),
        await Stock.all().order_by("id").values(),
        await StockMovement.all().count(),
        await Refund.all().count(),
        await OutboxEvent.all().count(),
    )


async def refused(gql, name: str, token: str, **fields) -> dict:
    """Run a mutation that must be refused and change nothing; its one error."""
    before = await _state()
    result = await run(gql, name, token, **fields)
    assert result["aftersalesCase"] is None and len(result["errors"]) == 1, result
    assert await _state() == before, f"{name} was refused but changed something"
    return result["errors"][0]


async def delivered(gql, client, world, quantity: int = 3, storefront=None, variant=None) -> str:
    """A paid order of merchant A walked to DELIVERED; its global ID."""
    order_id = await paid_order(
        gql, client, world.customer, storefront or world.mall, variant or world.a.variant, quantity
    )
    async with in_transaction():
        order = await MerchantOrder.get(id=pk(order_id))
        steps = [S.PAID, S.CONFIRMED, S.PICKING, S.PACKED, S.SHIPPED, S.DELIVERED]
        for target in steps[steps.index(S(order.status)) + 1 :]:  # grocery confirms by itself
            await transition(order, target, Actor.ADMIN, reason="test set-up")
    return order_id


def opening(order_id: str, line: str, case_type: str, quantity: int, reason: str) -> dict:
    """The input of ``aftersalesCaseOpen`` for one line."""
    return {
        "order": order_id,
        "type": case_type,
        "reason": reason,
        "lines": [{"orderLine": line, "quantity": quantity}],
    }


async def line_of(order_id: str) -> str:
    line = await OrderLine.filter(order_id=pk(order_id)).order_by("id").first()
    return str(line.id)


async def _ledger_ok() -> None:
    assert all(row.ok for row in await reconcile()), "stock does not reconcile with the ledger"


async def _history(order_id: str) -> list[str]:
    from models.orders import OrderEvent

    return [
        e.kind
        for e in await OrderEvent.filter(order_id=pk(order_id)).order_by("id")
        if e.kind.startswith("aftersales_")
    ]


async def test_return_and_refund_end_to_end(gql, client, world):
    order_id = await delivered(gql, client, world, quantity=3)
    line = await line_of(order_id)
    on_hand_before, _ = await stock_of(world.a.variant)

    case = await ok(
        gql,
        "aftersalesCaseOpen",
        world.customer.token,
        **opening(order_id, line, "RETURN_AND_REFUND", 2, "too small"),
    )
    assert (case["status"], case["type"]) == ("REQUESTED", "RETURN_AND_REFUND")
    assert case["requestedAmount"] == {"amount": "20.00", "currency": "CNY"}
    assert case["lines"] == [
        {
            "orderLineId": line,
            "sku": world.a.variant.sku,
            "quantity": 2,
            "restocked": 0,
            "writtenOff": 0,
            "exchangeVariant": None,
        }
    ]
    case_id = case["id"]

    approved = await ok(gql, "aftersalesCaseApprove", world.a.orders.token, id=case_id)
    assert approved["status"] == "AWAITING_RETURN"
    shipped = await ok(
        gql,
        "aftersalesCaseReturnShip",
        world.customer.token,
        id=case_id,
        carrier="SF Express",
        trackingNumber="SF900",
    )
    assert (shipped["returnCarrier"], shipped["returnTrackingNumber"]) == ("SF Express", "SF900")
    assert (await ok(gql, "aftersalesCaseReceive", world.a.warehouse_staff.token, id=case_id))[
        "status"
    ] == "RECEIVED"

    inspected = await ok(
        gql,
        "aftersalesCaseInspect",
        world.a.warehouse_staff.token,
        id=case_id,
        lines=[{"orderLine": line, "restock": 1, "writeOff": 1}],
    )
    assert inspected["status"] == "INSPECTED"
    assert (inspected["lines"][0]["restocked"], inspected["lines"][0]["writtenOff"]) == (1, 1)
    # one unit back on the shelf, one written off: both in the ledger, which still reconciles
    assert (await stock_of(world.a.variant))[0] == on_hand_before + 1
    kinds = [
        m.kind
        for m in await StockMovement.filter(reference=f"merchant_order:{pk(order_id)}").order_by(
            "id"
        )
    ]
    assert kinds[-2:] == [MovementKind.RESTOCK, MovementKind.WRITE_OFF]
    await _ledger_ok()

    resolved = await ok(gql, "aftersalesCaseResolve", world.a.orders.token, id=case_id)
    assert (resolved["status"], resolved["resolution"]) == ("RESOLVED", "REFUNDED")
    assert resolved["refunded"] == {"amount": "20.00"}
    assert resolved["order"]["refunded"] == {"amount": "20.00"}
    (refund,) = await Refund.filter(order_id=pk(order_id))
    assert (refund.amount, refund.status) == (Decimal("20.00"), RefundStatus.SUCCEEDED)

    closed = await ok(gql, "aftersalesCaseClose", world.customer.token, id=case_id)
    assert (closed["status"], closed["resolution"]) == ("CLOSED", "REFUNDED")

    # the order's own timeline shows every step; partners get the events
    assert await _history(order_id) == [
        "aftersales_requested",
        "aftersales_awaiting_return",
        "aftersales_return_shipped",
        "aftersales_received",
        "aftersales_inspected",
        "aftersales_resolved",
        "aftersales_closed",
    ]
    topics = [e.topic for e in await OutboxEvent.filter(aggregate="aftersales_case").order_by("id")]
    assert topics == [
        "aftersales.requested",
        "aftersales.awaiting_return",
        "aftersales.return_shipped",
        "aftersales.received",
        "aftersales.inspected",
        "aftersales.resolved",
        "aftersales.closed",
    ]
    assert await status_of(order_id) == S.DELIVERED


async def test_refund_only_with_a_smaller_amount_then_the_rest_is_capped(gql, client, world):
    order_id = await delivered(gql, client, world, quantity=2)
    line = await line_of(order_id)
    case = await ok(
        gql,
        "aftersalesCaseOpen",
        world.customer.token,
        **opening(order_id, line, "REFUND_ONLY", 1, "one box dented"),
    )
    assert (await ok(gql, "aftersalesCaseApprove", world.service.token, id=case["id"]))[
        "status"
    ] == "APPROVED"
    resolved = await ok(
        gql, "aftersalesCaseResolve", world.service.token, id=case["id"], refundAmount="4.50"
    )
    assert resolved["refunded"] == {"amount": "4.50"}
    order = await MerchantOrder.get(id=pk(order_id))
    assert order.refunded_amount == Decimal("4.50")
    # nothing came back: the stock did not move
    assert await StockMovement.filter(kind=MovementKind.RESTOCK).count() == 0

    # a second case for the other unit: at most what is left of the order's total
    second = await ok(
        gql,
        "aftersalesCaseOpen",
        world.customer.token,
        **opening(order_id, line, "REFUND_ONLY", 1, "second box dented too"),
    )
    await ok(gql, "aftersalesCaseApprove", world.a.owner.token, id=second["id"])
    left = Decimal(order.total) - Decimal("4.50")
    error = await refused(
        gql,
        "aftersalesCaseResolve",
        world.a.owner.token,
        id=second["id"],
        refundAmount=str(left + Decimal("0.01")),
    )
    assert (error["code"], error["field"]) == ("REFUND_TOO_LARGE", "refundAmount")
    assert str(left) in error["message"]
    for bad in ("0", "-1", "1.001"):
        error = await refused(
            gql, "aftersalesCaseResolve", world.a.owner.token, id=second["id"], refundAmount=bad
        )
        assert (error["code"], error["field"]) == ("INVALID", "refundAmount")


async def test_reship_creates_a_linked_replacement_order_that_takes_stock(gql, client, world):
    order_id = await delivered(gql, client, world, quantity=2)
    line = await line_of(order_id)
    case = await ok(
        gql,
        "aftersalesCaseOpen",
        world.customer.token,
        **opening(order_id, line, "RESHIP", 1, "one item missing from the parcel"),
    )
    assert case["requestedAmount"]["amount"] == "0.00"
    await ok(gql, "aftersalesCaseApprove", world.a.orders.token, id=case["id"])
    on_hand_before, reserved_before = await stock_of(world.a.variant)

    resolved = await ok(gql, "aftersalesCaseResolve", world.a.orders.token, id=case["id"])
    assert (resolved["status"], resolved["resolution"]) == ("RESOLVED", "REPLACED")
    replacement = resolved["replacementOrder"]
    assert replacement["status"] == "PAID"  # dispatched, then confirmed and shipped as usual
    assert replacement["total"] == {"amount": "0.00"}
    assert replacement["replacementOf"] == {"id": order_id}
    assert replacement["lines"] == [
        {"sku": world.a.variant.sku, "quantity": 1, "unitPrice": {"amount": "0.00"}}
    ]
    # its unit left the stock (reserved, then issued) and the ledger reconciles
    assert await stock_of(world.a.variant) == (on_hand_before - 1, reserved_before)
    await _ledger_ok()

    # the original order shows its replacement and its case
    body = await gql(
        """query($id: ID!) { order(id: $id) { replacements { id }
            aftersalesCases { id status } } }""",
        {"id": order_id},
        token=world.customer.token,
    )
    seen = body["data"]["order"]
    assert seen["replacements"] == [{"id": replacement["id"]}]
    assert seen["aftersalesCases"] == [{"id": case["id"], "status": "RESOLVED"}]
    # the merchant ships it through the normal steps
    assert (await MerchantOrder.get(id=pk(replacement["id"]))).merchant_id == world.a.merchant.id


async def test_reship_without_stock_is_refused_and_changes_nothing(gql, client, world):
    order_id = await delivered(gql, client, world, quantity=1)
    case = await ok(
        gql,
        "aftersalesCaseOpen",
        world.customer.token,
        **opening(order_id, await line_of(order_id), "RESHIP", 1, "broken"),
    )
    await ok(gql, "aftersalesCaseApprove", world.a.orders.token, id=case["id"])
    stock = await Stock.get(variant_id=world.a.variant.id)
    await Stock.filter(id=stock.id).update(on_hand=stock.reserved)  # nothing available
    await StockMovement.create(
        stock_id=stock.id, kind=MovementKind.ADJUST, on_hand_delta=stock.reserved - stock.on_hand
    )
    error = await refused(gql, "aftersalesCaseResolve", world.a.orders.token, id=case["id"])
    assert error["code"] == "INSUFFICIENT_STOCK"


async def test_exchange_sends_another_variant_of_the_same_product(gql, client, world):
    bigger = await Variant.create(
        product_id=world.a.variant.product_id, sku="alpha-tea-large", price_amount="10.00"
    )
    stock = await Stock.create(variant=bigger, warehouse=world.a.warehouse, on_hand=5)
    await StockMovement.create(stock=stock, kind=MovementKind.ADJUST, on_hand_delta=5)
    order_id = await delivered(gql, client, world, quantity=1)
    line = await line_of(order_id)

    # another product's variant is not an exchange
    error = await refused(
        gql,
        "aftersalesCaseOpen",
        world.customer.token,
        order=order_id,
        type="EXCHANGE",
        reason="wrong size",
        lines=[
            {
                "orderLine": line,
                "quantity": 1,
                "exchangeVariant": gid("Variant", world.b.variant.id),
            }
        ],
    )
    assert (error["code"], error["field"]) == (
        "EXCHANGE_VARIANT_INVALID",
        "lines.0.exchangeVariant",
    )

    case = await ok(
        gql,
        "aftersalesCaseOpen",
        world.customer.token,
        order=order_id,
        type="EXCHANGE",
        reason="wrong size",
        lines=[{"orderLine": line, "quantity": 1, "exchangeVariant": gid("Variant", bigger.id)}],
    )
    assert case["lines"][0]["exchangeVariant"] == {"id": gid("Variant", bigger.id)}
    assert (await ok(gql, "aftersalesCaseApprove", world.a.orders.token, id=case["id"]))[
        "status"
    ] == "AWAITING_RETURN"
    # not before the goods are back and inspected
    error = await refused(gql, "aftersalesCaseResolve", world.a.orders.token, id=case["id"])
    assert error["code"] == "INVALID_TRANSITION"
    await ok(gql, "aftersalesCaseReceive", world.a.orders.token, id=case["id"])
    await ok(
        gql,
        "aftersalesCaseInspect",
        world.a.orders.token,
        id=case["id"],
        lines=[{"orderLine": line, "restock": 1, "writeOff": 0}],
    )
    resolved = await ok(gql, "aftersalesCaseResolve", world.a.orders.token, id=case["id"])
    assert resolved["replacementOrder"]["lines"][0]["sku"] == "alpha-tea-large"
    assert (await Stock.get(id=stock.id)).on_hand == 4
    await _ledger_ok()


async def test_refusals_say_why_and_change_nothing(gql, client, world):
    order_id = await delivered(gql, client, world, quantity=2)
    line = await line_of(order_id)

    def form(**over):
        fields = {
            "order": order_id,
            "type": "RETURN_AND_REFUND",
            "reason": "does not fit",
            "lines": [{"orderLine": line, "quantity": 1}],
        }
        return {**fields, **over}

    cases = [
        ({"reason": "  "}, "INVALID", "reason"),
        ({"reason": "x" * 501}, "INVALID", "reason"),
        ({"lines": []}, "INVALID", "lines"),
        ({"lines": [{"orderLine": "999999", "quantity": 1}]}, "INVALID", "lines.0.orderLine"),
        ({"lines": [{"orderLine": "abc", "quantity": 1}]}, "INVALID", "lines.0.orderLine"),
        ({"lines": [{"orderLine": line, "quantity": 0}]}, "QUANTITY_INVALID", "lines.0.quantity"),
        ({"lines": [{"orderLine": line, "quantity": 3}]}, "QUANTITY_INVALID", "lines.0.quantity"),
        (
            {"lines": [{"orderLine": line, "quantity": 1}, {"orderLine": line, "quantity": 1}]},
            "INVALID",
            "lines.1.orderLine",
        ),
        ({"order": "not-an-id"}, "INVALID", "order"),
        (
            {"lines": [{"orderLine": line, "quantity": 1, "exchangeVariant": gid("Variant", 1)}]},
            "EXCHANGE_VARIANT_INVALID",
            "lines.0.exchangeVariant",
        ),
    ]
    for over, code, field in cases:
        error = await refused(gql, "aftersalesCaseOpen", world.customer.token, **form(**over))
        assert (error["code"], error["field"]) == (code, field), (over, error)
        assert error["message"]

    # a storefront that does not take the case type (grocery: refund only and reship)
    grocery_order = await delivered(gql, client, world, quantity=1, storefront=world.grocery)
    error = await refused(
        gql,
        "aftersalesCaseOpen",
        world.customer.token,
        **form(
            order=grocery_order, lines=[{"orderLine": await line_of(grocery_order), "quantity": 1}]
        ),
    )
    assert (error["code"], error["field"]) == ("CASE_TYPE_NOT_ALLOWED", "type")
    assert "REFUND_ONLY" in error["message"]

    # an order not delivered yet
    paid = await paid_order(gql, client, world.customer, world.mall, world.a.variant, 1)
    error = await refused(
        gql,
        "aftersalesCaseOpen",
        world.customer.token,
        **form(order=paid, lines=[{"orderLine": await line_of(paid), "quantity": 1}]),
    )
    assert (error["code"], error["field"]) == ("ORDER_NOT_ELIGIBLE", "order")

    # the window (mall: 7 days after delivery) closed: the customer is refused, customer
    # service may still open one for them
    await MerchantOrder.filter(id=pk(order_id)).update(delivered_at=now_utc() - timedelta(days=8))
    error = await refused(gql, "aftersalesCaseOpen", world.customer.token, **form())
    assert (error["code"], error["field"]) == ("WINDOW_CLOSED", "order")
    case = await ok(gql, "aftersalesCaseOpen", world.service.token, **form())
    assert case["status"] == "REQUESTED"

    # the units in a case are taken: only one unit is left for another case
    error = await refused(
        gql,
        "aftersalesCaseOpen",
        world.service.token,
        **form(lines=[{"orderLine": line, "quantity": 2}]),
    )
    assert error["code"] == "QUANTITY_INVALID" and "1 in other cases" in error["message"]
    # once every unit is in a case, the refusal says so (not "between 1 and 0 units")
    second = await ok(
        gql,
        "aftersalesCaseOpen",
        world.service.token,
        **form(lines=[{"orderLine": line, "quantity": 1}]),
    )
    error = await refused(
        gql,
        "aftersalesCaseOpen",
        world.service.token,
        **form(lines=[{"orderLine": line, "quantity": 1}]),
    )
    assert error["code"] == "QUANTITY_INVALID"
    assert error["message"] == "All 2 units of this line are already in other cases."
    await ok(gql, "aftersalesCaseClose", world.service.token, id=second["id"])

    # steps out of order, inspection that does not add up
    error = await refused(gql, "aftersalesCaseReceive", world.a.orders.token, id=case["id"])
    assert error["code"] == "INVALID_TRANSITION" and "REQUESTED" in error["message"]
    await ok(gql, "aftersalesCaseApprove", world.a.orders.token, id=case["id"])
    error = await refused(gql, "aftersalesCaseApprove", world.a.orders.token, id=case["id"])
    assert error["code"] == "INVALID_TRANSITION"
    await ok(gql, "aftersalesCaseReceive", world.a.orders.token, id=case["id"])
    for lines, code in (
        ([{"orderLine": line, "restock": 1, "writeOff": 1}], "INSPECTION_MISMATCH"),
        ([], "INSPECTION_MISMATCH"),
        ([{"orderLine": "12345", "restock": 1, "writeOff": 0}], "INSPECTION_MISMATCH"),
        ([{"orderLine": line, "restock": -1, "writeOff": 2}], "QUANTITY_INVALID"),
    ):
        error = await refused(
            gql, "aftersalesCaseInspect", world.a.orders.token, id=case["id"], lines=lines
        )
        assert error["code"] == code, (lines, error)
    # rejecting needs a reason, and only a requested case can be rejected
    error = await refused(
        gql, "aftersalesCaseReject", world.a.orders.token, id=case["id"], reason=""
    )
    assert (error["code"], error["field"]) == ("INVALID", "reason")


async def test_reject_then_close_and_the_units_are_free_again(gql, client, world):
    order_id = await delivered(gql, client, world, quantity=1)
    line = await line_of(order_id)
    fields = {
        "order": order_id,
        "type": "RETURN_AND_REFUND",
        "reason": "changed my mind",
        "lines": [{"orderLine": line, "quantity": 1}],
    }
    case = await ok(gql, "aftersalesCaseOpen", world.customer.token, **fields)
    rejected = await ok(
        gql, "aftersalesCaseReject", world.a.owner.token, id=case["id"], reason="used item"
    )
    assert (rejected["status"], rejected["resolution"], rejected["rejectionReason"]) == (
        "REJECTED",
        "REJECTED",
        "used item",
    )
    # a rejected case does not hold the units: a new case may claim them
    again = await ok(gql, "aftersalesCaseOpen", world.customer.token, **fields)
    withdrawn = await ok(gql, "aftersalesCaseClose", world.customer.token, id=again["id"])
    assert (withdrawn["status"], withdrawn["resolution"]) == ("CLOSED", "WITHDRAWN")
    # the merchant does not close cases; a closed case is final
    error = await refused(gql, "aftersalesCaseClose", world.a.owner.token, id=case["id"])
    assert error["code"] == "PERMISSION_DENIED"
    error = await refused(gql, "aftersalesCaseClose", world.customer.token, id=again["id"])
    assert error["code"] == "INVALID_TRANSITION"


async def test_tenants_and_roles_are_kept_apart(gql, client, world):
    order_id = await delivered(gql, client, world, quantity=2)
    line = await line_of(order_id)
    fields = {
        "order": order_id,
        "type": "REFUND_ONLY",
        "reason": "late",
        "lines": [{"orderLine": line, "quantity": 1}],
    }
    # another customer cannot open a case on the order (nor learn that it exists)
    error = await refused(gql, "aftersalesCaseOpen", world.stranger.token, **fields)
    assert (error["code"], error["field"]) == ("NOT_FOUND", "order")
    # nor can a merchant
    error = await refused(gql, "aftersalesCaseOpen", world.a.owner.token, **fields)
    assert error["code"] == "NOT_FOUND"
    case = await ok(gql, "aftersalesCaseOpen", world.customer.token, **fields)

    # another merchant's staff and another customer: NOT_FOUND, and nothing to read
    for token in (world.b.owner.token, world.b.orders.token, world.stranger.token):
        error = await refused(gql, "aftersalesCaseApprove", token, id=case["id"])
        assert error["code"] == "NOT_FOUND"
        body = await gql(
            "query($id: ID!) { aftersalesCase(id: $id) { id } node(id: $id) { id } }",
            {"id": case["id"]},
            token=token,
        )
        assert body["data"] == {"aftersalesCase": None, "node": None}
        listed = await gql("{ aftersalesCases { totalCount edges { node { id } } } }", token=token)
        assert listed["data"]["aftersalesCases"]["totalCount"] == 0
    # staff of the merchant without an order role do not see it either
    error = await refused(gql, "aftersalesCaseApprove", world.a.catalog.token, id=case["id"])
    assert error["code"] == "NOT_FOUND"
    # the customer and warehouse staff see it, but do not decide on it
    for token in (world.customer.token, world.a.warehouse_staff.token):
        error = await refused(gql, "aftersalesCaseApprove", token, id=case["id"])
        assert error["code"] == "PERMISSION_DENIED"
    # an anonymous caller is told to sign in
    error = await refused(gql, "aftersalesCaseApprove", "", id=case["id"])
    assert error["code"] == "UNAUTHENTICATED"

    # lists: the customer's own, the merchant's, every merchant's for the platform
    for token in (world.customer.token, world.a.orders.token, world.service.token):
        listed = await gql(
            "{ aftersalesCases(status: REQUESTED) { totalCount edges { node { id number } } } }",
            token=token,
        )
        assert [e["node"]["id"] for e in listed["data"]["aftersalesCases"]["edges"]] == [case["id"]]


async def test_an_open_case_holds_completion_back(gql, client, world):
    order_id = await delivered(gql, client, world, quantity=1)
    case = await ok(
        gql,
        "aftersalesCaseOpen",
        world.customer.token,
        **opening(order_id, await line_of(order_id), "REFUND_ONLY", 1, "late"),
    )
    later = now_utc() + timedelta(days=8)  # mall: completed 7 days after delivery
    moved = await run_automatic_transitions(later)
    assert (moved["completed"], moved["blocked"]) == (0, 1)
    assert await status_of(order_id) == S.DELIVERED

    await ok(gql, "aftersalesCaseReject", world.a.orders.token, id=case["id"], reason="on time")
    moved = await run_automatic_transitions(later)
    assert (moved["completed"], moved["blocked"]) == (1, 0)
    assert await status_of(order_id) == S.COMPLETED
    # a completed order takes no new case
    error = await refused(
        gql,
        "aftersalesCaseOpen",
        world.service.token,
        order=order_id,
        type="REFUND_ONLY",
        reason="late",
        lines=[{"orderLine": await line_of(order_id), "quantity": 1}],
    )
    assert error["code"] == "ORDER_NOT_ELIGIBLE"
    assert await AftersalesCase.filter(status=CaseStatus.REJECTED).count() == 1
