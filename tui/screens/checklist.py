"""Checklist: what is left to do, with the privacy settings to tick; saved to a private file
as Markdown, HTML or a calendar reminder (.ics) for the next review.

The checklist is the one the CLI writes (`auditor.report.checklist`), built from the audit
history, so the screen, `auditor checklist` and the saved files always agree.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Label, SelectionList
from textual.widgets.selection_list import Selection

from auditor.errors import AuditorError
from tui.screens.base import StepScreen
from tui.widgets.rendered_doc import RenderedDoc
from tui.widgets.text_prompt import TextPrompt

if TYPE_CHECKING:
    from auditor.report.checklist import Checklist

EXTENSIONS = {"markdown": ".md", "html": ".html", "ics": ".ics"}
NO_HISTORY = "The checklist comes from your audits: scan your exports first (3, then ctrl+r)."


# The Markdown file tells its reader how to tick items off with the CLI; on this screen the
# keys of the Findings step do that, so those hints are replaced.
_CLI_TICK = re.compile(r"^Tick an item off with `auditor decide.*?$\n?", re.MULTILINE)
_CLI_DONE = re.compile(r"^\s*(Done\? )?`auditor decide [^`]+`\s*$\n?", re.MULTILINE)


def for_the_screen(markdown: str) -> str:
    markdown = _CLI_TICK.sub(
        "Mark items fixed, not a problem or permitted in Findings (5); tick the settings below.\n",
        markdown,
    )
    return _CLI_DONE.sub("", markdown)


class ChecklistScreen(StepScreen):
    STEP = "checklist"
    # Its styles are in the app's stylesheet (app.tcss): a screen's own CSS_PATH makes the
    # whole app restyle the first time the screen opens (a quarter of a second).
    BINDINGS = [
        Binding("o", "open_checklist", "Open checklist"),
        Binding("s", "save_copy", "Save a copy to…"),
        Binding("m", "save('markdown')", "Save Markdown", show=False),
        Binding("h", "save('html')", "Save HTML", show=False),
        Binding("i", "save('ics')", "Save reminder (.ics)", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.checklist: Checklist | None = None
        self.written: list[Path] = []
        self._loading = False
        self._again = False
        self._options: list[tuple[str, str, bool]] = []

    def compose_body(self) -> ComposeResult:
        yield RenderedDoc("Reading your checklist…", id="checklist-doc")
        yield Label("Privacy settings to check (space ticks one)", classes="heading")
        yield SelectionList[str](id="settings-checks")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#settings-checks", SelectionList).focus()  # space ticks on arrival

    def refresh_view(self, what: frozenset[str]) -> None:
        """Shown ("all") or the checklist changed. When nothing has changed since it was last
        built (the app builds it while the first screen is read), it is shown at once, in the
        first frame; otherwise it is built in a worker, once: being shown again while a build
        runs adds nothing; a change while it runs builds again after it."""
        if not what & {"all", "checklist"}:
            return
        fresh = self.session.service.fresh_checklist(self.session.clock())
        if fresh is not None and not self._loading:
            self._show(*fresh)
            return
        if self._loading:
            self._again = self._again or "checklist" in what
            return
        self._loading = True
        self.load()

    @work(thread=True, group="checklist", exclusive=True)
    def load(self) -> None:
        checklist, markdown = self.session.service.checklist(self.session.clock())
        self.app.call_from_thread(self._loaded, checklist, markdown)

    def _loaded(self, checklist: Checklist | None, markdown: str) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh_view(frozenset({"checklist"}))
        self._show(checklist, markdown)

    def _show(self, checklist: Checklist | None, markdown: str) -> None:
        self.checklist = checklist
        doc = self.query_one("#checklist-doc", RenderedDoc)
        checks = self.query_one("#settings-checks", SelectionList)
        if checklist is None or checklist.last_audit is None:
            doc.show_markdown(self.session.service.store_problem or NO_HISTORY)
            checks.clear_options()
            self._options = []
            return
        doc.show_markdown(for_the_screen(markdown))
        options = [
            (
                f"{section.name}: {box.check.title}",
                f"{box.check.platform}|{box.check.id}",
                box.checked,
            )
            for section in checklist.sections
            for box in section.settings
        ]
        if options == self._options:  # shown again, nothing changed: keep the list as it is
            return
        self._options = options
        highlighted = checks.highlighted
        with checks.prevent(SelectionList.SelectionToggled):
            checks.clear_options()
            checks.add_options([Selection(*option) for option in options])
        if checks.option_count:
            checks.highlighted = min(highlighted or 0, checks.option_count - 1)

    @on(SelectionList.SelectionToggled, "#settings-checks")
    def _toggled(self, event: SelectionList.SelectionToggled[str]) -> None:
        platform, check_id = event.selection.value.split("|", 1)
        checked = event.selection.value in event.selection_list.selected
        self.tick(platform, check_id, checked)

    @work(thread=True, group="checklist")
    def tick(self, platform: str, check_id: str, checked: bool) -> None:
        self.session.service.set_setting_checked(platform, check_id, checked)
        self.app.call_from_thread(self.refresh_view, frozenset({"checklist"}))

    def folder(self) -> Path:
        return self.session.state_dir / "checklist"

    def action_save(self, kind: str) -> None:
        path = self.write(kind)
        if path is not None:
            self.notify(f"Saved to {path} (only you can open it)", title="Checklist saved")

    def write(self, kind: str, path: Path | None = None) -> Path | None:
        """Write the checklist as `kind` (markdown, html, ics), privately; None on a problem
        (said in a notification)."""
        checklist = self.checklist
        if checklist is None or checklist.last_audit is None:
            self.notify(NO_HISTORY, severity="warning")
            return None
        from auditor.cli.output import write_private
        from auditor.report.checklist import render_checklist
        from auditor.report.checklist.ics import review_ics
        from auditor.store.paths import ensure_private_dir

        if kind == "ics":
            text = review_ics(checklist.next_review, checklist.interval_days, self.session.clock())
            path = path or self.folder() / "next-review.ics"
        else:
            text = render_checklist(checklist, kind)
            path = path or self.folder() / f"checklist{EXTENSIONS[kind]}"
        try:
            if path.parent == self.folder():
                ensure_private_dir(path.parent)
            write_private(path, text)
        except AuditorError as exc:
            self.notify(str(exc), severity="error")
            return None
        self.written.append(path)
        return path

    def action_open_checklist(self) -> None:
        """The HTML checklist, written afresh, opened as a double-click would open it."""
        from tui.opener import open_with_system

        path = self.write("html")
        if path is None:
            return
        problem = open_with_system(path)
        if problem:
            self.notify(f"The checklist is at {path}; {problem}.", severity="warning", timeout=8)
        else:
            self.notify(f"Opening {path}", title="Checklist", timeout=4)

    def action_save_copy(self) -> None:
        if self.checklist is None or self.checklist.last_audit is None:
            self.notify(NO_HISTORY, severity="warning")
            return
        self.app.push_screen(
            TextPrompt(
                "Save a copy of the checklist to…",
                "A folder (the copy is checklist.html there) or a file name ending in .html or "
                ".md. It names no pupil; it does show what to fix, so keep it private.",
                placeholder="e.g. ~/Documents",
            ),
            self.save_copy_to,
        )

    def save_copy_to(self, text: str | None) -> None:
        from tui.paths import parse_dropped_paths

        if not text:
            return
        paths = parse_dropped_paths(text)
        if len(paths) != 1:
            self.notify("Give one folder or file.", severity="warning")
            return
        target = paths[0].expanduser()
        if target.is_dir():
            target = target / "checklist.html"
        kind = {".md": "markdown", ".html": "html", ".htm": "html"}.get(target.suffix.lower())
        if kind is None:
            self.notify("The name must end in .html or .md.", severity="warning")
            return
        if not target.parent.is_dir():
            self.notify(f"{target.parent} is not a folder.", severity="warning")
            return
        path = self.write(kind, target)
        if path is not None:
            self.notify(f"A copy is in {path} (only you can open it)", title="Checklist saved")
