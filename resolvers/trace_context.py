"""W3C trace context carried with background work, so that one request is one trace across the
API, the outbox relay and the worker (docs/operations.md "Traces").

Off until ``plaza.tracing.configure`` turns it on (an ``OTEL_*`` exporter configured): then
:func:`current` gives the active span's ``traceparent`` (an outbox row keeps it; a dramatiq
message carries it in its options) and :func:`continued` opens a span whose parent it is. Off,
both cost one flag test: no OpenTelemetry call is made.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

ENABLED = False
TRACER_NAME = "plaza"


def current() -> str | None:
    """The active span's ``traceparent`` header value, or None (tracing off, or no span)."""
    if not ENABLED:
        return None
    from opentelemetry import propagate

    carrier: dict[str, str] = {}
    propagate.inject(carrier)
    return carrier.get("traceparent")


@contextlib.contextmanager
def continued(traceparent: str | None, name: str, **attributes: str | int) -> Iterator[None]:
    """A span named ``name`` (a consumer's: the relay's or the worker's), child of the span
    that ``traceparent`` names, or a new trace without one."""
    if not ENABLED:
        yield
        return
    from opentelemetry import propagate, trace

    parent = propagate.extract({"traceparent": traceparent}) if traceparent else None
    tracer = trace.get_tracer(TRACER_NAME)
    with tracer.start_as_current_span(
        name, context=parent, kind=trace.SpanKind.CONSUMER, attributes=attributes
    ):
        yield
