"""Checkout: the root query field (a cart by its token)."""

from __future__ import annotations

import strawberry

from resolvers import checkout as uc
from schema.checkout.objects import Cart, render_cart
from schema.context import Info


@strawberry.type
class Query:
    @strawberry.field(description="A cart by its token (a customer's cart only for them).")
    async def cart(self, info: Info, token: str) -> Cart:
        return await render_cart(await uc.get_cart(info.context.viewer, token))
