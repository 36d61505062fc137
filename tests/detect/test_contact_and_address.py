"""phone, email, postcode and home_address: against the shared test vectors and real-style posts."""

from __future__ import annotations

import csv

import pytest

from tests.conftest import SHARED
from tests.detect.conftest import Find, texts_of

PHONES = SHARED / "uk-data" / "uk_phone_test_vectors.csv"
POSTCODES = SHARED / "uk-data" / "postcodes" / "postcode_test_vectors.csv"


def _rows(path: object) -> list[dict[str, str]]:
    from pathlib import Path

    p = Path(str(path))
    if not p.exists():
        return []
    with p.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _rows(PHONES), ids=lambda r: r["input"])
def test_phone_vectors(find: Find, row: dict[str, str]) -> None:
    found = texts_of(find(f"call me on {row['input']} thanks", "phone"))
    if row["auditor_should_flag_as_phone"] == "yes":
        assert found == [row["input"]], row["note"]
    else:
        assert found == [], row["note"]


@pytest.mark.parametrize(
    "text",
    [
        "Final score 3-1 to us",
        "Born 12/03/2015",
        "The 2023-2024 school year flew by",
        "Order number 123456789 still hasn't arrived",
        "Serial number 0712 3456 78 on the boiler",
        "Company number 01234567 on the invoice",
        "Our wedding date 07/07/2017 was perfect",
        "The 7:45 train from Bolton was cancelled",
        "Dial 999 in an emergency, 111 for advice",
    ],
)
def test_dates_scores_and_references_are_not_phones(find: Find, text: str) -> None:
    assert find(text, "phone") == []


def test_own_phone_in_another_spelling_scores_highest(find: Find) -> None:
    ev = find("ring me on +44 7700 900461", "phone")
    assert ev[0].confidence >= 0.95 and "your own" in ev[0].reason


def test_emails_school_domain_told_apart(find: Find) -> None:
    school = find("email office@stclements.bolton.sch.uk to book", "email", min_conf=0.0)
    assert school and "school's domain" in school[0].reason
    assert school[0].confidence < 0.7  # a work address is not personal contact detail
    personal = find("email me at jane.smith.1987@example.com", "email")
    assert personal and "personal" in personal[0].reason and personal[0].confidence >= 0.9
    other = find("contact tutor.jane@gmail.com for maths", "email")
    assert other and "personal" in other[0].reason
    assert find("Prices @ £2.50 each, meet 3@ the cafe, logo@2x.png", "email") == []


@pytest.mark.parametrize(
    "row",
    [
        r
        for r in _rows(POSTCODES)
        if r["expected_valid"] in ("True", "true", "1", "yes")
        and "format-only" not in r["context"]
        and " " in r["expected_normalised"]
    ][:40],
    ids=lambda r: r["input"],
)
def test_valid_postcode_vectors_are_found(find: Find, row: dict[str, str]) -> None:
    found = find(f"We're at {row['input']} now", "postcode", min_conf=0.0)
    assert found, row


def test_postcodes_exist_or_stay_low(find: Find) -> None:
    assert texts_of(find("Lost cat near M1 1AE", "postcode")) == ["M1 1AE"]
    assert texts_of(find("it's BL32AB for the satnav", "postcode")) == ["BL32AB"]
    fake = find("LS6 9ZZ won nothing", "postcode", min_conf=0.0)
    assert fake and fake[0].confidence < 0.5 and "no such postcode" in fake[0].reason
    assert find("Bought the SW19 tennis tickets! Stuck on the M25", "postcode") == []
    own = find("postcode for the party is bl3 2ab", "postcode")
    assert own and own[0].confidence >= 0.95


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moved into our new house at 27 Oakfield Road, Bolton BL3 4TH 🏡",
            "27 Oakfield Road, Bolton",
        ),
        ("Send it to Flat 3, 22 Chorley New Road, Bolton", "Flat 3, 22 Chorley New Road, Bolton"),
        (
            "Drop the key through the door at 45a Derby Street, Bolton please",
            "45a Derby Street, Bolton",
        ),
        ("New address 3 The Green, Lostock", "3 The Green, Lostock"),
        (
            "Our new address: Rose Cottage, Church Street, Horwich",
            "Rose Cottage, Church Street, Horwich",
        ),
        ("Deliver to 9 Kingsway, Manchester", "9 Kingsway, Manchester"),
        ("come round, 14 mill lane, blue door", "14 mill lane"),
        ("14 Mill Ln", "14 Mill Ln"),
    ],
)
def test_addresses(find: Find, text: str, expected: str) -> None:
    assert expected in texts_of(find(text, "home_address"))


@pytest.mark.parametrize(
    "text",
    [
        "Roadworks on Mill Lane again, avoid if you can",
        "Crash on Chorley New Road this morning",
        "221B Baker Street is on my bucket list",
        "Film night: Miracle on 34th Street",
        "7 Ways to Cook Chicken on the blog",
        "Running 3 Park Runs this month",
        "12 Angry Men is a classic film",
        "Lovely dinner at the Mill Lane Bistro",
        "Can you sign for a parcel at number 14?",
    ],
)
def test_street_names_in_news_are_not_addresses(find: Find, text: str) -> None:
    assert find(text, "home_address") == []


def test_own_address_scores_highest(find: Find) -> None:
    ev = find("Party at mine! 14, Mill Lane", "home_address")
    assert ev and ev[0].confidence >= 0.95 and "your own" in ev[0].reason
