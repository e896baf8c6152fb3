"""Fuzz the whole GraphQL schema with Schemathesis: no 5xx, no ``INTERNAL_ERROR``, no traceback.

    make fuzz                                  # the bounded run CI does
    FUZZ_EXAMPLES=200 make fuzz                # a longer run by hand

What it does: a fresh SQLite database in a temporary folder gets ``plaza migrate`` and
``plaza demo --products 50``; the real server (uvicorn, ``tests/server.py``) serves it on a free
port; then ``st run <server>/graphql`` (schemathesis from ``.venv-fuzz``, see ``make
fuzz-install``) fuzzes every root field once per viewer: anonymous, a merchant's owner
(``owner@lumen.demo``) and a customer (``alice@plaza.demo``), signed in with ``tokenCreate``
before any fuzzing starts. Arguments of type ``ID`` and ``storefront`` codes take real values of
the demo data half of the time (``tests/fuzz/dictionary.py``). The checks are
``tests/fuzz/hooks.py``'s ``no_http_5xx`` and ``no_internal_error``. At the end the server's log is
scanned for tracebacks.

It prints, per viewer and in all, the operations, the test cases generated, the requests and
their 5xx / ``INTERNAL_ERROR`` counts, and exits 1 on any finding (or when a run could not be
done at all). Reports (NDJSON, JUnit) and the server log stay in ``var/fuzz/``.

Settings (environment):

- ``FUZZ_EXAMPLES``: test cases per operation and viewer (default 4);
- ``FUZZ_SEED``: default 20261202, so CI runs the same cases each time; ``random`` for a new one;
- ``FUZZ_WORKERS``: schemathesis workers (default 2);
- ``FUZZ_VIEWERS``: default ``anonymous,merchant,customer``;
- ``FUZZ_ST``: the ``st`` to run (default ``.venv-fuzz/bin/st``);
- ``FUZZ_OUT``: the reports' folder (default ``var/fuzz``).
"""

from __future__ import annotations

import base64
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tests.fuzz.dictionary import write_config
from tests.server import ROOT, live_server

OUT = Path(os.environ.get("FUZZ_OUT", ROOT / "var" / "fuzz"))
HOOKS = Path(__file__).resolve().parent / "hooks.py"
PASSWORD = "plaza-demo-123"
VIEWERS = {"anonymous": None, "merchant": "owner@lumen.demo", "customer": "alice@plaza.demo"}
# Signed in, these would end the very session the run is using (``tokenRevoke(all: true)``);
# the anonymous run still fuzzes them.
SIGNED_IN_EXCLUDED = ("Mutation.tokenRevoke",)
CHECKS = ("no_http_5xx", "no_internal_error")
TRACEBACK = re.compile(r"^Traceback \(most recent call last\):", re.MULTILINE)


