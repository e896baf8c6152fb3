"""Reading orders: the customer's, a merchant's inbox (with counts per status), the platform's.

Every listing is scoped in its query (the customer's id, the merchant's id), so rows of another
tenant are never loaded. Lists are keyset-paginated (``resolvers.pagination``), newest first,
each on an index that holds its scope and its order (``models.orders.MerchantOrder.Meta``:
``(merchant_id, created_at, id)``, ``(merchant_id, status, created_at, id)``,
``(customer_id, created_at)``), so the first page reads a page of index entries whatever the
table's size. ``with_total``: whether the caller wants the listing's total (it costs a count).
A single order is read with the one visibility rule, ``resolvers.orders.can_view``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tortoise.functions import Count
from tortoise.queryset import QuerySet

from models.merchants import Storefront
from models.orders import MerchantOrder, OrderGroup, OrderStatus
from resolvers.errors import DomainError
from resolvers.errors import OrderErrorCode as Code
from resolvers.orders.access import ORDER_READ_ROLES, can_view
from resolvers.pagination import Page, paginate
from resolvers.permissions import (
    Viewer,
    merchant_scope,
    require_merchant_role,
    require_platform_staff,
    require_user,
)


@dataclass
class OrderFilter:
    merchant_id: int | None = None  # platform listing only (staff are scoped to their own)
    status: OrderStatus | None = None
    customer_email: str | None = None  # platform listing only
    number: str | None = None  # a merchant order's number, or its group's
    created_from: datetime | None = None  # inclusive
    created_to: datetime | None = None  # exclusive
    storefront: str | None = None  # a storefront's code
    assignee_id: int | None = None  # the staff member picking it (orderAssign)


async def get_order(viewer: Viewer, order_id: int) -> MerchantOrder | None:
    """The order, or None when there is none the viewer may see."""
    if viewer.user_id is None:
        return None
    order = await MerchantOrder.get_or_none(id=order_id)
    return order if order is not None and can_view(viewer, order) else None


async def my_orders(
    viewer: Viewer,
    status: OrderStatus | None = None,
    first: int | None = None,
    after: str | None = None,
    with_total: bool = True,
) -> Page[MerchantOrder]:
    """The signed-in customer's merchant orders, newest first."""
    user_id = require_user(viewer, Code)
    qs = MerchantOrder.filter(customer_id=user_id)
    if status is not None:
        qs = qs.filter(status=status)
    return await paginate(
        qs,
        sort_field="created_at",
        descending=True,
        first=first,
        after=after,
        code=Code,
        with_total=with_total,
    )


async def my_order_groups(
    viewer: Viewer, first: int | None = None, after: str | None = None, with_total: bool = True
) -> Page[OrderGroup]:
    """The signed-in customer's checkouts (order groups), newest first."""
    user_id = require_user(viewer, Code)
    return await paginate(
        OrderGroup.filter(customer_id=user_id),
        sort_field="id",
        descending=True,
        first=first,
        after=after,
        code=Code,
        with_total=with_total,
    )


async def _filtered(qs: QuerySet, flt: OrderFilter) -> QuerySet:
    if flt.status is not None:
        qs = qs.filter(status=flt.status)
    if flt.created_from is not None:
        qs = qs.filter(created_at__gte=flt.created_from)
    if flt.created_to is not None:
        qs = qs.filter(created_at__lt=flt.created_to)
    if flt.created_from and flt.created_to and flt.created_from >= flt.created_to:
        raise DomainError(Code.INVALID, "createdFrom must be before createdTo.", "filter.createdTo")
    if flt.storefront:
        storefront = await Storefront.get_or_none(code=flt.storefront)
        if storefront is None:
            raise DomainError(
                Code.NOT_FOUND, f"No storefront '{flt.storefront}'.", "filter.storefront"
            )
        qs = qs.filter(storefront_id=storefront.id)
    if flt.number:
        number = flt.number.strip()
        qs = qs.filter(number=number) if "-" in number else qs.filter(group__number=number)
    if flt.assignee_id is not None:
        qs = qs.filter(assignee_id=flt.assignee_id)
    if flt.customer_email:
        qs = qs.filter(customer__email=flt.customer_email.strip().lower())
    return qs


def _merchant_scope(viewer: Viewer, merchant_id: int | None) -> int | None:
    """Staff: their own merchant, with a role that sees orders. Platform staff: as asked."""
    scope = merchant_scope(viewer, merchant_id, Code)
    if not viewer.is_platform_staff:
        require_merchant_role(viewer, scope, ORDER_READ_ROLES, Code)
    return scope


async def merchant_orders(
    viewer: Viewer,
    merchant_id: int | None,
    flt: OrderFilter,
    first: int | None = None,
    after: str | None = None,
    with_total: bool = True,
) -> Page[MerchantOrder]:
    """A merchant's order inbox, newest first: staff see their own merchant's (asking for
    another's is refused); platform staff pass ``merchant_id`` (None: every merchant)."""
    scope = _merchant_scope(viewer, merchant_id)
    qs = MerchantOrder.all() if scope is None else MerchantOrder.filter(merchant_id=scope)
    flt.customer_email = None
    qs = await _filtered(qs, flt)
    return await paginate(
        qs,
        sort_field="created_at",
        descending=True,
        first=first,
        after=after,
        code=Code,
        with_total=with_total,
    )


async def merchant_order_counts(
    viewer: Viewer, merchant_id: int | None, storefront: str | None = None
) -> dict[OrderStatus, int]:
    """How many of the merchant's orders are in each status (every status, zeros included),
    in one GROUP BY query."""
    scope = _merchant_scope(viewer, merchant_id)
    qs = MerchantOrder.all() if scope is None else MerchantOrder.filter(merchant_id=scope)
    qs = await _filtered(qs, OrderFilter(storefront=storefront))
    rows = await qs.group_by("status").annotate(n=Count("id")).values("status", "n")
    counts = dict.fromkeys(OrderStatus, 0)
    for row in rows:
        counts[OrderStatus(row["status"])] = int(row["n"])
    return counts


async def platform_orders(
    viewer: Viewer,
    flt: OrderFilter,
    first: int | None = None,
    after: str | None = None,
    with_total: bool = True,
) -> Page[MerchantOrder]:
    """Every merchant's orders, for platform staff (admins, customer service), newest first."""
    require_platform_staff(viewer, Code)
    qs = MerchantOrder.all()
    if flt.merchant_id is not None:
        qs = qs.filter(merchant_id=flt.merchant_id)
    qs = await _filtered(qs, flt)
    return await paginate(
        qs,
        sort_field="id",
        descending=True,
        first=first,
        after=after,
        code=Code,
        with_total=with_total,
    )
