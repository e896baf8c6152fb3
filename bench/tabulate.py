"""Markdown tables from ``flash_sale.py`` RESULT lines (``--json-out`` files), for RESULTS.md.

    python bench/tabulate.py bench/results.jsonl [more.jsonl ...] [--steps] [--sql]

One summary row per run; ``--steps`` adds a per-step latency table per run, ``--sql`` a table of
SQL statements per request per step (runs made with ``--sql-count``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

STEPS = ("signIn", "cartCreate", "cartLinesAdd", "shippingAddress", "placeOrder", "paymentStart",
         "callback")  # fmt: skip


def load(paths: list[str]) -> list[dict]:
    runs = []
    for path in paths:
        for line in Path(path).read_text().splitlines():
            line = line.strip().removeprefix("RESULT ")
            if line:
                runs.append(json.loads(line))
    return runs


def label(r: dict) -> str:
    a = r["args"]
    app = a.get("app") or ""
    extra = "" if app in ("", "plaza.app:app_factory") else f" `{app.split(':')[-1]}`"
    if a.get("signin") == "inline":
        extra += " sign-in inline"
    if r.get("label"):
        extra += f" [{r['label']}]"
    return f"{a['buyers']}/{a['units']} {a['mode']} w{a['workers']}{extra}"


def summary(runs: list[dict]) -> str:
    head = (
        "| run (buyers/units mode workers) | purchases/s | purchases | window s | req/s "
        "| p99 all req ms | CPU ms/buyer server+pg+gen | row-lock waiters avg/max "
        "| errors | oversell | speed probe ms before/after |"
    )
    rows = [head, "|" + "---|" * 11]
    for r in runs:
        cpu = r.get("cpu_ms_per_buyer", {})
        pg = r.get("pg_sessions", {})
        errors = ", ".join(f"{k} {v}" for k, v in r["errors"].items()) or "none"
        rows.append(
            f"| {label(r)} | **{r['purchases_per_s']}** | {r['purchases']} "
            f"| {r['window']['seconds']:.1f} | {r['window']['requests_per_s']:.0f} "
            f"| {r['p99_all_ms']:.0f} "
            f"| {cpu.get('server', '-')}+{cpu.get('postgres_this_db', '-')}"
            f"+{cpu.get('load_generator', '-')} "
            f"| {pg.get('lock_wait_avg', '-')}/{pg.get('lock_wait_max', '-')} "
            f"| {errors} | {'PASS' if r['check']['ok'] else 'FAIL'} "
            f"| {_probe(r)} |"
        )
    return "\n".join(rows)


def _probe(r: dict) -> str:
    """The machine's speed around the window (``flash_sale.speed_probe_ms``); older runs
    recorded the load average instead."""
    probe = r.get("speed_probe_ms")
    if probe:
        return f"{probe['before']:.0f}/{probe['after']:.0f}"
    return f"(load {r['load_before'][0]}/{r['load_after'][0]})"


def steps(r: dict) -> str:
    rows = [
        f"{label(r)} ({r['date']}):",
        "",
        "| step | n | ok | p50 ms | p95 ms | p99 ms | max ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for step in STEPS:
        s = r["steps"].get(step)
        if s:
            rows.append(
                f"| {step} | {s['n']} | {s['ok']} | {s['p50']:.0f} | {s['p95']:.0f} "
                f"| {s['p99']:.0f} | {s['max']:.0f} |"
            )
    return "\n".join(rows)


def sql(runs: list[dict]) -> str:
    runs = [r for r in runs if r["args"].get("sql_count")]
    head = "| step | " + " | ".join(label(r) for r in runs) + " |"
    rows = [head, "|---|" + "---|" * len(runs)]
    for step in STEPS:
        cells = []
        for r in runs:
            s = r["steps"].get(step) or {}
            lo, hi = s.get("sql_ok_min"), s.get("sql_ok_max")
            cells.append("-" if lo is None else (f"{lo}" if lo == hi else f"{lo}-{hi}"))
        rows.append(f"| {step} | " + " | ".join(cells) + " |")
    totals = []
    for r in runs:
        total = sum((r["steps"].get(s) or {}).get("sql_ok_max") or 0 for s in STEPS[1:])
        totals.append(str(total))
    rows.append("| purchase (6 requests, winners) | " + " | ".join(totals) + " |")
    return "\n".join(rows)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("files", nargs="+")
    p.add_argument("--steps", action="store_true")
    p.add_argument("--sql", action="store_true")
    args = p.parse_args()
    runs = load(args.files)
    print(summary(runs))
    if args.steps:
        for r in runs:
            print()
            print(steps(r))
    if args.sql:
        print()
        print(sql(runs))


if __name__ == "__main__":
    main()
