"""Every item rule's steps fit the kind of item they are shown with (issue 15, "Confuses").

The table below walks every item rule x every platform x every kind of item that platform's
readers give (and the rule can match), takes `rule.steps_for(platform, kind)` as a finding
would, and fails when a step leads to another kind's menu: a post's "Edit post" shown for a
profile field, "Bio" for a photo, "Unsend" for a post. A step that says whom it is for
("For a comment: …", "If the photo is in a chat, …") may name another kind's menu: it is
skipped. For profile fields it also walks the fields each platform gives, and fails when a step
leads only to another field's section (a Facebook email field sent to "Work and education").
"""

from __future__ import annotations

import re

import pytest

from auditor.models.item import ItemKind
from auditor.rules.loader import load_rule_pack
from auditor.rules.schema import PLATFORMS, Rule

PACK = load_rule_pack()

# What each platform's readers (auditor/sources/readers/*) give. A photo or video is always a
# `media` item (a photo of a post, of an album, of a chat); the public check
# (auditor/online) gives profile fields and bios only.
PLATFORM_KINDS: dict[str, set[str]] = {
    p: set(kinds.split())
    for p, kinds in {
        "facebook": "post comment message group connection profile_field bio media",
        "instagram": "post comment message group connection profile_field bio media",
        "x": "post comment message connection profile_field bio media",
        "linkedin": "post comment message connection profile_field bio",
        "tiktok": "post comment message connection profile_field bio",
        "whatsapp": "message group media",
        "youtube": "post comment connection profile_field media",
        "snapchat": "post message connection profile_field bio media",
        "reddit": "post comment message group",
        "pinterest": "post profile_field bio",
        "tumblr": "post media",
        "flickr": "post profile_field bio media",
        "google_photos": "media",
    }.items()
}
assert set(PLATFORM_KINDS) == set(PLATFORMS)

# The profile fields the readers give, per platform (the rule's `applies.fields` narrows them).
PLATFORM_FIELDS: dict[str, set[str]] = {
    p: set(fields.split())
    for p, fields in {
        "facebook": "work education current_city hometown places_lived address phone email"
        " website family relationship username",
        "linkedin": "headline position education location address postcode industry website"
        " twitter messenger phone email skill recommendation",
    }.items()
}

# The menus that give a kind of item away. A marker of one family in a step shown for an item
# whose kind is foreign to that family is the bug.
MENUS: dict[str, list[str]] = {
    "post": [
        r"Edit post",
        r"Delete post",
        r"Move to trash",
        r"\bopen the post\b(?! with)",
        r"Edit audience",
        r"Limit old posts",
        r"\bopen the video\b(?! with)",
    ],
    "profile": [
        r"Edit profile",
        r"\bBio\b",
        r"About >",
        r"> About\b",
        r"Work and education",
        r"Delete workplace",
        r"Contact info",
        r"Contact and basic info",
        r"Places lived",
        r"\bHeadline\b",
        r"\bExperience\b",
    ],
    "message": [
        r"\bUnsend\b",
        r"\bMessenger\b",
        r"\b(?:Instagram|X|TikTok|LinkedIn) messag",
        r"\bmessaging\b",
        r"\b(?:your|the|a shared) (?:location )?message\b",
        r"Delete for everyone",
        r"\bopen the chat\b",
    ],
    "comment": [
        r"\byour comment\b",
        r"\bthe comment\b",
        r"\byour reply\b",
    ],
    "connection": [
        r"\bUnfriend\b",
        r"Remove connection",
        r"Remove this follower",
        r"\bUnfollow\b",
    ],
    "group": [
        r"Leave group",
        r"Exit group",
        r"Leave chat",
        r"Leave this group",
        r"Leave Community",
        r"Leave conversation",
    ],
    "media": [
        r"Delete photo",
        r"Edit location",
        r"Remove tag",
        r"press and hold the photo",
    ],
}

# Which families of menus are foreign to each kind of item. A photo or video may be in a post
# or a chat, so post and message menus fit it; a group is a group chat too.
FOREIGN: dict[str, set[str]] = {
    "post": {"profile", "message", "comment", "connection", "group"},
    "comment": {"post", "profile", "message", "connection", "group", "media"},
    "message": {"post", "profile", "comment", "connection", "group"},
    "media": {"profile", "comment", "connection", "group"},
    "profile_field": {"post", "message", "comment", "connection", "group", "media"},
    "bio": {"post", "message", "comment", "connection", "group", "media"},
    "connection": {"post", "profile", "message", "comment", "group", "media"},
    "group": {"post", "profile", "comment", "connection", "media"},
}
assert set(FOREIGN) == {k.value for k in ItemKind}

# The sections of a profile that hold only some fields: a step that leads only to sections
# that do not hold the item's field sends the user to the wrong place.
FIELD_SECTIONS: dict[str, dict[str, set[str]]] = {
    "facebook": {
        r"Work and education": {"work", "education"},
        r"Delete workplace": {"work"},
        r"Contact and basic info": {"phone", "email", "website", "address", "username"},
        r"Places lived": {"current_city", "hometown", "places_lived", "address"},
    },
    "linkedin": {
        r"\bHeadline\b": {"headline"},
        r"\bExperience\b": {"position"},
        r"Contact info": {"phone", "email", "address", "website", "twitter", "messenger"},
    },
}

