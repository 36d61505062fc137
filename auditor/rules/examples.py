"""Runs a rule's own examples through the real detectors and the rule (semgrep-style).

Each example becomes an item; the real `DetectionEngine` finds its evidence, the example's
injected `evidence` (signals from the image stage) is added, and the rule must match the
examples under `match` and must not match those under `ok`.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.detect.engine import DetectionEngine
from auditor.models.evidence import Evidence
from auditor.models.item import GeoPoint, Item, MediaInfo
from auditor.rules.engine import own_names
from auditor.rules.matching import Around, rule_applies, rule_matches, strongest
from auditor.rules.schema import Example, Rule


@dataclass
class ExampleResult:
    rule: str
    expected: bool  # True: must match; False: must not
    matched: bool
    example: Example
    index: int = 0  # its place in the rule file's `examples.match` or `examples.ok` list

    @property
    def ok(self) -> bool:
        return self.expected == self.matched

    @property
    def where(self) -> str:
        """The field of the rule file, e.g. `examples.match[2]`."""
        return f"examples.{'match' if self.expected else 'ok'}[{self.index}]"

    def describe(self) -> str:
        """A plain description that never repeats the example's text (it may name pupils)."""
        verdict = "should match but did not" if self.expected else "should not match but did"
        note = f" ({self.example.note})" if self.example.note else ""
        return f"{self.where}: {verdict}{note}"


def example_item(ex: Example) -> Item:
    media = None
    if ex.media or ex.media_people:
        media = MediaInfo(path="example.jpg", media_type=ex.media_type, people=ex.media_people)
    return Item(
        platform=ex.platform,
        kind=ex.kind,
        source="(rule example)",
        locator="-",
        text=ex.text,
        field=ex.field,
        title=ex.title,
        author=ex.author,
        audience=ex.audience,
        people=ex.people,
        location=GeoPoint(lat=ex.location[0], lon=ex.location[1], source="example")
        if ex.location
        else None,
        media=media,
    )


def injected(ex: Example) -> list[Evidence]:
    return [
        Evidence(
            kind=e.kind,
            text=e.text,
            start=0,
            end=0,
            confidence=e.confidence,
            reason=e.reason,
            detector="example",
        )
        for e in ex.evidence
    ]


def example_evidence(ex: Example, engine: DetectionEngine) -> tuple[Item, list[Evidence]]:
    item = example_item(ex)
    return item, [*engine.detect(item), *injected(ex)]


def conversation_around(ex: Example, engine: DetectionEngine, evidence: list[Evidence]) -> Around:
    """What the example's conversation carries: its earlier messages (`before`, by the other
    person) and the example itself."""
    found = list(evidence)
    for text in ex.before:
        earlier = example_item(ex.model_copy(update={"text": text, "author": ex.title}))
        found.extend(engine.detect(earlier))
    return strongest(found)


def run_examples(rule: Rule, engine: DetectionEngine) -> list[ExampleResult]:
    names = own_names(engine.ctx.profile)
    results = []
    for expected, examples in ((True, rule.examples.match), (False, rule.examples.ok)):
        for i, ex in enumerate(examples):
            item, evidence = example_evidence(ex, engine)
            around = conversation_around(ex, engine, evidence)
            matched = (
                rule_applies(rule, item, names) and rule_matches(rule, evidence, around) is not None
            )
            results.append(ExampleResult(rule.id, expected, matched, ex, i))
    return results
