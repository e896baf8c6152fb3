"""The command line: ``python -m plaza.makemigrations <name> [options]`` (and the worker's
entry, ``python -m plaza.makemigrations _worker <spec.json>``)."""

from __future__ import annotations

import argparse
import sys

from plaza.makemigrations.common import DIALECTS, MigrationError
from plaza.makemigrations.files import load_module, version_files
from plaza.makemigrations.make import make_migration
from plaza.makemigrations.state import decompress, models_state_changes
from plaza.makemigrations.worker import WORKER, worker_main
from plaza.settings import ROOT


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [WORKER]:
        return worker_main(argv[1])
    parser = argparse.ArgumentParser(
        prog="python -m plaza.makemigrations",
        description="Generate the next aerich migration, with SQL for SQLite and PostgreSQL.",
    )
    parser.add_argument("name", help="migration name (the first migration is always 'init')")
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--rename",
        action="store_const",
        const=True,
        dest="rename",
        help="where aerich asks whether a field was renamed: yes (ALTER ... RENAME)",
    )
    group.add_argument(
        "--no-rename",
        action="store_const",
        const=False,
        dest="rename",
        help="where aerich asks whether a field was renamed: no (drop and add)",
    )
    parser.add_argument(
        "--by-hand",
        action="append",
        choices=DIALECTS,
        default=[],
        metavar="DIALECT",
        help="do not ask aerich for this dialect's SQL: leave a TODO to write by hand "
        "(when aerich cannot express a change there, e.g. altering a column on sqlite)",
    )
    parser.add_argument("--empty", action="store_true", help="--by-hand for every dialect")
    args = parser.parse_args(argv)
    by_hand = DIALECTS if args.empty else tuple(args.by_hand)
    try:
        path = make_migration(args.name, rename=args.rename, by_hand=by_hand)
    except MigrationError as exc:
        print(f"makemigrations: {exc}", file=sys.stderr)
        return 1
    if path is None:
        print("No changes detected")
    else:
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        print(f"Wrote {shown}")
        if (files := version_files(path.parent))[:-1]:
            old, new = (decompress(load_module(f).MODELS_STATE) for f in files[-2:])
            for change in models_state_changes(old, new):
                print(f"  {change}")
        for d in by_hand:
            print(f"Now write the {d} SQL (UPGRADE and DOWNGRADE) in {shown}: see its TODO.")
    return 0
