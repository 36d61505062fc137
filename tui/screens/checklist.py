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
from textual.containers import VerticalScroll
from textual.widgets import Label, Markdown, SelectionList
from textual.widgets.selection_list import Selection

from auditor.errors import AuditorError
from tui.screens.base import StepScreen

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
    CSS_PATH = "checklist.tcss"
    BINDINGS = [
        Binding("m", "save('markdown')", "Save Markdown"),
        Binding("h", "save('html')", "Save HTML"),
        Binding("i", "save('ics')", "Save reminder (.ics)"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.checklist: Checklist | None = None
        self.written: list[Path] = []

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="checklist-scroll"):
            yield Markdown("", id="checklist-doc")
        yield Label("Privacy settings to check (space ticks one)", classes="heading")
        yield SelectionList[str](id="settings-checks")

    def refresh_view(self, what: frozenset[str]) -> None:
        if what & {"all", "checklist"}:
            self.load()

    @work(thread=True, group="checklist", exclusive=True)
    def load(self) -> None:
        store = self.session.service.store()
        checklist = None
        if store is not None:
            from auditor.report.checklist import build_checklist

            checklist = build_checklist(store, now=self.session.clock())
        self.app.call_from_thread(self._show, checklist)

    def _show(self, checklist: Checklist | None) -> None:
        self.checklist = checklist
        doc = self.query_one("#checklist-doc", Markdown)
        checks = self.query_one("#settings-checks", SelectionList)
        if checklist is None or checklist.last_audit is None:
            doc.update(self.session.service.store_problem or NO_HISTORY)
            checks.clear_options()
            return
        from auditor.report.checklist import render_checklist

        doc.update(for_the_screen(render_checklist(checklist, "markdown")))
        highlighted = checks.highlighted
        with checks.prevent(SelectionList.SelectionToggled):
            checks.clear_options()
            checks.add_options(
                [
                    Selection(
                        f"{section.name}: {box.check.title}",
                        f"{box.check.platform}|{box.check.id}",
                        box.checked,
                    )
                    for section in checklist.sections
                    for box in section.settings
                ]
            )
        if highlighted is not None and checks.option_count:
            checks.highlighted = min(highlighted, checks.option_count - 1)

    @on(SelectionList.SelectionToggled, "#settings-checks")
    def _toggled(self, event: SelectionList.SelectionToggled[str]) -> None:
        platform, check_id = event.selection.value.split("|", 1)
        checked = event.selection.value in event.selection_list.selected
        self.tick(platform, check_id, checked)

    @work(thread=True, group="checklist")
    def tick(self, platform: str, check_id: str, checked: bool) -> None:
        self.session.service.set_setting_checked(platform, check_id, checked)
        self.app.call_from_thread(self.load)

    def folder(self) -> Path:
        return self.session.state_dir / "checklist"

    def action_save(self, kind: str) -> None:
        checklist = self.checklist
        if checklist is None or checklist.last_audit is None:
            self.notify(NO_HISTORY, severity="warning")
            return
        from auditor.cli.output import write_private
        from auditor.report.checklist import render_checklist
        from auditor.report.checklist.ics import review_ics
        from auditor.store.paths import ensure_private_dir

        if kind == "ics":
            text = review_ics(checklist.next_review, checklist.interval_days, self.session.clock())
            path = self.folder() / "next-review.ics"
        else:
            text = render_checklist(checklist, kind)
            path = self.folder() / f"checklist{EXTENSIONS[kind]}"
        try:
            ensure_private_dir(path.parent)
            write_private(path, text)
        except AuditorError as exc:
            self.notify(str(exc), severity="error")
            return
        self.written.append(path)
        self.notify(f"Saved to {path} (only you can open it)", title="Checklist saved")
