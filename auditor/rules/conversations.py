"""Conversations: what a thread says as a whole, and one finding for it that shows every message.

A message is judged with its conversation around it: a number given in a chat with a parent
is a problem when a pupil was talked about three messages earlier; a first name alone is a
pupil in a chat about school, not in a chat with family. So messages that may match a rule
which looks at conversations (`group = "conversation"`, or a `[match.context]`) are held until
the download has been read, together with the strongest evidence of each kind that every
message of the conversation carried. Then each conversation rule gives one finding per
conversation, led by the message that matters most (the surest evidence, with school words
beside it, written by the user), with every other matching message listed, oldest first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from auditor.findings.build import DEFAULT_CHANNELS, build_finding, finding_item
from auditor.findings.ids import conversation_key
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.finding import Finding, RelatedItem
from auditor.models.item import Item, ItemKind
from auditor.rules.matching import rule_matches, strongest
from auditor.rules.schema import Rule

# Evidence that puts a message in a school setting, for choosing the lead message.
SCHOOL_WORDS = frozenset(
    {
        EvidenceKind.SCHOOL_CONTEXT,
        EvidenceKind.SCHOOL_NAME,
        EvidenceKind.JOB_TITLE,
        EvidenceKind.CONFIDENTIAL_TOPIC,
    }
)
_EARLIEST = datetime.min.replace(tzinfo=UTC)


def conversation_of(item: Item) -> str | None:
    """The key of the conversation a message belongs to (None for anything else)."""
    return conversation_key(item) if item.kind is ItemKind.MESSAGE else None


def looks_at_conversations(rule: Rule) -> bool:
    return rule.group == "conversation" or (
        rule.match is not None and rule.match.context is not None
    )


@dataclass
class Candidate:
    order: int  # reading order, for messages with no time
    item: Item
    evidence: list[Evidence]
    own: bool

    def strength(self, rule: Rule, used: list[Evidence]) -> tuple[float, bool, bool, int]:
        core = rule.match.core_kinds() if rule.match else set()
        sure = max((e.confidence for e in used if e.kind in core), default=0.0)
        school = any(e.kind in SCHOOL_WORDS for e in self.evidence)
        return (round(sure, 2), school, self.own, -self.order)

    def when(self) -> tuple[datetime, int]:
        return (self.item.timestamp or _EARLIEST, self.order)


@dataclass
class Conversations:
    """One download's conversations, held for the rules that look at them."""

    around: dict[str, dict[EvidenceKind, float]] = field(default_factory=dict)
    held: dict[tuple[str, str], list[Candidate]] = field(default_factory=dict)
    rules: dict[str, Rule] = field(default_factory=dict)
    _order: int = 0

    def note(self, key: str, evidence: list[Evidence]) -> None:
        """What one message of the conversation carries."""
        seen = self.around.setdefault(key, {})
        for kind, confidence in strongest(evidence).items():
            if confidence > seen.get(kind, 0.0):
                seen[kind] = confidence

    def hold(self, rule: Rule, key: str, item: Item, evidence: list[Evidence], own: bool) -> None:
        self._order += 1
        self.rules[rule.id] = rule
        self.held.setdefault((rule.id, key), []).append(Candidate(self._order, item, evidence, own))

    def finish(self, channels: str = DEFAULT_CHANNELS) -> list[Finding]:
        """The findings of every held conversation, now that all its messages are known."""
        held, self.held = self.held, {}
        around, self.around = self.around, {}
        findings: list[Finding] = []
        for (rule_id, key), candidates in held.items():
            rule = self.rules[rule_id]
            matched = [
                (c, used)
                for c in candidates
                if (used := rule_matches(rule, c.evidence, around.get(key, {}))) is not None
            ]
            if not matched:
                continue
            if rule.group != "conversation":
                findings.extend(
                    build_finding(rule, c.item, used, channels=channels) for c, used in matched
                )
                continue
            lead, lead_used = max(matched, key=lambda m: m[0].strength(rule, m[1]))
            others = sorted((m for m in matched if m[0] is not lead), key=lambda m: m[0].when())
            findings.append(
                build_finding(
                    rule, lead.item, lead_used, [related(c, u) for c, u in others], channels
                )
            )
        return findings


def related(c: Candidate, used: list[Evidence]) -> RelatedItem:
    return RelatedItem(item=finding_item(c.item), evidence=used, author_is_you=c.own)
