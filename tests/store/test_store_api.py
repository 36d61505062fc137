"""The store's API as the TUI uses it: schema, privacy of what is kept, decisions, caches."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from auditor.detect.context import DetectionContext
from auditor.detect.detector import Detector
from auditor.detect.engine import DetectionEngine
from auditor.errors import AuditorError
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.finding import Finding, FindingItem, RelatedItem, Severity
from auditor.models.item import Item, ItemKind
from auditor.models.report import ExportSummary, ScanReport
from auditor.profile.loader import load_profile
from auditor.store import Decision, FindingStatus, Store
from auditor.store.detection_cache import CachedDetectionEngine
from auditor.store.models import ExportRecord
from auditor.store.schema import LATEST
from tests.conftest import SAMPLE_PROFILE

PUPIL = "Olivia Hussain"


def finding(fid: str, text: str, sensitive_span: tuple[int, int] | None = None) -> Finding:
    evidence = []
    if sensitive_span:
        s, e = sensitive_span
        evidence.append(
            Evidence(
                kind=EvidenceKind.PUPIL_NAME,
                text=text[s:e],
                start=s,
                end=e,
                confidence=0.9,
                sensitive=True,
            )
        )
    return Finding(
        id=fid,
        rule="SMP65-PUPIL-DISCUSSED",
        clause="6.5",
        severity=Severity.HIGH,
        platform="facebook",
        item=FindingItem(
            kind="post",
            source="posts.json",
            locator="/0",
            text=text,
            timestamp=datetime(2026, 10, 3, tzinfo=UTC),
            export="fb",
        ),
        evidence=evidence,
        explanation="A pupil is named.",
        remediation="Delete the post.",
        title="A pupil is named in a post",
        remediation_steps=["Delete the post."],
    )


def report(*findings: Finding, platforms: tuple[str, ...] = ("facebook",)) -> ScanReport:
    r = ScanReport(findings=list(findings))
    r.summary.exports = [
        ExportSummary(export="fb", platform=platforms[0], platforms=list(platforms))
    ]
    return r


def audit(store: Store, fingerprint: str = "v1") -> int:
    return store.begin_audit(
        [ExportRecord("fb", fingerprint)],
        profile_name="St Clement's",
        profile_fingerprint="p",
        rules_version="r1",
        detector_version="d1",
        tool_version="0.1.0",
        review_interval_days=91,
    )


def test_schema_is_migrated_once_and_a_newer_one_is_refused(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s") as store:
        assert store.integrity_check() == "ok"
    db = tmp_path / "s" / "audits.sqlite3"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(AuditorError, match="newer version"):
        Store.open(tmp_path / "s")


def test_files_are_private_even_with_a_lax_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        with Store.open(tmp_path / "state") as store:
            store.text_cache_put("ns", [(b"k", "[]")])  # the WAL file exists now
            for p in (store.folder / "audits.sqlite3", store.folder / "audits.sqlite3-wal"):
                assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
            assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700
    finally:
        os.umask(old)
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    Store.open(loose).close()
    assert stat.S_IMODE(loose.stat().st_mode) == 0o700  # tightened when it existed


def test_pupil_names_in_evidence_are_kept_masked(tmp_path: Path) -> None:
    text = f"{PUPIL} was brilliant in the nativity"
    with Store.open(tmp_path) as store:
        a = audit(store)
        store.finish_audit(a, report(finding("SMP65-aaaa11112222", text, (0, len(PUPIL)))))
        raw = sqlite3.connect(store.path).execute("SELECT data FROM findings").fetchone()[0]
        kept = store.findings()[0].finding
    assert kept.evidence[0].text == "O••••a H•••••n"
    assert '"text":"Olivia Hussain"' not in raw.replace(" ", "")


def test_pupil_names_in_a_conversations_other_messages_are_kept_masked(tmp_path: Path) -> None:
    lead = finding("SMP65-bbbb11112222", f"{PUPIL} was upset today", (0, len(PUPIL)))
    said = f"Thanks, I'll keep an eye on {PUPIL}"
    other = finding("x", said, (len(said) - len(PUPIL), len(said)))
    lead.related = [RelatedItem(item=other.item, evidence=other.evidence, author_is_you=True)]
    with Store.open(tmp_path) as store:
        a = audit(store)
        store.finish_audit(a, report(lead))
        raw = sqlite3.connect(store.path).execute("SELECT data FROM findings").fetchone()[0]
        kept = store.findings()[0].finding
    (related,) = kept.related
    assert related.evidence[0].text == "O••••a H•••••n" and related.author_is_you is True
    assert related.item.locator == "/0" and related.item.text.endswith(PUPIL)  # the item as is
    assert '"text":"Olivia Hussain"' not in raw.replace(" ", "")


def test_decisions_undo_and_ids_by_prefix(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        a = audit(store)
        store.finish_audit(
            a, report(finding("SMP65-aaaa11112222", "one"), finding("SMP65-aaab33334444", "two"))
        )
        with pytest.raises(AuditorError, match="matches 2 findings"):
            store.decide("SMP65-aaa", Decision.FIXED)
        with pytest.raises(AuditorError, match="no finding"):
            store.decide("SMP99-0000", Decision.FIXED)
        store.decide("smp65-aaaa", Decision.NOT_A_PROBLEM, "my own child, not a pupil")
        store.decide("SMP65-aaaa11112222", Decision.FIXED)
        assert store.undo("SMP65-aaaa11112222").decision == Decision.NOT_A_PROBLEM  # type: ignore[union-attr]
        assert store.undo("SMP65-aaaa11112222") is None
        with pytest.raises(AuditorError, match="no decision"):
            store.undo("SMP65-aaaa11112222")
        history = store.decisions("SMP65-aaaa11112222")
        assert [d.decision for d in history] == [Decision.NOT_A_PROBLEM, Decision.FIXED]
        assert all(d.undone_at is not None for d in history)
        open_ids = {t.finding.id for t in store.findings() if t.is_open}
        assert open_ids == {"SMP65-aaaa11112222", "SMP65-aaab33334444"}


def test_a_cancelled_audit_resolves_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        store.finish_audit(audit(store), report(finding("SMP65-aaaa11112222", "one")))
        counts = store.finish_audit(audit(store), report(), complete=False)
        assert counts.resolved == 0
        assert store.findings()[0].status == FindingStatus.NEW
        assert store.audits()[-1].status.value == "cancelled"
        counts = store.finish_audit(audit(store), report())
        assert counts.resolved == 1
        assert store.findings() == []
        assert store.findings(include_resolved=True)[0].status == FindingStatus.RESOLVED


class CountingDetector(Detector):
    """Marks the first word; counts its calls (the cache must spare them)."""

    name = "counting"
    kinds = (EvidenceKind.PUPIL_NAME,)
    calls = 0

    def detect(self, item: Item, text: str) -> list[Evidence]:
        CountingDetector.calls += 1
        if not text.startswith(PUPIL):
            return []
        return [
            Evidence(
                kind=EvidenceKind.PUPIL_NAME,
                text=PUPIL,
                start=0,
                end=len(PUPIL),
                confidence=0.9,
                reason="test",
                detector=self.name,
                sensitive=True,
            )
        ]


def test_text_detection_cache_spares_unchanged_items(tmp_path: Path) -> None:
    ctx = DetectionContext.from_profile(load_profile(SAMPLE_PROFILE))
    items = [
        Item(
            platform="facebook",
            kind=ItemKind.POST,
            source="posts.json",
            locator=f"/{i}",
            text=t,
            export="fb-v1",
        )
        for i, t in enumerate([f"{PUPIL} sang today", "a walk", "rain again"])
    ]
    with Store.open(tmp_path) as store:
        engine = CachedDetectionEngine(DetectionEngine(ctx, [CountingDetector()]), store, "salt")
        CountingDetector.calls = 0
        first = engine.detect_batch(items)
        assert CountingDetector.calls == 3
        # The same items from a newer download, at other positions: all from the cache.
        moved = [
            i.model_copy(update={"locator": f"/{n + 5}", "export": "fb-v2"})
            for n, i in enumerate(items)
        ]
        assert engine.detect_batch(moved) == first
        assert CountingDetector.calls == 3 and engine.hits == 3
        # A changed text, or another profile (salt), is analysed afresh.
        edited = [items[0].model_copy(update={"text": "rain again!"})]
        engine.detect_batch(edited)
        assert CountingDetector.calls == 4
        other = CachedDetectionEngine(DetectionEngine(ctx, [CountingDetector()]), store, "other")
        other.detect_batch(items[:1])
        assert CountingDetector.calls == 5
        # Written in one go when flushed; the pupil's name is not in the cache, yet comes back
        # whole from the item's text.
        engine.flush()
        other.flush()
        assert store.cache_sizes()["text"] == 5
        stored = sqlite3.connect(store.path).execute("SELECT evidence FROM text_cache").fetchall()
        assert not any(PUPIL in row[0] for row in stored)
        assert first[0][0].text == PUPIL and first[0][0].sensitive


def test_media_cache_and_settings_are_remembered(tmp_path: Path) -> None:
    from auditor.detect.media.cache import MediaCache

    digest = bytes.fromhex("ab" * 32)
    with Store.open(tmp_path) as store:
        cache: MediaCache = store  # the media stage's protocol, kept in the audit history
        assert cache.media_cache_get("faces=1", [digest]) == {}
        cache.media_cache_put("faces=1", [(digest, '{"faces": 2}')])
        store.set_setting_checked("facebook", "past-posts")
    with Store.open(tmp_path) as store:
        assert store.media_cache_get("faces=1", [digest, b"other"]) == {digest: '{"faces": 2}'}
        assert store.media_cache_get("faces=2", [digest]) == {}
        assert store.cache_sizes()["media"] == 1
        assert ("facebook", "past-posts") in store.settings_checked()
        store.set_setting_checked("facebook", "past-posts", checked=False)
        assert store.settings_checked() == {}


def test_a_file_read_only_in_part_resolves_nothing_of_its_own(tmp_path: Path) -> None:
    from auditor.models.report import ScanWarning

    with Store.open(tmp_path) as store:
        store.finish_audit(audit(store), report(finding("SMP65-aaaa11112222", "one")))
        damaged = report()
        damaged.warnings = [ScanWarning(file="posts.json", message="cut short", export="fb")]
        assert store.finish_audit(audit(store), damaged).resolved == 0
        assert store.findings()[0].status == FindingStatus.NEW


def test_an_older_database_is_migrated_and_keeps_its_audits(tmp_path: Path) -> None:
    from auditor.store.schema import MIGRATIONS, _statements

    folder = tmp_path / "old"
    folder.mkdir()
    conn = sqlite3.connect(folder / "audits.sqlite3")
    for statement in _statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO audits (started_at, status) VALUES ('2026-01-01T00:00:00+00:00', 'completed')"
    )
    conn.commit()
    conn.close()
    with Store.open(folder) as store:
        assert [a.id for a in store.audits()] == [1]
        store.media_cache_put("ns", [(b"k", "{}")])
    conn = sqlite3.connect(folder / "audits.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST == len(MIGRATIONS)
    conn.close()


def test_the_cached_engine_answers_like_the_engine_it_wraps(tmp_path: Path) -> None:
    ctx = DetectionContext.from_profile(load_profile(SAMPLE_PROFILE))
    engine = DetectionEngine(ctx)
    with Store.open(tmp_path) as store:
        cached = CachedDetectionEngine(engine, store, "salt")
        assert cached.version == engine.version and cached.ctx is engine.ctx
        assert [d.name for d in cached.detectors] == [d.name for d in engine.detectors]
        for attr in ("rules_only", "ner"):  # whatever state the engine has, it is shared
            if hasattr(engine, attr):
                assert getattr(cached, attr) == getattr(engine, attr)


def test_processes_opening_a_new_store_at_once_migrate_it_once(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = "import sys; from auditor.store import Store; Store.open(__import__('pathlib').Path(sys.argv[1])).close()"
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "s")], stderr=subprocess.PIPE)
        for _ in range(4)
    ]
    errors = [p.communicate()[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, errors
    conn = sqlite3.connect(tmp_path / "s" / "audits.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
