"""The worker's log, watched over the whole test session: every traceback logged by the
background side (dramatiq, ``plaza.tasks.*``, ``plaza.worker``) is attributed to the test that
was running. One no test declared (``@pytest.mark.worker_tracebacks``: the test causes it on
purpose) is listed in the summary, and fails the session with PLAZA_TEST_STRICT_WORKER_LOG=1:
a failed actor whose work was done, or an error swallowed by a retry, is a bug even when every
assertion passed.

Worker threads may log a little after their test ended: a record is attributed to the test
running when it was logged, and a declared test's neighbour is not blamed for 2 s after it.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

WATCHED = ("dramatiq", "plaza.tasks", "plaza.worker")
GRACE_S = 2.0


@dataclass
class Traceback:
    test: str
    logger: str
    message: str


class WorkerLogWatch(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self._lock = threading.Lock()
        self.current = "(between tests)"
        self.declared_until = 0.0
        self.found: list[Traceback] = []

    def emit(self, record: logging.LogRecord) -> None:
        if not record.exc_info or not record.name.startswith(WATCHED):
            return
        with self._lock:
            if time.monotonic() < self.declared_until:
                return
            self.found.append(Traceback(self.current, record.name, record.getMessage()[:200]))

    def enter(self, nodeid: str, declared: bool) -> None:
        with self._lock:
            self.current = nodeid
            self.declared_until = float("inf") if declared else self.declared_until

    def leave(self, declared: bool) -> None:
        with self._lock:
            self.current = "(between tests)"
            if declared:
                self.declared_until = time.monotonic() + GRACE_S
