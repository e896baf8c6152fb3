"""The worker: one aerich run against one scratch database, in a process of its own.

aerich keeps its state in class attributes, so each run gets a fresh process (as with the
``aerich`` command): ``python -m plaza.makemigrations _worker <spec.json>``.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from plaza.makemigrations.common import APP, MigrationError
from plaza.makemigrations.files import version_files
from plaza.settings import ROOT

# The first command-line argument that makes `python -m plaza.makemigrations` run the worker.
WORKER = "_worker"


async def _worker(spec: dict) -> dict:
    from aerich import Command
    from aerich.migrate import Migrate
    from aerich.utils import compress_dict, get_models_describe
    from tortoise import Tortoise

    from plaza.settings import tortoise_config

    location = Path(spec["location"])
    directory = location / APP
    command = Command(tortoise_config(spec["url"], pool_max=2), app=APP, location=str(location))
    result: dict = {}
    try:
        if spec["action"] == "diff":
            before = {p.name for p in version_files(directory)}
            if not before:
                await command.init_db(safe=True)  # `aerich init-db`
            else:
                await command.init()
                await command.upgrade(run_in_transaction=True)  # `aerich upgrade`
                await command.init()  # reloads the last models state from the aerich table
                # `aerich migrate --name <name> [--empty]`; no_input answers "rename?" with yes
                await command.migrate(
                    spec["name"], empty=spec["empty"], no_input=spec["rename"] is True
                )
            result["state"] = compress_dict(get_models_describe(APP))
            result["files"] = [p.name for p in version_files(directory) if p.name not in before]
        elif spec["action"] == "check":
            names = [p.name for p in version_files(directory)]
            await command.init()
            applied = await command.upgrade(run_in_transaction=True)
            if applied != names:
                raise MigrationError(f"applied {applied}, expected {names}")
            if spec["downgrade"]:
                await command.downgrade(-1, delete=False)
                again = await command.upgrade(run_in_transaction=True)
                if again != names[-1:]:
                    raise MigrationError(f"re-applied {again} after downgrade")
            await command.init()
            Migrate.migrate_location = location / "check"  # where a leftover diff would go
            Migrate.migrate_location.mkdir()
            if await command.migrate("leftover", no_input=True):
                leftover = next(Migrate.migrate_location.glob("*.py")).read_text()
                raise MigrationError(f"aerich still finds changes after the migration:\n{leftover}")
        else:
            raise ValueError(spec["action"])
    finally:
        await Tortoise.close_connections()
    return result


def worker_main(spec_path: str) -> int:
    spec = json.loads(Path(spec_path).read_text())
    result = asyncio.run(_worker(spec))
    Path(spec["result"]).write_text(json.dumps(result))
    return 0


def _run_worker(dialect: str, url: str, location: Path, **spec) -> dict:
    """Run the worker for one dialect in a subprocess; returns its result."""
    base = location.parent / f"{location.name}_{dialect}"
    spec.update(dialect=dialect, url=url, location=str(location), result=f"{base}.out.json")
    Path(f"{base}.in.json").write_text(json.dumps(spec))
    env = {**os.environ, "PLAZA_DATABASE_URL": url, "AERICH_NO_TORTOISE_V1_WARNING": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "plaza.makemigrations", WORKER, f"{base}.in.json"],
        cwd=ROOT,
        env=env,
        # No terminal: a question from aerich fails (EOF) instead of waiting, unless the answer
        # is "no" to every "rename?" (--no-rename).
        input="n\n" * 1000 if spec.get("rename") is False else "",
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    output = proc.stdout.strip()
    if proc.returncode != 0:
        if questions := re.findall(r"^.*Rename \w+ to \w+\?", output, re.MULTILINE):
            raise MigrationError(
                "aerich asks whether fields were renamed:\n  "
                + "\n  ".join(q.strip() for q in questions)
                + "\nRe-run with --rename (rename the columns, keeping the data) or --no-rename "
                "(drop and add them)."
            )
        if unsupported := re.search(r"NotSupportError: (.*)", output):
            raise MigrationError(
                f"aerich cannot write this change for {dialect}: {unsupported.group(1)}\n"
                f"{output.splitlines()[0]}\nRe-run with --by-hand {dialect} to generate the "
                f"other dialect's SQL and write {dialect}'s yourself (or --empty: both)."
            )
        raise MigrationError(f"aerich on {dialect} ({spec['action']}) failed:\n{output}")
    if output:
        print(f"[{dialect}] {output}")
    return json.loads(Path(spec["result"]).read_text())


def in_parallel(calls: dict[str, tuple]) -> dict[str, dict]:
    """``{dialect: (url, location, spec)}`` -> ``{dialect: worker result}``, workers in parallel."""
    with ThreadPoolExecutor(len(calls)) as pool:
        futures = {
            d: pool.submit(_run_worker, d, url, location, **spec)
            for d, (url, location, spec) in calls.items()
        }
        return {d: f.result() for d, f in futures.items()}
