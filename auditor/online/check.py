"""The public check: fetch each page, read what it shows, and run the same detectors and the
public-page rules over it.

Each field of the page (headline, bio, intro line, page text…) becomes an `Item` with
`audience = "public_page"` and `source = "public page <url>"`; the rules that look at public
pages are those whose `applies.audience` names "public_page" (`rules/SMP617-PUBLIC-*.toml`), so
export rules never fire here and public-page rules never fire in a scan. One finding per rule
and page, from the most specific field that shows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

import httpx

from auditor import __version__
from auditor.detect.context import DetectionContext
from auditor.detect.engine import DetectionEngine
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.finding import Finding
from auditor.models.item import Item, ItemKind
from auditor.online.classify import classify_page
from auditor.online.fetch import FetchFailure, PageFetcher
from auditor.online.outcome import MEANING, Outcome
from auditor.online.pages import PublicPage, parse_page, platform_for
from auditor.online.report import PageObservations, PageResult, PublicCheckReport
from auditor.profile.schema import SchoolProfile
from auditor.rules.engine import RuleEngine
from auditor.rules.loader import RulePack

PUBLIC_AUDIENCE = "public_page"
HTML_TYPES = ("text/html", "application/xhtml+xml")
BIO_FIELDS = frozenset({"bio", "description", "headline"})
# Most specific first: a finding points at the headline rather than at the whole page text.
FIELD_ORDER = ("headline", "work", "position", "bio", "education", "current_city", "hometown")
SCHOOL_MIN = 0.6
ROLE_MIN = 0.65


def public_rules(pack: RulePack) -> RulePack:
    """The rules that look at public pages (and only those)."""
    rules = [r for r in pack.rules if PUBLIC_AUDIENCE in r.applies.audience]
    return RulePack(rules=rules, sources={r.id: pack.sources.get(r.id, "") for r in rules})


def _rank(name: str) -> int:
    if name in FIELD_ORDER:
        return FIELD_ORDER.index(name)
    return {"description": 20, "title": 21, "page_text": 30}.get(name, 10)


def page_items(page: PublicPage, url: str) -> list[Item]:
    fields = sorted(page.fields, key=lambda f: _rank(f.name))
    return [
        Item(
            platform=page.platform,
            kind=ItemKind.BIO if f.name in BIO_FIELDS else ItemKind.PROFILE_FIELD,
            source=f"public page {url}",
            locator=f.where,
            text=f.text,
            field=f.name,
            audience=PUBLIC_AUDIENCE,
            url=page.url,
            export="public-check",
        )
        for f in fields
    ]


def town_evidence(text: str, profile: SchoolProfile) -> list[Evidence]:
    """The school's town named on the page: with a role, enough to find the school."""
    town = (profile.school.town or "").strip()
    if not town:
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(town)}(?!\w)", re.I)
    return [
        Evidence(
            kind=EvidenceKind.LOCATION,
            text=m.group(0),
            start=m.start(),
            end=m.end(),
            confidence=0.7,
            reason="the school's town (from your profile), on a public page",
            detector="public-page-town",
        )
        for m in pattern.finditer(text)
    ]


class PublicChecker:
    def __init__(self, profile: SchoolProfile, pack: RulePack, fetcher: PageFetcher) -> None:
        self.profile = profile
        self.fetcher = fetcher
        self.detection = DetectionEngine(DetectionContext.from_profile(profile))
        self.rules = RuleEngine.for_profile(public_rules(pack), profile)

    def check(self, url: str) -> PageResult:
        try:
            fetched = self.fetcher.fetch(url, content_types=HTML_TYPES)
        except FetchFailure as exc:
            return PageResult(
                url=url,
                platform=_platform_of(url),
                outcome=exc.outcome,
                could_see=False,
                message=exc.message,
                status=exc.status,
                retry_after=exc.retry_after,
            )
        host = httpx.URL(fetched.final_url).host
        try:
            page = parse_page(fetched.body, fetched.final_url, host, fetched.charset)
        except (RecursionError, ValueError, LookupError):  # a page built to break parsers
            return PageResult(
                url=url,
                final_url=fetched.final_url,
                platform=_platform_of(url),
                outcome=Outcome.NOT_A_PAGE,
                could_see=False,
                message=f"{MEANING[Outcome.NOT_A_PAGE]} (the page could not be read)",
                status=fetched.status,
            )
        outcome = classify_page(page, fetched.final_url, host, fetched.truncated)
        result = PageResult(
            url=url,
            final_url=fetched.final_url,
            platform=page.platform,
            outcome=outcome,
            could_see=outcome.could_see,
            message=MEANING[outcome],
            status=fetched.status,
            truncated=fetched.truncated,
        )
        if outcome.could_see:
            result.observations, result.findings = self.examine(page, url)
        return result

    def examine(self, page: PublicPage, url: str) -> tuple[PageObservations, list[Finding]]:
        items = page_items(page, url)
        obs = PageObservations(profile_photo=page.profile_image)
        findings: dict[str, Finding] = {}
        on_page: set[EvidenceKind] = set()
        for item, evidence in zip(items, self.detection.detect_batch(items), strict=True):
            town = town_evidence(item.text, self.profile)
            evidence = [*evidence, *town]
            field = item.field or ""
            kinds = {e.kind for e in evidence if e.confidence >= _minimum(e.kind)}
            on_page |= kinds
            for shown, seen_in in (
                (EvidenceKind.SCHOOL_NAME in kinds, obs.school_in),
                (EvidenceKind.JOB_TITLE in kinds, obs.role_in),
                (bool(town), obs.town_in),  # the school's town, not any place
            ):
                if shown and field not in seen_in:
                    seen_in.append(field)
            for f in self.rules.evaluate(item, evidence):
                findings.setdefault(f.rule, f)
        return obs, [f for f in findings.values() if not self._excluded(f, on_page)]

    def _excluded(self, finding: Finding, on_page: set[EvidenceKind]) -> bool:
        """A stranger sees the page as a whole: a rule's `none` holds for the whole page (the
        role-only finding gives way when the page names the school anywhere)."""
        rule = self.rules.pack.get(finding.rule)
        return rule is not None and rule.match is not None and bool(set(rule.match.none) & on_page)

    def check_all(
        self, urls: Iterable[str], on_page: Callable[[PageResult], None] | None = None
    ) -> PublicCheckReport:
        report = PublicCheckReport(version=__version__, checked_at=datetime.now(UTC))
        for url in urls:
            result = self.check(url)
            report.add(result)
            if on_page:
                on_page(result)
        return report


def _minimum(kind: EvidenceKind) -> float:
    return {EvidenceKind.SCHOOL_NAME: SCHOOL_MIN, EvidenceKind.JOB_TITLE: ROLE_MIN}.get(kind, 0.6)


def _platform_of(url: str) -> str:
    try:
        return platform_for(httpx.URL(url).host)
    except (httpx.InvalidURL, ValueError):
        return "web"
