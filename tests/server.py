"""Run the app in a real server process (uvicorn) for tests that need one.

    with live_server({"PLAZA_DATABASE_URL": database.url}) as url:  # or `async with`
        httpx.get(f"{url}/healthz")

The server is ``python -m uvicorn plaza.app:app_factory --factory --host 127.0.0.1 --port N`` on
a free port, with this process's environment plus ``env`` (and ``extra_args`` appended to the
command line, e.g. ``["--workers", "2"]``). Entering waits until ``GET /healthz`` answers 200
(polling up to ``startup_timeout`` seconds; a process that exits or a deadline that passes
raises ``ServerError`` with the server's output). Leaving sends SIGTERM (uvicorn shuts down
gracefully, running the lifespan) and SIGKILLs the process group if it is not gone within
``shutdown_timeout`` seconds.

What you get is a ``LiveServer``: a ``str`` (the base URL, ``http://127.0.0.1:N``) that also
carries ``.port``, ``.ws_url``, ``.process`` and ``.output()`` (stdout + stderr so far).
Several servers at once (e.g. two instances sharing a pub/sub broker) are just several
context managers.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
APP = "plaza.app:app_factory"
_POLL_INTERVAL = 0.05
_PORT_ATTEMPTS = 3


class ServerError(RuntimeError):
    """The server did not start (or did not stop); the message includes its output."""


class LiveServer(str):
    """The base URL of a running server, with handles on the process."""

    port: int
    process: subprocess.Popen
    log_path: Path

    def __new__(cls, port: int, process: subprocess.Popen, log_path: Path) -> LiveServer:
        self = super().__new__(cls, f"http://{HOST}:{port}")
        self.port = port
        self.process = process
        self.log_path = log_path
        return self

    @property
    def url(self) -> str:
        return str(self)

    @property
    def ws_url(self) -> str:
        return f"ws://{HOST}:{self.port}"

    def output(self) -> str:
        """Everything the server wrote to stdout and stderr so far."""
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class _Launcher:
    """Start/wait/stop, shared by the sync and the async context manager."""

    def __init__(
        self,
        env: Mapping[str, str] | None,
        extra_args: Sequence[str],
        app: str,
        startup_timeout: float,
        shutdown_timeout: float,
    ) -> None:
        self.env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
        self.extra_args = list(extra_args)
        self.app = app
        self.startup_timeout = startup_timeout
        self.shutdown_timeout = shutdown_timeout
        self._tmp = Path(tempfile.mkdtemp(prefix="plaza-server-"))
        self.attempt = 0

    def spawn(self) -> LiveServer:
        self.attempt += 1
        port = free_port()
        log_path = self._tmp / f"server-{port}.log"
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            self.app,
            "--factory",
            "--host",
            HOST,
            "--port",
            str(port),
            *self.extra_args,
        ]
        with open(log_path, "wb") as log:  # a file, not a pipe: a chatty server never blocks
            process = subprocess.Popen(
                command,
                cwd=ROOT,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: workers die with it
            )
        return LiveServer(port, process, log_path)

    def check(self, server: LiveServer, deadline: float, last: str) -> bool | None:
        """After one failed poll: None to keep waiting, False to retry on another port."""
        code = server.process.poll()
        if code is not None:
            output = server.output()
            if "address already in use" in output.lower() and self.attempt < _PORT_ATTEMPTS:
                return False  # lost the race for the free port to someone else
            raise ServerError(f"server exited with code {code} before it was ready:\n{output}")
        if time.monotonic() > deadline:
            self.stop(server)
            raise ServerError(
                f"server at {server} not ready after {self.startup_timeout}s "
                f"(last /healthz: {last}):\n{server.output()}"
            )
        return None

    def stop(self, server: LiveServer) -> None:
        process = server.process
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=self.shutdown_timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=self.shutdown_timeout)
        else:  # already gone; make sure no worker it started outlives it
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)


@contextlib.contextmanager
def live_server(
    env: Mapping[str, str] | None = None,
    *,
    extra_args: Sequence[str] = (),
    app: str = APP,
    startup_timeout: float = 30.0,
    shutdown_timeout: float = 10.0,
) -> Iterator[LiveServer]:
    """A real server for the duration of the ``with`` block (see the module docstring)."""
    launcher = _Launcher(env, extra_args, app, startup_timeout, shutdown_timeout)
    with httpx.Client(timeout=2.0) as client:
        while True:
            server = launcher.spawn()
            deadline = time.monotonic() + startup_timeout
            ready, last = None, "no answer"
            try:
                while ready is None:
                    try:
                        answer = client.get(f"{server}/healthz")
                        if answer.status_code == 200:
                            ready = True
                            break
                        last = f"{answer.status_code} {answer.text[:200]}"
                    except httpx.TransportError as exc:
                        last = repr(exc)
                    ready = launcher.check(server, deadline, last)
                    if ready is None:
                        time.sleep(_POLL_INTERVAL)
            except BaseException:
                launcher.stop(server)
                raise
            if ready:
                break
            launcher.stop(server)
    try:
        yield server
    finally:
        launcher.stop(server)


@contextlib.asynccontextmanager
async def async_live_server(
    env: Mapping[str, str] | None = None,
    *,
    extra_args: Sequence[str] = (),
    app: str = APP,
    startup_timeout: float = 30.0,
    shutdown_timeout: float = 10.0,
) -> AsyncIterator[LiveServer]:
    """``live_server`` for async tests: waiting and stopping do not block the event loop."""
    launcher = _Launcher(env, extra_args, app, startup_timeout, shutdown_timeout)
    async with httpx.AsyncClient(timeout=2.0) as client:
        while True:
            server = launcher.spawn()
            deadline = time.monotonic() + startup_timeout
            ready, last = None, "no answer"
            try:
                while ready is None:
                    try:
                        answer = await client.get(f"{server}/healthz")
                        if answer.status_code == 200:
                            ready = True
                            break
                        last = f"{answer.status_code} {answer.text[:200]}"
                    except httpx.TransportError as exc:
                        last = repr(exc)
                    ready = launcher.check(server, deadline, last)
                    if ready is None:
                        await asyncio.sleep(_POLL_INTERVAL)
            except BaseException:
                await asyncio.to_thread(launcher.stop, server)
                raise
            if ready:
                break
            await asyncio.to_thread(launcher.stop, server)
    try:
        yield server
    finally:
        await asyncio.to_thread(launcher.stop, server)


# --- the Node.js tools in tests/node (see its README) -----------------------------------------

NODE_DIR = ROOT / "tests" / "node"


def node_script(name: str) -> list[str]:
    """``["node", <path of tests/node/name>]``; skips the test when Node.js or the tools'
    packages are missing (fails instead when PLAZA_TEST_REQUIRE_SERVICES=1)."""
    node = shutil.which("node")
    problem = None
    if node is None:
        problem = "node (Node.js >= 20) is not on PATH"
    elif not (NODE_DIR / "node_modules").is_dir():
        problem = f"run `npm ci --prefix {NODE_DIR}` (or `make node`) first"
    if problem:
        if os.environ.get("PLAZA_TEST_REQUIRE_SERVICES") == "1":
            pytest.fail(problem)
        pytest.skip(problem)
    return [node, str(NODE_DIR / name)]


class HttpGql:
    """``await gql(query, variables, token=...)`` against a live server (the helpers' shape)."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http

    async def __call__(self, query: str, variables: dict | None = None, token: str | None = None):
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        answer = await self.http.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )
        assert answer.status_code == 200, answer.text
        return answer.json()
