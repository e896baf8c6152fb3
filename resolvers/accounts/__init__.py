"""Accounts: people, sign-in, sessions, merchant staff and partner API keys.

Token signing lives in ``plaza.auth`` (it needs the secret key); these use cases decide *who*.

- ``passwords``: argon2 hashing in a bounded pool, email and password rules
- ``throttle``: sign-in and registration limits per account and per client address
- ``users``: registration, sign-in check, password change, platform role
- ``viewers``: the facts a signed-in viewer is built from
- ``sessions``: refresh-token families (rotation, reuse detection, sign-out)
- ``staff``: staff invitations and their acceptance; the owner's staff list, roles, removal
- ``partners``: partner API keys

The names other layers import are re-exported here.
"""

from resolvers.accounts.partners import (
    KEY_PREFIX,
    _digest,
    partner_create,
    partner_key_create,
    partner_key_lookup,
    partner_key_revoke,
)
from resolvers.accounts.passwords import hash_password
from resolvers.accounts.staff import (
    merchant_staff,
    staff_invitation_accept,
    staff_invite,
    staff_remove,
    staff_role_update,
)
from resolvers.accounts.throttle import DEFAULT_LIMITS, Throttled, ThrottleLimits
from resolvers.accounts.users import (
    authenticate,
    get_me,
    password_change,
    register_customer,
    set_platform_role,
)
from resolvers.accounts.viewers import ViewerFacts, viewer_facts

__all__ = [
    "DEFAULT_LIMITS",
    "KEY_PREFIX",
    "ThrottleLimits",
    "Throttled",
    "ViewerFacts",
    "_digest",
    "authenticate",
    "get_me",
    "hash_password",
    "merchant_staff",
    "partner_create",
    "partner_key_create",
    "partner_key_lookup",
    "partner_key_revoke",
    "password_change",
    "register_customer",
    "set_platform_role",
    "staff_invitation_accept",
    "staff_invite",
    "staff_remove",
    "staff_role_update",
    "viewer_facts",
]
