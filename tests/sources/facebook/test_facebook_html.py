"""Facebook's HTML download: records are found by structure; locators are CSS paths that
`select()` follows back to exactly one element."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from auditor.sources.readers.facebook.html_blocks import parse_when
from tests.conftest import FIXTURES
from tests.helpers import kinds, read_items
from tests.sources.facebook.meta_support import assert_leads_back

HTML = FIXTURES / "exports" / "facebook" / "facebook-priyadesai-2026-html"


@pytest.fixture(scope="module")
def items() -> list:
    found, warnings = read_items(HTML)
    assert warnings == []
    return found


def test_counts(items: list) -> None:
    assert kinds(items) == {
        "post": 2,
        "media": 2,
        "comment": 1,
        "message": 4,
        "profile_field": 5,
        "connection": 2,
        "group": 1,
    }


def test_locators_lead_back(items: list) -> None:
    for item in items:
        assert_leads_back(HTML, item)


def test_posts_keep_title_prose_text_and_photo(items: list) -> None:
    posts = [i for i in items if i.kind.value == "post"]
    assert posts[0].title == "Priya Desai updated her status."
    assert posts[0].text == "World Book Day at work 📚"  # a boilerplate title stays out
    assert posts[1].text == "Priya Desai was at Avenham Park.\nSunday walk ☀️"
    assert posts[0].timestamp == datetime(2026, 3, 6, 16, tzinfo=UTC)
    assert posts[0].timestamp_raw == "Mar 06, 2026 4:00:00 pm"  # no zone on the page
    photo = next(i for i in items if i.kind.value == "media" and "posts" in i.source)
    assert photo.media.path == "your_facebook_activity/posts/media/WorldBookDay_1/1001.jpg"


def test_messages_sender_participants_and_zone(items: list) -> None:
    messages = [i for i in items if i.kind.value == "message" and "inbox" in i.source]
    assert [(m.author, m.text) for m in messages] == [
        ("Hannah Price", "Newest part"),
        ("Priya Desai", "See you at 8 😊"),
    ]
    assert messages[0].people == ["Hannah Price", "Priya Desai"]
    # "Tuesday, 20 January 2026 at 09:00 UTC+01" names its zone: converted, raw not needed.
    assert messages[1].timestamp == datetime(2026, 1, 20, 8, tzinfo=UTC)
    assert messages[1].timestamp_raw is None


def test_profile_table_and_friends(items: list) -> None:
    fields = [(i.field, i.text) for i in items if i.kind.value == "profile_field"]
    assert fields == [
        ("current_city", "Preston, Lancashire"),
        ("work", "Brookfield Primary Academy"),
        ("work", "Teaching Assistant"),
        ("phone", "+44 7700 900456"),
        ("website", "https://priya-crafts.example.com/"),
    ]
    friends = [(i.text, i.timestamp) for i in items if i.kind.value == "connection"]
    assert friends == [
        ("Hannah Price", datetime(2019, 5, 1, tzinfo=UTC)),
        ("Tom Reeve", datetime(2021, 9, 9, tzinfo=UTC)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sep 13, 2020, 12:26 PM", datetime(2020, 9, 13, 12, 26, tzinfo=UTC)),
        ("Oct 19, 2019 at 2:37 PM", datetime(2019, 10, 19, 14, 37, tzinfo=UTC)),
        ("19 Oct 2019, 14:37", datetime(2019, 10, 19, 14, 37, tzinfo=UTC)),
        ("Jan 05, 2021 12:10:05 am", datetime(2021, 1, 5, 0, 10, 5, tzinfo=UTC)),
        ("Tuesday, 13 March 2018 at 10:31 UTC-05", datetime(2018, 3, 13, 15, 31, tzinfo=UTC)),
        ("13. März 2018 um 10:31", datetime(2018, 3, 13, 10, 31, tzinfo=UTC)),
        ("13 mars 2018 à 10:31", datetime(2018, 3, 13, 10, 31, tzinfo=UTC)),
        ("13 de marzo de 2018 a las 10:31", datetime(2018, 3, 13, 10, 31, tzinfo=UTC)),
        ("dinsdag 13 maart 2018 om 10:31", datetime(2018, 3, 13, 10, 31, tzinfo=UTC)),
        ("Octember 19, 2019", None),
        ("ping", None),
    ],
)
def test_html_timestamp_layouts(text: str, expected: datetime | None) -> None:
    assert parse_when(text) == expected


def test_pre_2019_messenger_page(items: list) -> None:
    old = [i for i in items if i.source == "messages/samokoye_2017/message.html"]
    assert [(m.author, m.text) for m in old] == [
        ("Sam Okoye", "Are you doing the school run tomorrow?"),
        ("Priya Desai", "Yes, see you at the gate"),
    ]
    assert old[0].timestamp == datetime(2018, 3, 13, 9, 31, tzinfo=UTC)
    assert old[0].title == "Sam Okoye" and old[0].people == ["Sam Okoye"]


def test_group_membership_page(items: list) -> None:
    (group,) = [i for i in items if i.kind.value == "group"]
    assert group.text == "You became a member of Brookfield Parents & Carers."
    assert group.timestamp == datetime(2024, 9, 3, 12, tzinfo=UTC)


def test_older_friends_page_without_dates_per_record(tmp_path) -> None:
    page = (
        "<!DOCTYPE html><html><body><h1>Friends</h1><ul>"
        "<li>Hannah Price (Oct 1, 2020)</li><li>Tom Reeve</li></ul></body></html>"
    )
    (tmp_path / "friends").mkdir()
    (tmp_path / "friends" / "friends.html").write_text(page, "utf-8")
    found, warnings = read_items(tmp_path)
    assert warnings == []
    assert [(i.text, i.locator) for i in found] == [
        ("Hannah Price", "html > body > ul:nth-of-type(1) > li:nth-of-type(1)"),
        ("Tom Reeve", "html > body > ul:nth-of-type(1) > li:nth-of-type(2)"),
    ]
