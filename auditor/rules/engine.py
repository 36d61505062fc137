"""Applies the active rules to one item and its evidence.

A rule looks at an item when `applies` fits it (kind, platform, field, media, place, audience,
author), and matches when the item's evidence satisfies `match`. A match gives exactly one
finding per item and rule, carrying all the evidence that made it (deduplicated), so the same
problem is listed once however many detectors saw it.
"""

from __future__ import annotations

from collections.abc import Iterable

from auditor.findings.build import build_finding
from auditor.models.evidence import Evidence
from auditor.models.finding import Finding
from auditor.models.item import Item
from auditor.profile.identity import norm_name, norm_names
from auditor.profile.schema import SchoolProfile
from auditor.rules.loader import RulePack
from auditor.rules.schema import UNKNOWN_AUDIENCE, Match, Rule


def is_own(item: Item, own_names: frozenset[str]) -> bool:
    """Written by the user: no author recorded (the user's own posts and fields in their own
    download), or an author that is one of the user's names (`own_names`, already through
    `norm_name`: a WhatsApp display name "Jane 🌻" or a username "@jsmith" is compared in the
    same form)."""
    return item.author is None or norm_name(item.author) in own_names


def rule_applies(rule: Rule, item: Item, own_names: frozenset[str] = frozenset()) -> bool:
    if rule.trigger != "item":
        return False
    a = rule.applies
    if a.kinds and item.kind not in a.kinds:
        return False
    if a.platforms and item.platform not in a.platforms:
        return False
    if a.fields and (item.field or "") not in a.fields:
        return False
    if a.has_media is not None and (item.media is not None) != a.has_media:
        return False
    if a.has_location is not None and (item.location is not None) != a.has_location:
        return False
    audience = item.audience or UNKNOWN_AUDIENCE
    if a.audience and audience not in a.audience:
        return False
    if audience in a.audience_not:
        return False
    return a.author is None or is_own(item, own_names) == (a.author == "self")


def _strong(m: Match, evidence: Iterable[Evidence]) -> list[Evidence]:
    return [e for e in evidence if e.confidence >= m.threshold(e.kind)]


def _merge_key(e: Evidence) -> tuple[object, ...]:
    if e.end > e.start:  # a span of the text: two detectors finding it are one evidence
        return (e.kind.value, e.start, e.end, e.text.casefold())
    # A signal without a span (a face, a place): distinct ones are kept (two faces are two).
    return (e.kind.value, e.text.casefold(), e.reason, e.detector)


def merge_evidence(evidence: Iterable[Evidence]) -> list[Evidence]:
    """One evidence per kind and span (the most confident), in the order of the text."""
    best: dict[tuple[object, ...], Evidence] = {}
    for e in evidence:
        key = _merge_key(e)
        if key not in best or e.confidence > best[key].confidence:
            best[key] = e
    return sorted(best.values(), key=lambda e: (e.start, e.end, e.kind.value))


def rule_matches(rule: Rule, evidence: list[Evidence]) -> list[Evidence] | None:
    """The evidence that satisfies the rule (with its `support`), or None when it does not."""
    m = rule.match
    if m is None:
        return None
    strong = _strong(m, evidence)
    present = {e.kind for e in strong}
    if any(k in present for k in m.none):
        return None
    if not all(k in present for k in m.all):
        return None
    if not all(any(k in present for k in group) for group in m.any):
        return None
    wanted = m.kinds()
    return merge_evidence(e for e in strong if e.kind in wanted)


def own_names(profile: SchoolProfile | None) -> frozenset[str]:
    """The user's names, normalised: the profile's `name` and its `other_names`."""
    if profile is None:
        return frozenset()
    return norm_names(profile.you.all_names)


class RuleEngine:
    def __init__(self, pack: RulePack, own_names: Iterable[str] = ()) -> None:
        self.pack = pack
        self.rules = [r for r in pack.active if r.trigger == "item"]
        self.own_names = norm_names(own_names)
        self._seen: set[str] = set()  # ids of conversation findings already given

    @classmethod
    def for_profile(cls, pack: RulePack, profile: SchoolProfile | None) -> RuleEngine:
        """The engine for one user: knows their names, to tell their own messages apart."""
        return cls(pack, own_names(profile))

    def evaluate(
        self, item: Item, evidence: list[Evidence], also_own: frozenset[str] = frozenset()
    ) -> list[Finding]:
        """The findings for one item. `also_own`: more names of the user (normalised), e.g. the
        username the download's own account goes by."""
        own = self.own_names | also_own if also_own else self.own_names
        findings = []
        for rule in self.rules:
            if not rule_applies(rule, item, own):
                continue
            used = rule_matches(rule, evidence)
            if used is None:
                continue
            finding = build_finding(rule, item, used)
            if rule.group == "conversation":
                if finding.id in self._seen:
                    continue  # the conversation already has its finding
                self._seen.add(finding.id)
            findings.append(finding)
        return findings

    def authorship_matters(
        self, item: Item, evidence: list[Evidence], also_own: frozenset[str] = frozenset()
    ) -> bool:
        """Would this item's findings change if its author turned out to be the user? Only
        for items with an author not (yet) known as the user's, and a rule that matches the
        evidence and asks who wrote it."""
        if item.author is None:
            return False
        own = self.own_names | also_own
        author = norm_name(item.author)
        if author in own:
            return False
        as_own = own | {author}
        return any(
            rule_applies(rule, item, own) != rule_applies(rule, item, as_own)
            and rule_matches(rule, evidence) is not None
            for rule in self.rules
            if rule.applies.author is not None
        )
