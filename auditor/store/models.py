"""What the store hands out: audits, tracked findings and decisions, as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from auditor.models.finding import Finding


class Decision(StrEnum):
    """What the user decided about a finding. `open` is the default (nothing decided)."""

    OPEN = "open"
    FIXED = "fixed"
    NOT_A_PROBLEM = "not_a_problem"
    PERMITTED = "permitted"  # with a note: who permitted it, e.g. the Headteacher under 6.7

    @property
    def label(self) -> str:
        return {
            "open": "to do",
            "fixed": "fixed",
            "not_a_problem": "not a problem",
            "permitted": "permitted",
        }[self.value]


class FindingStatus(StrEnum):
    """A finding's place in the audit history, as of one audit."""

    NEW = "new"  # first seen in this audit
    OPEN = "open"  # seen before and still there ("still open")
    REOPENED = "reopened"  # was fixed or gone, and a newer download has it again
    RESOLVED = "resolved"  # no longer appears in a download of its platform


class AuditStatus(StrEnum):
    RUNNING = "running"
    COMPLETED = "completed"
    INTERRUPTED = "interrupted"  # the process stopped (crash, kill, Ctrl-C) before the end
    CANCELLED = "cancelled"  # stopped on purpose; the results are partial


@dataclass
class AuditCounts:
    findings: int = 0
    new: int = 0
    open: int = 0  # still open: seen before and found again
    resolved: int = 0
    reopened: int = 0


@dataclass
class ExportRecord:
    path: str  # as the user gave it (also Item.export)
    fingerprint: str  # changes when the download changes
    platforms: list[str] = field(default_factory=list)


@dataclass
class AuditRecord:
    id: int
    started_at: datetime
    finished_at: datetime | None
    status: AuditStatus
    exports: list[ExportRecord]
    profile_name: str
    profile_fingerprint: str
    rules_version: str
    detector_version: str
    tool_version: str
    review_interval_days: int
    items_done: int
    counts: AuditCounts
    resumed: int = 0  # how many times an interrupted run of it was resumed


@dataclass
class DecisionRecord:
    finding_id: str
    decision: Decision
    note: str
    made_at: datetime
    by: str  # "you" (the user) or "audit" (the auditor reopened it)
    undone_at: datetime | None = None


@dataclass
class TrackedFinding:
    """A finding as the store knows it: the latest version of it, its history and decision."""

    finding: Finding
    status: FindingStatus  # as of the latest audit that covered its platform
    decision: Decision
    note: str
    decided_at: datetime | None
    first_seen: datetime
    last_seen: datetime
    first_audit: int
    last_audit: int
    reopened: bool  # flagged: it came back after being fixed or gone

    @property
    def is_open(self) -> bool:
        """Still to deal with: present and not decided otherwise."""
        return self.status != FindingStatus.RESOLVED and self.decision == Decision.OPEN
