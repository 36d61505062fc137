"""The labelled corpus holds up its promises, and the goals hold on it (rules only, so this
stays fast; bench/bench_detect.py prints the full table with the model)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES, ROOT

LABELLED = FIXTURES / "labelled"


def test_the_jsonl_is_built_from_the_hand_written_text(tmp_path: object) -> None:
    out = subprocess.run(
        [sys.executable, str(LABELLED / "build.py")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert "held out" in out.stdout
    rows = [json.loads(x) for x in (LABELLED / "corpus.jsonl").read_text("utf-8").splitlines()]
    assert len(rows) >= 400
    assert sum(r["negative"] for r in rows) * 3 >= len(rows)
    held = sum(r["split"] == "heldout" for r in rows) / len(rows)
    assert 0.2 <= held <= 0.4
    for r in rows:
        for s in r["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(r["text"])


def test_goals_hold_rules_only() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import bench_detect as b
    finally:
        sys.path.pop(0)
    from auditor.detect.context import DetectionContext
    from auditor.detect.engine import DetectionEngine
    from auditor.profile.loader import load_profile

    rows = b.load_corpus()
    engine = DetectionEngine(DetectionContext.from_profile(load_profile(b.PROFILE), model="none"))
    counts = b.score(rows, engine.detect_batch([b.row_item(r) for r in rows]))
    for kind, (recall_goal, precision_goal) in b.GOALS.items():
        precision, recall = b.pr(counts[kind])
        assert recall >= recall_goal, (kind, recall)
        assert precision >= precision_goal, (kind, precision)


@pytest.mark.parametrize("n", [2000])
def test_generated_texts_are_unique(n: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import bench_detect as b
    finally:
        sys.path.pop(0)
    texts = b.generate(n)
    assert len(set(texts)) == n
