"""The alias generator on real school names from the DfE register (GIAS, OGL v3)."""

from __future__ import annotations

import csv
import re

import pytest

from auditor.detect.aliases import SchoolNameMatcher, school_aliases
from auditor.detect.lexicon import squash
from tests.conftest import SHARED

GIAS = SHARED / "uk-data" / "schools" / "gias_open_state_schools_england_2025-07.csv"


def _real_names() -> list[str]:
    """40 real names of varied shapes: saints, denominations, phases, 'The', qualifiers."""
    if not GIAS.exists():
        pytest.skip("the shared DfE register is not here")
    with GIAS.open(encoding="utf-8", errors="replace") as f:
        names = [row["name"] for row in csv.DictReader(f)]
    picks: list[str] = []
    shapes = [
        r"^St\.? .*'s .*(CE|C of E|Church of England).*Primary",
        r"^St\.? .*(Catholic|RC).*Primary",
        r"^Saint ",
        r"^The ",
        r", ",
        r"Infant",
        r"Junior",
        r"High School$",
        r"Academy$",
        r"Nursery",
        r"^Holy ",
        r"Grammar",
    ]
    for shape in shapes:
        matching = [n for n in names if re.search(shape, n)]
        step = max(1, len(matching) // 4)
        picks.extend(matching[::step][:4])
    return list(dict.fromkeys(picks))[:40]


REAL = _real_names() if GIAS.exists() else []


@pytest.mark.skipif(not GIAS.exists(), reason="the shared DfE register is not here")
def test_enough_real_names() -> None:
    assert len(REAL) >= 30


@pytest.mark.parametrize("name", REAL)
def test_official_name_and_every_generated_form_match(name: str) -> None:
    m = SchoolNameMatcher(name)
    sentence = "We had a lovely day at {} with the pupils."
    hits = m.finditer(sentence.format(name))
    assert hits and any(h.official for h in hits), name
    for form in school_aliases(name):
        if form.isupper() and " " not in form:  # initials: need school words, tested apart
            continue
        hits = m.finditer(sentence.format(form))
        assert hits, f"{form!r} (from {name!r}) was not matched"


@pytest.mark.parametrize("name", REAL)
def test_hashtag_of_the_name_matches(name: str) -> None:
    m = SchoolNameMatcher(name)
    tag = "#" + re.sub(r"[^A-Za-z0-9]", "", name.title())
    hits = m.finditer(f"Great day {tag} sunshine")
    assert [h for h in hits if h.form == "hashtag" and h.strong], tag


@pytest.mark.parametrize("name", [n for n in REAL if re.match(r"^(St\.?|Saint) ", n)])
def test_a_bare_saint_is_not_the_school(name: str) -> None:
    m = SchoolNameMatcher(name)
    saint = re.match(r"^((?:St\.?|Saint) [A-Z][\w'’]*)", name)
    assert saint
    for text in (
        f"Lovely service at {saint.group(1)} Church this morning",
        f"Walking past {saint.group(1)} Road again",
    ):
        assert not m.finditer(text), text


def test_sample_school_forms() -> None:
    m = SchoolNameMatcher(
        "St Clement's CE Primary School",
        ["SCPS"],
        "https://www.stclements.bolton.sch.uk",
        "stclements.bolton.sch.uk",
    )
    strong = [
        "St Clements Primary",
        "Saint Clement's C of E Primary",
        "St. Clement’s CofE",
        "St Clement's Church of England Primary School",
        "ST CLEMENTS PRIMARY",
        "#StClementsCEPrimary",
        "@StClementsCE",
        "stclements.bolton.sch.uk",
        "SCPS",
    ]
    for form in strong:
        hits = m.finditer(f"see you at {form} tomorrow")
        assert hits and hits[0].strong, form
    bare = m.finditer("Ten years at St Clement's now")
    assert bare and not bare[0].strong  # counts only with context (the detector decides)
    for other in (
        "St Clement's RC High School",
        "St Clement's Catholic Primary",
        "St Clement's Hospice",
        "St Clement Danes",
        "the Church of St Clement",
        "St Clements Island",
        "Clement Attlee",
    ):
        assert not m.finditer(f"News about {other} today"), other
    assert "stclementsceprimary" in m.strong_forms and "stclements" in m.weak_forms
    assert squash("St Clement’s") == "stclements"


def test_readable_aliases_for_the_setup_screen() -> None:
    forms = school_aliases("The Camden School for Girls")
    assert "The Camden School for Girls" in forms
    assert "Camden School for Girls" in forms
    forms = school_aliases("St Clement's CE Primary School", ["SCPS"])
    assert {"St Clements Primary", "Saint Clement's CE Primary", "SCPS"} <= set(forms)
    assert "St Clement's" not in forms  # a bare saint is never offered as the school


def test_a_longer_name_in_the_register_is_another_school() -> None:
    from auditor.detect.lexicon import school_register

    m = SchoolNameMatcher("Grange School", register=school_register())
    assert not m.finditer("Congratulations to Allerton Grange School on their results")
    assert [h.text for h in m.finditer("Open evening at The Grange School")] == ["Grange School"]
    assert SchoolNameMatcher("Grange School").finditer("Allerton Grange School")  # without it


@pytest.mark.parametrize(
    "name",
    [
        "The Middle Rasen Primary School",
        "High Trees School",
        "St Peter and St Paul CE Primary School",
    ],
)
def test_names_that_start_with_a_phase_word_keep_a_required_word(name: str) -> None:
    m = SchoolNameMatcher(name)
    assert m.finditer(f"A day at {name}")
    assert not m.finditer("Abbey Middle School and Abington High School")
