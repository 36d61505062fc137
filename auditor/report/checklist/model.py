"""The checklist as data, built from the audit store; each format renders this one object.

Grouped by platform, then severity. For each open finding: the item (date, a short excerpt with
the evidence marked), where to find it (the permalink when the download has one, otherwise the
app's menus, and the file in the download), the clause and the steps. Then, per platform, the
privacy settings a download cannot show, each a box ticked or not; and the next review date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import PurePosixPath

from auditor.findings.build import PLATFORM_NAMES
from auditor.findings.same_post import post_key
from auditor.models.finding import Severity
from auditor.report.checklist.data import SettingCheck, menu_path, setting_checks
from auditor.report.checklist.excerpt import Segment, excerpt
from auditor.report.checklist.related import RelatedLine, related_lines
from auditor.report.words import masked_path, where_words
from auditor.store.db import Store
from auditor.store.models import AuditRecord, Decision, FindingStatus, TrackedFinding

DEFAULT_INTERVAL_DAYS = 91
PLATFORM_NAMES_ALL = {**PLATFORM_NAMES, "all": "All your accounts"}


@dataclass
class Entry:
    tracked: TrackedFinding
    date: str  # "16 Oct 2026" or "no date"
    segments: list[Segment]
    permalink: str | None
    menu: str
    in_download: str  # file and locator inside the download (pupils' names masked)
    steps: list[str]
    # Other open findings about the same post (its words, its photos): (id, title, clause).
    same_post: list[tuple[str, str, str]] = field(default_factory=list)
    # A conversation finding's other messages (the first few) and how many more there are.
    related: list[RelatedLine] = field(default_factory=list)
    related_more: int = 0
    where: str = ""  # the item in the platform's words ("Photo 3 of the post of 12 May 2025")
    file: str = ""  # the file inside the download (pupils' names masked)

    @property
    def id(self) -> str:
        return self.tracked.finding.id

    @property
    def flag(self) -> str:
        """ "new", "reopened" or "" (still open from an earlier audit)."""
        if self.tracked.reopened or self.tracked.status == FindingStatus.REOPENED:
            return "reopened"
        return "new" if self.tracked.status == FindingStatus.NEW else ""


@dataclass
class SettingBox:
    check: SettingCheck
    checked_at: datetime | None

    @property
    def checked(self) -> bool:
        return self.checked_at is not None


@dataclass
class PlatformSection:
    platform: str
    name: str
    by_severity: dict[Severity, list[Entry]] = field(default_factory=dict)
    awaiting: list[Entry] = field(default_factory=list)  # marked fixed, still in an old download
    decided: list[Entry] = field(default_factory=list)  # not a problem / permitted (with note)
    settings: list[SettingBox] = field(default_factory=list)

    @property
    def open_count(self) -> int:
        return sum(len(v) for v in self.by_severity.values())


@dataclass
class Checklist:
    generated_at: datetime
    last_audit: AuditRecord | None
    next_review: date
    review_overdue: bool
    interval_days: int
    sections: list[PlatformSection]

    @property
    def open_count(self) -> int:
        return sum(s.open_count for s in self.sections)

    @property
    def settings_left(self) -> int:
        return sum(1 for s in self.sections for b in s.settings if not b.checked)


def entry(t: TrackedFinding) -> Entry:
    f = t.finding
    when = f.item.timestamp.strftime("%d %b %Y") if f.item.timestamp else "no date"
    segments = excerpt(f)
    if not segments:  # a photo without a caption, a connection: say what the item is
        label = f.item.title or (PurePosixPath(f.item.media).name if f.item.media else "")
        segments = [Segment(label or f.item.kind.replace("_", " "))]
    related, more = related_lines(f)
    return Entry(
        tracked=t,
        date=when,
        segments=segments,
        permalink=_safe_link(f.item.url),
        menu=menu_path(f.platform, f.item.kind),
        in_download=f"{masked_path(f.item.source, f)} ({f.item.locator})" if f.item.source else "",
        steps=list(f.remediation_steps) or [s for s in f.remediation.splitlines() if s.strip()],
        related=related,
        related_more=more,
        where=where_words(f, file_too=False),
        file=masked_path(f.item.source, f),
    )


def build_checklist(store: Store, now: datetime | None = None) -> Checklist:
    now = now or datetime.now(UTC)
    last = store.last_completed()
    interval = last.review_interval_days if last else DEFAULT_INTERVAL_DAYS
    base = last.started_at if last else now
    next_review = (base + timedelta(days=interval)).date()
    tracked = store.findings()
    checked = store.settings_checked()
    platforms = {t.finding.platform for t in tracked}
    for a in store.audits():
        for e in a.exports:
            platforms.update(e.platforms)
    sections: list[PlatformSection] = []
    for platform in sorted(platforms, key=lambda p: (p == "all", PLATFORM_NAMES_ALL.get(p, p))):
        section = PlatformSection(platform, PLATFORM_NAMES_ALL.get(platform, platform.title()))
        mine = [t for t in tracked if t.finding.platform == platform]
        for sev in Severity:
            items = [entry(t) for t in _ordered(mine) if t.is_open and t.finding.severity == sev]
            if items:
                section.by_severity[sev] = items
        section.awaiting = [entry(t) for t in _ordered(mine) if t.decision == Decision.FIXED]
        section.decided = [
            entry(t)
            for t in _ordered(mine)
            if t.decision in (Decision.NOT_A_PROBLEM, Decision.PERMITTED)
        ]
        section.settings = [
            SettingBox(c, checked.get((platform, c.id))) for c in setting_checks(platform)
        ]
        if section.open_count or section.awaiting or section.decided or section.settings:
            sections.append(section)
    _link_same_post([e for s in sections for v in s.by_severity.values() for e in v])
    return Checklist(
        generated_at=now,
        last_audit=last,
        next_review=next_review,
        review_overdue=last is not None and now.date() >= next_review,
        interval_days=interval,
        sections=sections,
    )


def _link_same_post(entries: list[Entry]) -> None:
    """Each open entry names the other open entries about the same post (grouped by the
    post's key: a long checklist must not compare every pair)."""
    by_post: dict[tuple[str, str, str, str], list[Entry]] = {}
    for e in entries:
        by_post.setdefault(post_key(e.tracked.finding), []).append(e)
    for group in by_post.values():
        for e in group:
            e.same_post = [
                (o.id, o.tracked.finding.title or o.tracked.finding.rule, o.tracked.finding.clause)
                for o in group
                if o is not e
            ]


def _safe_link(url: str | None) -> str | None:
    """Only web links: a download could carry any string, and the HTML makes links of it."""
    if url and url.startswith(("https://", "http://")) and not any(c.isspace() for c in url):
        return url
    return None


def _ordered(items: list[TrackedFinding]) -> list[TrackedFinding]:
    """Reopened first, then the most public, then newest."""
    oldest = datetime(1970, 1, 1, tzinfo=UTC)
    return sorted(
        items,
        key=lambda t: (
            not t.reopened,
            t.finding.visibility,
            -(t.finding.item.timestamp or oldest).timestamp(),
            t.finding.id,
        ),
    )
