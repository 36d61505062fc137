"""The audit, end to end: exports -> items -> evidence -> findings -> report.

This is the one entry point the CLI and the TUI share. It streams: items are detected in
batches as they are read, and each finding is passed to `on_finding` as soon as it exists.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from auditor import __version__
from auditor.detect.context import DetectionContext
from auditor.detect.engine import DetectionEngine
from auditor.detect.media.cache import MediaCache
from auditor.detect.media.stage import MediaStage
from auditor.errors import ExportError
from auditor.findings.ordering import sort_findings
from auditor.models.finding import Finding
from auditor.models.item import Item
from auditor.models.report import ScanReport, ScanSummary, ScanWarning
from auditor.nlp.model import find_model
from auditor.profile.schema import SchoolProfile
from auditor.rules.engine import RuleEngine
from auditor.rules.loader import RulePack, load_rule_pack
from auditor.rules.ownership import OwnershipGate
from auditor.sources.scan import ExportReading

log = logging.getLogger(__name__)
BATCH = 256


@dataclass
class ScanOptions:
    model: str | None = None  # a spaCy package name, "none" for rules only, None for the default
    rules_dir: Path | None = None
    overrides: list[Path] = field(default_factory=list)
    # The audit store's text-detection cache wraps the engine (unchanged items are not re-analysed).
    wrap_detection: Callable[[DetectionEngine], DetectionEngine] | None = None
    # Photos and videos are analysed once per content: the store can keep the analyses.
    media_cache: MediaCache | None = None
    media_workers: int = 2


@dataclass
class Progress:
    export: str
    stage: str  # "reading" | "text" | "media" | "done"
    files_done: int  # for "media": photos and videos done / in the export
    files_total: int
    items: int
    findings: int
    eta_s: float | None = None  # seconds left (the media stage estimates it)


@dataclass
class ScanCallbacks:
    on_finding: Callable[[Finding], None] | None = None
    on_warning: Callable[[ScanWarning], None] | None = None
    on_progress: Callable[[Progress], None] | None = None
    cancel: threading.Event | None = None


def default_overrides(profile: SchoolProfile) -> list[Path]:
    """A school's `rules.d/` beside its profile, when there is one."""
    if profile.path is None:
        return []
    d = profile.path.parent / "rules.d"
    return [d] if d.is_dir() else []


def run_scan(
    exports: list[Path],
    profile: SchoolProfile,
    options: ScanOptions | None = None,
    callbacks: ScanCallbacks | None = None,
    pack: RulePack | None = None,
) -> ScanReport:
    options = options or ScanOptions()
    cb = callbacks or ScanCallbacks()
    pack = pack or load_rule_pack(
        options.rules_dir, options.overrides or default_overrides(profile)
    )
    report = ScanReport(version=__version__)
    warnings = report.warnings

    def warn(w: ScanWarning) -> None:
        warnings.append(w)
        if cb.on_warning:
            cb.on_warning(w)

    for problem in pack.problems:
        warn(ScanWarning(file=problem.file, message=f"rule {problem.rule}: {problem.message}"))

    model = find_model(options.model)
    summary = ScanSummary(language_model=model.label if model else None, rules_only=model is None)
    report.summary = summary
    detection = DetectionEngine(DetectionContext.from_profile(profile, model=options.model))
    if options.wrap_detection is not None:
        detection = options.wrap_detection(detection)
    rules = RuleEngine.for_profile(pack, profile)
    findings: list[Finding] = []
    seen_ids: set[str] = set()
    media = MediaStage(
        detection,
        cache=options.media_cache,
        workers=options.media_workers,
        warn=lambda file, message: warn(ScanWarning(file=file, message=message, export=str(path))),
        skipped=summary.skipped_signals,
        on_progress=lambda p: (
            cb.on_progress(Progress(str(path), "media", p.done, p.total, 0, len(findings), p.eta_s))
            if cb.on_progress
            else None
        ),
    )

    def keep(found: list[Finding]) -> None:
        for f in found:
            if f.id in seen_ids:  # the same item in two exports (or two parts) counts once
                continue
            seen_ids.add(f.id)
            findings.append(f)
            if cb.on_finding:
                cb.on_finding(f)

    def emit(batch: list[Item], gate: OwnershipGate) -> None:
        evidence_lists = detection.detect_batch(batch)
        media.add_evidence(batch, evidence_lists, reading.export)  # photos' faces, text, place
        for item in batch:
            gate.learn(item)  # the account's own names, from its profile fields
        for item, evidence in zip(batch, evidence_lists, strict=True):
            keep(gate.offer(item, evidence))

    covered: set[Path] = set()  # parts already read (split zips given together are one export)
    for path in exports:
        if path.resolve() in covered:
            continue
        try:
            reading = ExportReading(path, on_warning=warn)
        except ExportError as exc:
            warn(ScanWarning(file=str(path), message=str(exc).removeprefix(f"{path}: ")))
            continue
        covered.update(p.resolve() for p in reading.export.parts)
        gate = OwnershipGate(rules)
        try:
            batch: list[Item] = []
            n = 0
            for item in _cancellable(reading, cb.cancel):
                batch.append(item)
                n += 1
                if len(batch) >= BATCH:
                    emit(batch, gate)
                    batch = []
                    _progress(cb, reading, "text", n, len(findings))
            emit(batch, gate)
            keep(gate.finish())  # what waited to know whose messages are the user's
            _progress(cb, reading, "done", n, len(findings))
        finally:
            reading.close()
        summary.exports.append(reading.summary)
        if cb.cancel is not None and cb.cancel.is_set():
            warn(ScanWarning(file=str(path), message="the scan was cancelled; results are partial"))
            break

    media.close()
    report.findings = sort_findings(findings)
    summary.findings = len(findings)
    summary.by_severity = dict(Counter(f.severity.value for f in findings))
    summary.by_clause = dict(sorted(Counter(f.clause for f in findings).items()))
    return report


def _cancellable(items: ExportReading, cancel: threading.Event | None) -> Iterator[Item]:
    for item in items:
        if cancel is not None and cancel.is_set():
            return
        yield item


def _progress(
    cb: ScanCallbacks, reading: ExportReading, stage: str, items: int, found: int
) -> None:
    if cb.on_progress:
        cb.on_progress(
            Progress(
                export=str(reading.path),
                stage=stage,
                files_done=reading.files_done,
                files_total=reading.files_total,
                items=items,
                findings=found,
            )
        )
