"""child_name, person_name and the context signals the rules combine."""

from __future__ import annotations

import pytest

from tests.detect.conftest import Find, texts_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Well done to Jayden in Year 3 for his amazing handwriting", ["Jayden"]),
        ("Our little superstar Mia in reception counted to 100 today", ["Mia"]),
        ("Noah in 10B finally handed in his homework 🙄", ["Noah"]),
        ("A pupil called Ethan asked me if I was 100 years old 😂", ["Ethan"]),
        ("Star of the week: Sophia from Year 1", ["Sophia"]),
        ("Year 6 leavers: good luck Joshua, Megan and Ben!", ["Joshua", "Megan", "Ben"]),
        ("The boy who sits next to Mason in my class brought his hamster in", ["Mason"]),
    ],
)
def test_children_in_school_context(find: Find, text: str, expected: list[str]) -> None:
    ev = find(text, "child_name")
    assert texts_of(ev) == expected
    assert all(e.sensitive and e.text not in e.reason for e in ev)


@pytest.mark.parametrize(
    "text",
    [
        "My daughter Ava's first day at nursery 🥹",
        "Our little Mia is 3 today 🎂",
        "My son Noah scored his first goal for the under 9s",
        "Leo the cat knocked over my coffee",
        "Jayden Sancho's goal was a stunner",
        "Dance class recital tonight, our Chloe was brilliant",
        "Mason jars for the wedding favours",
        "Alfie in Year 4 read to the class",
    ],
)
def test_own_children_pets_celebrities_and_pupils_are_not_child_name(find: Find, text: str) -> None:
    assert find(text, "child_name") == []


def test_people_with_titles(find: Find) -> None:
    assert texts_of(find("Mrs Hughes was brilliant at the meeting", "person_name")) == [
        "Mrs Hughes"
    ]
    assert find("Mrs Smith you are the best teacher", "person_name") == []  # the user


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Parents' evening tonight, wish me luck", "school_context"),
        ("Year 4 assembly went so well, proud of my class", "school_context"),
        ("Honestly the parents at St Clement's are a nightmare", "negative_remark"),
        ("The head is useless, can't stand her", "negative_remark"),
        ("Another EHCP meeting for one of mine today", "confidential_topic"),
        ("Safeguarding concern logged on CPOMS again", "confidential_topic"),
        ("Two of Year 6 were excluded today", "confidential_topic"),
    ],
)
def test_signals(find: Find, text: str, kind: str) -> None:
    assert find(text, kind, min_conf=0.6)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Lovely walk along the canal with the dog", "school_context"),
        ("Traffic on the ring road again", "negative_remark"),
        ("Picked a daisy chain in the park", "confidential_topic"),
    ],
)
def test_no_signal_in_everyday_posts(find: Find, text: str, kind: str) -> None:
    assert find(text, kind, min_conf=0.6) == []


@pytest.mark.parametrize(
    ("name", "group"),
    [
        ("St Clement's PTA", True),
        ("Year 4 Class Parents 2026/27", True),
        ("SCPS Mums & Dads", True),
        ("Reception mums 2025", True),
        ("Bolton Fell Runners", False),
        ("St Clement's Church Choir", False),
        ("Smith family 🏡", False),
    ],
)
def test_school_groups(find: Find, name: str, group: bool) -> None:
    ev = find(name, "school_group", item_kind="group", title=name, min_conf=0.7)
    assert bool(ev) is group
