"""A scan that is recorded: the audit history's side of `auditor scan` (and of the TUI).

`recorded_scan` wraps `pipeline.run_scan` without changing it: it takes the state lock, notices
an audit a dead process left unfinished (and resumes it when the same downloads are given),
gives the pipeline the text-detection cache, keeps the audit's progress as it goes, adds the
clause 5.4 review reminder when the last review is overdue, and records the findings at the end.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from auditor import __version__
from auditor.detect.detector import all_detectors
from auditor.detect.engine import DetectionEngine
from auditor.findings.ordering import sort_findings
from auditor.models.finding import Finding
from auditor.models.report import ScanReport
from auditor.nlp.model import find_model
from auditor.pipeline import Progress, ScanCallbacks, ScanOptions, default_overrides, run_scan
from auditor.profile.schema import SchoolProfile
from auditor.rules.loader import RulePack, load_rule_pack
from auditor.rules.review import review_reminder
from auditor.store.db import Store
from auditor.store.detection_cache import CachedDetectionEngine
from auditor.store.fingerprint import export_fingerprint, profile_fingerprint
from auditor.store.models import AuditCounts, AuditRecord, AuditStatus, ExportRecord
from auditor.store.report_cache import dump_report, load_report, report_key

PROGRESS_EVERY = 2048  # items between writes of the analyses so far and the progress


@dataclass
class RecordedScan:
    report: ScanReport
    audit: AuditRecord
    counts: AuditCounts
    interrupted: AuditRecord | None  # the unfinished audit found when this one started
    resumed: bool  # True when this run carried on that audit rather than starting afresh
    cache_hits: int = 0
    cache_misses: int = 0
    reused_from: int | None = None  # the audit whose results were reused (unchanged download)


def detector_version() -> str:
    """The same string as `DetectionEngine.version`, known before the engine is built."""
    return ";".join(f"{d.name}={d.version}" for d in all_detectors())


def recorded_scan(
    store: Store,
    exports: list[Path],
    profile: SchoolProfile,
    options: ScanOptions | None = None,
    callbacks: ScanCallbacks | None = None,
    *,
    restart: bool = False,
    wait: float = 5.0,
    pack: RulePack | None = None,
    on_interrupted: Callable[[AuditRecord, bool], None] | None = None,
    reuse: bool = True,
) -> RecordedScan:
    """Run and record one audit. Raises `StateBusy` when another scan holds the state.

    `on_interrupted(audit, resuming)` is called before the scan starts when the last audit
    did not finish; it is resumed (same downloads and profile, no `restart`) or left as it is.
    With `reuse`, an unchanged download audited the same way gets the results it had."""
    options = options or ScanOptions()
    cb = callbacks or ScanCallbacks()
    store.lock.acquire_or_fail(wait, "recording an audit")
    try:
        return _run(store, exports, profile, options, cb, restart, pack, on_interrupted, reuse)
    finally:
        store.lock.release()


def _run(
    store: Store,
    exports: list[Path],
    profile: SchoolProfile,
    options: ScanOptions,
    cb: ScanCallbacks,
    restart: bool,
    pack: RulePack | None,
    on_interrupted: Callable[[AuditRecord, bool], None] | None,
    reuse: bool,
) -> RecordedScan:
    store.reap_interrupted()
    interrupted = store.last_interrupted()
    previous = store.last_completed()
    pack = pack or load_rule_pack(
        options.rules_dir, options.overrides or default_overrides(profile)
    )
    records = [ExportRecord(str(p), export_fingerprint(p)) for p in exports]
    profile_fp = profile_fingerprint(profile)
    resumed = (
        interrupted is not None
        and not restart
        and sorted(e.fingerprint for e in interrupted.exports)
        == sorted(e.fingerprint for e in records)
        and interrupted.profile_fingerprint == profile_fp
    )
    if interrupted is not None and on_interrupted is not None:
        on_interrupted(interrupted, resumed)
    if resumed and interrupted is not None:
        audit_id = interrupted.id
        store.resume_audit(audit_id)
    else:
        audit_id = store.begin_audit(
            records,
            profile_name=profile.school.name,
            profile_fingerprint=profile_fp,
            rules_version=pack.version,
            detector_version=detector_version(),
            tool_version=__version__,
            review_interval_days=profile.review.interval_days,
        )

    model = find_model(options.model)
    model_label = model.label if model else "rules-only"
    key = report_key(
        [e.fingerprint for e in records], profile_fp, pack.version, detector_version(), model_label
    )
    stored = store.report_cache_get(key) if reuse and not resumed else None
    engines: list[CachedDetectionEngine] = []
    reused_from: int | None = None
    if stored is not None:
        reused_from, report = stored[0], load_report(stored[1])
        _replay(report, cb)
    else:
        report = _analyse(
            store, audit_id, exports, profile, options, cb, pack, engines,
            salt=f"{model_label}\x1f{profile_fp}",
        )  # fmt: skip
        if not _cancelled(cb.cancel):
            store.report_cache_put(key, audit_id, dump_report(report))
    reminder = review_reminder(
        previous.started_at if previous else None,
        interval_days=profile.review.interval_days,
        pack=pack,
    )
    if reminder is not None:
        _add_finding(report, reminder)
        if cb.on_finding:
            cb.on_finding(reminder)
    complete = not _cancelled(cb.cancel)
    counts = store.finish_audit(audit_id, report, complete=complete)
    audit = store.audit(audit_id)
    assert audit is not None
    return RecordedScan(
        report=report,
        audit=audit,
        counts=counts,
        interrupted=interrupted,
        resumed=resumed,
        cache_hits=sum(e.hits for e in engines),
        cache_misses=sum(e.misses for e in engines),
        reused_from=reused_from,
    )


def _analyse(
    store: Store,
    audit_id: int,
    exports: list[Path],
    profile: SchoolProfile,
    options: ScanOptions,
    cb: ScanCallbacks,
    pack: RulePack,
    engines: list[CachedDetectionEngine],
    salt: str,
) -> ScanReport:
    """The pipeline, with the store's caches and its progress kept as it goes."""

    def wrap(engine: DetectionEngine) -> DetectionEngine:
        cached = CachedDetectionEngine(engine, store, salt)
        engines.append(cached)
        return cached

    # The store keeps text detections and media analyses: what did not change is not redone.
    run_options = dataclasses.replace(options, wrap_detection=wrap, media_cache=store)
    run_callbacks = dataclasses.replace(
        cb, on_progress=_progress_keeper(store, audit_id, cb, lambda: _flush(engines))
    )
    try:
        report = run_scan(exports, profile, run_options, run_callbacks, pack=pack)
    except BaseException:
        _flush(engines)  # what was analysed is kept, so that resuming skips it
        store.mark_stopped(audit_id)
        raise
    _flush(engines)
    return report


