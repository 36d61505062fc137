"""What the app knows during one sitting: the profile, the chosen exports, the scan and findings.

Plain data, no widgets: screens read it when they are shown and when the app says it changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.models.finding import Finding
from auditor.models.report import ScanWarning
from auditor.profile.schema import SchoolProfile
from tui.services import AuditService, DecisionState

if TYPE_CHECKING:
    from auditor.report.coverage import Coverage

Clock = Callable[[], datetime]


def platform_name(key: str) -> str:
    """The platform's name as people write it ("X (Twitter)"), from the engine's own table."""
    from auditor.report.checklist.model import PLATFORM_NAMES_ALL  # not needed for a first frame

    return PLATFORM_NAMES_ALL.get(key, key.replace("_", " ").title())


def counted(n: int, one: str, many: str | None = None) -> str:
    """ "1 file", "2 files" (never "1 files" nor "file(s)")."""
    return f"{n} {one}" if n == 1 else f"{n} {many or one + 's'}"


@dataclass
class ExportChoice:
    """An export the user added, and what a first look at it found."""

    path: Path
    platforms: list[str] = field(default_factory=list)
    files: int = 0
    readable: int = 0  # data files a reader reads (posts, messages, profile…)
    photos: int = 0  # photos and videos (looked at through the items that show them)
    problem: str | None = None
    checking: bool = True

    @property
    def label(self) -> str:
        """ "Instagram: 5 data files, 14 photos and videos" (photos are not unreadable files)."""
        if self.checking:
            return "checking…"
        if self.problem:
            return self.problem
        if not self.platforms:
            return f"no files this tool can read ({counted(self.files, 'file')})"
        names = ", ".join(platform_name(p) for p in self.platforms)
        parts = [counted(self.readable, "data file")]
        if self.photos:
            parts.append(counted(self.photos, "photo or video", "photos and videos"))
        other = self.files - self.readable - self.photos
        if other > 0:
            parts.append(f"{counted(other, 'other file')} not needed")
        return f"{names}: {', '.join(parts)} to check"


@dataclass
class ExportProgress:
    export: str
    stage: str = "waiting"  # waiting | reading | text | done | stopped (cancelled, failed)
    files_done: int = 0
    files_total: int = 0
    items: int = 0
    findings: int = 0
    photos_done: int = 0  # the media stage: photos and videos looked at, of those in the export
    photos_total: int = 0
    photos_eta: float | None = None  # seconds left, as the media stage estimates it
    note: str = ""  # why it was not checked, when it was not


@dataclass
class ScanState:
    started_at: datetime
    exports: dict[str, ExportProgress]
    running: bool = True
    cancelled: bool = False
    finished_at: datetime | None = None
    failure: str | None = None
    warnings: list[ScanWarning] = field(default_factory=list)
    coverage: Coverage | None = None  # what was checked and what not, once the scan ended

    @property
    def fraction(self) -> float:
        """Done so far, 0..1, by files read across all exports (finished exports count whole)."""
        total = sum(max(p.files_total, 1) for p in self.exports.values())
        done = sum(
            max(p.files_total, 1) if p.stage == "done" else p.files_done
            for p in self.exports.values()
        )
        return done / total if total else 0.0

    def eta_seconds(self, now: datetime) -> float | None:
        frac = self.fraction
        if not self.running or (frac <= 0.02 and not self._photo_etas()):
            return None
        elapsed = (now - self.started_at).total_seconds()
        by_files = elapsed * (1 - frac) / frac if frac > 0.02 else 0.0
        return max([by_files, *self._photo_etas(), 0.0])

    def _photo_etas(self) -> list[float]:
        return [p.photos_eta for p in self.exports.values() if p.photos_eta is not None]

    @property
    def items(self) -> int:
        return sum(p.items for p in self.exports.values())


@dataclass
class Session:
    state_dir: Path
    profile_path: Path
    service: AuditService
    clock: Clock
    profile: SchoolProfile | None = None
    profile_problem: str | None = None
    exports: list[ExportChoice] = field(default_factory=list)
    scan: ScanState | None = None
    findings: list[Finding] = field(default_factory=list)
    new_ids: set[str] = field(default_factory=set)
    back_ids: set[str] = field(default_factory=set)  # marked fixed, and found again since
    decisions: dict[str, DecisionState] = field(default_factory=dict)
    last_export_dir: Path | None = None
    show_finding: str | None = None  # the finding the Findings step should open at

    def decision_of(self, finding_id: str) -> DecisionState:
        return self.decisions.get(finding_id, DecisionState())

    def open_findings(self) -> list[Finding]:
        return [f for f in self.findings if self.decision_of(f.id).decision == "open"]
