"""Clause 5.4's review reminder: due after the profile's interval, stable id, can be disabled."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from auditor.models.finding import Severity
from auditor.rules.loader import load_rule_pack
from auditor.rules.review import review_reminder

LAST = datetime(2026, 9, 1, 18, 30, tzinfo=UTC)


def test_not_due_before_the_interval() -> None:
    assert review_reminder(LAST, LAST + timedelta(days=90), 91) is None
    assert review_reminder(LAST, LAST + timedelta(days=90, hours=23), 91) is None


def test_due_on_the_day_and_after() -> None:
    f = review_reminder(LAST, LAST + timedelta(days=91), 91)
    assert f is not None
    assert (f.rule, f.clause, f.severity) == ("SMP54-REVIEW-DUE", "5.4", Severity.LOW)
    assert f.item.kind == "review" and f.platform == "all"
    assert f.item.timestamp == LAST + timedelta(days=91)
    assert "1 September 2026" in f.explanation and "91 days ago" in f.explanation
    assert "reviewed regularly" in f.explanation
    assert any(step.startswith("Facebook:") for step in f.remediation_steps)
    assert f.evidence == []


def test_the_same_overdue_review_keeps_its_id_until_a_new_audit() -> None:
    a = review_reminder(LAST, LAST + timedelta(days=100))
    b = review_reminder(LAST, LAST + timedelta(days=200))
    assert a is not None and b is not None and a.id == b.id
    later = review_reminder(LAST + timedelta(days=120), LAST + timedelta(days=300))
    assert later is not None and later.id != a.id


def test_no_earlier_audit_means_nothing_is_overdue() -> None:
    assert review_reminder(None, LAST) is None


def test_a_custom_interval_and_naive_dates() -> None:
    naive = datetime(2026, 9, 1, 18, 30)
    assert review_reminder(naive, naive + timedelta(days=29), 30) is None
    f = review_reminder(naive, naive + timedelta(days=30), 30)
    assert f is not None and "30 days ago" in f.explanation
    with pytest.raises(ValueError):
        review_reminder(LAST, LAST, 0)


def test_a_school_can_disable_or_reword_it(tmp_path: Path) -> None:
    d = tmp_path / "rules.d"
    d.mkdir()
    (d / "off.toml").write_text('disable = ["SMP54-REVIEW-DUE"]\n', "utf-8")
    now = LAST + timedelta(days=400)
    assert review_reminder(LAST, now, pack=load_rule_pack(overrides=[d])) is None
    (d / "off.toml").write_text(
        '[override.SMP54-REVIEW-DUE]\ndoc.explanation = "Termly check due since {due}."\n', "utf-8"
    )
    f = review_reminder(LAST, now, 91, pack=load_rule_pack(overrides=[d]))
    assert f is not None and f.explanation == "Termly check due since 1 December 2026."