# A clause that says whom it is for: "For a comment: …", "If the photo is in a chat, …",
# "(or on the post: …)". It may name another kind's menu.
QUALIFIED = re.compile(
    r"^\W*(?:or,? )?(?:for (?:a|an|the|your|one|old|new|any|places)\b|if\b|where\b|when\b"
    r"|on the post\b|to (?:remove|stop)\b)",
    re.IGNORECASE,
)
CLAUSE_SPLIT = re.compile(r";\s+|(?<=[.])\s+(?=[A-Z])")
ASIDE = re.compile(r"\(([^()]*)\)")


def plain_clauses(step: str) -> list[str]:
    """The clauses of a step that are not addressed to some other case; an aside in brackets
    that is, "(or on the post: …)", is left out of its clause."""
    plain = []
    for clause in CLAUSE_SPLIT.split(step):
        if not clause.strip() or QUALIFIED.match(clause):
            continue
        plain.append(ASIDE.sub(lambda m: "" if QUALIFIED.match(m.group(1)) else m.group(0), clause))
    return plain


def wrong_menus(step: str, kind: str) -> list[str]:
    found = []
    for clause in plain_clauses(step):
        for family in FOREIGN[kind]:
            for marker in MENUS[family]:
                if m := re.search(marker, clause):
                    found.append(f"{family} menu {m.group(0)!r}")
    return found


def wrong_sections(step: str, platform: str, field: str) -> list[str]:
    sections = FIELD_SECTIONS.get(platform, {})
    found = []
    for clause in plain_clauses(step):
        named = {marker: fields for marker, fields in sections.items() if re.search(marker, clause)}
        if named and not any(field in fields for fields in named.values()):
            found.extend(named)
    return found


def occurring_kinds(rule: Rule, platform: str) -> set[str]:
    """The kinds of item the rule can report on this platform."""
    a = rule.applies
    if a.platforms and platform not in a.platforms:
        return set()
    kinds = {k.value for k in a.kinds} or {k.value for k in ItemKind}
    kinds &= PLATFORM_KINDS[platform]
    if a.audience and set(a.audience) <= {"public_page"}:  # the public check: profile text
        kinds &= {"profile_field", "bio"}
    if a.has_media is True:
        kinds &= {"media", "post"}  # a photo or video, or a post that carries one
    elif a.has_media is False:
        kinds -= {"media"}
    return kinds


ITEM_RULES = [r for r in PACK.rules if r.trigger == "item"]
CASES = [
    (rule, platform, kind)
    for rule in ITEM_RULES
    for platform in PLATFORMS
    for kind in sorted(occurring_kinds(rule, platform))
]


def _has_own_steps(rule: Rule, platform: str) -> bool:
    return any(key.partition(".")[0] == platform for key in rule.remediation)


@pytest.mark.parametrize(
    ("rule", "platform", "kind"), CASES, ids=[f"{r.id}-{p}-{k}" for r, p, k in CASES]
)
def test_steps_lead_to_this_kind_of_item(rule: Rule, platform: str, kind: str) -> None:
    steps = rule.steps_for(platform, kind)
    assert steps
    problems = [(step, wrong) for step in steps if (wrong := wrong_menus(step, kind))]
    assert not problems, f"{rule.id}: a {kind} on {platform} is given {problems}"
    if _has_own_steps(rule, platform):
        assert steps is not rule.remediation["default"], (
            f"{rule.id}: {platform} has its own steps, but a {kind} gets only the default"
        )
    if kind == "profile_field":
        fields = PLATFORM_FIELDS.get(platform, set())
        if rule.applies.fields:
            fields &= set(rule.applies.fields)
        for field in sorted(fields):
            words = field.replace("_", " ")
            filled = [s.replace("{field}", words) for s in steps]
            off = [(s, w) for s in filled if (w := wrong_sections(s, platform, field))]
            assert not off, f"{rule.id}: a {platform} {field} field is sent to {off}"


def test_the_table_walks_every_item_rule() -> None:
    assert {r.id for r, _, _ in CASES} == {r.id for r in ITEM_RULES}


# The issue's own examples, and legitimate cross-mentions the check must let through.
@pytest.mark.parametrize(
    ("step", "kind"),
    [
        ("On LinkedIn, open the post, '...' > Edit post or Delete post.", "profile_field"),
        ("On Instagram, Profile > Edit profile: remove the number or email from Bio.", "media"),
        ("In Messenger, press and hold the message > Unsend > 'Unsend for everyone'.", "post"),
        ("On Facebook, open the post, choose '...' > 'Edit post' and remove it.", "comment"),
    ],
)
def test_the_check_sees_another_kinds_menu(step: str, kind: str) -> None:
    assert wrong_menus(step, kind)


@pytest.mark.parametrize(
    ("step", "kind"),
    [
        (
            "For a post: '...' > 'Edit post' to remove the number, or 'Move to trash'.",
            "profile_field",
        ),
        (
            "On Facebook, open the post, '...' > 'Move to trash'; for a comment: '...' > Delete.",
            "post",
        ),
        ("On Instagram, open the post with your comment, swipe left on the comment.", "comment"),
        ("If this is a parents' group chat, see also clause 9.1 about school groups.", "message"),
        (
            "Open the photo, '...' > 'Delete photo' (or on the post: '...' > 'Move to trash').",
            "media",
        ),
    ],
)
def test_the_check_lets_a_step_for_another_case_through(step: str, kind: str) -> None:
    assert not wrong_menus(step, kind)


def test_the_check_sees_another_fields_section() -> None:
    step = "On Facebook, go to your profile > About > Work and education."
    assert wrong_sections(step, "facebook", "email")
    assert not wrong_sections(step, "facebook", "work")
