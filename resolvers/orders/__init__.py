"""The merchant-order state machine, enforced in one place, and the operations on it.

What is where:

* ``transitions``  the driver: ``transition`` (checked against ``models.orders.TRANSITIONS``,
                   a conditional UPDATE on (status, version), the OrderEvent and the outbox
                   event, in the caller's transaction), ``record_event``, ``history_entry``,
                   ``now_utc``.
* ``access``       who is acting and whether they may: ``can_view`` (the one visibility rule),
                   ``Party``, ``Acting``, ``authorise``, ``load_visible``, ``policy_of``; the
                   order in which an operation is refused.
* ``operations``   the table of operations (target, source statuses, parties, roles) and
                   ``operate``, which loads, authorises and runs one; ``move_order``,
                   ``send_refunds``.
* ``cancellation`` ``cancel_with_effects``: stock back, flash-sale counters back, money back.
* ``customer``     cancel, change address/remark, confirm receipt.
* ``merchant``     confirm, invalidate, cancel on request; assign, pack, ship; delivered (own
                   fleet), delivery failed, re-attempt, returned.
* ``confirmation_calls`` confirmation by phone (``mall``): the call's outcome confirms,
                   waits or cancels; ``order_confirm`` is refused there.
* ``pickup``       the group leader: ready for pickup, hand over.
* ``picking``      the warehouse an assigned order is picked in; the pick list of a set of orders.
* ``carrier``      a carrier's delivery events (``carrier_update``, ``carrier_move``).
* ``automatic``    actor SYSTEM: ``after_payment``, ``run_automatic_transitions``.

Reads (listings, counts) are in ``resolvers.order_queries``.

Who may do what (roles a party needs; the table in ``models/orders.py`` has the last word):

* customer (their own orders): ``order_cancel`` (PENDING_PAYMENT | PAID), ``order_update``
  (address, remark; until CONFIRMED), ``order_confirm_receipt`` (SHIPPED -> DELIVERED).
* the storefront policy's confirmers -- platform staff (``Confirmer.ADMIN``), merchant staff with
  the ``orders`` role (``MERCHANT``), the leader of the order's pickup point (``GROUP_LEADER``):
  ``order_confirm``. ``AUTOMATIC`` storefronts are confirmed right after payment
  (``after_payment``) and nobody confirms by hand there.
* ``order_invalidate`` (PAID -> CANCELLED, refund): platform staff, and the policy's confirmers
  as far as the table lets them (today it gives PAID -> CANCELLED to admins only).
* ``order_cancel_on_request`` (PAID | CONFIRMED | PICKING | PACKED -> CANCELLED; refund and
  restock; counts as the customer's cancellation): platform staff, merchant staff (``orders``).
* merchant staff (``orders``, ``warehouse`` or ``logistics``; platform admins too):
  ``order_assign`` (CONFIRMED -> PICKING, to warehouse/logistics staff of the same merchant),
  ``order_mark_packed``, ``order_ship`` (carrier + tracking number), ``order_mark_delivery_failed``,
  ``order_reattempt_delivery``, ``order_mark_returned`` (goods back: refund, restock).
* the leader of a group-buy order's pickup point (platform admins too):
  ``order_mark_ready_for_pickup`` (the parcel arrived; the customer is told) and
  ``order_hand_over`` (SHIPPED -> DELIVERED when the customer collects it).
* own-fleet couriers of the order's merchant: ``order_mark_delivered``,
  ``order_mark_delivery_failed``, ``order_reattempt_delivery``.
* carriers (no viewer; the logistics module calls it): ``carrier_update``.
* automatic (actor SYSTEM): ``after_payment`` and ``run_automatic_transitions``.

Refunds are queued with ``resolvers.refunds.refund_order`` in the operation's transaction and
sent with ``resolvers.refunds.execute_pending_refunds`` after the commit (one that fails stays
PENDING for the periodic retry). This package never imports ``resolvers.payments`` (which
calls ``transition`` and ``after_payment``).

The names below are re-exported for ``from resolvers.orders import ...``; modules of this
package import each other directly, never through this file.
"""

