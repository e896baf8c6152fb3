"""Addresses: the customer's address book and what any address must be.

- ``validation``: the phone (E.164) and the region (GB/T 2260 codes) of any address, and a
  typed shipping address as it is stored (the checkout's and an order's)
- ``book``: the saved addresses (limit, default) and a saved address as a cart or order stores it
"""

from resolvers.addresses.book import (
    MAX_ADDRESSES,
    AddressFields,
    address_create,
    address_delete,
    address_set_default,
    address_update,
    my_addresses,
    shipping_address_of,
    visible_addresses,
)
from resolvers.addresses.validation import (
    clean_phone,
    clean_shipping_address,
    phone_region,
    resolve_region,
)

__all__ = [
    "MAX_ADDRESSES",
    "AddressFields",
    "address_create",
    "address_delete",
    "address_set_default",
    "address_update",
    "clean_phone",
    "clean_shipping_address",
    "my_addresses",
    "phone_region",
    "resolve_region",
    "shipping_address_of",
    "visible_addresses",
]
