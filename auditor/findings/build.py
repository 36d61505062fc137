"""Turns a matched rule into a finding: the plain-English explanation and the platform's steps."""

from __future__ import annotations

from datetime import datetime

from auditor.findings.ids import conversation_finding_id, finding_id
from auditor.findings.ordering import visibility
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.finding import Finding, FindingItem, RelatedItem
from auditor.models.item import Item
from auditor.profile.schema import SchoolSection
from auditor.rules.schema import Rule

PLATFORM_NAMES = {
    "facebook": "Facebook",
    "instagram": "Instagram",
    "x": "X (Twitter)",
    "linkedin": "LinkedIn",
    "tiktok": "TikTok",
    "whatsapp": "WhatsApp",
    "google_photos": "Google Photos",
    "youtube": "YouTube",
    "snapchat": "Snapchat",
    "reddit": "Reddit",
    "pinterest": "Pinterest",
    "tumblr": "Tumblr",
    "flickr": "Flickr",
}

EVIDENCE_WORDS = {
    EvidenceKind.SCHOOL_NAME: "the school's name",
    EvidenceKind.JOB_TITLE: "a school job title",
    EvidenceKind.PUPIL_NAME: "the name of a pupil",
    EvidenceKind.CHILD_NAME: "a child's name",
    EvidenceKind.PERSON_NAME: "a person's name",
    EvidenceKind.HOME_ADDRESS: "a home address",
    EvidenceKind.POSTCODE: "a postcode",
    EvidenceKind.PHONE: "a phone number",
    EvidenceKind.EMAIL: "an email address",
    EvidenceKind.LOCATION_NEAR_SCHOOL: "a location near the school",
    EvidenceKind.LOCATION_NEAR_HOME: "a location near your home",
    EvidenceKind.LOCATION: "a location",
    EvidenceKind.FACE: "people's faces",
    EvidenceKind.TEXT_IN_IMAGE: "writing in the picture",
    EvidenceKind.PUPIL_CONNECTION: "a pupil among your connections",
    EvidenceKind.SCHOOL_CONTEXT: "talk of school life",
    EvidenceKind.NEGATIVE_REMARK: "a negative remark",
    EvidenceKind.CONFIDENTIAL_TOPIC: "a confidential school matter",
    EvidenceKind.SCHOOL_GROUP: "a school group",
}

KIND_WORDS = {
    "post": "post",
    "comment": "comment",
    "message": "message",
    "profile_field": "profile field",
    "connection": "connection",
    "group": "group",
    "media": "photo or video",
    "bio": "bio",
}


def day_words(when: datetime) -> str:
    """'16 October 2026' (no leading zero)."""
    return f"{when.day} {when:%B %Y}"


def _name(item: Item) -> str:
    """A group's or thread's name, for templates (never used for connections: pupils' names)."""
    name = item.title or item.text.split("\n", 1)[0]
    return name if len(name) <= 80 else name[:79] + "…"


def describe_item(item: Item) -> str:
    """The item in words: 'profile field "work"', 'bio', 'post', 'photo or video'."""
    kind = KIND_WORDS.get(item.kind.value, item.kind.value)
    if item.kind.value == "profile_field" and item.field:
        return f'{kind} "{item.field.replace("_", " ")}"'
    return kind


def describe_evidence(evidence: list[Evidence]) -> str:
    """ "the school's name ("St Clement's") and a school job title ("Year 4 teacher")"; several
    of one kind are said once ("a confidential school matter ("EHCP", "referral")", "the names
    of 2 pupils"), never the same words three times."""
    by_kind: dict[EvidenceKind, list[str]] = {}
    hidden: dict[EvidenceKind, set[str]] = {}
    for e in evidence:
        shown = by_kind.setdefault(e.kind, [])
        if e.sensitive or not e.text.strip():
            # Pupil names are not repeated in the explanation; the item itself shows them.
            hidden.setdefault(e.kind, set()).add(e.text.casefold())
        elif e.text.strip() not in shown:
            shown.append(e.text.strip())
    parts: list[str] = []
    for kind, texts in by_kind.items():
        words = EVIDENCE_WORDS.get(kind, kind.value.replace("_", " "))
        n_hidden = len(hidden.get(kind, ()))
        if n_hidden > 1 and not texts and kind in _COUNTED:
            parts.append(_COUNTED[kind].format(n=n_hidden))
            continue
        quoted = ", ".join(f'"{t}"' for t in texts[:3]) + (", …" if len(texts) > 3 else "")
        parts.append(words + (f" ({quoted})" if quoted else ""))
    if len(parts) > 4:
        parts = [*parts[:4], f"{len(parts) - 4} more"]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


