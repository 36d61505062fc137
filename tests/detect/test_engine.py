"""The engine: rules-only mode, the NER only where it can change an answer, its cache, and
that nothing it says names a pupil."""

from __future__ import annotations

import json

import pytest

from auditor.detect.context import DetectionContext
from auditor.detect.engine import DetectionEngine
from auditor.detect.lexicon import WORD_NAMES
from auditor.models.evidence import EvidenceKind
from auditor.models.item import Item, ItemKind
from auditor.nlp.model import find_model
from auditor.profile.schema import SchoolProfile
from auditor.store.recorder import detector_version
from tests.conftest import FIXTURES
from tests.detect.conftest import item

CORPUS = FIXTURES / "labelled" / "corpus.jsonl"
needs_model = pytest.mark.skipif(find_model() is None, reason="no spaCy model installed")


@pytest.fixture(scope="module")
def model_engine(profile: SchoolProfile) -> DetectionEngine:
    return DetectionEngine(DetectionContext.from_profile(profile))


def test_rules_only_mode_finds_every_rule_based_kind(rules_engine: DetectionEngine) -> None:
    assert rules_engine.rules_only and rules_engine.ner is None
    ev = rules_engine.detect(
        item(
            "Sports day at St Clements Primary! Well done Alfie and Jayden in Year 3. "
            "Call me on 07700 900123, moved to 27 Oakfield Road, Bolton BL3 4TH"
        )
    )
    kinds = {e.kind for e in ev if e.confidence >= 0.6}
    assert {
        EvidenceKind.SCHOOL_NAME,
        EvidenceKind.PUPIL_NAME,
        EvidenceKind.CHILD_NAME,
        EvidenceKind.PHONE,
        EvidenceKind.HOME_ADDRESS,
        EvidenceKind.POSTCODE,
        EvidenceKind.SCHOOL_CONTEXT,
    } <= kinds


def test_batch_equals_one_by_one(rules_engine: DetectionEngine) -> None:
    items = [
        item("Well done Olivia Hussain"),
        item("Lovely walk with the dog"),
        item("email me at jane.smith.1987@example.com"),
    ]
    assert rules_engine.detect_batch(items) == [rules_engine.detect(i) for i in items]


def test_version_is_what_the_audit_history_records(rules_engine: DetectionEngine) -> None:
    assert rules_engine.version == detector_version()


@needs_model
def test_the_model_runs_only_where_it_can_change_a_finding(model_engine: DetectionEngine) -> None:
    assert model_engine.ner is not None
    before = model_engine.ner.texts_run
    plain = [
        item(f"Lovely walk along the canal number {i}, Harry Styles on the radio")
        for i in range(50)
    ]
    model_engine.detect_batch(plain)
    assert model_engine.ner.texts_run == before  # no school words: the model never ran
    child = item("Well done to Anouk Kowalski in Year 3 for a brilliant assembly")
    ev = model_engine.detect_batch([child, child])
    assert model_engine.ner.texts_run == before + 1  # once, then from the cache
    names = [e for e in ev[0] if e.kind == EvidenceKind.CHILD_NAME]
    assert [e.text for e in names] == ["Anouk Kowalski"] and names[0].sensitive


def test_without_the_model_that_name_is_missed(rules_engine: DetectionEngine) -> None:
    ev = rules_engine.detect(item("Well done to Anouk Kowalski in Year 3 for a brilliant assembly"))
    assert not [e for e in ev if e.kind == EvidenceKind.CHILD_NAME]


@pytest.mark.parametrize("mode", ["rules", "model"])
def test_no_reason_ever_names_a_pupil(profile: SchoolProfile, mode: str) -> None:
    if mode == "model" and find_model() is None:
        pytest.skip("no spaCy model installed")
    engine = DetectionEngine(
        DetectionContext.from_profile(profile, model="none" if mode == "rules" else None)
    )
    rows = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines()]
    items = [
        Item(
            platform="facebook",
            kind=ItemKind(r["kind"]),
            source="c",
            locator="-",
            text=r["text"],
            field=r["field"],
        )
        for r in rows
    ]
    words = {w.casefold() for n in profile.pupil_names for w in n.replace("'", " ").split()}
    words |= {"izzy", "issy", "alf", "fred", "zain"}
    # Reasons may quote fixed vocabulary ("summer fair"); a name that is also a word is checked
    # as the pupil's full name instead.
    words -= WORD_NAMES
    fulls = [n.casefold() for n in profile.pupil_names]
    evidence = [e for ev in engine.detect_batch(items) for e in ev]
    assert any(e.kind == EvidenceKind.PUPIL_NAME for e in evidence)
    for e in evidence:
        reason_words = set(e.reason.casefold().replace("'", " ").split())
        assert not reason_words & words, (e.kind, e.reason)
        assert not any(f in e.reason.casefold() for f in fulls), (e.kind, e.reason)
        if e.kind in (
            EvidenceKind.PUPIL_NAME,
            EvidenceKind.PUPIL_CONNECTION,
            EvidenceKind.CHILD_NAME,
        ):
            assert e.sensitive


def test_repr_of_the_context_names_no_one(profile: SchoolProfile) -> None:
    ctx = DetectionContext.from_profile(profile)
    text = repr(ctx) + repr(ctx.pupils)
    assert "Alfie" not in text and "Jane" not in text


def test_a_rules_only_scan_never_runs_the_model(
    facebook_zip: object, sample_profile: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    from auditor.nlp.ner import NerRunner
    from auditor.pipeline import ScanOptions, run_scan
    from auditor.profile.loader import load_profile

    def refuse(self: NerRunner, texts: object) -> list[object]:
        raise AssertionError("the model ran in a rules-only scan")

    monkeypatch.setattr(NerRunner, "entities", refuse)
    assert isinstance(facebook_zip, Path) and isinstance(sample_profile, Path)
    report = run_scan([facebook_zip], load_profile(sample_profile), ScanOptions(model="none"))
    assert report.summary.rules_only
    kinds = {e.kind for f in report.findings for e in f.evidence}
    assert EvidenceKind.PUPIL_NAME in kinds or EvidenceKind.PUPIL_CONNECTION in kinds
