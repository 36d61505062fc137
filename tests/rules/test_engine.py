"""The rule engine: which items a rule looks at, how evidence combines, one finding per item."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.detect.context import DetectionContext
from auditor.detect.engine import DetectionEngine
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.item import Item, ItemKind, MediaInfo
from auditor.profile.loader import load_profile
from auditor.rules.engine import RuleEngine, merge_evidence, rule_applies, rule_matches
from auditor.rules.loader import load_rule_pack
from tests.conftest import SAMPLE_PROFILE

PACK = load_rule_pack()


def ev(
    kind: str, text: str = "", conf: float = 0.9, start: int = 0, detector: str = "d"
) -> Evidence:
    return Evidence(
        kind=EvidenceKind(kind),
        text=text,
        start=start,
        end=start + len(text),
        confidence=conf,
        detector=detector,
    )


def item(kind: str = "post", **kw: object) -> Item:
    return Item(platform="facebook", kind=ItemKind(kind), source="f.json", locator="/0", **kw)  # type: ignore[arg-type]


def rule(rule_id: str):  # type: ignore[no-untyped-def]
    r = PACK.get(rule_id)
    assert r is not None
    return r


def test_author_self_means_no_author_or_the_users_own_name() -> None:
    r = rule("SMP613-DEROGATORY")
    me = frozenset({"jane smith"})
    assert rule_applies(r, item(), me)
    assert rule_applies(r, item("message", author="  Jane   SMITH "), me)
    assert not rule_applies(r, item("message", author="Kerry Turner"), me)
    assert not rule_applies(r, item("comment", author="Jane Smith"), frozenset())


def test_audience_condition_with_unknown_audience() -> None:
    r = rule("SMP51-HOME-ADDRESS").model_copy(deep=True)
    r.applies.audience = ["public", "unknown"]
    assert rule_applies(r, item(audience="public"))
    assert rule_applies(r, item())
    assert not rule_applies(r, item(audience="friends"))


def test_audience_not_skips_account_details_the_platform_never_shows() -> None:
    r = rule("SMP51-CONTACT-PUBLIC")
    assert rule_applies(r, item("profile_field", field="phone", audience="profile"))
    assert rule_applies(r, item("profile_field", field="phone"))
    assert not rule_applies(r, item("profile_field", field="phone", audience="private"))


def test_media_and_kind_conditions() -> None:
    r = rule("SMP616-PUPIL-PHOTO")
    assert rule_applies(r, item(media=MediaInfo(path="a.jpg")))
    assert not rule_applies(r, item())
    assert not rule_applies(r, item("message", media=MediaInfo(path="a.jpg")))


def test_review_rules_never_apply_to_items() -> None:
    r = rule("SMP54-REVIEW-DUE")
    assert not rule_applies(r, item())
    assert r not in RuleEngine(PACK).rules


def test_all_any_none_and_per_kind_confidence() -> None:
    r = rule("SMP616-PEOPLE-AT-SCHOOL")  # all face (>= 0.7), any school signal, none pupil
    school = ev("school_context", "sports day", 0.8)
    assert rule_matches(r, [ev("face", conf=0.75), school]) is not None
    assert rule_matches(r, [ev("face", conf=0.65), school]) is None  # face below its own 0.7
    assert rule_matches(r, [ev("face"), ev("school_context", "x", 0.5)]) is None  # below 0.6
    assert rule_matches(r, [ev("face"), school, ev("pupil_name", "Olivia", 0.9)]) is None
    assert rule_matches(r, [ev("face"), school, ev("pupil_name", "Olivia", 0.3)]) is not None
    assert rule_matches(r, [school]) is None


def test_two_groups_of_any_each_need_one_kind() -> None:
    r = rule("SMP61-CONTACT-SHARED")
    assert rule_matches(r, [ev("phone", "07700 900456")]) is None
    assert rule_matches(r, [ev("phone", "07700 900456"), ev("pupil_name", "Alfie")]) is not None
    assert rule_matches(r, [ev("email", "a@b.com"), ev("school_context", "school trip")])


def test_evidence_is_merged_per_kind_and_span_keeping_the_most_confident() -> None:
    a = ev("school_name", "SCPS", 0.7, start=10, detector="school_name")
    b = ev("school_name", "SCPS", 0.9, start=10, detector="ocr")
    c = ev("job_title", "teacher", 0.9, start=0)
    assert merge_evidence([a, b, c]) == [c, b]


def test_one_finding_per_item_and_rule_with_all_its_evidence() -> None:
    engine = RuleEngine.for_profile(PACK, load_profile(SAMPLE_PROFILE))
    post = item(media=MediaInfo(path="photos/sports.jpg"), text="Sports day at SCPS")
    evidence = [
        Evidence(kind=EvidenceKind.FACE, text="", start=0, end=0, confidence=0.9, reason="face 1"),
        Evidence(kind=EvidenceKind.FACE, text="", start=0, end=0, confidence=0.8, reason="face 2"),
        ev("school_name", "SCPS", 0.8, start=16, detector="other"),  # the same span twice
        ev("school_name", "SCPS", 0.95, start=16),
        ev("school_context", "Sports day", 0.8, start=0),
        ev("text_in_image", "ST CLEMENT'S", 0.9),
        ev("person_name", "Dave", 0.9, start=30),  # not a kind any rule here uses alone
    ]
    findings = engine.evaluate(post, evidence)
    assert [f.rule for f in findings] == ["SMP616-PEOPLE-AT-SCHOOL"]
    [f] = findings
    assert sorted(e.kind.value for e in f.evidence) == [
        "face",
        "face",
        "school_context",
        "school_name",
        "text_in_image",
    ]
    assert [e.confidence for e in f.evidence if e.kind == EvidenceKind.SCHOOL_NAME] == [0.95]
    assert f.clause == "6.16" and f.severity.value == "high"
    assert "Photographs, videos or any other types of images of pupils" in f.explanation


@pytest.fixture(scope="module")
def detection() -> DetectionEngine:
    return DetectionEngine(DetectionContext.from_profile(load_profile(SAMPLE_PROFILE)))


def test_real_detectors_and_rules_on_a_profile_field(detection: DetectionEngine) -> None:
    field = item(
        "profile_field", field="work", text="St Clement's CE Primary School, Year 4 Teacher"
    )
    findings = RuleEngine(PACK).evaluate(field, detection.detect(field))
    assert [f.rule for f in findings] == ["SMP617-PROFILE-SCHOOL"]
    kinds = {e.kind for e in findings[0].evidence}
    assert kinds == {EvidenceKind.SCHOOL_NAME, EvidenceKind.JOB_TITLE}  # support shown too
    assert findings[0].explanation.startswith('Your Facebook profile field "work" contains')


def test_a_disabled_rule_gives_no_findings(tmp_path: Path, detection: DetectionEngine) -> None:
    d = tmp_path / "rules.d"
    d.mkdir()
    (d / "off.toml").write_text('disable = ["SMP617-PROFILE-SCHOOL"]\n', "utf-8")
    field = item("profile_field", field="work", text="St Clement's CE Primary School")
    pack = load_rule_pack(overrides=[d])
    assert RuleEngine(pack).evaluate(field, detection.detect(field)) == []


def test_conversation_rules_give_one_finding_per_conversation() -> None:
    engine = RuleEngine.for_profile(PACK, load_profile(SAMPLE_PROFILE))

    def message(i: int, title: str | None) -> Item:
        return Item(
            platform="whatsapp",
            kind=ItemKind.MESSAGE,
            source="WhatsApp Chat with Kerry Turner.txt",
            locator=f"line {i}",
            text=f"message {i} about Alfie",
            author="Kerry Turner",
            title=title,
        )

    pupil = [ev("pupil_name", "Alfie", 0.9, start=16)]
    # Messages wait for the end of the download: their conversation decides.
    assert [f for i in range(5) for f in engine.evaluate(message(i, "Kerry Turner"), pupil)] == []
    assert engine.evaluate(message(9, "Sarah Ali"), pupil) == []
    thread, other = sorted(engine.finish(), key=lambda f: f.item.title or "")
    assert thread.rule == other.rule == "SMP65-PUPIL-DISCUSSED" and other.id != thread.id
    assert thread.item.locator == "line 0"  # equal evidence: the first message leads
    assert [r.item.locator for r in thread.related] == ["line 1", "line 2", "line 3", "line 4"]
    assert "4 more messages in it do too." in thread.explanation
    assert other.related == [] and "more message" not in other.explanation
    assert engine.finish() == []  # given once
    # A conversation without a name: each message is its own finding, at once.
    unnamed = [f for i in range(3) for f in engine.evaluate(message(i, None), pupil)]
    assert len({f.id for f in unnamed}) == 3
    # Item rules are not grouped: each message giving a number to a parent is a finding.
    assert rule("SMP61-CONTACT-SHARED").group == "item"


def test_the_steps_name_the_schools_own_official_channels(tmp_path: Path) -> None:
    text = SAMPLE_PROFILE.read_text("utf-8").replace(
        'postcode = "BL1 4QR"',
        'postcode = "BL1 4QR"\nofficial_channels = ["the school office", "Arbor", "ParentMail"]',
    )
    (tmp_path / "school.toml").write_text(text, "utf-8")
    (tmp_path / "pupils.txt").write_text("Alfie Turner\n", "utf-8")
    profile = load_profile(tmp_path / "school.toml")
    assert profile.school.channels_words == "the school office, Arbor or ParentMail"
    engine = RuleEngine.for_profile(PACK, profile)
    msg = Item(
        platform="whatsapp",
        kind=ItemKind.MESSAGE,
        source="WhatsApp Chat with Kerry Turner.txt",
        locator="line 3",
        text="Alfie Turner had a tough day",
        author="Kerry Turner",
        title="Kerry Turner",
    )
    engine.evaluate(msg, [ev("pupil_name", "Alfie Turner", 0.97)])
    (f,) = engine.finish()
    assert "continue through the school office, Arbor or ParentMail." in f.remediation
    assert "Class Dojo" not in f.remediation
    # The default, as the policy names them.
    default = RuleEngine.for_profile(PACK, load_profile(SAMPLE_PROFILE))
    default.evaluate(msg, [ev("pupil_name", "Alfie Turner", 0.97)])
    assert "the school office or Class Dojo" in default.finish()[0].remediation
