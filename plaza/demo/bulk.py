"""Bulk inserts in batches, the way every demo table is written."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tortoise.models import Model
from tqdm import tqdm

BATCH = 500


def chunks(items: Sequence, size: int = BATCH) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


async def bulk(model: type[Model], rows: list[Model], bar: tqdm | None = None) -> None:
    for part in chunks(rows):
        await model.bulk_create(part)
        if bar is not None:
            bar.update(len(part))
