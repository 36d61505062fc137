"""Applies the active rules to one item and its evidence.

A rule looks at an item when `applies` fits it (kind, platform, field, media, place, audience,
author), and matches when the item's evidence satisfies `match`. A match gives exactly one
finding per item and rule, carrying all the evidence that made it (deduplicated), so the same
problem is listed once however many detectors saw it.
"""

from __future__ import annotations

from collections.abc import Iterable

from auditor.findings.build import DEFAULT_CHANNELS, build_finding
from auditor.models.evidence import Evidence
from auditor.models.finding import Finding
from auditor.models.item import Item
from auditor.profile.identity import norm_name, norm_names
from auditor.profile.schema import SchoolProfile
from auditor.rules.conversations import Conversations, conversation_of, looks_at_conversations
from auditor.rules.loader import RulePack
from auditor.rules.matching import is_own, merge_evidence, rule_applies, rule_matches

__all__ = ["RuleEngine", "is_own", "merge_evidence", "own_names", "rule_applies", "rule_matches"]


def own_names(profile: SchoolProfile | None) -> frozenset[str]:
    """The user's names, normalised: the profile's `name` and its `other_names`."""
    if profile is None:
        return frozenset()
    return norm_names(profile.you.all_names)


class RuleEngine:
    def __init__(
        self, pack: RulePack, own_names: Iterable[str] = (), channels: str = DEFAULT_CHANNELS
    ) -> None:
        self.pack = pack
        self.channels = channels  # the school's official channels, for the steps
        self.rules = [r for r in pack.active if r.trigger == "item"]
        self.own_names = norm_names(own_names)
        self._conversations = Conversations()
        self._given: set[str] = set()  # ids of conversation findings already given

    @classmethod
    def for_profile(cls, pack: RulePack, profile: SchoolProfile | None) -> RuleEngine:
        """The engine for one user: knows their names, to tell their own messages apart."""
        channels = profile.school.channels_words if profile is not None else DEFAULT_CHANNELS
        return cls(pack, own_names(profile), channels)

    def evaluate(
        self, item: Item, evidence: list[Evidence], also_own: frozenset[str] = frozenset()
    ) -> list[Finding]:
        """The findings for one item. `also_own`: more names of the user (normalised), e.g. the
        username the download's own account goes by. A message that a conversation rule may
        match is held: its findings come from `finish`, once its conversation is known."""
        own = self.own_names | also_own if also_own else self.own_names
        key = conversation_of(item)
        if key is not None:
            self._conversations.note(key, evidence)
        findings = []
        for rule in self.rules:
            if not rule_applies(rule, item, own):
                continue
            if key is not None and looks_at_conversations(rule):
                if rule_matches(rule, evidence, assume_context=True) is not None:
                    self._conversations.hold(rule, key, item, evidence, is_own(item, own))
                continue
            used = rule_matches(rule, evidence)
            if used is None:
                continue
            findings.append(build_finding(rule, item, used, channels=self.channels))
        return findings

    def finish(self) -> list[Finding]:
        """The findings of the conversations held so far (at the end of a download). A
        conversation seen in an earlier download (the same thread in two downloads) keeps the
        finding it was first given."""
        out = []
        for f in self._conversations.finish(self.channels):
            if f.id in self._given:
                continue
            self._given.add(f.id)
            out.append(f)
        return out

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
