"""Log set-up: plain text for a developer's terminal, one JSON object a line for production.

``PLAZA_LOG_FORMAT``: ``text`` or ``json``. Unset: ``json`` when ``PLAZA_ENV=production``,
``text`` otherwise. (Both are read here, from the environment, when :func:`configure` runs.)
``PLAZA_LOG_LEVEL``: the root level (default ``INFO``).

A JSON line: ``ts`` (UTC, ISO 8601), ``level``, ``logger``, ``message``, ``exc_info`` (the
traceback, when there is one), and -- for lines logged while a request is served
(``plaza.observability``) -- ``request_id``, ``operation`` (root field), ``operation_name``
(the client's), ``viewer`` (``anonymous``, ``customer``, ``merchant_staff``, ``courier``,
``partner``, ``platform_staff``) and ``merchant_id`` (the tenant), each when known; the
``plaza.access`` line adds ``method``, ``path``, ``status`` and ``duration_ms``.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime

from plaza.observability import current

FORMAT_ENV = "PLAZA_LOG_FORMAT"
ENV_ENV = "PLAZA_ENV"
LEVEL_ENV = "PLAZA_LOG_LEVEL"
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"

#: request fields a line carries, in this order
CONTEXT_FIELDS = ("request_id", "operation", "operation_name", "viewer", "merchant_id")
_EXTRA_FIELDS = ("method", "path", "status", "duration_ms")


def log_format() -> str:
    configured = os.environ.get(FORMAT_ENV, "").strip().lower()
    if configured in ("json", "text"):
        return configured
    if configured:
        raise ValueError(f"{FORMAT_ENV} must be 'text' or 'json'; got {configured!r}")
    return "json" if os.environ.get(ENV_ENV, "").strip().lower() == "production" else "text"


class RequestContextFilter(logging.Filter):
    """Stamp each record with the fields of the request it was logged in (when there is one).

    On the handler, so it runs in the context of the code that logged the line."""

    def filter(self, record: logging.LogRecord) -> bool:
        info = current()
        if info is not None:
            record.request_id = info.request_id
            record.operation = info.operation or None
            record.operation_name = info.operation_name or None
            record.viewer = info.viewer_kind
            record.merchant_id = info.merchant_id
            if record.name == "plaza.access":
                record.method = info.method
                record.path = info.path
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per record; fields that are not known are left out."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in (*CONTEXT_FIELDS, *_EXTRA_FIELDS):
            value = getattr(record, name, None)
            if value is not None:
                line[name] = value
        if record.exc_info:
            line["exc_info"] = self.formatException(record.exc_info)
        elif record.exc_text:
            line["exc_info"] = record.exc_text
        if record.stack_info:
            line["stack_info"] = self.formatStack(record.stack_info)
        return json.dumps(line, default=str, ensure_ascii=False)


def handler(fmt: str | None = None, stream=None) -> logging.Handler:
    """A stream handler in ``fmt`` (default :func:`log_format`) with the request fields."""
    out = logging.StreamHandler(stream)
    out.addFilter(RequestContextFilter())
    out.setFormatter(JsonFormatter() if (fmt or log_format()) == "json" else _text_formatter())
    return out


def _text_formatter() -> logging.Formatter:
    return logging.Formatter(TEXT_FORMAT)


def configure(fmt: str | None = None) -> str:
    """Install one :func:`handler` (stderr) on the root logger, replacing the one an earlier
    call installed; returns the format. Handlers someone else put there (a test runner's
    capture) are left in place.

    In JSON, uvicorn's own lines go through it too, and its access line is left out: the
    ``plaza.access`` line carries the same and the request's fields."""
    fmt = fmt or log_format()
    level = os.environ.get(LEVEL_ENV, "INFO").upper()
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_plaza_handler", False)]:
        root.removeHandler(old)
    ours = handler(fmt)
    ours._plaza_handler = True  # type: ignore[attr-defined]
    root.addHandler(ours)
    root.setLevel(level)
    if fmt == "json":
        for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
            uv = logging.getLogger(name)
            uv.handlers.clear()
            uv.propagate = True
        logging.getLogger("uvicorn.access").setLevel(logging.WARNING)
    return fmt
