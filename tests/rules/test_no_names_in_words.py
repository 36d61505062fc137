"""A finding's words (explanation, steps) never repeat a pupil's name: the report may be shown or
shared, and the item itself is where the user sees what was found."""

from __future__ import annotations

import re

import pytest

from auditor.findings.build import build_finding
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.profile.loader import load_profile
from auditor.rules.examples import example_item
from auditor.rules.loader import load_rule_pack
from auditor.rules.schema import Rule
from tests.conftest import SAMPLE_PROFILE

PACK = load_rule_pack()
PUPILS = load_profile(SAMPLE_PROFILE).pupil_names
NAME_PARTS = {part for name in PUPILS for part in name.split()}


@pytest.mark.parametrize("rule", [r for r in PACK.rules if r.trigger == "item"], ids=lambda r: r.id)
def test_no_pupil_name_in_a_findings_words(rule: Rule) -> None:
    for ex in rule.examples.match:
        item = example_item(ex)
        named = [
            Evidence(
                kind=EvidenceKind.PUPIL_NAME,
                text=m.group(0),
                start=m.start(),
                end=m.end(),
                confidence=0.95,
                sensitive=True,
            )
            for name in PUPILS
            for m in re.finditer(re.escape(name.split()[0]), item.text, re.IGNORECASE)
        ]
        f = build_finding(rule, item, named)
        words = f"{f.explanation}\n{f.remediation}\n{f.title}"
        leaked = {p for p in NAME_PARTS if re.search(rf"\b{re.escape(p)}\b", words, re.I)}
        assert not leaked, f"{rule.id}: {sorted(leaked)} in the finding's words"


def test_a_group_named_after_a_pupil_is_not_named_in_the_words() -> None:
    rule = PACK.get("SMP91-SCHOOL-GROUP")
    assert rule is not None
    ex = rule.examples.match[0].model_copy(
        update={
            "title": "Olivia Hussain's party (Year 4)",
            "text": "Olivia Hussain's party (Year 4)",
        }
    )
    group = Evidence(
        kind=EvidenceKind.SCHOOL_GROUP, text="Year 4", start=24, end=30, confidence=0.8
    )
    f = build_finding(rule, example_item(ex), [group])
    assert "Olivia" not in f.explanation and "Hussain" not in f.explanation
    assert f.item.title == "Olivia Hussain's party (Year 4)"  # the item itself still shows it