from resolvers.addresses.validation import ADDRESS_FIELDS, ADDRESS_OPTIONAL
from resolvers.orders.access import (
    ASSIGNEE_ROLES,
    CARRIER,
    CONFIRM_ROLES,
    COURIER_VISIBLE,
    FULFILMENT_ROLES,
    ORDER_READ_ROLES,
    SYSTEM,
    Acting,
    Operation,
    Party,
    acting_as,
    authorise,
    can_view,
    is_staff,
    load_visible,
    not_found,
    order_policy,
    policy_of,
    read_only,
    refuse_typed_carrier,
)
from resolvers.orders.automatic import (
    AUTO_BATCH,
    after_payment,
    orders_with_open_aftersales_case,
    run_automatic_transitions,
)
from resolvers.orders.cancellation import cancel_with_effects
from resolvers.orders.carrier import carrier_move, carrier_update
from resolvers.orders.confirmation_calls import (
    CallOutcome,
    order_confirmation_call_record,
)
from resolvers.orders.customer import (
    REMARK_MAX,
    clean_address,
    order_cancel,
    order_confirm_receipt,
    order_update,
)
from resolvers.orders.merchant import (
    order_assign,
    order_cancel_on_request,
    order_confirm,
    order_invalidate,
    order_mark_delivered,
    order_mark_delivery_failed,
    order_mark_packed,
    order_mark_returned,
    order_reattempt_delivery,
    order_ship,
)
from resolvers.orders.operations import (
    ASSIGN,
    CANCEL,
    CANCEL_ON_REQUEST,
    CONFIRM,
    CONFIRM_RECEIPT,
    HAND_OVER,
    INVALIDATE,
    MARK_DELIVERED,
    MARK_DELIVERY_FAILED,
    MARK_PACKED,
    MARK_RETURNED,
    REASON_MAX,
    REATTEMPT_DELIVERY,
    SHIP,
    Apply,
    clean_note,
    move_order,
    operate,
    send_refunds,
)
from resolvers.orders.picking import (
    PickList,
    PickRow,
    pick_list,
    pick_list_html,
    pick_list_text,
    picking_warehouse,
)
from resolvers.orders.pickup import READY_FOR_PICKUP, order_hand_over, order_mark_ready_for_pickup
from resolvers.orders.transitions import (
    history_entry,
    now_utc,
    pickup_point_of,
    record_event,
    transition,
)

# The names other modules knew these by before the package had modules of its own.
_is_staff = is_staff
_operate = operate

__all__ = [
    "ADDRESS_FIELDS",
    "ADDRESS_OPTIONAL",
    "ASSIGN",
    "ASSIGNEE_ROLES",
    "AUTO_BATCH",
    "CANCEL",
    "CANCEL_ON_REQUEST",
    "CARRIER",
    "CONFIRM",
    "CONFIRM_RECEIPT",
    "CONFIRM_ROLES",
    "COURIER_VISIBLE",
    "FULFILMENT_ROLES",
    "HAND_OVER",
    "INVALIDATE",
    "MARK_DELIVERED",
    "MARK_DELIVERY_FAILED",
    "MARK_PACKED",
    "MARK_RETURNED",
    "ORDER_READ_ROLES",
    "READY_FOR_PICKUP",
    "REASON_MAX",
    "REATTEMPT_DELIVERY",
    "REMARK_MAX",
    "SHIP",
    "SYSTEM",
    "Acting",
    "Apply",
    "CallOutcome",
    "Operation",
    "Party",
    "PickList",
    "PickRow",
    "_is_staff",
    "_operate",
    "acting_as",
    "after_payment",
    "authorise",
    "can_view",
    "cancel_with_effects",
    "carrier_move",
    "carrier_update",
    "clean_address",
    "clean_note",
    "history_entry",
    "is_staff",
    "load_visible",
    "move_order",
    "not_found",
    "now_utc",
    "operate",
    "order_assign",
    "order_cancel",
    "order_cancel_on_request",
    "order_confirm",
    "order_confirm_receipt",
    "order_confirmation_call_record",
    "order_hand_over",
    "order_invalidate",
    "order_mark_delivered",
    "order_mark_delivery_failed",
    "order_mark_packed",
    "order_mark_ready_for_pickup",
    "order_mark_returned",
    "order_policy",
    "order_reattempt_delivery",
    "order_ship",
    "order_update",
    "orders_with_open_aftersales_case",
    "pick_list",
    "pick_list_html",
    "pick_list_text",
    "picking_warehouse",
    "pickup_point_of",
    "policy_of",
    "read_only",
    "record_event",
    "refuse_typed_carrier",
    "run_automatic_transitions",
    "send_refunds",
    "transition",
]
