"""The reader registry: adding a platform is adding a module under `auditor.sources.readers`."""

from __future__ import annotations

import importlib
import pkgutil
from typing import TypeVar

from auditor.sources.reader import Reader

_READERS: dict[str, type[Reader]] = {}
_loaded = False

R = TypeVar("R", bound=type[Reader])


def register(cls: R) -> R:
    """Class decorator: make a reader known to the scanner."""
    if cls.name in _READERS and _READERS[cls.name] is not cls:
        raise ValueError(f"two readers are named {cls.name!r}")
    _READERS[cls.name] = cls
    return cls


def all_readers() -> list[Reader]:
    """One instance of every registered reader, in claim order."""
    _load_builtin_readers()
    return [cls() for cls in sorted(_READERS.values(), key=lambda c: (c.priority, c.name))]


def _load_builtin_readers() -> None:
    global _loaded
    if _loaded:
        return
    from auditor.sources import readers

    for mod in pkgutil.walk_packages(readers.__path__, readers.__name__ + "."):
        importlib.import_module(mod.name)
    _loaded = True
