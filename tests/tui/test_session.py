"""Scan progress arithmetic: the fraction done and the time left, photos included."""

from __future__ import annotations

from datetime import timedelta

from tests.tui.conftest import FIXED_NOW
from tui.session import ExportProgress, ScanState


def scan(*exports: ExportProgress) -> ScanState:
    return ScanState(
        started_at=FIXED_NOW - timedelta(seconds=60), exports={e.export: e for e in exports}
    )


def test_fraction_counts_finished_exports_whole() -> None:
    s = scan(ExportProgress("a", "done", 3, 10), ExportProgress("b", "text", 5, 10))
    assert s.fraction == 0.75
    assert s.eta_seconds(FIXED_NOW) == 20.0  # a minute for three quarters: 20 s more


def test_too_early_to_tell_and_finished_have_no_eta() -> None:
    s = scan(ExportProgress("a", "text", 0, 500))
    assert s.eta_seconds(FIXED_NOW) is None
    s.running = False
    assert s.eta_seconds(FIXED_NOW) is None


def test_photos_still_to_do_lengthen_the_eta() -> None:
    s = scan(ExportProgress("a", "done", 10, 10, photos_done=5, photos_total=50, photos_eta=240))
    assert s.eta_seconds(FIXED_NOW) == 240
