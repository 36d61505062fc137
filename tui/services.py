"""The TUI's one door to the engine and the audit store.

Screens never import the pipeline or the store themselves: they call this adapter, from a
worker thread for anything slow. It runs the same `run_scan` the CLI runs, records the audit
in the store, and keeps decisions and ticked settings there. Heavy modules (the pipeline, the
store, spaCy behind them) are imported here lazily, so the app's first frame does not wait.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.models.finding import Finding
from auditor.models.report import ScanReport, ScanWarning

if TYPE_CHECKING:
    from auditor.detect.media.places import PlaceCandidate
    from auditor.models.item import Item
    from auditor.pipeline import Progress
    from auditor.profile.schema import SchoolProfile
    from auditor.report.checklist import Checklist
    from auditor.store.db import Store


def decision_label(decision: str) -> str:
    """How a decision reads on screen ("to do", "not a problem"), as the store words it."""
    from auditor.store.models import Decision

    try:
        return Decision(decision).label
    except ValueError:
        return decision.replace("_", " ")


@dataclass
class DecisionState:
    decision: str = "open"
    note: str = ""
    decided_at: datetime | None = None


@dataclass
class AuditRow:
    """One past audit, as the history screen lists it."""

    id: int
    started_at: datetime
    status: str
    exports: list[str]
    findings: int
    new: int
    resolved: int
    open_after: int  # of its findings, those still to do until the next audit (the trend)


@dataclass
class ScanOutcome:
    report: ScanReport
    audit_id: int | None
    new_ids: set[str] = field(default_factory=set)
    cancelled: bool = False
    reopened_ids: set[str] = field(default_factory=set)  # marked fixed, yet here again


EXIF_HEAD_BYTES = 256 * 1024  # a JPEG's EXIF block comes before its pixels


def own_placed_items(exports: list[Path]) -> list[Item]:
    """The user's own posts, photos and check-ins with a place and a time, read offline.

    The place and time a photo carries in its own EXIF come first, then what the export says.
    Messages are left out: photos others sent say nothing of where the user works or lives.
    Each photo counts once, however many items show it."""
    import io

    from PIL import Image

    from auditor.detect.media import exif as exif_mod
    from auditor.detect.media.stage import IMAGE_SUFFIXES
    from auditor.models.item import ItemKind
    from auditor.sources.scan import ExportReading

    out: list[Item] = []
    seen: set[tuple[str, str]] = set()
    for path in exports:
        try:
            reading = ExportReading(path)
        except Exception:  # not an export: nothing to suggest from it
            continue
        try:
            for item in reading:
                if item.kind is ItemKind.MESSAGE:
                    continue
                point = item.location
                when = (item.media.taken_at if item.media else None) or item.timestamp
                key = (str(path), item.media.path if item.media and item.media.path else "")
                if key[1]:
                    if key in seen:
                        continue
                    seen.add(key)
                    entry = reading.export.find(key[1])
                    if entry is not None and entry.suffix in IMAGE_SUFFIXES:
                        try:
                            head = reading.export.read_bytes(entry, EXIF_HEAD_BYTES)
                            with Image.open(io.BytesIO(head)) as im:
                                exif = im.getexif()
                            point = exif_mod.gps_point(exif) or point
                            when = exif_mod.taken_at(exif) or when
                        except Exception:  # a photo that cannot be read suggests nothing
                            pass
                if point is not None and when is not None:
                    out.append(
                        item.model_copy(
                            update={"location": point, "timestamp": when, "media": None}
                        )
                    )
        finally:
            reading.close()
    return out


class AuditService:
    """Scans, decisions, history and ticked settings, kept in the store under `state_dir`."""

    def __init__(self, state_dir: Path) -> None:
        self.state_dir = state_dir
        self._store: Store | None = None
        self._lock = threading.RLock()
        # Kept in memory when the store cannot be opened, so triage still works this session.
        self._memory: dict[str, DecisionState] = {}
        self.store_problem: str | None = None
        # The checklist last built, and what it was built from (see checklist()).
        self._changes = 0
        self._checklist: tuple[tuple[object, ...], Checklist | None, str] | None = None
        self.checklist_seconds = 0.0  # how long the last build took

    # -- the store ------------------------------------------------------------------------
    def store(self) -> Store | None:
        with self._lock:
            if self._store is None and self.store_problem is None:
                try:
                    from auditor.store.db import Store

                    self._store = Store.open(self.state_dir)
                except Exception as exc:  # an unusable history must not stop the audit
                    self.store_problem = (
                        f"the audit history cannot be opened ({type(exc).__name__}); "
                        "decisions are kept until you close the app"
                    )
            return self._store

    def _changed(self) -> None:
        with self._lock:
            self._changes += 1

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    # -- scanning -------------------------------------------------------------------------
    def scan(
        self,
        exports: list[Path],
        profile: SchoolProfile,
        on_finding: Callable[[Finding], None],
        on_progress: Callable[[Progress], None],
        on_warning: Callable[[ScanWarning], None],
        cancel: threading.Event,
        on_interrupted: Callable[[bool], None] | None = None,
    ) -> ScanOutcome:
        """Run the audit (call from a worker thread) and record it in the history."""
        from auditor.pipeline import ScanCallbacks, run_scan

        callbacks = ScanCallbacks(
            on_finding=on_finding, on_warning=on_warning, on_progress=on_progress, cancel=cancel
        )
        store = self.store()
        if store is None:
            report = run_scan(exports, profile, callbacks=callbacks)
            return ScanOutcome(report, None, {f.id for f in report.findings}, cancel.is_set())
        from auditor.store.recorder import recorded_scan

        recorded = recorded_scan(
            store,
            exports,
            profile,
            callbacks=callbacks,
            on_interrupted=(lambda _audit, resuming: on_interrupted(resuming))
            if on_interrupted
            else None,
        )
        self._changed()
        statuses = store.audit_statuses(recorded.audit.id)
        new_ids = {fid for fid, status in statuses.items() if status.value == "new"}
        back = {fid for fid, status in statuses.items() if status.value == "reopened"}
        return ScanOutcome(recorded.report, recorded.audit.id, new_ids, cancel.is_set(), back)

    # -- decisions ------------------------------------------------------------------------
    def decisions(self) -> dict[str, DecisionState]:
        store = self.store()
        if store is None:
            return dict(self._memory)
        return {
            t.finding.id: DecisionState(t.decision.value, t.note, t.decided_at)
            for t in store.findings(include_resolved=True)
        }

    def remembered_findings(self) -> list[Finding]:
        """Findings of earlier audits still present (pupil names masked), for a fresh start."""
        store = self.store()
        if store is None:
            return []
        return [t.finding for t in store.findings()]

    def reopened_ids(self) -> set[str]:
        """Findings the last audits found again after they were marked fixed ("back again")."""
        store = self.store()
        if store is None:
            return set()
        return {t.finding.id for t in store.findings() if t.status.value == "reopened"}

    def decide(self, finding_id: str, decision: str, note: str = "") -> DecisionState:
        store = self.store()
        if store is None:
            state = DecisionState(decision, note.strip(), datetime.now())
            self._memory[finding_id] = state
            return state
        from auditor.store.models import Decision

        record = store.decide(finding_id, Decision(decision), note)
        self._changed()
        return DecisionState(record.decision.value, record.note, record.made_at)

    def undo(self, finding_id: str) -> DecisionState:
        store = self.store()
        if store is None:
            self._memory.pop(finding_id, None)
            return DecisionState()
        record = store.undo(finding_id)
        self._changed()
        if record is None:
            return DecisionState()
        return DecisionState(record.decision.value, record.note, record.made_at)

    # -- history --------------------------------------------------------------------------
    def history(self) -> list[AuditRow]:
        """Past audits, oldest first, each with what was still to do after it: its findings
        not decided (fixed, not a problem, permitted) when it ended, or, for the last one, now
        (so the trend moves as the user works through the list)."""
        store = self.store()
        if store is None:
            return []
        audits = [a for a in store.audits() if a.status.value != "running"]
        decisions: dict[str, list[tuple[datetime, datetime | None, str]]] = {}

        def decision_at(fid: str, when: datetime) -> str:
            if fid not in decisions:
                decisions[fid] = [
                    (d.made_at, d.undone_at, d.decision.value) for d in store.decisions(fid)
                ]
            now = "open"
            for made, undone, decision in decisions[fid]:  # in the order they were made
                if made <= when and (undone is None or undone > when):
                    now = decision
            return now

        rows: list[AuditRow] = []
        for i, a in enumerate(audits):
            last = i == len(audits) - 1
            until = datetime.now(UTC) if last else (a.finished_at or a.started_at)
            present = [
                fid
                for fid, status in store.audit_statuses(a.id).items()
                if status.value != "resolved"
            ]
            to_do = sum(1 for fid in present if decision_at(fid, until) == "open")
            rows.append(
                AuditRow(
                    id=a.id,
                    started_at=a.started_at,
                    status=a.status.value,
                    exports=[Path(e.path).name for e in a.exports],
                    findings=a.counts.findings,
                    new=a.counts.new,
                    resolved=a.counts.resolved,
                    open_after=to_do,
                )
            )
        return rows

    # -- places ---------------------------------------------------------------------------
    def place_candidates(self, exports: list[Path]) -> list[PlaceCandidate]:
        """Where the user's own photos suggest the school and home are (call from a worker)."""
        from auditor.detect.media.places import infer_places

        return infer_places(own_placed_items(exports))

    # -- privacy settings ticks -----------------------------------------------------------
    def settings_checked(self) -> set[tuple[str, str]]:
        store = self.store()
        if store is None:
            return set()
        return set(store.settings_checked())

    def set_setting_checked(self, platform: str, check_id: str, checked: bool) -> None:
        store = self.store()
        if store is not None:
            store.set_setting_checked(platform, check_id, checked)
            self._changed()

    # -- the checklist --------------------------------------------------------------------
    def _checklist_key(self, store: Store, now: datetime) -> tuple[object, ...]:
        """What the checklist depends on: this session's changes, the store's files (another
        process, `auditor decide`, may write to it) and the day."""
        stamps: list[object] = []
        for path in (store.path, store.path.with_name(store.path.name + "-wal")):
            try:
                st = path.stat()
                stamps.append((st.st_mtime_ns, st.st_size))
            except OSError:
                stamps.append(None)
        return (self._changes, *stamps, now.date())

    def fresh_checklist(self, now: datetime) -> tuple[Checklist | None, str] | None:
        """The checklist and its Markdown as last built, if nothing has changed since; None
        when it must be built again (checklist())."""
        with self._lock:
            store = self._store
            if store is None or self._checklist is None:
                return None
            key, checklist, markdown = self._checklist
            if key != self._checklist_key(store, now):
                return None
            return checklist, markdown

    def checklist(self, now: datetime) -> tuple[Checklist | None, str]:
        """The checklist built from the history (None without one) and its Markdown; kept
        until something changes, so showing the step again costs nothing."""
        fresh = self.fresh_checklist(now)
        if fresh is not None:
            return fresh
        store = self.store()
        if store is None:
            return None, ""
        from auditor.report.checklist import build_checklist, render_checklist

        start = time.perf_counter()
        with self._lock:
            key = self._checklist_key(store, now)
            checklist = build_checklist(store, now=now)
            markdown = render_checklist(checklist, "markdown") if checklist.last_audit else ""
            self._checklist = (key, checklist, markdown)
        self.checklist_seconds = time.perf_counter() - start
        return checklist, markdown
