"""school_name and job_title on realistic posts, bios and profile fields."""

from __future__ import annotations

import pytest

from tests.detect.conftest import Find, texts_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Proud of everyone at St Clement's CE Primary School today!",
            "St Clement's CE Primary School",
        ),
        ("Sports day at St Clements Primary ☀️", "St Clements Primary"),
        (
            "Harvest festival at Saint Clement's C of E Primary was lovely",
            "Saint Clement's C of E Primary",
        ),
        (
            "First day back at st clements primary school, full of beans",
            "st clements primary school",
        ),
        ("Ofsted visit at St Clements this week, wish us luck staff", "St Clements"),
        ("Been teaching at St Clement's for ten years now", "St Clement's"),
        ("world book day #StClementsCEPrimary", "#StClementsCEPrimary"),
        ("Thanks @StClementsCE for a super parents' evening", "@StClementsCE"),
        ("Term dates on www.stclements.bolton.sch.uk", "www.stclements.bolton.sch.uk"),
        ("Frosty morning at SCPS ❄️", "SCPS"),
    ],
)
def test_the_school_in_its_spellings(find: Find, text: str, expected: str) -> None:
    assert expected in texts_of(find(text, "school_name"))


@pytest.mark.parametrize(
    "text",
    [
        "Lovely service at St Clement's Church this morning",
        "Happy St Clement's Day to all the blacksmiths out there",
        "Congratulations to St Clement's RC High School on their results",
        "St Clement's Catholic Primary in Salford is hiring",
        "St Mary's CE Primary won the football tournament",
        "Great day at St Clements Park with the dog",
        "Visited the Church of St Clement in Sandwich",
        "Clement Attlee was prime minister after the war",
        "Clementine cake recipe 🍊",
    ],
)
def test_other_saints_and_schools_are_not_the_school(find: Find, text: str) -> None:
    assert find(text, "school_name") == []


def test_a_bare_name_without_school_words_stays_below_rule_thresholds(find: Find) -> None:
    assert find("Lovely morning at St Clement's", "school_name") == []
    weak = find("Lovely morning at St Clement's", "school_name", min_conf=0.0)
    assert weak and weak[0].confidence < 0.6 and "church" in weak[0].reason


@pytest.mark.parametrize(
    ("text", "kind", "field", "expected"),
    [
        (
            "Year 4 teacher at St Clement's CE Primary School",
            "profile_field",
            "work",
            "Year 4 teacher",
        ),
        ("Teacher", "profile_field", "job_title", "Teacher"),
        ("SENCO", "profile_field", "job_title", "SENCO"),
        ("HLTA and forest school enthusiast 🌳", "bio", None, "HLTA"),
        ("KS2 teacher, runner, coffee addict", "bio", None, "KS2 teacher"),
        ("Head of Year 4", "profile_field", "work", "Head of Year 4"),
        ("Computing Lead and Year 4 teacher", "profile_field", "job_title", "Computing Lead"),
        ("Our TA is off sick so I'm on my own with the class", "message", None, "TA"),
        ("The Head wants to see all staff after school about Ofsted", "message", None, "Head"),
    ],
)
def test_job_titles(find: Find, text: str, kind: str, field: str | None, expected: str) -> None:
    assert expected in texts_of(find(text, "job_title", item_kind=kind, field=field))


@pytest.mark.parametrize(
    "text",
    [
        "head of marketing role just came up at my husband's work",
        "Banged my head on the cupboard again",
        "Going to cook a roast tonight",
        "ta very much for the flowers",
        "The governor of the Bank of England spoke today",
        "Need a head torch for camping",
        "Head over heels for this new café",
        "Member of the month at the golf club!",
        "The head of the river race was amazing",
    ],
)
def test_ambiguous_titles_need_school_context(find: Find, text: str) -> None:
    assert find(text, "job_title") == []


def test_the_profile_role_scores_highest(find: Find) -> None:
    ev = find("Year 4 teacher", "job_title", item_kind="profile_field", field="work")
    assert ev[0].confidence >= 0.95 and "your roles" in ev[0].reason