def _replay(report: ScanReport, cb: ScanCallbacks) -> None:
    """Callers see the reused results arrive as a scan's would."""
    for w in report.warnings:
        if cb.on_warning:
            cb.on_warning(w)
    for f in report.findings:
        if cb.on_finding:
            cb.on_finding(f)
    if cb.on_progress:
        for e in report.summary.exports:
            n = sum(e.items.values())
            cb.on_progress(Progress(e.export, "done", e.files_read, e.files_read, n, 0))


def _flush(engines: list[CachedDetectionEngine]) -> None:
    for engine in engines:
        engine.flush()


def _cancelled(cancel: threading.Event | None) -> bool:
    return cancel is not None and cancel.is_set()


def _progress_keeper(
    store: Store, audit_id: int, cb: ScanCallbacks, flush: Callable[[], None]
) -> Callable[[Progress], None]:
    """Passes progress on; now and then writes the analyses so far and the items done."""
    done_exports: dict[str, int] = {}
    last_written = 0

    def on_progress(p: Progress) -> None:
        nonlocal last_written
        done_exports[p.export] = p.items
        total = sum(done_exports.values())
        if total - last_written >= PROGRESS_EVERY or p.stage == "done":
            flush()  # the items counted as done are in the cache: resuming skips them
            store.set_progress(audit_id, total)
            last_written = total
        if cb.on_progress:
            cb.on_progress(p)

    return on_progress


def _add_finding(report: ScanReport, finding: Finding) -> None:
    report.findings = sort_findings([*report.findings, finding])
    s = report.summary
    s.findings = len(report.findings)
    s.by_severity[finding.severity.value] = s.by_severity.get(finding.severity.value, 0) + 1
    by_clause = {**s.by_clause, finding.clause: s.by_clause.get(finding.clause, 0) + 1}
    s.by_clause = dict(sorted(by_clause.items()))


__all__ = ["AuditStatus", "RecordedScan", "recorded_scan"]
