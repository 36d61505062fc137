"""Every shipped rule's examples: those under `match` must produce a finding, `ok` must not."""

from __future__ import annotations

import pytest

from auditor.detect.context import DetectionContext
from auditor.detect.engine import DetectionEngine
from auditor.profile.loader import load_profile
from auditor.rules.examples import run_examples
from auditor.rules.loader import load_rule_pack
from tests.conftest import SAMPLE_PROFILE

PACK = load_rule_pack()


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine(DetectionContext.from_profile(load_profile(SAMPLE_PROFILE)))


def test_pack_loads_cleanly() -> None:
    assert PACK.problems == []
    assert len(PACK.rules) >= 2


@pytest.mark.parametrize("rule", PACK.rules, ids=lambda r: r.id)
def test_rule_has_examples_both_ways(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.examples.match, f"{rule.id} has no examples that must match"
    assert rule.examples.ok, f"{rule.id} has no examples that must not match"


@pytest.mark.parametrize("rule", PACK.rules, ids=lambda r: r.id)
def test_rule_examples(rule, engine: DetectionEngine) -> None:  # type: ignore[no-untyped-def]
    failures = [r for r in run_examples(rule, engine) if not r.ok]
    assert not failures, "\n".join(
        f"{'should match' if r.expected else 'should not match'}: {r.example.text!r}"
        for r in failures
    )
