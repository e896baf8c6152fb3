"""``python -m schema.descriptions``: what has no description yet, in the composed schema and
in every subgraph (exit status 1 if anything), for filling the catalogues after new types."""

from __future__ import annotations

import sys

from schema import build
from schema.descriptions import missing


def main() -> int:
    schemas = {"/graphql": build.build_schema()}
    schemas.update({f"subgraph {d}": build.build_subgraph(d) for d in build.DOMAINS})
    seen: set[str] = set()
    for label, built in schemas.items():
        items = [i for i in missing(built._schema) if i.key not in seen]
        for item in items:
            seen.add(item.key)
            print(f"{item.kind} {item.key}  [{label}]")
    print(f"{len(seen)} item(s) without a description", file=sys.stderr)
    return 1 if seen else 0


if __name__ == "__main__":
    raise SystemExit(main())
