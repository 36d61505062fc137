"""Every shipped rule's examples: those under `match` must produce a finding, `ok` must not.

The examples run through the real detectors with the bundled sample profile (St Clement's CE
Primary School; Jane Smith), plus any signals from the image stage that an example injects.
"""

from __future__ import annotations

import pytest

from auditor.detect.context import DetectionContext
from auditor.detect.engine import DetectionEngine
from auditor.profile.loader import load_profile
from auditor.rules.examples import run_examples
from auditor.rules.loader import load_rule_pack
from auditor.rules.schema import Rule
from tests.conftest import SAMPLE_PROFILE

PACK = load_rule_pack()
ITEM_RULES = [r for r in PACK.rules if r.trigger == "item"]


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine(DetectionContext.from_profile(load_profile(SAMPLE_PROFILE)))


def test_pack_loads_cleanly() -> None:
    assert PACK.problems == []
    assert len(PACK.rules) >= 15


@pytest.mark.parametrize("rule", ITEM_RULES, ids=lambda r: r.id)
def test_rule_has_examples_both_ways(rule: Rule) -> None:
    assert len(rule.examples.match) >= 2, f"{rule.id} needs examples that must match"
    assert len(rule.examples.ok) >= 2, f"{rule.id} needs examples that must not match"


@pytest.mark.parametrize("rule", ITEM_RULES, ids=lambda r: r.id)
def test_rule_examples(rule: Rule, engine: DetectionEngine) -> None:
    failures = [r for r in run_examples(rule, engine) if not r.ok]
    assert not failures, "\n".join(f"{r.describe()}: {r.example.text!r}" for r in failures)
