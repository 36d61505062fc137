"""The bundled sample exports, scanned with the sample profile and the real pack: at least one
finding per core clause, each on the item that should give it, and none from the hard negatives
(items written to look risky that are not)."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.models.report import ScanReport
from auditor.pipeline import run_scan
from auditor.profile.loader import load_profile
from tests.conftest import SAMPLE_EXPORTS, SAMPLE_PROFILE

CORE_CLAUSES = {"6.17", "6.16", "5.1"}

# Items of the sample that must give a finding of a clause: (clause, a piece of the item's text).
EXPECTED = [
    ("6.17", "St Clement’s CE Primary School, Year 4 Teacher"),  # Facebook work
    ("6.17", "Year 4 teacher 🍎 | weekend baker"),  # Instagram bio: the role
    ("5.1", "+44 7700 900123"),  # Facebook profile: mobile number
    ("5.1", "Sunday bake: cinnamon swirls"),  # Instagram photo geotagged at home
    ("6.16", "harvest assembly was wonderful"),  # photo taken at the school, about the class
    ("6.7", "Olivia Hussain"),  # a pupil among Facebook friends
    ("6.7", "oliviahussain.x"),  # a pupil among Instagram followers
    ("6.5", "Maisie had a little falling out"),  # a pupil discussed with her parent
    ("9.1", "St Clement’s PTA Parents 2026"),  # the PTA group
]

# Items that must give no finding at all, and why they are tempting.
HARD_NEGATIVES = {
    "St Clement's Church summer fete": "a church of the school's saint, not the school",
    "Café Nero with the girls": "a town-centre café and a hill: places, not home or school",
    "Bolton Wanderers Supporters’ Trust": "a workplace that is not the school",
    "University of Cumbria": "the user's own university (education, not the school)",
    "Chorley, Lancashire": "a home town, not an address",
    "Olivia Marsh": "a friend who only shares a pupil's first name",
    "Bolton Bakers": "a group that is not about the school",
    "Rachel Dawson": "a friend",
    "janesmith-bakes.example.com": "the user's own baking website",
    "commented on a post in St Clement’s PTA": "inside the PTA group: the group is the finding",
}


def exports() -> list[Path]:
    return sorted(p for p in SAMPLE_EXPORTS.iterdir() if not p.name.startswith("."))


@pytest.fixture(scope="module")
def report() -> ScanReport:
    return run_scan(exports(), load_profile(SAMPLE_PROFILE))


def test_the_sample_exports_are_read_without_warnings(report: ScanReport) -> None:
    assert exports()
    assert report.warnings == []


def test_every_core_clause_has_a_finding(report: ScanReport) -> None:
    clauses = {f.clause for f in report.findings}
    assert clauses >= CORE_CLAUSES, f"no finding for clause(s) {sorted(CORE_CLAUSES - clauses)}"


@pytest.mark.parametrize(("clause", "text"), EXPECTED, ids=[f"{c}-{t[:16]}" for c, t in EXPECTED])
def test_the_expected_item_gives_the_clause(report: ScanReport, clause: str, text: str) -> None:
    # The item leads its finding, or is one of the messages its conversation finding lists.
    items = [
        f
        for f in report.findings
        if text in f.item.text or any(text in r.item.text for r in f.related)
    ]
    assert clause in {f.clause for f in items}, f"no {clause} finding on the item"


@pytest.mark.parametrize("text", sorted(HARD_NEGATIVES))
def test_hard_negatives_give_no_finding(report: ScanReport, text: str) -> None:
    wrong = [
        f.rule
        for f in report.findings
        if text in f.item.text or any(text in r.item.text for r in f.related)
    ]
    assert wrong == [], f"{HARD_NEGATIVES[text]}, but found {wrong}"


def test_one_finding_per_item_and_rule(report: ScanReport) -> None:
    keys = [(f.item.source, f.item.locator, f.rule) for f in report.findings]
    assert len(keys) == len(set(keys))
    assert len({f.id for f in report.findings}) == len(report.findings)
