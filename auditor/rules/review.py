"""Clause 5.4's periodic review: a finding that is not about an item but about the habit.

The rule pack has a rule with `trigger = "review_overdue"` (SMP54-REVIEW-DUE). The audit store
knows when the user last audited and calls `review_reminder` with that date; when the review is
overdue it gets a finding to show with the others (and to keep in the history like them).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from auditor.findings.build import day_words
from auditor.findings.ids import review_finding_id
from auditor.models.finding import Finding, FindingItem
from auditor.rules.loader import RulePack, load_rule_pack
from auditor.rules.schema import Rule

DEFAULT_INTERVAL_DAYS = 91  # the profile's `review.interval_days` default: about three months
REVIEW_KIND = "review"  # FindingItem.kind of a review reminder
REVIEW_PLATFORM = "all"  # it concerns every account, not one platform


def review_rule(pack: RulePack) -> Rule | None:
    """The active review rule of a pack, if the school has not disabled it."""
    return next((r for r in pack.active if r.trigger == "review_overdue"), None)


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def review_due(last_audit: datetime, interval_days: int = DEFAULT_INTERVAL_DAYS) -> datetime:
    return _aware(last_audit) + timedelta(days=interval_days)


def review_reminder(
    last_audit: datetime | None,
    now: datetime | None = None,
    interval_days: int = DEFAULT_INTERVAL_DAYS,
    pack: RulePack | None = None,
) -> Finding | None:
    """A finding when the last audit is `interval_days` or more before `now`; None when it is
    not due yet, when there is no earlier audit (the audit being made is the review), or when the
    school disabled the rule. Its id depends on the due date only, so the same overdue review
    keeps its id until a new audit moves the date on."""
    if last_audit is None:
        return None
    if interval_days < 1:
        raise ValueError("interval_days must be at least 1")
    now = _aware(now or datetime.now(UTC))
    last = _aware(last_audit)
    due = review_due(last, interval_days)
    if now < due:
        return None
    rule = review_rule(pack if pack is not None else load_rule_pack())
    if rule is None:
        return None
    days = (now - last).days
    values = {
        "last_audit": day_words(last),
        "due": day_words(due),
        "days": str(days),
        "interval": str(interval_days),
        "clause": rule.clause,
        "quote": rule.doc.quote,
        "platform": "all your accounts",
    }
    try:
        explanation = rule.doc.explanation.format(**values)
    except (KeyError, IndexError, ValueError):
        explanation = f"{rule.title}: your last audit was on {values['last_audit']}."
    steps = [_fill(s, values) for s in rule.steps_for("default")]
    locator = f"last audit {last.date().isoformat()}"
    return Finding(
        id=review_finding_id(rule.id, due),
        rule=rule.id,
        clause=rule.clause,
        severity=rule.severity,
        platform=REVIEW_PLATFORM,
        item=FindingItem(
            kind=REVIEW_KIND, source="(audit history)", locator=locator, timestamp=due
        ),
        evidence=[],
        explanation=explanation,
        remediation="\n".join(steps),
        title=rule.title,
        remediation_steps=steps,
        visibility=0,  # about every account at once: shown with the profile findings
    )


def _fill(template: str, values: dict[str, str]) -> str:
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template
