"""dramatiq middleware that carries the trace context from the sender to the actor.

``before_enqueue`` puts the active span's ``traceparent`` in the message's options (so it
crosses the broker with the message); ``before_process_message`` opens the actor's span as its
child and makes it current in the worker thread, whose context the actor's coroutine inherits
(dramatiq's ``AsyncIO`` schedules it with ``call_soon_threadsafe``, which copies the calling
thread's context). Tracing off (``resolvers.trace_context.ENABLED`` false): each hook is one
flag test.
"""

from __future__ import annotations

import threading

import dramatiq

from resolvers import trace_context

OPTION = "traceparent"


class TraceContext(dramatiq.Middleware):
    def __init__(self) -> None:
        self._active: dict[str, tuple[object, object]] = {}
        self._lock = threading.Lock()

    def before_enqueue(self, broker, message, delay) -> None:
        if trace_context.ENABLED and (parent := trace_context.current()):
            message.options[OPTION] = parent

    def before_process_message(self, broker, message) -> None:
        if not trace_context.ENABLED:
            return
        from opentelemetry import context, propagate, trace

        carrier = {OPTION: message.options[OPTION]} if OPTION in message.options else {}
        span = trace.get_tracer(trace_context.TRACER_NAME).start_span(
            f"dramatiq {message.actor_name}",
            context=propagate.extract(carrier) if carrier else None,
            kind=trace.SpanKind.CONSUMER,
            attributes={"messaging.system": "dramatiq", "messaging.message.id": message.message_id},
        )
        token = context.attach(trace.set_span_in_context(span))
        with self._lock:
            self._active[message.message_id] = (span, token)

    def after_process_message(self, broker, message, *, result=None, exception=None) -> None:
        with self._lock:
            active = self._active.pop(message.message_id, None)
        if active is None:
            return
        from opentelemetry import context, trace

        span, token = active
        if exception is not None:
            span.record_exception(exception)  # type: ignore[attr-defined]
            span.set_status(trace.Status(trace.StatusCode.ERROR))  # type: ignore[attr-defined]
        span.end()  # type: ignore[attr-defined]
        context.detach(token)  # type: ignore[arg-type]

    after_skip_message = after_process_message
