"""History: its columns fit the screen at 80 and 120 columns (long download names are
shortened, not run off the edge), and the trend counts what is still to do after each audit,
not everything found."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from auditor.profile.loader import load_profile
from auditor.store.db import Store
from auditor.store.models import Decision
from auditor.store.recorder import recorded_scan
from tests.conftest import SAMPLE_EXPORTS
from tests.tui.test_audit_flow import plain
from tui.app import AuditorApp
from tui.screens.history import fit_names


def test_names_are_shortened_to_the_room_there_is() -> None:
    names = ["facebook-janesmith-20261101", "instagram-janesmith.bakes-20261101", "x.zip"]
    assert fit_names(names, 200) == ", ".join(names)
    assert fit_names(names, 40) == "facebook-janesmith-20261101 +2 more"
    assert len(fit_names(names, 20)) <= 20 and fit_names(names, 20).endswith("+2 more")
    assert fit_names([], 10) == "-"


@pytest.fixture
def two_audits(state_dir: Path, saved_profile: Path, tmp_path: Path) -> int:
    """Two audits of both sample downloads (long names), with two findings fixed between."""
    exports = []
    for src in sorted(SAMPLE_EXPORTS.iterdir()):
        dest = tmp_path / "Downloads" / f"{src.name}-with-a-long-name-from-the-platform"
        shutil.copytree(src, dest)
        exports.append(dest)
    profile = load_profile(saved_profile)
    with Store.open(state_dir) as store:
        first = recorded_scan(store, exports, profile)
        found = [f.id for f in first.report.findings]
        for fid in found[:2]:
            store.decide(fid, Decision.FIXED)
        recorded_scan(store, exports, profile, reuse=False)
    return len(found)


@pytest.mark.parametrize("width", [80, 120])
async def test_the_table_fits_and_the_trend_is_what_is_left_to_do(
    make_app: Callable[..., AuditorApp], two_audits: int, width: int
) -> None:
    app = make_app()
    async with app.run_test(size=(width, 30)) as pilot:
        await pilot.press("7")
        table = app.screen.query_one("#audits", DataTable)
        for _ in range(100):
            await pilot.pause(0.05)
            if table.row_count == 2:
                break
        assert table.row_count == 2
        assert table.virtual_size.width <= table.size.width  # no column off the edge
        row = [plain(c).strip() for c in table.get_row_at(0)]
        assert "+1 more" in row[1] or "with-a-long-name" in row[1]
        trend = plain(app.screen.query_one("#trend-text", Static).content)
        # The same findings both times; two fixed after the first audit ended.
        assert trend.strip() == f"Still to do, audit by audit: {two_audits} → {two_audits - 2}"
        assert [plain(c).strip() for c in table.get_row_at(1)][5] == str(two_audits)  # To do
        assert row[2] == str(two_audits) and row[5] == str(two_audits - 2)  # found, to do
