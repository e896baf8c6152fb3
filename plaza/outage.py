"""HTTP answers for a database outage: 503 with ``Retry-After``, never a 500.

Which exceptions are an outage is decided in one place, ``models.errors.is_database_unavailable``
(re-exported here); GraphQL's error masking (schema/build.py) uses the same rule to answer
``SERVICE_UNAVAILABLE``. This module holds what the HTTP side sends: the ``Retry-After`` value
and the JSON answer of the server-to-server routes (payment callbacks, carrier pushes), whose
senders retry what is not answered 2xx.
"""

from __future__ import annotations

import logging

from starlette.responses import JSONResponse

from models.errors import is_database_unavailable
from schema.build import SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE_MESSAGE

__all__ = [
    "RETRY_AFTER_SECONDS",
    "SERVICE_UNAVAILABLE",
    "SERVICE_UNAVAILABLE_MESSAGE",
    "is_database_unavailable",
    "retry_after_headers",
    "unavailable_json",
]

# A PostgreSQL restart or failover takes a few seconds.
RETRY_AFTER_SECONDS = 5

log = logging.getLogger("plaza.outage")


def retry_after_headers() -> dict[str, str]:
    return {"Retry-After": str(RETRY_AFTER_SECONDS)}


def unavailable_json(what: str, exc: BaseException) -> JSONResponse:
    """The answer of a server-to-server route that could not reach the database: 503 (the
    sender retries), logged on one line without a stack."""
    log.warning("%s: database unavailable, answered 503: %r", what, exc)
    return JSONResponse(
        {"status": "error", "code": SERVICE_UNAVAILABLE, "message": SERVICE_UNAVAILABLE_MESSAGE},
        status_code=503,
        headers=retry_after_headers(),
    )
