"""Helpers of the ticket tests: the mutations through the API, the state a refusal must leave
as it was, and a delivered order to open cases on."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from models.aftersales import AftersalesCase
from models.orders import Actor, MerchantOrder, OrderStatus
from models.outbox import OutboxEvent
from models.tickets import Ticket, TicketHistory, TicketMessage
from resolvers.orders import transition
from tests.checkout_support import pk
from tests.order_support import paid_order

S = OrderStatus

TICKET_FIELDS = """id number category subject status openedBy assigned
  order { id number } case { id number status }
  messages { id party body internal authorName }
  history { step party role fromStatus toStatus note }"""

INPUTS = {
    "ticketOpen": "TicketOpenInput",
    "ticketReply": "TicketReplyInput",
    "ticketAssign": "TicketAssignInput",
    "ticketSetStatus": "TicketSetStatusInput",
}


async def run(gql, name: str, token: str | None, **fields) -> dict:
    """Run ticket mutation ``name``; its payload ({ticket, errors})."""
    query = f"""mutation($input: {INPUTS[name]}!) {{ {name}(input: $input) {{
      ticket {{ {TICKET_FIELDS} }} errors {{ code field message }} }} }}"""
    body = await gql(query, {"input": fields}, token=token)
    assert "errors" not in body, body
    return body["data"][name]


async def ok(gql, name: str, token: str, **fields) -> dict:
    result = await run(gql, name, token, **fields)
    assert result["errors"] == [], (name, result["errors"])
    return result["ticket"]


async def state() -> tuple:
    """Everything a refused ticket operation must leave as it was."""
    return (
        await Ticket.all().order_by("id").values(),
        await TicketMessage.all().order_by("id").values(),
        await TicketHistory.all().order_by("id").values(),
        await AftersalesCase.all().order_by("id").values(),
        await OutboxEvent.all().count(),
    )


async def refused(gql, name: str, token: str | None, **fields) -> dict:
    """Run a mutation that must be refused and change nothing; its one error."""
    before = await state()
    result = await run(gql, name, token, **fields)
    assert result["ticket"] is None and len(result["errors"]) == 1, result
    assert await state() == before, f"{name} was refused but changed something"
    return result["errors"][0]


async def delivered(gql, client, world, quantity: int = 2) -> str:
    """A paid order of merchant A for the world's customer, walked to DELIVERED."""
    order_id = await paid_order(gql, client, world.customer, world.mall, world.a.variant, quantity)
    async with in_transaction():
        order = await MerchantOrder.get(id=pk(order_id))
        steps = [S.PAID, S.CONFIRMED, S.PICKING, S.PACKED, S.SHIPPED, S.DELIVERED]
        for target in steps[steps.index(S(order.status)) + 1 :]:
            await transition(order, target, Actor.ADMIN, reason="test set-up")
    return order_id
