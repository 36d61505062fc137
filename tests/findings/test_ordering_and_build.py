"""Findings are ordered by severity, then how public the item is, then newest; and their words
quote the clause, give the platform's steps, and never repeat a pupil's name."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from auditor.findings.build import build_finding
from auditor.findings.ordering import sort_findings, visibility
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.finding import Finding
from auditor.models.item import Item, ItemKind, MediaInfo
from auditor.rules.loader import load_rule_pack

PACK = load_rule_pack()


def make(kind: str, day: int, audience: str | None = None, **kw: object) -> Item:
    return Item(
        platform=str(kw.pop("platform", "facebook")),
        kind=ItemKind(kind),
        source="x.json",
        locator=f"/{kind}/{day}/{audience}",
        text=f"{kind} {day} {audience}",
        timestamp=datetime(2026, 1, day, tzinfo=UTC),
        audience=audience,
        **kw,  # type: ignore[arg-type]
    )


def finding(rule_id: str, item: Item) -> Finding:
    rule = PACK.get(rule_id)
    assert rule is not None
    ev = Evidence(kind=EvidenceKind.SCHOOL_NAME, text="SCPS", start=0, end=4, confidence=0.9)
    return build_finding(rule, item, [ev])


def test_visibility_levels() -> None:
    assert visibility(make("bio", 1)) == 0
    assert visibility(make("profile_field", 1, "profile")) == 0
    assert visibility(make("profile_field", 1, "private")) == 3  # an account detail never shown
    assert visibility(make("post", 1, "public")) == 1
    assert visibility(make("post", 1)) == 1  # unknown audience: assume it may be public
    assert visibility(make("media", 1, "timeline")) == 1
    assert visibility(make("post", 1, "friends")) == 2
    assert visibility(make("connection", 1)) == 2
    assert visibility(make("group", 1)) == 2
    assert visibility(make("post", 1, "only_me")) == 3
    assert visibility(make("message", 1)) == 3


def test_order_is_severity_then_publicness_then_newest() -> None:
    expected = [
        finding("SMP617-PROFILE-SCHOOL", make("profile_field", 1, "profile")),  # high, profile
        finding("SMP616-PUPIL-PHOTO", make("post", 9, "public")),  # high, public, newest
        finding("SMP616-PUPIL-PHOTO", make("post", 3, "public")),  # high, public, older
        finding("SMP616-PUPIL-PHOTO", make("post", 20, "friends")),  # high, friends only
        finding("SMP65-PUPIL-DISCUSSED", make("message", 28)),  # high, private message
        finding("SMP617-PROFILE-ROLE", make("bio", 2)),  # medium, profile
        finding("SMP61-CONTACT-SHARED", make("message", 27)),  # medium, message
        finding("SMP51-WORKPLACE-PLACE", make("post", 5)),  # low
    ]
    shuffled = expected[:]
    random.Random(4).shuffle(shuffled)
    assert [f.id for f in sort_findings(shuffled)] == [f.id for f in expected]


def test_undated_items_come_after_dated_ones_and_ties_are_stable() -> None:
    undated = finding(
        "SMP616-PUPIL-PHOTO", make("post", 1, "public").model_copy(update={"timestamp": None})
    )
    dated = finding("SMP616-PUPIL-PHOTO", make("post", 2, "public"))
    a = finding("SMP616-PUPIL-PHOTO", make("post", 4, "public", platform="instagram"))
    b = finding("SMP616-PUPIL-PHOTO", make("post", 4, "public", platform="facebook"))
    assert [f.id for f in sort_findings([undated, a, dated, b])] == [
        b.id,
        a.id,
        dated.id,
        undated.id,
    ]


def test_explanation_quotes_the_clause_and_steps_fit_the_platform() -> None:
    rule = PACK.get("SMP616-PUPIL-PHOTO")
    assert rule is not None
    item = make("post", 16, "public", platform="instagram", media=MediaInfo(path="a.jpg"))
    pupil = Evidence(
        kind=EvidenceKind.PUPIL_NAME,
        text="Olivia Hussain",
        start=0,
        end=14,
        confidence=0.95,
        sensitive=True,
    )
    f = build_finding(rule, item, [pupil])
    assert "Photographs, videos or any other types of images of pupils" in f.explanation
    assert "the name of a pupil" in f.explanation
    assert "Olivia" not in f.explanation and "Olivia" not in f.remediation
    assert f.remediation_steps == rule.remediation["instagram"]
    assert f.remediation == "\n".join(f.remediation_steps)
    assert f.platform == "instagram" and f.title == rule.title and f.visibility == 1


def test_a_platform_without_its_own_steps_gets_the_default() -> None:
    rule = PACK.get("SMP617-PROFILE-SCHOOL")
    assert rule is not None
    f = finding("SMP617-PROFILE-SCHOOL", make("bio", 1, platform="flickr"))
    assert f.remediation_steps == rule.remediation["default"]
    assert f.explanation.startswith("Your Flickr bio")


def test_a_school_template_with_a_bad_placeholder_falls_back_to_plain_words() -> None:
    rule = PACK.get("SMP617-PROFILE-SCHOOL")
    assert rule is not None
    broken = rule.model_copy(deep=True)
    broken.doc.explanation = "Your {platfrom} profile names {the school"
    broken.remediation["facebook.bio"] = ["Open {settings} and fix it"]
    f = build_finding(broken, make("bio", 1), [])
    assert f.explanation == "Your profile names your school."
    assert f.remediation_steps == ["Open {settings} and fix it"]


def test_an_explanation_says_several_of_one_kind_once() -> None:
    from auditor.findings.build import describe_evidence
    from auditor.models.evidence import Evidence, EvidenceKind

    def e(kind: EvidenceKind, text: str, sensitive: bool = False) -> Evidence:
        return Evidence(kind=kind, text=text, start=0, end=0, confidence=0.9, sensitive=sensitive)

    topics = [e(EvidenceKind.CONFIDENTIAL_TOPIC, t) for t in ("safeguarding", "referral", "CP")]
    assert (
        describe_evidence(topics)
        == 'a confidential school matter ("safeguarding", "referral", "CP")'
    )
    pupils = [e(EvidenceKind.PUPIL_NAME, n, True) for n in ("Alfie", "Maisie", "Alfie")]
    said = describe_evidence(pupils)
    assert said == "the names of 2 pupils" and "Alfie" not in said
    assert describe_evidence(pupils[:1]) == "the name of a pupil"
