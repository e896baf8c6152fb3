"""Reading migration files: the version files of a directory in order, a file as a module, and
the SQL a migration module returns for a dialect."""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import ModuleType


def load_module(path: Path) -> ModuleType:
    from aerich.utils import import_py_file

    return import_py_file(path)


class _Dialect:
    """Stands in for a connection: migration files only read ``capabilities.dialect``."""

    def __init__(self, dialect: str) -> None:
        self.capabilities = type("Capabilities", (), {"dialect": dialect})()


def migration_sql(module: ModuleType, dialect: str) -> tuple[str, str]:
    """(upgrade, downgrade) SQL of a migration module for a dialect."""
    db = _Dialect(dialect)

    async def both() -> tuple[str, str]:
        return await module.upgrade(db), await module.downgrade(db)

    return asyncio.run(both())


def version_files(directory: Path) -> list[Path]:
    files = [p for p in directory.glob("*_*.py") if p.name.split("_", 1)[0].isdigit()]
    return sorted(files, key=lambda p: int(p.name.split("_", 1)[0]))
