"""Applies the active rules to one item and its evidence."""

from __future__ import annotations

from auditor.findings.build import build_finding
from auditor.models.evidence import Evidence
from auditor.models.finding import Finding
from auditor.models.item import Item
from auditor.rules.loader import RulePack
from auditor.rules.schema import Rule


def rule_applies(rule: Rule, item: Item) -> bool:
    a = rule.applies
    if a.kinds and item.kind not in a.kinds:
        return False
    if a.platforms and item.platform not in a.platforms:
        return False
    if a.fields and (item.field or "") not in a.fields:
        return False
    if a.has_media is not None and (item.media is not None) != a.has_media:
        return False
    return not (a.has_location is not None and (item.location is not None) != a.has_location)


def rule_matches(rule: Rule, evidence: list[Evidence]) -> list[Evidence] | None:
    """The evidence that satisfies the rule, or None when it does not match."""
    m = rule.match
    strong = [e for e in evidence if e.confidence >= m.min_confidence]
    present = {e.kind for e in strong}
    if any(k in present for k in m.none):
        return None
    if not all(k in present for k in m.all):
        return None
    if not all(any(k in present for k in group) for group in m.any):
        return None
    wanted = m.kinds()
    return [e for e in strong if e.kind in wanted]


class RuleEngine:
    def __init__(self, pack: RulePack) -> None:
        self.pack = pack
        self.rules = pack.active

    def evaluate(self, item: Item, evidence: list[Evidence]) -> list[Finding]:
        findings = []
        for rule in self.rules:
            if not rule_applies(rule, item):
                continue
            used = rule_matches(rule, evidence)
            if used is not None:
                findings.append(build_finding(rule, item, used))
        return findings
