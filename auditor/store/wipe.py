"""Deleting everything the tool has written, and nothing else.

A folder the tool created itself (it holds a marker file) is removed whole. A folder the user
named with `--state` that existed before keeps anything the tool did not put there: only the
database (with its -wal and -shm files), the lock and the checklist files go. Files written
elsewhere with --output are listed in the store and removed if they are still regular files.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from auditor.errors import AuditorError
from auditor.store.db import Store
from auditor.store.paths import APP_NAME, CHECKLIST_DIR, DB_NAME, LOCK_NAME, MARKER, state_dir

OWN_FILES = (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal", LOCK_NAME)
CHECKLIST_FILES = ("checklist.html", "checklist.md", "checklist.json", "next-review.ics", MARKER)


@dataclass
class WipePlan:
    folders: list[Path] = field(default_factory=list)  # removed whole (the tool made them)
    files: list[Path] = field(default_factory=list)  # removed one by one
    emptied: list[Path] = field(default_factory=list)  # removed if nothing else is left in them

    @property
    def empty(self) -> bool:
        return not self.folders and not self.files


def plan_wipe(override: Path | None = None) -> WipePlan:
    folder = state_dir(override)
    plan = WipePlan()
    if folder.is_dir():
        if (folder / DB_NAME).exists():
            plan.files = _written_elsewhere(override)
        if (folder / MARKER).is_file():
            plan.folders.append(folder)
        else:
            plan.files += [folder / n for n in OWN_FILES if (folder / n).is_file()]
            checklist = folder / CHECKLIST_DIR
            plan.files += [checklist / n for n in CHECKLIST_FILES if (checklist / n).is_file()]
            plan.emptied.append(checklist)
    if override is None and not os.environ.get("AUDITOR_STATE_DIR"):
        for extra in (
            platformdirs.user_cache_dir(APP_NAME, appauthor=False),
            platformdirs.user_config_dir(APP_NAME, appauthor=False),
        ):
            p = Path(extra)
            if p.is_dir() and p != folder:
                plan.folders.append(p)
    plan.files = [
        f for f in dict.fromkeys(plan.files) if not any(f.is_relative_to(d) for d in plan.folders)
    ]
    return plan


def _count(d: Path) -> int:
    return sum(1 for p in d.rglob("*") if p.is_file() and p.name not in (LOCK_NAME, MARKER))


def describe(plan: WipePlan) -> list[str]:
    lines = [
        f"{d} (folder with {_count(d)} file(s): audit history, caches, checklists)"
        for d in plan.folders
    ]
    return lines + [str(f) for f in plan.files]


def wipe(plan: WipePlan) -> list[str]:
    """Remove what the plan names; returns what was removed."""
    removed: list[str] = []
    for f in plan.files:
        try:
            f.unlink()
            removed.append(str(f))
        except FileNotFoundError:
            continue
    for d in plan.emptied:
        with contextlib.suppress(OSError):  # not empty: the user's own files stay
            d.rmdir()
    for d in plan.folders:
        line = describe(WipePlan(folders=[d]))[0]
        shutil.rmtree(d)
        removed.append(line)
    return removed


def _written_elsewhere(override: Path | None) -> list[Path]:
    """Files the store says were written outside its folder; none when it cannot be read (a
    damaged database must not stop the wipe that is the cure for it)."""
    try:
        with Store.open(override) as store:
            return [p for p, _ in store.written_files() if p.is_file() and not p.is_symlink()]
    except AuditorError:
        return []
