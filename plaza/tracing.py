"""OpenTelemetry traces, configured by the standard ``OTEL_*`` variables (docs/operations.md).

Tracing is on when an exporter is configured: ``OTEL_TRACES_EXPORTER`` names one (``otlp``:
OTLP over HTTP/protobuf, to ``OTEL_EXPORTER_OTLP_[TRACES_]ENDPOINT``; ``console``), or an OTLP
endpoint is set; ``OTEL_SDK_DISABLED=true`` or ``OTEL_TRACES_EXPORTER=none`` keep it off. Off,
nothing is installed: no ASGI middleware, no asyncpg instrumentation, and the trace context
of background work (``resolvers.trace_context``) is one flag test.

On: every HTTP request is a server span (opentelemetry-instrumentation-asgi), every asyncpg
statement a client span (-asyncpg), and the work a request causes continues its trace: the
outbox row keeps the request's ``traceparent``, the relay's span for the event is its child,
and the dramatiq messages the relay sends carry it to the worker's span (``tasks.tracing``).
The exporter's own settings (headers, timeout, batch delay ``OTEL_BSP_*``, resource
``OTEL_SERVICE_NAME`` / ``OTEL_RESOURCE_ATTRIBUTES``) are read by the SDK itself.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from resolvers import trace_context

log = logging.getLogger("plaza.tracing")
_provider = None


def exporters(env: Mapping[str, str] = os.environ) -> list[str]:
    """The span exporters the environment asks for (empty: tracing off)."""
    if env.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return []
    named = env.get("OTEL_TRACES_EXPORTER")
    if named is not None:
        names = [n.strip().lower() for n in named.split(",") if n.strip()]
        return [n for n in names if n != "none"]
    endpoint = env.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") or env.get(
        "OTEL_EXPORTER_OTLP_ENDPOINT"
    )
    return ["otlp"] if endpoint else []


def configure(service_name: str, env: Mapping[str, str] = os.environ) -> bool:
    """Install the tracer provider and the instrumentation if an exporter is configured."""
    global _provider
    names = exporters(env)
    if not names or _provider is not None:
        return _provider is not None
    from opentelemetry import trace
    from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor
    from opentelemetry.sdk.resources import SERVICE_NAME, Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter

    resource = Resource.create({SERVICE_NAME: env.get("OTEL_SERVICE_NAME") or service_name})
    provider = TracerProvider(resource=resource)
    for name in names:
        if name == "otlp":
            protocol = env.get("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL") or env.get(
                "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"
            )
            if protocol != "http/protobuf":
                raise SystemExit(f"OTLP protocol {protocol!r}: Plaza exports http/protobuf only")
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

            provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
        elif name == "console":
            provider.add_span_processor(BatchSpanProcessor(ConsoleSpanExporter()))
        else:
            raise SystemExit(f"OTEL_TRACES_EXPORTER={name!r}: use otlp, console or none")
    trace.set_tracer_provider(provider)
    AsyncPGInstrumentor().instrument()
    _provider = provider
    trace_context.ENABLED = True
    log.info("tracing on: %s", ", ".join(names))
    return True


def install(app) -> None:
    """OpenTelemetry's ASGI middleware, outermost, when tracing is on."""
    if _provider is None:
        return
    from opentelemetry.instrumentation.asgi import OpenTelemetryMiddleware

    app.add_middleware(OpenTelemetryMiddleware, excluded_urls="healthz,readyz,metrics")


def shutdown() -> None:
    """Export what is buffered (at process exit)."""
    if _provider is not None:
        _provider.force_flush()
