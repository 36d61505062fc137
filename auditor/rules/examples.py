"""Runs a rule's own examples through the real detectors and the rule (semgrep-style)."""

from __future__ import annotations

from dataclasses import dataclass

from auditor.detect.engine import DetectionEngine
from auditor.models.item import GeoPoint, Item, MediaInfo
from auditor.rules.engine import rule_applies, rule_matches
from auditor.rules.schema import Example, Rule


@dataclass
class ExampleResult:
    rule: str
    expected: bool  # True: must match; False: must not
    matched: bool
    example: Example

    @property
    def ok(self) -> bool:
        return self.expected == self.matched


def example_item(ex: Example) -> Item:
    return Item(
        platform=ex.platform,
        kind=ex.kind,
        source="(rule example)",
        locator="-",
        text=ex.text,
        field=ex.field,
        title=ex.title,
        people=ex.people,
        location=GeoPoint(lat=ex.location[0], lon=ex.location[1], source="example")
        if ex.location
        else None,
        media=MediaInfo(path="example.jpg") if ex.media else None,
    )


def run_examples(rule: Rule, engine: DetectionEngine) -> list[ExampleResult]:
    results = []
    for expected, examples in ((True, rule.examples.match), (False, rule.examples.ok)):
        for ex in examples:
            item = example_item(ex)
            evidence = engine.detect(item)
            matched = rule_applies(rule, item) and rule_matches(rule, evidence) is not None
            results.append(ExampleResult(rule.id, expected, matched, ex))
    return results
