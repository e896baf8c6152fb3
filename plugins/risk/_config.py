"""Reading rule settings from a storefront's ``risk`` dict: values may arrive as JSON strings."""

from __future__ import annotations

import logging

log = logging.getLogger("plaza.risk")

_FALSE = {"0", "false", "no", "off"}


def enabled(config: dict, code: str) -> bool:
    """``"<code>_enabled"`` (default true)."""
    value = config.get(f"{code}_enabled", True)
    if isinstance(value, str):
        return value.strip().lower() not in _FALSE
    return bool(value)


def int_setting(config: dict, key: str, default: int, minimum: int = 0) -> int:
    """An integer setting; a missing or unusable value falls back to ``default`` (logged)."""
    value = config.get(key)
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except (TypeError, ValueError):
        log.warning("risk setting %s=%r is not an integer; using %s", key, value, default)
        return default
    if number < minimum:
        log.warning("risk setting %s=%r is below %s; using %s", key, value, minimum, default)
        return default
    return number
