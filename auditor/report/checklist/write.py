"""Writing the checklist: each format to a private file, and the review reminder beside it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from auditor.cli.output import write_private
from auditor.report.checklist.as_json import render_json
from auditor.report.checklist.html import render_html
from auditor.report.checklist.ics import review_ics
from auditor.report.checklist.markdown import render_markdown
from auditor.report.checklist.model import Checklist, build_checklist
from auditor.store.db import Store
from auditor.store.paths import CHECKLIST_DIR, ensure_private_dir

CHECKLIST_FORMATS = {"markdown": ".md", "html": ".html", "json": ".json"}
RENDERERS = {"markdown": render_markdown, "html": render_html, "json": render_json}
ICS_NAME = "next-review.ics"


def render_checklist(c: Checklist, fmt: str) -> str:
    return RENDERERS[fmt](c)


@dataclass
class Written:
    checklist: dict[str, Path]  # format -> file
    reminder: Path


def default_folder(state: Path) -> Path:
    return ensure_private_dir(state / CHECKLIST_DIR)


def write_checklist(
    c: Checklist, folder: Path, formats: tuple[str, ...] = ("html", "markdown")
) -> Written:
    """Write `checklist.<ext>` for each format and `next-review.ics` into `folder` (0600)."""
    files: dict[str, Path] = {}
    for fmt in formats:
        path = folder / f"checklist{CHECKLIST_FORMATS[fmt]}"
        write_private(path, render_checklist(c, fmt))
        files[fmt] = path
    reminder = folder / ICS_NAME
    write_private(reminder, review_ics(c.next_review, c.interval_days))
    return Written(files, reminder)


def refresh_checklist(store: Store) -> None:
    """Rewrite the checklist files already in the private folder, so they show a decision."""
    folder = store.folder / CHECKLIST_DIR
    formats = tuple(
        f for f, ext in CHECKLIST_FORMATS.items() if (folder / f"checklist{ext}").exists()
    )
    if formats:
        write_checklist(build_checklist(store), folder, formats)
