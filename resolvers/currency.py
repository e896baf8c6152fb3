"""One currency per storefront: the rule every step that prices something in a storefront
checks -- listing a product there (``resolvers.catalog``), putting a line in a cart and placing
the order (``resolvers.checkout``), and starting a payment (``resolvers.payments``).

A storefront sells in its own currency only. Amounts of two currencies are never added up: a
product priced in another currency is refused where it would be listed, priced, carted, placed
or paid, with ``CURRENCY_MISMATCH`` on the input that brought it, and nothing is changed.
The checks run on rows the step has already read (no statement of their own), except
``require_group_currency`` for a group whose storefront was not loaded with it.
"""

from __future__ import annotations

from enum import Enum

from models.merchants import Storefront
from models.orders import OrderGroup
from resolvers.errors import DomainError


def require_currency(storefront_currency: str, currency: str, field: str, code: type[Enum]) -> None:
    """CURRENCY_MISMATCH (of the ``code`` enum) on ``field`` unless ``currency`` is the
    storefront's."""
    if currency != storefront_currency:
        raise DomainError(
            code("currency_mismatch"),
            f"This storefront sells in {storefront_currency}; this is priced in {currency}.",
            field,
        )


async def require_group_currency(group: OrderGroup, code: type[Enum], field: str) -> None:
    """An order group is paid in its storefront's currency: CURRENCY_MISMATCH otherwise. Uses
    the group's storefront if it was loaded (or set) with it; reads it otherwise."""
    storefront = group.storefront
    if not isinstance(storefront, Storefront):
        storefront = await storefront
    require_currency(storefront.currency, group.currency, field, code)
