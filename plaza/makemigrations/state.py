"""aerich's models state (its describe of the models, ``MODELS_STATE`` in a migration) and what
differs between two of them, by table and field."""

from __future__ import annotations

from pathlib import Path

from plaza.makemigrations.common import APP, MIGRATIONS
from plaza.makemigrations.files import load_module, version_files


def decompress(state: str) -> dict:
    from aerich.utils import decompress_dict

    return decompress_dict(state)


def current_models_state() -> dict:
    """aerich's describe of the models (Tortoise initialised), normalised as MODELS_STATE is."""
    from aerich.utils import compress_dict, get_models_describe

    return decompress(compress_dict(get_models_describe(APP)))


def last_models_state(directory: Path | None = None) -> dict | None:
    """The MODELS_STATE of the last migration in ``directory``, or None if there is none."""
    files = version_files(directory or MIGRATIONS / APP)
    return decompress(load_module(files[-1]).MODELS_STATE) if files else None


_IGNORED_MODEL_KEYS = ("docstring", "description")
_FIELD_LISTS = (
    "pk_field",
    "data_fields",
    "fk_fields",
    "backward_fk_fields",
    "o2o_fields",
    "backward_o2o_fields",
    "m2m_fields",
)


def models_state_changes(old: dict, new: dict) -> list[str]:
    """What differs between two models states (aerich's describe), one line per table or field.

    Left out, as aerich's diff leaves them: aerich's own model (the first migration creates its
    table) and a model's docstring / description (its table comment; aerich never alters it).
    """
    aerich_model = f"{APP}.Aerich"
    old = {k: v for k, v in old.items() if k != aerich_model}
    new = {k: v for k, v in new.items() if k != aerich_model}
    changes = [f"table {new[m].get('table')}: new model {m}" for m in sorted(new.keys() - old)]
    changes += [f"table {old[m].get('table')}: model {m} removed" for m in sorted(old.keys() - new)]
    for m in sorted(old.keys() & new.keys()):
        o, n = old[m], new[m]
        table = n.get("table") or m
        for key in sorted(o.keys() | n.keys()):
            if o.get(key) == n.get(key) or key in _IGNORED_MODEL_KEYS:
                continue
            if key in _FIELD_LISTS:
                changes += _field_changes(table, o.get(key), n.get(key))
            else:
                changes.append(f"table {table}: {key} {o.get(key)!r} -> {n.get(key)!r}")
    return changes


def _field_changes(table: str, old: list | dict | None, new: list | dict | None) -> list[str]:
    def by_name(fields: list | dict | None) -> dict[str, dict]:
        fields = [fields] if isinstance(fields, dict) else fields or []
        return {f.get("name", "?"): f for f in fields}

    o, n = by_name(old), by_name(new)
    changes = [f"{table}.{f}: new field" for f in sorted(n.keys() - o)]
    changes += [f"{table}.{f}: field removed" for f in sorted(o.keys() - n)]
    for f in sorted(o.keys() & n.keys()):
        if diff := [
            f"{k} {o[f].get(k)!r} -> {n[f].get(k)!r}"
            for k in sorted(o[f].keys() | n[f].keys())
            if o[f].get(k) != n[f].get(k)
        ]:
            changes.append(f"{table}.{f}: " + "; ".join(diff))
    return changes
