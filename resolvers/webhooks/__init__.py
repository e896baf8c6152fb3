"""Partner webhooks: endpoints, signed deliveries, retries with backoff, the delivery log.

Use cases (viewer first, as everywhere):

* partners (API-key viewers) register endpoints (``endpoint_create``: URL, event types,
  merchants -- both within their key's scope), list, pause, resume and delete them, read the
  delivery log of their endpoints and ask for a redelivery;
* merchant owners read the log of their own merchant webhook (``resolvers.dispatch``) and retry;
* platform staff see every endpoint and delivery (admins also pause/resume/delete and retry);
  failed deliveries are ``deliveries(viewer, status=FAILED)``.

A partner never sees another partner's endpoints or deliveries: those answer NOT_FOUND, exactly
like ids that do not exist.

Background side (called by ``tasks.webhooks``, never the other way round): ``fan_out_event``
writes an outbox event's deliveries in the relay's transaction; ``claim`` / ``record_attempt``
run one attempt at a time per delivery and write its result. Signing follows the Standard
Webhooks specification.

What is where:

* ``registration``: endpoints (create, list, pause, resume, delete); ``validation``: the URL
  (public hosts only: ``plugins.outbound``), event types and merchants a partner gives;
  ``keys``: what a partner key covers;
* ``delivery_log``: the delivery log and redelivery on request;
* ``fanout``: deliveries made from outbox events, inside the relay's transaction
  (``fan_out_event``); ``pending``: which deliveries to send (``DeliveryRef``), overdue ones
  included (their message was lost);
* ``attempts``: ``RetryPolicy``, claiming an attempt, recording its outcome;
* ``signing``: secrets and signed headers; ``payload``: the body of a delivery;
  ``clock``: ``now_utc``.

Every name is re-exported here, so callers import ``resolvers.webhooks``; the modules of the
package import each other directly.
"""

from __future__ import annotations

from resolvers.webhooks.attempts import (
    EARLY,
    ERROR_MAX,
    Attempt,
    Outcome,
    RetryPolicy,
    claim,
    record_attempt,
)
from resolvers.webhooks.clock import now_utc
from resolvers.webhooks.delivery_log import (
    DELIVERY_REQUESTED,
    deliveries,
    delivery_retry,
    visible_deliveries,
)
from resolvers.webhooks.fanout import (
    Subscribers,
    active_subscribers,
    create_delivery,
    fan_out,
    fan_out_event,
    fans_out,
    has_active_endpoints,
)
from resolvers.webhooks.keys import key_covers, live_keys, type_allowed
from resolvers.webhooks.payload import api_id, case_event_data, encode_body, envelope, event_data
from resolvers.webhooks.pending import DeliveryRef, overdue, pending_for_endpoint, untried
from resolvers.webhooks.registration import (
    DESCRIPTION_MAX,
    ENDPOINT_RESUMED,
    MAX_ENDPOINTS_PER_PARTNER,
    endpoint_create,
    endpoint_delete,
    endpoint_pause,
    endpoint_resume,
    endpoints,
    get_endpoint,
    visible_endpoints,
)
from resolvers.webhooks.signing import (
    SECRET_BYTES,
    SECRET_PREFIX,
    USER_AGENT,
    new_message_id,
    new_secret,
    secret_key,
    signature,
    signed_headers,
)
from resolvers.webhooks.validation import (
    PRIVATE_NETWORKS_ENV,
    URL_MAX,
    clean_public_url,
    clean_url,
    private_networks_allowed,
)

__all__ = [
    "DELIVERY_REQUESTED",
    "DESCRIPTION_MAX",
    "EARLY",
    "ENDPOINT_RESUMED",
    "ERROR_MAX",
    "MAX_ENDPOINTS_PER_PARTNER",
    "PRIVATE_NETWORKS_ENV",
    "SECRET_BYTES",
    "SECRET_PREFIX",
    "URL_MAX",
    "USER_AGENT",
    "Attempt",
    "DeliveryRef",
    "Outcome",
    "RetryPolicy",
    "Subscribers",
    "active_subscribers",
    "api_id",
    "case_event_data",
    "claim",
    "clean_public_url",
    "clean_url",
    "create_delivery",
    "deliveries",
    "delivery_retry",
    "encode_body",
    "endpoint_create",
    "endpoint_delete",
    "endpoint_pause",
    "endpoint_resume",
    "endpoints",
    "envelope",
    "event_data",
    "fan_out",
    "fan_out_event",
    "fans_out",
    "get_endpoint",
    "has_active_endpoints",
    "key_covers",
    "live_keys",
    "new_message_id",
    "new_secret",
    "now_utc",
    "overdue",
    "pending_for_endpoint",
    "private_networks_allowed",
    "record_attempt",
    "secret_key",
    "signature",
    "signed_headers",
    "type_allowed",
    "untried",
    "visible_deliveries",
    "visible_endpoints",
]
