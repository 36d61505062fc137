"""Each newer platform's items reach the same detectors and rules: a school-name finding, and a
location finding where the platform carries places."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import FIXTURES, zip_folder
from tests.helpers import scan_findings

FLICKR_EXPORT = FIXTURES / "exports" / "flickr"


def test_flickr_school_name_and_location_findings() -> None:
    report = scan_findings(FLICKR_EXPORT)
    flickr = [f for f in report.findings if f.platform == "flickr"]
    assert any(f.clause == "6.17" for f in flickr)  # occupation names the school
    evidence = {e.kind.value for f in flickr for e in f.evidence}
    assert "location_near_school" in evidence


REDDIT_EXPORT = FIXTURES / "exports" / "reddit" / "export_jsmith_20261101"


def test_reddit_school_name_finding() -> None:
    report = scan_findings(REDDIT_EXPORT)
    assert any(
        f.platform == "reddit" and any(e.kind.value == "school_name" for e in f.evidence)
        for f in report.findings
    )


SNAPCHAT_EXPORT = FIXTURES / "exports" / "snapchat" / "mydata~1762000000000"


def test_snapchat_school_name_and_location_findings() -> None:
    report = scan_findings(SNAPCHAT_EXPORT)
    evidence = {
        e.kind.value for f in report.findings if f.platform == "snapchat" for e in f.evidence
    }
    assert "school_name" in evidence
    assert "location_near_school" in evidence


TUMBLR_EXPORT = FIXTURES / "exports" / "tumblr" / "janesmithbakes"


def test_tumblr_school_name_finding() -> None:
    report = scan_findings(TUMBLR_EXPORT)
    assert any(
        f.platform == "tumblr" and any(e.kind.value == "school_name" for e in f.evidence)
        for f in report.findings
    )


YOUTUBE_EXPORT = FIXTURES / "exports" / "youtube" / "takeout-20261101T101010Z-001"


def test_youtube_school_name_and_location_findings(tmp_path: Path) -> None:
    report = scan_findings(zip_folder(YOUTUBE_EXPORT, tmp_path / "takeout-youtube.zip"))
    clauses = {(f.platform, f.clause) for f in report.findings}
    assert ("youtube", "6.17") in clauses  # the channel description names the school
    evidence = {e.kind.value for f in report.findings for e in f.evidence}
    assert "school_name" in evidence
    assert "location_near_school" in evidence  # the video was recorded at the school
