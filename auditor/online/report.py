"""The public-check report: per page, whether it could be seen, what it shows, its findings.

Kept apart from the scan report (`auditor.models.report.ScanReport`): these findings come from
what a stranger sees on the live page, not from the user's downloads, and say so.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from pydantic import BaseModel, Field

from auditor.findings.build import PLATFORM_NAMES
from auditor.models.finding import Finding
from auditor.online.outcome import Outcome

NOTE = (
    "These findings come from your public profile pages as a logged-out stranger sees them, "
    "not from your downloads. A page that could not be seen was not checked: "
    "'could not see' never means 'nothing found'."
)


class PageObservations(BaseModel):
    """What the page shows, field by field (the field names where each was seen)."""

    school_in: list[str] = Field(default_factory=list)
    role_in: list[str] = Field(default_factory=list)
    town_in: list[str] = Field(default_factory=list)
    profile_photo: str | None = None  # how a profile photo was seen, when one is shown


class PageResult(BaseModel):
    url: str
    final_url: str | None = None
    platform: str = "web"
    outcome: Outcome
    could_see: bool
    message: str
    status: int | None = None
    retry_after: int | None = None  # seconds the site asked to wait (rate limiting)
    truncated: bool = False
    observations: PageObservations | None = None  # only for pages that could be seen
    findings: list[Finding] = Field(default_factory=list)


class PublicCheckSummary(BaseModel):
    pages: int = 0
    seen: int = 0
    could_not_see: int = 0
    findings: int = 0
    by_clause: dict[str, int] = Field(default_factory=dict)


class PublicCheckReport(BaseModel):
    """The `public-check --format json` object."""

    tool: str = "staff-profile-auditor"
    check: str = "public-check"
    version: str = ""
    checked_at: datetime
    note: str = NOTE
    summary: PublicCheckSummary = Field(default_factory=PublicCheckSummary)
    pages: list[PageResult] = Field(default_factory=list)

    def add(self, page: PageResult) -> None:
        self.pages.append(page)
        s = self.summary
        s.pages = len(self.pages)
        s.seen = sum(p.could_see for p in self.pages)
        s.could_not_see = s.pages - s.seen
        findings = [f for p in self.pages for f in p.findings]
        s.findings = len(findings)
        s.by_clause = dict(sorted(Counter(f.clause for f in findings).items()))


def _yes(fields: list[str]) -> str:
    return f"yes ({', '.join(f.replace('_', ' ') for f in fields)})" if fields else "no"


def render_text(report: PublicCheckReport) -> str:
    out = [
        f"What a stranger can see: public-check, {report.checked_at:%d %B %Y %H:%M} UTC",
        report.note,
        "",
    ]
    for n, page in enumerate(report.pages, start=1):
        out.append(f"{n}. {page.url}  ({PLATFORM_NAMES.get(page.platform, 'web page')})")
        if page.final_url and page.final_url != page.url:
            out.append(f"   Reached: {page.final_url}")
        out.append(f"   {page.message[0].upper()}{page.message[1:]}.")
        obs = page.observations
        if obs is not None:
            out.append(f"   Shows the school: {_yes(obs.school_in)}")
            out.append(f"   Shows a school role: {_yes(obs.role_in)}")
            out.append(f"   Shows the school's town: {_yes(obs.town_in)}")
            photo = f"yes, {obs.profile_photo}" if obs.profile_photo else "none seen"
            out.append(f"   Profile photo: {photo}")
            if not page.findings:
                out.append("   No policy problems in what could be seen.")
        for f in page.findings:
            out.append(f"   [{f.severity.value.upper()}] clause {f.clause}: {f.title}")
            out.append(f"      {f.explanation}")
            out.append("      What to do:")
            out.extend(f"        {i}. {step}" for i, step in enumerate(f.remediation_steps, 1))
        out.append("")
    s = report.summary
    out.append(
        f"{s.pages} page(s): {s.seen} seen, {s.could_not_see} could not be seen; "
        f"{s.findings} finding(s)."
    )
    return "\n".join(out) + "\n"


def render_json(report: PublicCheckReport) -> str:
    return report.model_dump_json(indent=2) + "\n"
