"""Aftersales: cases on a merchant order -- return and refund, refund only, exchange, reship.

The case's state machine is ``models.aftersales.CASE_TRANSITIONS``; every move goes through
``steps.move`` (a conditional UPDATE on (status, version), so of two racing moves exactly one
wins), writes a step to the *order's* history (``aftersales_<status>``, so the order's timeline
shows its cases) and an outbox event ``aftersales.<status>`` for partners and the merchant.

Who may do what:

* the order's customer: ``case_open`` (DELIVERED orders, within the storefront policy's
  aftersales window, a case type the policy allows), ``case_return_ship`` (the carrier and
  tracking number of the goods sent back), ``case_close`` (withdraw an unresolved case before the
  goods are received, or close a rejected or resolved one);
* platform staff (admin, customer service): everything, and may open a case after the window;
* staff of the order's merchant, by role (owners always): ``case_approve``, ``case_reject``,
  ``case_resolve`` -- customer service or orders; ``case_receive``, ``case_inspect`` --
  warehouse, orders or customer service.

Refused requests change nothing and say why, in this order: NOT_FOUND (the viewer may not see
the order or case: existence is not told), PERMISSION_DENIED, INVALID_TRANSITION, then the
input's own errors, then CONCURRENT_UPDATE.

What is where:

* ``access`` -- who may see a case and act on it (``can_view_case``, ``authorise``), the roles
  and input limits;
* ``steps`` -- one step of a case: the conditional row change, the order's history step and
  the outbox event;
* ``opening`` -- ``case_open`` and the lines a case claims (``LineRequest``);
* ``review`` -- ``case_approve``, ``case_reject``, ``case_close`` (withdraw or close);
* ``returns`` -- goods coming back: ``case_return_ship``, ``case_receive``, ``case_inspect``
  (``Inspection``: restock or write off, with the stock ledger);
* ``resolution`` -- ``case_resolve``: a refund, or a replacement order (``replacement``);
* ``queries`` -- ``get_case``, ``visible_cases``.

The case row's hand-written UPDATE is ``models.repository.aftersales``.
"""

from resolvers.aftersales.access import (
    HANDLER_ROLES,
    MAX_CASE_LINES,
    NOTE_MAX,
    REASON_MAX,
    RETURNS_ROLES,
    CaseActing,
    can_view_case,
)
from resolvers.aftersales.opening import LineRequest, case_open
from resolvers.aftersales.queries import get_case, visible_cases
from resolvers.aftersales.resolution import case_resolve, refundable
from resolvers.aftersales.returns import Inspection, case_inspect, case_receive, case_return_ship
from resolvers.aftersales.review import case_approve, case_close, case_reject

__all__ = [
    "HANDLER_ROLES",
    "MAX_CASE_LINES",
    "NOTE_MAX",
    "REASON_MAX",
    "RETURNS_ROLES",
    "CaseActing",
    "Inspection",
    "LineRequest",
    "can_view_case",
    "case_approve",
    "case_close",
    "case_inspect",
    "case_open",
    "case_receive",
    "case_reject",
    "case_resolve",
    "case_return_ship",
    "get_case",
    "refundable",
    "visible_cases",
]
