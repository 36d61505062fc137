"""The private remediation checklist: Markdown, self-contained HTML, JSON, and a review `.ics`.

`build_checklist(store)` makes the one object all formats render; `write_checklist` writes the
files (0600, atomically) into the private data folder unless told otherwise.
"""

from auditor.report.checklist.model import Checklist, build_checklist
from auditor.report.checklist.write import CHECKLIST_FORMATS, render_checklist, write_checklist

__all__ = [
    "CHECKLIST_FORMATS",
    "Checklist",
    "build_checklist",
    "render_checklist",
    "write_checklist",
]