# Several hidden pieces of one kind, counted ("the names of 3 pupils").
_COUNTED = {
    EvidenceKind.PUPIL_NAME: "the names of {n} pupils",
    EvidenceKind.CHILD_NAME: "the names of {n} children",
    EvidenceKind.PUPIL_CONNECTION: "{n} pupils among your connections",
    EvidenceKind.FACE: "people's faces",
}


def _fill(template: str, values: dict[str, str]) -> str:
    """A step with its placeholders filled; a step a school wrote with stray braces stays as is."""
    if "{" not in template:
        return template
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def finding_item(item: Item) -> FindingItem:
    """The item as the CLI's JSON contract names it."""
    return FindingItem(
        kind=item.kind.value,
        source=item.source,
        locator=item.locator,
        timestamp=item.timestamp,
        text=item.text,
        media=item.media.path if item.media else None,
        field=item.field,
        title=item.title,
        url=item.url,
        export=item.export,
        post=item.post,
    )


def _others(related: list[RelatedItem]) -> str:
    """' 3 more messages in it do too.' or ''."""
    if not related:
        return ""
    n = len(related)
    return (
        f" {n} more {'message' if n == 1 else 'messages'} in it {'does' if n == 1 else 'do'} too."
    )


DEFAULT_CHANNELS = SchoolSection(name="-").channels_words


def build_finding(
    rule: Rule,
    item: Item,
    evidence: list[Evidence],
    related: list[RelatedItem] | None = None,
    channels: str = DEFAULT_CHANNELS,
) -> Finding:
    """`related`: for a conversation finding, its other messages with evidence, oldest first.
    `channels`: the school's official channels in words (the profile's `official_channels`)."""
    related = related or []
    platform = PLATFORM_NAMES.get(item.platform, item.platform.title())
    values = {
        "platform": platform,
        "field": (item.field or "").replace("_", " "),
        "kind": KIND_WORDS.get(item.kind.value, item.kind.value),
        "evidence": describe_evidence(evidence),
        "where": f"{item.source} ({item.locator})",
        "date": day_words(item.timestamp) if item.timestamp else "an unknown date",
        "dated": f" ({day_words(item.timestamp)})" if item.timestamp else "",
        "name": _name(item),
        "item": describe_item(item),
        "clause": rule.clause,
        "quote": rule.doc.quote,
        "title": item.title or "",
        "others": _others(related),
        "channels": channels,
    }
    try:
        explanation = " ".join(rule.doc.explanation.format(**values).split())
    except (KeyError, IndexError, ValueError):
        # A school's template with a mistake in it: plain words rather than no finding.
        found = f" It contains {values['evidence']}." if values["evidence"] else ""
        explanation = f"{rule.title}.{found}"
    steps = [_fill(s, values) for s in rule.steps_for(item.platform, item.kind.value)]
    return Finding(
        id=conversation_finding_id(item, rule.id)
        if rule.group == "conversation"
        else finding_id(item, rule.id),
        rule=rule.id,
        clause=rule.clause,
        severity=rule.severity,
        platform=item.platform,
        item=finding_item(item),
        evidence=sorted(evidence, key=lambda e: (e.start, e.end)),
        explanation=explanation,
        remediation="\n".join(steps),
        title=rule.title,
        remediation_steps=steps,
        visibility=visibility(item),
        related=related,
    )
