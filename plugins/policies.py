"""The built-in storefront policies, following the seed systems."""

from datetime import timedelta

from models.orders import InventoryMode
from plugins.interfaces import CaseType, Confirmer, FulfilmentMethod, StorefrontPolicy

ALL_CASES = frozenset(CaseType)

MALL = StorefrontPolicy(
    code="mall",
    inventory_mode=InventoryMode.RESERVE_ON_ORDER,
    payment_deadline=timedelta(minutes=30),
    # The platform's customer service phones the customer before the order goes to picking.
    confirmers=frozenset({Confirmer.ADMIN}),
    confirmation_call=True,
    fulfilment_methods=frozenset({FulfilmentMethod.COURIER}),
    aftersales_window=timedelta(days=7),
    case_types=ALL_CASES,
    auto_receive_after=timedelta(days=10),
    auto_complete_after=timedelta(days=7),
)

GROCERY = StorefrontPolicy(
    code="grocery",
    inventory_mode=InventoryMode.RESERVE_ON_ORDER,
    payment_deadline=timedelta(minutes=10),
    confirmers=frozenset({Confirmer.AUTOMATIC}),
    fulfilment_methods=frozenset({FulfilmentMethod.OWN_FLEET}),
    aftersales_window=timedelta(days=2),
    # Fresh goods are not sent back: refunds only, or a replacement.
    case_types=frozenset({CaseType.REFUND_ONLY, CaseType.RESHIP}),
    auto_receive_after=timedelta(days=1),
    auto_complete_after=timedelta(days=2),
    shipping_providers=("flat_rate",),
    default_review_after=timedelta(days=7),
)

GROUPBUY = StorefrontPolicy(
    code="groupbuy",
    inventory_mode=InventoryMode.RESERVE_ON_ORDER,
    payment_deadline=timedelta(minutes=30),
    confirmers=frozenset({Confirmer.GROUP_LEADER, Confirmer.ADMIN}),
    fulfilment_methods=frozenset({FulfilmentMethod.PICKUP_POINT}),
    aftersales_window=timedelta(days=3),
    case_types=frozenset({CaseType.REFUND_ONLY, CaseType.RESHIP}),
    auto_receive_after=timedelta(days=3),
    auto_complete_after=timedelta(days=3),
    default_review_after=timedelta(days=7),
)

MARKETPLACE = StorefrontPolicy(
    code="marketplace",
    inventory_mode=InventoryMode.RESERVE_ON_ORDER,
    payment_deadline=timedelta(minutes=30),
    # The seller confirms, and ships with its own courier account and batch waybills.
    confirmers=frozenset({Confirmer.MERCHANT}),
    own_carrier_only=True,
    fulfilment_methods=frozenset({FulfilmentMethod.COURIER}),
    aftersales_window=timedelta(days=7),
    case_types=ALL_CASES,
    auto_receive_after=timedelta(days=10),
    auto_complete_after=timedelta(days=7),
    default_review_after=timedelta(days=15),
)

BUILTIN_POLICIES = (MALL, GROCERY, GROUPBUY, MARKETPLACE)
