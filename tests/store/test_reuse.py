"""An unchanged download audited the same way is not read again: its results are reused, and
nothing that could change them (a file, the profile, --fresh) is missed."""

from __future__ import annotations

import json
import os
from pathlib import Path

from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.finding import Finding, FindingItem, Severity
from auditor.models.report import ScanReport
from auditor.store.report_cache import dump_report, load_report
from tests.conftest import SAMPLE_PROFILE
from tests.helpers import run_cli
from tests.store.exports import TA, Y4_TEACHER, facebook_export

REUSED = "its results were used"


def scan(export: Path, profile: Path = SAMPLE_PROFILE, *extra: str) -> tuple[dict, str]:  # type: ignore[type-arg]
    proc = run_cli("scan", export, "--profile", profile, "--format", "json", *extra)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout), proc.stderr


def test_the_same_download_reuses_its_results_until_something_changes(
    tmp_path: Path, sample_profile: Path
) -> None:
    export = facebook_export(tmp_path / "facebook", [Y4_TEACHER, TA])
    first, err1 = scan(export)
    assert REUSED not in err1
    again, err2 = scan(export)
    assert "unchanged since audit 1: its results were used" in err2
    assert again["findings"] == first["findings"] and again["summary"] == first["summary"]
    assert again["warnings"] == first["warnings"]
    assert "Audit 2 recorded: 0 new, 2 still open" in err2

    _, fresh = scan(export, SAMPLE_PROFILE, "--fresh")
    assert REUSED not in fresh

    posts = next(export.rglob("your_posts*.json"))  # the download changed: a file is newer
    os.utime(posts, ns=(posts.stat().st_atime_ns, posts.stat().st_mtime_ns + 10**9))
    _, changed = scan(export)
    assert REUSED not in changed

    sample_profile.write_text(sample_profile.read_text() + "\n[review]\ninterval_days = 30\n")
    _, other_profile = scan(export, sample_profile)
    assert REUSED not in other_profile
    _, same_again = scan(export, sample_profile)
    assert REUSED in same_again


def test_reused_results_keep_no_pupil_name_yet_give_it_back() -> None:
    text = "Well done Olivia Hussain"
    report = ScanReport(
        findings=[
            Finding(
                id="SMP65-x",
                rule="SMP65-PUPIL-DISCUSSED",
                clause="6.5",
                severity=Severity.HIGH,
                platform="facebook",
                item=FindingItem(kind="post", source="p.json", locator="/0", text=text),
                evidence=[
                    Evidence(
                        kind=EvidenceKind.PUPIL_NAME,
                        text="Olivia Hussain",
                        start=10,
                        end=24,
                        confidence=0.9,
                        sensitive=True,
                    ),
                    # Not in the text (a tag on a photo): kept masked.
                    Evidence(
                        kind=EvidenceKind.PUPIL_NAME,
                        text="Alfie Turner",
                        start=0,
                        end=0,
                        confidence=0.9,
                        sensitive=True,
                    ),
                ],
                explanation="",
                remediation="",
            )
        ]
    )
    stored = dump_report(report)
    # Only the user's own post holds the name; no evidence repeats it, none adds another.
    assert stored.count("Olivia") == 1 and "Alfie" not in stored
    back = load_report(stored).findings[0].evidence
    assert back[0].text == "Olivia Hussain"
    assert back[1].text == "A•••e T••••r"