@dataclass
class Figures:
    """What one schemathesis run did, read back from its NDJSON report."""

    operations: int = 0
    cases: int = 0
    requests: int = 0
    http_5xx: int = 0
    internal_errors: int = 0
    failures: dict[str, int] = field(default_factory=dict)
    errors: int = 0  # operations schemathesis could not test (e.g. a scalar it cannot generate)

    def add(self, other: Figures) -> None:
        for name in ("operations", "cases", "requests", "http_5xx", "internal_errors", "errors"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name, count in other.failures.items():
            self.failures[name] = self.failures.get(name, 0) + count


def _internal_error(content: dict | None) -> bool:
    if not content or "$base64" not in content:
        return False
    try:
        body = json.loads(base64.b64decode(content["$base64"]))
    except ValueError:
        return False
    errors = body.get("errors") if isinstance(body, dict) else None
    return any(
        isinstance(e, dict) and (e.get("extensions") or {}).get("code") == "INTERNAL_ERROR"
        for e in errors or []
    )


def read_report(path: Path) -> Figures:
    """Count operations, cases, requests and findings in a schemathesis NDJSON report."""
    figures = Figures()
    cases: set[str] = set()
    for line in path.read_text().splitlines():
        event = json.loads(line)
        if "LoadingFinished" in event:
            figures.operations = event["LoadingFinished"]["statistic"]["operations"]["selected"]
        elif "NonFatalError" in event:
            figures.errors += 1
        elif "ScenarioFinished" in event:
            recorder = event["ScenarioFinished"]["recorder"]
            cases.update(recorder["cases"])
            for results in recorder["checks"].values():
                for result in results:
                    if result["status"] == "failure":
                        name = result["name"]
                        figures.failures[name] = figures.failures.get(name, 0) + 1
            for interaction in recorder["interactions"].values():
                response = interaction.get("response") or {}
                figures.requests += 1
                figures.http_5xx += response.get("status_code", 0) >= 500
                figures.internal_errors += _internal_error(response.get("content"))
    figures.cases = len(cases)
    return figures


def sign_in(url: str, email: str) -> str:
    answer = httpx.post(
        f"{url}/graphql",
        json={
            "query": "mutation($e: String!, $p: String!) "
            "{ tokenCreate(email: $e, password: $p) { token errors { code message } } }",
            "variables": {"e": email, "p": PASSWORD},
        },
        timeout=30,
    ).json()
    token = ((answer.get("data") or {}).get("tokenCreate") or {}).get("token")
    if not token:
        raise SystemExit(f"fuzz: cannot sign in as {email}: {answer}")
    return token


def run_schemathesis(
    st: str, url: str, viewer: str, token: str | None, seed: str, config: Path
) -> Figures:
    report_dir = OUT / viewer
    shutil.rmtree(report_dir, ignore_errors=True)
    report_dir.mkdir(parents=True)
    ndjson = report_dir / "events.ndjson"
    command = [
        st,
        "--config-file",
        str(config),
        "run",
        f"{url}/graphql",
        "--checks",
        ",".join(CHECKS),
        "--max-examples",
        os.environ.get("FUZZ_EXAMPLES", "4"),
        "--workers",
        os.environ.get("FUZZ_WORKERS", "2"),
        "--continue-on-failure",
        "--generation-database",
        "none",
        "--request-timeout",
        "30",
        "--no-color",
        "--report",
        "ndjson,junit",
        "--report-ndjson-path",
        str(ndjson),
        "--report-junit-path",
        str(report_dir / "junit.xml"),
    ]
    command += ["--seed", seed]
    if token:
        command += ["--header", f"Authorization: Bearer {token}"]
        for name in SIGNED_IN_EXCLUDED:
            command += ["--exclude-name", name]
    env = {**os.environ, "SCHEMATHESIS_HOOKS": str(HOOKS)}
    shown = ["Authorization: Bearer …" if "Bearer" in c else c for c in command]
    print(f"fuzz: {viewer}: {' '.join(shown)}", flush=True)
    with open(report_dir / "schemathesis.txt", "w") as log:
        code = subprocess.run(
            command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
        ).returncode
    output = (report_dir / "schemathesis.txt").read_text(errors="replace")
    if not ndjson.exists():
        print(output[-4000:])
        raise SystemExit(f"fuzz: {viewer}: schemathesis wrote no report (exit {code})")
    figures = read_report(ndjson)
    if code != 0 or figures.failures or figures.errors:
        # Print its failures (the reproducing curl commands) and summary.
        start = output.find("=== FAILURES ===")
        errors = output.find("=== ERRORS ===")
        print(output[min(i for i in (start, errors, len(output) - 3000) if i >= 0) :])
    if code != 0 and not figures.failures and not figures.errors:
        raise SystemExit(f"fuzz: {viewer}: schemathesis exited {code} without a finding")
    return figures


def _line(label: str, f: Figures) -> str:
    failures = ", ".join(f"{k} {v}" for k, v in sorted(f.failures.items())) or "none"
    return (
        f"{label:<10} operations {f.operations:>4}  cases {f.cases:>5}  requests {f.requests:>5}"
        f"  5xx {f.http_5xx}  INTERNAL_ERROR {f.internal_errors}  untested {f.errors}"
        f"  failed checks: {failures}"
    )


def main() -> int:
    st = os.environ.get("FUZZ_ST", str(ROOT / ".venv-fuzz" / "bin" / "st"))
    if not Path(st).exists():
        raise SystemExit(f"fuzz: {st} is missing: run `make fuzz-install` first")
    seed = os.environ.get("FUZZ_SEED", "20261202")
    if seed == "random":
        seed = str(random.randrange(2**32))
    examples = os.environ.get("FUZZ_EXAMPLES", "4")
    viewers = [v.strip() for v in os.environ.get("FUZZ_VIEWERS", ",".join(VIEWERS)).split(",")]
    unknown = [v for v in viewers if v not in VIEWERS]
    if unknown:
        raise SystemExit(f"fuzz: unknown viewers {unknown}; known: {', '.join(VIEWERS)}")
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="plaza-fuzz-") as tmp:
        env = {
            "PLAZA_DATABASE_URL": f"sqlite://{tmp}/fuzz.sqlite3",
            "PLAZA_BROKER_URL": "",
            "PLAZA_PUBSUB_URL": "",
            "PLAZA_ENV": "development",
            "PLAZA_INTROSPECTION": "all",
            "PLAZA_ACCESS_TOKEN_TTL": "86400",  # a long run must not outlive its tokens
        }
        cli_env = {**os.environ, **env}
        for args in (["migrate"], ["demo", "--products", "50"]):
            subprocess.run(
                [sys.executable, "-m", "plaza.cli", *args],
                cwd=ROOT,
                env=cli_env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
        total = Figures()
        lines = []
        with live_server(env) as server:
            tokens = {v: VIEWERS[v] and sign_in(server, VIEWERS[v]) for v in viewers}
            config = OUT / "schemathesis.toml"
            bound = write_config(server, config)
            print(f"fuzz: {bound} arguments take demo IDs / storefront codes ({config})")
            try:
                for viewer in viewers:
                    figures = run_schemathesis(st, server, viewer, tokens[viewer], seed, config)
                    lines.append(_line(viewer, figures))
                    print(f"fuzz: {lines[-1]}", flush=True)
                    total.add(figures)
            finally:
                log = server.output()
                (OUT / "server.log").write_text(log)
    tracebacks = len(TRACEBACK.findall(log))
    elapsed = time.monotonic() - started
    print(f"\nfuzz: summary (seed {seed}, {examples} examples per operation and viewer)")
    for line in lines:
        print(f"  {line}")
    print(f"  {_line('all', total)}")
    print(f"  tracebacks in the server log: {tracebacks}; took {elapsed:.0f} s; reports in {OUT}")
    if tracebacks:
        first = TRACEBACK.search(log)
        print(log[max(0, first.start() - 600) : first.start() + 3000])
    found = total.failures or total.http_5xx or total.internal_errors or total.errors or tracebacks
    print("fuzz: FAILED" if found else "fuzz: passed: no 5xx, no INTERNAL_ERROR, no traceback")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
