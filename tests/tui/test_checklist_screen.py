"""The checklist on screen is the shared one, with the CLI's "how to tick" hints replaced by
the app's own way (the Findings step and the boxes below it)."""

from __future__ import annotations

from pathlib import Path

from auditor.report.checklist import build_checklist, render_checklist
from auditor.store.db import Store
from tests.tui.conftest import FIXED_NOW
from tests.tui.sample_findings import record_fixed_audit
from tui.screens.checklist import for_the_screen


def test_cli_hints_are_replaced_and_the_items_kept(state_dir: Path) -> None:
    record_fixed_audit(state_dir)
    with Store.open(state_dir) as store:
        markdown = render_checklist(build_checklist(store, now=FIXED_NOW), "markdown")
    assert "auditor decide" in markdown
    shown = for_the_screen(markdown)
    assert "auditor decide" not in shown
    assert "in Findings (5)" in shown
    assert "Your profile names your school" in shown and "O••••a" in shown
    assert shown.count("- [ ]") == markdown.count("- [ ]")  # every item and setting kept
