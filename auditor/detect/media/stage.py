"""The media stage of an audit: each photo and video an item points to, analysed once.

The pipeline calls `add_evidence` with each batch of items and their text evidence. Files are
read from the export (never extracted), hashed, looked up in the cache, and the rest analysed
on both cores; what each shows is added to the evidence of every item that shows it. A file
that cannot be read gives a warning naming it; a signal that cannot be computed (no Tesseract,
no face detector, no video decoder) is named once in the report's `skipped_signals`. When the
worker processes cannot be used, a warning says so and the analysis goes on one by one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from functools import cache

from auditor.detect.engine import DetectionEngine
from auditor.detect.media.analysis import ANALYSIS_VERSION, MediaAnalysis
from auditor.detect.media.cache import MediaCache, MemoryMediaCache
from auditor.detect.media.evidence import analysis_evidence
from auditor.detect.media.pool import AnalysisPool, Job, MediaProgress, ProgressClock
from auditor.models.evidence import Evidence
from auditor.models.item import Item
from auditor.sources.export import Entry, Export

IMAGE_SUFFIXES = frozenset(
    [".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".heif", ".bmp", ".tif", ".tiff"]
)
VIDEO_SUFFIXES = frozenset([".mp4", ".mov", ".m4v", ".3gp"])
MAX_READ_BYTES = 1024**3


@cache
def _namespace() -> str:
    from auditor.detect.media.faces import face_finder
    from auditor.detect.media.ocr import OcrUnavailable, ocr_engine

    try:
        face = face_finder().name
    except Exception:
        face = "none"
    try:
        ocr = ocr_engine().name
    except OcrUnavailable:
        ocr = "none"
    return f"media-v{ANALYSIS_VERSION};faces={face};ocr={ocr}"


def media_kind(item: Item, entry: Entry) -> str | None:
    if entry.suffix in VIDEO_SUFFIXES or (item.media and item.media.media_type == "video"):
        return "video"
    if entry.suffix in IMAGE_SUFFIXES:
        return "image"
    return None


class MediaStage:
    def __init__(
        self,
        engine: DetectionEngine,
        *,
        cache: MediaCache | None = None,
        workers: int = 2,
        warn: Callable[[str, str], None] | None = None,
        skipped: list[str] | None = None,
        on_progress: Callable[[MediaProgress], None] | None = None,
    ) -> None:
        self.engine = engine
        self.cache: MediaCache = cache if cache is not None else MemoryMediaCache()
        self.pool = AnalysisPool(workers, on_fallback=self._fell_back)
        self._warn = warn
        self.skipped = skipped if skipped is not None else []
        self._on_progress = on_progress
        self._clocks: dict[int, ProgressClock] = {}
        self._seen: dict[tuple[int, str], MediaAnalysis | None] = {}
        self.analysed = 0  # files analysed (not from the cache)
        self.cached = 0

    def _clock(self, export: Export) -> ProgressClock:
        clock = self._clocks.get(id(export))
        if clock is None:
            total = sum(1 for e in export.entries if e.suffix in IMAGE_SUFFIXES | VIDEO_SUFFIXES)
            clock = self._clocks[id(export)] = ProgressClock(total, self._on_progress)
        return clock

    def add_evidence(
        self, items: Sequence[Item], evidence: Sequence[list[Evidence]], export: Export
    ) -> None:
        """Add the media evidence of `items` to their lists in `evidence` (in place)."""
        wanted: dict[str, tuple[Entry, str]] = {}
        targets: list[tuple[int, str]] = []
        for i, item in enumerate(items):
            if item.media is None or not item.media.path:
                continue
            entry = export.find(item.media.path)
            if entry is None:
                continue
            kind = media_kind(item, entry)
            if kind is None:
                continue
            wanted.setdefault(entry.path, (entry, kind))
            targets.append((i, entry.path))
        if not targets:
            return
        results = self._analyse(wanted, export)
        for i, path in targets:
            analysis = results.get(path)
            if analysis is not None:
                evidence[i].extend(
                    analysis_evidence(items[i], analysis, self.engine, self.engine.ctx)
                )

    def _analyse(
        self, wanted: dict[str, tuple[Entry, str]], export: Export
    ) -> dict[str, MediaAnalysis]:
        clock = self._clock(export)
        results: dict[str, MediaAnalysis] = {}
        jobs: list[Job] = []
        paths_by_key: dict[bytes, list[str]] = {}
        for path, (entry, kind) in wanted.items():
            seen = (id(export), path)
            if seen in self._seen:
                if (done := self._seen[seen]) is not None:
                    results[path] = done
                continue
            data = self._read(entry, export)
            if data is None:
                self._seen[seen] = None
                clock.tick(False)
                continue
            key = hashlib.sha256(data).digest()
            if key not in paths_by_key:
                jobs.append(Job(key, kind, data))
            paths_by_key.setdefault(key, []).append(path)
        ns = _namespace()
        stored = self.cache.media_cache_get(ns, [j.key for j in jobs])
        fresh: list[Job] = []
        for job in jobs:
            raw = stored.get(job.key)
            if raw is not None:
                try:
                    self._accept(
                        job, MediaAnalysis.model_validate_json(raw), paths_by_key, export, results
                    )
                    self.cached += 1
                    clock.tick(False)
                    continue
                except ValueError:
                    pass
            fresh.append(job)
        to_store: list[tuple[bytes, str]] = []
        for job, analysis in self.pool.run(fresh):
            self.analysed += 1
            if analysis.problem is None or analysis.media_type == "video":
                to_store.append((job.key, analysis.model_dump_json()))
            self._accept(job, analysis, paths_by_key, export, results)
            clock.tick(True)
        self.cache.media_cache_put(ns, to_store)
        return results

    def _accept(
        self,
        job: Job,
        analysis: MediaAnalysis,
        paths_by_key: dict[bytes, list[str]],
        export: Export,
        results: dict[str, MediaAnalysis],
    ) -> None:
        for signal in analysis.skipped:
            if signal not in self.skipped:
                self.skipped.append(signal)
        for path in paths_by_key[job.key]:
            self._seen[(id(export), path)] = analysis
            results[path] = analysis
            if analysis.problem and self._warn:
                what = "video" if job.kind == "video" else "picture"
                self._warn(path, f"{what} not checked: {analysis.problem}")

    def _fell_back(self, why: str) -> None:
        if self._warn:
            self._warn(
                "photos and videos",
                f"{why}; the analysis went on one by one, in this process (slower, "
                "nothing left out)",
            )

    def _read(self, entry: Entry, export: Export) -> bytes | None:
        if entry.size > MAX_READ_BYTES:
            if self._warn:
                self._warn(entry.path, f"not checked: too large ({entry.size // 1024**2} MB)")
            return None
        try:
            return export.read_bytes(entry, MAX_READ_BYTES)
        except Exception as exc:
            if self._warn:
                self._warn(entry.path, f"could not be read ({type(exc).__name__})")
            return None

    def close(self) -> None:
        self.pool.close()
