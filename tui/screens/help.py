"""Help: the keys, and the policy's clauses in plain English (with their exact words)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Markdown

from tui.screens.base import StepScreen

# The clauses the audit checks, in the order a reader meets them in the policy.
CORE_CLAUSES = (
    "5.1",
    "5.2",
    "5.4",
    "6.1",
    "6.5",
    "6.7",
    "6.13",
    "6.14",
    "6.16",
    "6.17",
    "6.20",
    "6.21",
    "9.1",
)

KEYS = """\
# Help

Everything this app reads and writes stays on this computer. Nothing is sent anywhere. The
one part that goes online is "Check my public profiles" (8), and only when you ask: it shows
which sites it will contact and waits for your yes.

## Keys

| Key | What it does |
|---|---|
| 1 to 7 | Go to a step: Setup, Get data, Exports, Scan, Findings, Checklist, History |
| ? or F1 | This help |
| 8 | Check my public profiles: your public pages as a stranger sees them (asks first) |
| ctrl+p | Every action, by name |
| ctrl+t | Change the colours (dark, light, high contrast) |
| Tab, shift+Tab | Move between parts of the screen |
| Escape | Leave a text field (then the number keys work again); on Scan and Help, go back |
| Click | A step in the bar under the title opens it |
| ctrl+q | Quit |

**Setup:** ctrl+s saves, ctrl+o imports a file from your school, ctrl+f chooses the pupil
list, ctrl+n shows the pupil names, ctrl+g shows the places your photos suggest for your school
and home.

**Exports:** type or drop a path and press Enter; in the folder tree, Enter or a adds the
file or folder; x removes one; ctrl+r starts the scan.

**Scan:** c cancels, after asking (the findings so far are kept); f goes to the findings;
w lists the files that could not be read.

**Findings:** f fixed, n not a problem, p permitted (with a note), u undoes the last
decision, y copies the link, g changes the grouping, o changes the filter, / searches, r shows
pupils' names (masked otherwise). Findings of one rule are grouped under one heading.

**Checklist:** space ticks a setting; m, h and i save it as Markdown, HTML or a calendar
reminder.

**Check my public profiles:** type or paste the addresses of your public profile pages
(https://…); ctrl+r reviews them and shows exactly which sites would be contacted. Nothing is
contacted until you press "Check these pages now"; Escape cancels, and c or Escape stops a
check that is running. A page that could not be seen (a login page, a cookie page, "page not
found"…) says "could not see": that never means "nothing found".

## The policy in plain English
"""


def help_markdown() -> str:
    parts = [KEYS]
    try:
        from auditor.rules.clauses import bundled_clauses

        clauses = bundled_clauses()
    except Exception:  # the clause data is part of the install; without it the keys still help
        clauses = {}
    for number in CORE_CLAUSES:
        clause = clauses.get(number)
        if clause is None:
            continue
        parts.append(f"### {number}: {clause.summary}\n")
        parts.append("\n".join(f"> {p}\n>" for p in clause.paragraphs).rstrip(">\n") + "\n")
    return "\n".join(parts)


class HelpScreen(StepScreen):
    STEP = "help"
    BINDINGS = [Binding("escape", "app.step_back", "Back")]

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="help-scroll"):
            yield Markdown(help_markdown(), id="help-text")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#help-scroll").focus()
