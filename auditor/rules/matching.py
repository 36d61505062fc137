"""Whether a rule looks at an item (`applies`) and whether the item's evidence satisfies it
(`match`), with the conversation around it where the rule asks for one."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.item import Item
from auditor.profile.identity import norm_name
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


Around = Mapping[EvidenceKind, float]  # the strongest confidence of each kind near an item


def strongest(evidence: Iterable[Evidence]) -> dict[EvidenceKind, float]:
    """Each kind's highest confidence: what an item (or a conversation) has around it."""
    out: dict[EvidenceKind, float] = {}
    for e in evidence:
        if e.confidence > out.get(e.kind, 0.0):
            out[e.kind] = e.confidence
    return out


def has_context(m: Match, around: Around) -> bool:
    c = m.context
    return c is not None and any(around.get(k, 0.0) >= c.threshold(k) for k in c.any)


def rule_matches(
    rule: Rule,
    evidence: list[Evidence],
    around: Around | None = None,
    *,
    assume_context: bool = False,
) -> list[Evidence] | None:
    """The evidence that satisfies the rule (with its `support`), or None when it does not.
    `around`: what the item's conversation has (for a rule's [match.context]); the item's own
    evidence when not given. `assume_context`: as if the context were there (to know whether an
    item could match once its conversation is read)."""
    m = rule.match
    if m is None:
        return None
    context = False
    if m.context is not None:
        context = assume_context or has_context(
            m, strongest(evidence) if around is None else around
        )
        if m.context.required and not context:
            return None
    strong = _strong(m, evidence)
    weak = m.context.weak_min_confidence if m.context is not None and context else None
    if weak is not None:
        core = m.core_kinds()
        strong = [
            e
            for e in evidence
            if e.confidence >= m.threshold(e.kind) or (e.kind in core and e.confidence >= weak)
        ]
    present = {e.kind for e in strong}
    if any(k in present for k in m.none):
        return None
    if not all(k in present for k in m.all):
        return None
    if not all(any(k in present for k in group) for group in m.any):
        return None
    wanted = m.kinds()
    return merge_evidence(e for e in strong if e.kind in wanted)
