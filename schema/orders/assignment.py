"""Orders: who picks an order (its assignee) and the pick list of a set of orders.

Both are tenant types (``schema.visibility``): the assignee is seen by the order's merchant's
staff (a role that reads orders) and platform staff, never by its customer, a group leader or a
courier; a pick list by the merchant's fulfilment staff and platform staff.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import strawberry

from models.accounts import MerchantStaff
from resolvers import batches
from resolvers.orders import PickList as PickListModel
from resolvers.orders import pick_list_html, pick_list_text
from schema.base import global_id
from schema.context import Info


async def _staff_by_user(user_ids: Sequence[int]) -> list[MerchantStaff | None]:
    rows = {s.user_id: s for s in await MerchantStaff.filter(user_id__in=set(user_ids))}
    return [rows.get(i) for i in user_ids]


@strawberry.type(description="The staff member an order is assigned to for picking.")
class OrderAssignee:
    id: strawberry.ID = strawberry.field(description="A User ID.")
    email: str
    full_name: str
    roles: list[str] = strawberry.field(description="Their staff roles at the merchant.")
    merchant_pk: strawberry.Private[int]  # for the visibility rule (the order's merchant)

    @classmethod
    async def of_order(
        cls, info: Info, assignee_id: int | None, merchant_id: int
    ) -> OrderAssignee | None:
        if assignee_id is None:
            return None
        user = await info.context.loader("user", batches.users).load(assignee_id)
        if user is None:
            return None
        staff = await info.context.loader("staff_by_user", _staff_by_user).load(assignee_id)
        return cls(
            id=global_id("User", user.id),
            email=user.email,
            full_name=user.full_name,
            roles=sorted(staff.roles) if staff and staff.merchant_id == merchant_id else [],
            merchant_pk=merchant_id,
        )


@strawberry.type(description="What to take from one place: a SKU, its location, how many.")
class PickListRow:
    sku: str
    product_name: str
    variant_name: str
    location: str = strawberry.field(
        description="The warehouse's code ('' when the units are not allocated yet)."
    )
    location_name: str
    warehouse_id: strawberry.ID | None
    quantity: int = strawberry.field(description="Summed over the orders.")
    order_numbers: list[str]


@strawberry.type(
    description="A pick list: one merchant's orders, quantities summed per SKU "
    "and location, in the order a picker walks them."
)
class PickList:
    order_numbers: list[str]
    rows: list[PickListRow]
    total_quantity: int
    created_at: datetime
    merchant_id: strawberry.ID
    merchant_pk: strawberry.Private[int]  # for the visibility rule
    model: strawberry.Private[PickListModel]

    @strawberry.field(description="The list as one printable HTML page (like the label page).")
    def html(self) -> str:
        return pick_list_html(self.model)

    @strawberry.field(description="The list as aligned plain text.")
    def text(self) -> str:
        return pick_list_text(self.model)

    @classmethod
    def from_model(cls, m: PickListModel) -> PickList:
        return cls(
            order_numbers=list(m.order_numbers),
            rows=[
                PickListRow(
                    sku=r.sku,
                    product_name=r.product_name,
                    variant_name=r.variant_name,
                    location=r.location,
                    location_name=r.location_name,
                    warehouse_id=global_id("Warehouse", r.warehouse_id)
                    if r.warehouse_id is not None
                    else None,
                    quantity=r.quantity,
                    order_numbers=list(r.order_numbers),
                )
                for r in m.rows
            ],
            total_quantity=m.total_quantity,
            created_at=m.created_at,
            merchant_id=global_id("Merchant", m.merchant_id),
            merchant_pk=m.merchant_id,
            model=m,
        )
