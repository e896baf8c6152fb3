"""Summarise a py-spy ``raw`` (collapsed stacks) profile: where the server's CPU goes.

    python bench/spy_summary.py /tmp/server.spy [--top 30]

Prints the share of samples (1) by "layer" -- the innermost frame of the stack that belongs to a
known package or project module (so time inside asyncpg called by Tortoise counts for asyncpg);
(2) inclusive per project function (the time spent in it and below); (3) self time per function.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

# (label, pattern on the frame's file path); the innermost matching frame decides the layer.
LAYERS = [
    ("argon2 (password hashing)", r"argon2"),
    ("jwt", r"(^|/)jwt/"),
    ("asyncpg (driver)", r"(^|/)asyncpg/"),
    ("tortoise ORM + pypika", r"(^|/)(tortoise|pypika_tortoise)/"),
    ("graphql-core validation", r"(^|/)graphql/(validation|utilities/type_info|language/visitor)"),
    ("graphql-core (other: parse, execute)", r"(^|/)graphql/"),
    ("strawberry", r"(^|/)strawberry/"),
    ("starlette", r"(^|/)starlette/"),
    ("uvicorn/httptools", r"(^|/)(uvicorn|httptools)/"),
    ("json", r"(^|/)json/"),
    ("dramatiq / tasks (background)", r"(^|/)(dramatiq|tasks)/"),
    ("logging", r"(^|/)logging/"),
    ("plaza (project code)", r"^(plaza|resolvers|schema|models|plugins)/"),
    ("asyncio / uvloop", r"(^|/)(asyncio|uvloop)/"),
]
FRAME = re.compile(r"^(?P<func>.*) \((?P<file>[^:]*)(?::(?P<line>\d+))?\)$")


def parse(path: Path):
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = []
        for raw in stack.split(";"):
            m = FRAME.match(raw)
            frames.append((m["func"], m["file"]) if m else (raw, ""))
        yield frames, int(count)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("profile")
    p.add_argument("--top", type=int, default=30)
    args = p.parse_args()
    total = 0
    layers: Counter = Counter()
    inclusive: Counter = Counter()
    self_time: Counter = Counter()
    for frames, n in parse(Path(args.profile)):
        total += n
        layer = "other"
        for _func, file in reversed(frames):
            hit = next((label for label, pat in LAYERS if re.search(pat, file)), None)
            if hit:
                layer = hit
                break
        layers[layer] += n
        seen = set()
        for func, file in frames:
            if re.match(r"(plaza|resolvers|schema|models|plugins|tasks)/", file):
                key = f"{func} ({file})"
                if key not in seen:
                    seen.add(key)
                    inclusive[key] += n
        func, file = frames[-1]
        short = "/".join(file.rsplit("/", 2)[-2:])
        self_time[f"{func} ({short})"] += n
    print(f"{total} samples")
    print("\nby layer (innermost known frame):")
    for label, n in layers.most_common():
        print(f"  {100 * n / total:5.1f}%  {label}")
    print("\ninclusive, project functions:")
    for key, n in inclusive.most_common(args.top):
        print(f"  {100 * n / total:5.1f}%  {key}")
    print("\nself time:")
    for key, n in self_time.most_common(args.top):
        print(f"  {100 * n / total:5.1f}%  {key}")


if __name__ == "__main__":
    main()
