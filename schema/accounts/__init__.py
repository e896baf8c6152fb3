"""Accounts: registration, tokens, the signed-in viewer, staff and partner keys.

- ``types``: User, Me, staff, invitation and partner types; the error type; shared helpers
- ``sessions``: registration, sign-in, refresh, sign-out, password change; the ``me`` query
- ``staff``: staff invitations, the ``merchantStaff`` list, role changes and removal
- ``partners``: partners and their API keys
- ``addresses``: the customer's address book (``me.addresses``, ``addressCreate``...)

``Query``, ``Mutation`` and ``types`` are what ``schema.build`` composes.
"""

from __future__ import annotations

import strawberry

from resolvers.errors import DomainError
from schema.accounts import addresses, partners, sessions, staff
from schema.accounts.addresses import CustomerAddress
from schema.accounts.types import User


@strawberry.type
class Query(sessions.Query, staff.Query):
    pass


@strawberry.type
class Mutation(sessions.Mutation, staff.Mutation, partners.Mutation, addresses.Mutation):
    pass


types = [User, CustomerAddress]
__all__ = ["DomainError", "Mutation", "Query", "types"]
