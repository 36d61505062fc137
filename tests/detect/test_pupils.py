"""pupil_name and pupil_connection: listed pupils in every form, and their namesakes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from auditor.detect.context import DetectionContext
from auditor.detect.engine import DetectionEngine
from auditor.models.evidence import EvidenceKind
from auditor.models.item import Item, ItemKind, MediaInfo
from auditor.profile.loader import load_profile
from tests.conftest import SAMPLE_PROFILE
from tests.detect.conftest import Find, item, texts_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So proud of Alfie today, he read his poem in assembly", ["Alfie"]),
        ("Well done Olivia Hussain on your swimming certificate!", ["Olivia Hussain"]),
        ("Maisie's painting won the competition 🎨", ["Maisie"]),
        ("alfie was hilarious in PE today haha", ["alfie"]),
        ("#welldoneAlfieTurner", ["#welldoneAlfieTurner"]),
        ("Follow @oliviahussain.x for her art!", ["@oliviahussain.x"]),
        ("Izzy finally mastered her times tables 🎉", ["Izzy"]),
        ("Alf and Fred were inseparable on the school trip", ["Alf", "Fred"]),
        ("Olivia H is moving schools at half term", ["Olivia H"]),
        ("Lovely letter from Ruby O'Connor's grandma today", ["Ruby O'Connor"]),
        ("maisie clarke made the whole class cry with her speech", ["maisie clarke"]),
        ("ISABELLA WAS AMAZING IN THE SHOW", ["ISABELLA"]),
    ],
)
def test_pupils_in_their_forms(find: Find, text: str, expected: list[str]) -> None:
    assert texts_of(find(text, "pupil_name")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Grace read to the whole class this morning", ["Grace"]),
        ("Poppy and Lily sang a duet at the concert", ["Poppy", "Lily"]),
        ("Summer in Year 4 painted the class mural", ["Summer"]),
        ("Good luck to Hope in her swimming gala on Saturday", ["Hope"]),
        ("Ruby's dad came in to talk about being a firefighter", ["Ruby"]),
    ],
)
def test_names_that_are_words_used_as_people(find: Find, text: str, expected: list[str]) -> None:
    assert texts_of(find(text, "pupil_name")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Amazing grace, how sweet the sound 🎶",
        "Hope you all have a lovely weekend",
        "Summer holidays can't come soon enough ☀️",
        "The poppy appeal starts today, buy a poppy",
        "Ruby wedding anniversary for mum and dad ❤️",
        "Willow tree in the garden is huge now",
        "Harry Kane scored twice last night",
        "Prince Harry was on the news again",
        "Jack Russell puppies for sale, 3 left",
        "Oscar nominations are out!",
        "My friend Alfie Smith is getting married",
        "My son Freddie Jones started football",
        "Jane Smith here, reviewing my old posts!",
        "Lily of the valley is my favourite flower",
        "Went to see Lily and the Jets at the pub",
    ],
)
def test_words_namesakes_and_the_user_are_not_pupils(find: Find, text: str) -> None:
    assert find(text, "pupil_name") == []


def test_pupil_evidence_is_sensitive_and_reasons_never_name_anyone(find: Find) -> None:
    ev = find("Well done Freddie Walsh and Izzy in Year 4, and #maisieclarke", "pupil_name")
    assert len(ev) == 3
    for e in ev:
        assert e.sensitive
        for name in ("freddie", "walsh", "izzy", "isabella", "maisie", "clarke"):
            assert name not in e.reason.casefold()


def test_a_nickname_alone_needs_school_words_or_the_surname(find: Find) -> None:
    # Izzy is a nickname of the pupil Isabella Nowak: alone, it is anyone called Izzy.
    assert find("Well done Izzy, great half marathon!", "pupil_name") == []
    assert [e.text for e in find("Izzy was brilliant in class today", "pupil_name")] == ["Izzy"]
    assert [e.text for e in find("Izzy N was brilliant today", "pupil_name")] == ["Izzy N"]
    assert [e.text for e in find("Well done Izzy Nowak!", "pupil_name")] == ["Izzy Nowak"]


def test_a_near_spelling_is_another_child_not_a_listed_pupil(find: Find) -> None:
    # Freddie Walsh is listed; Freya Walsh and a sibling nickname of another name are not him.
    assert find("Congratulations to Freya Walsh on her new salon", "pupil_name") == []


@pytest.mark.parametrize(
    "value",
    [
        "Alfie Turner",
        "olivia hussain",
        "oliviahussain.x",
        "maisie_clarke08",
        "kyle.bennett",
        "harrykhan_11",
        "jackrobinson2014",
        "Ruby O'Connor",
    ],
)
def test_connections_that_are_pupils(find: Find, value: str) -> None:
    ev = find(value, "pupil_connection", item_kind="connection")
    assert len(ev) == 1 and ev[0].sensitive and ev[0].confidence >= 0.7
    assert find(value, "pupil_name", item_kind="connection") == []


@pytest.mark.parametrize(
    "value",
    [
        "Alfie Smith",
        "Olivia Rodrigo Fan Page",
        "Harry Styles",
        "Summer Lewis",
        "Kyle Walsh",
        "Jane Smith",
        "Grace Cathedral Choir",
        "Bolton Wanderers FC",
    ],
)
def test_connections_that_share_a_first_name_are_not(find: Find, value: str) -> None:
    assert find(value, "pupil_connection", item_kind="connection") == []


def test_a_conversation_with_a_pupil(find: Find) -> None:
    ev = find(
        "hi miss is the homework due friday??",
        "pupil_connection",
        item_kind="message",
        title="Olivia Hussain",
        people=["Olivia Hussain", "Jane Smith"],
    )
    assert ev and ev[0].start == ev[0].end == 0
    assert (
        find(
            "Are you coming?",
            "pupil_connection",
            item_kind="message",
            title="Tom Smith",
            people=["Tom Smith", "Jane Smith"],
        )
        == []
    )


def test_a_pupil_tagged_in_a_photo(rules_engine: object) -> None:
    from auditor.detect.engine import DetectionEngine

    assert isinstance(rules_engine, DetectionEngine)
    it = item("Sports day fun ☀️", "media", media=MediaInfo(path="a.jpg", people=["Alfie Turner"]))
    ev = [e for e in rules_engine.detect(it) if e.kind == EvidenceKind.PUPIL_NAME]
    assert len(ev) == 1 and ev[0].sensitive and "tagged" in ev[0].reason


def test_the_users_own_children_are_not_pupils(find: Find, tmp_path: Path) -> None:
    # Named in a bio the way parents write it: not the pupils Alfie and Grace.
    assert find("Year 4 teacher at St Clement's | mum to Alfie & Grace | baker", "pupil_name") == []
    assert [e.text for e in find("Alfie was a star in class today", "pupil_name")] == ["Alfie"]
    # Listed in the profile: their first name alone is the user's child everywhere.
    text = SAMPLE_PROFILE.read_text("utf-8").replace(
        'home_postcode = "BL3 2AB"', 'home_postcode = "BL3 2AB"\nchildren = ["Alfie"]'
    )
    (tmp_path / "school.toml").write_text(text, "utf-8")
    shutil.copy(SAMPLE_PROFILE.parent / "pupils.txt", tmp_path / "pupils.txt")
    ctx = DetectionContext.from_profile(load_profile(tmp_path / "school.toml"), model="none")
    engine = DetectionEngine(ctx)
    first_day = Item(
        platform="facebook", kind=ItemKind.POST, source="p", locator="/0",
        text="Alfie's first day in Year 1 at school today! And well done Alfie Turner in class",
    )  # fmt: skip
    names = [e.text for e in engine.detect(first_day) if e.kind == EvidenceKind.PUPIL_NAME]
    assert names == ["Alfie Turner"]  # the pupil's full name is still the pupil
