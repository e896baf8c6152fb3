"""Delivery-slot actors: appointment orders start picking at the agreed time, and the
calendars are extended day by day. ``tasks.runtime`` sends ``run_slot_timers`` with the other
periodic sweeps (every ``SWEEP_INTERVAL`` s); its body calls idempotent use cases."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

from resolvers import slots
from tasks.broker import actor
from tasks.signals import wake_relay

log = logging.getLogger("plaza.tasks.slots")


@actor(max_retries=0)
async def run_slot_timers() -> dict[str, int]:
    """Move the due appointment orders to PICKING (re-sent while a full batch moved) and
    generate the calendars' days that came within their horizon."""
    now = datetime.now(UTC)
    counts = await slots.start_due_picking(now)
    counts["slots_created"] = await slots.extend_calendars(now)
    if counts["picking"]:
        log.info("slot timers: %s", counts)
        wake_relay()  # the moves wrote outbox events
    if counts["picking"] >= slots.PICKING_BATCH:  # a full batch: there may be more
        await asyncio.to_thread(run_slot_timers.send)
    return counts
