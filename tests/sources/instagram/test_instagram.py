"""Instagram downloads: 2026 JSON, a Dutch 2024 export, a Turkish pre-2022 export, the 2025
`label_values` profile, the HTML variant, and Threads data inside the download."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import FIXTURES
from tests.helpers import kinds, read_items
from tests.sources.facebook.meta_support import assert_leads_back

IG = FIXTURES / "exports" / "instagram"
CURRENT = IG / "instagram-priya.makes-2026-03-10-current"
DUTCH = IG / "instagram-juf.sanne-2024-05-01-dutch"
TURKISH = IG / "ogretmen.ayse_20210301-turkish-old"
LABEL_VALUES = IG / "instagram-priya.makes-2025-label-values"
HTML = IG / "instagram-priya.makes-2026-html"
ALL = [CURRENT, DUTCH, TURKISH, LABEL_VALUES, HTML]


@pytest.fixture(scope="module")
def current() -> list:
    items, warnings = read_items(CURRENT)
    assert warnings == []
    return items


def test_current_counts(current: list) -> None:
    assert kinds(current) == {
        "profile_field": 6,
        "bio": 2,
        "media": 6,
        "comment": 2,
        "message": 2,
        "connection": 4,
        "post": 1,
    }
    assert {i.platform for i in current} == {"instagram"}


@pytest.mark.parametrize("root", ALL, ids=[p.name for p in ALL])
def test_every_locator_leads_back_and_nothing_warns(root) -> None:
    items, warnings = read_items(root)
    assert warnings == []
    assert items and {i.platform for i in items} == {"instagram"}
    for item in items:
        assert_leads_back(root, item)
        assert item.timestamp is None or item.timestamp.tzinfo is not None
        assert "Ã" not in item.text and "Ä" not in item.text


def test_profile_bio_and_fields(current: list) -> None:
    profile = [
        i for i in current if i.source.endswith("personal_information/personal_information.json")
    ]
    got = {(i.kind.value, i.field, i.text) for i in profile}
    assert got == {
        ("profile_field", "email", "priya.desai@example.org"),
        ("profile_field", "phone", "+447700900456"),
        ("profile_field", "username", "priya.makes"),
        ("profile_field", "name", "Priya Desai"),
        ("bio", "bio", "Teaching assistant 🍎 Crafts & coffee ☕"),
        ("profile_field", "website", "https://priya-crafts.example.com/"),
    }


def test_posts_reels_stories_with_captions_and_gps(current: list) -> None:
    media = [i for i in current if i.kind.value == "media" and "messages" not in i.source]
    single = next(i for i in media if i.locator == "/0/media/0")
    assert single.text == "New bunting for the classroom 🎏"  # caption on the media
    assert (single.location.lat, single.location.lon) == (53.7572, -2.7101)
    carousel = [i for i in media if i.locator.startswith("/1/")]
    assert len(carousel) == 2  # caption on the post, carried to each photo
    assert {i.text for i in carousel} == {"Christmas craft fair stall 🎄 thank you Preston!"}
    assert all(i.location is None for i in carousel)
    assert {i.post for i in carousel} == {"/1"}  # both photos of one post
    assert single.post == "/0"
    reel = next(i for i in media if i.title == "reel")
    assert reel.media.media_type == "video"
    story = next(i for i in media if i.title == "story")
    assert story.audience == "story" and story.location.lat == 53.76


def test_comments_messages_followers(current: list) -> None:
    comments = {(i.text, i.people[0]) for i in current if i.kind.value == "comment"}
    assert comments == {("So lovely 😍", "hannah.p"), ("How did you do the edging?", "knitwithkaz")}
    messages = [i for i in current if i.kind.value == "message"]
    assert messages[0].author == "hannah.p" and messages[0].people == ["hannah.p", "priya.makes"]
    assert messages[0].timestamp == datetime(2026, 1, 4, 20, tzinfo=UTC)
    people = {(i.title, i.text) for i in current if i.kind.value == "connection"}
    assert people == {
        ("follower", "hannah.p"),
        ("follower", "knitwithkaz"),
        ("following", "prestonlibrary"),  # late-2025 form: the handle is in "title"
        ("Threads follower", "hannah.p"),
    }


def test_threads_profile_and_posts(current: list) -> None:
    threads = [i for i in current if "/threads/" in i.source]
    assert ("bio", "Crafts, coffee and the odd rant about the M6") in {
        (i.kind.value, i.text) for i in threads
    }
    post = next(i for i in threads if i.kind.value == "post")
    assert post.text == "Roadworks on the M6 again 🙄" and post.title == "Threads post"


def test_dutch_labels() -> None:
    items, _ = read_items(DUTCH)
    fields = {(i.field, i.text) for i in items if i.kind.value in ("profile_field", "bio")}
    assert fields == {
        ("email", "sanne@example.nl"),
        ("username", "juf.sanne"),
        ("name", "Sanne de Vries"),
        ("bio", "Juf van groep 5 🌷"),
    }
    (comment,) = [i for i in items if i.kind.value == "comment"]
    assert comment.text == "Wat leuk!" and comment.people == ["meester.tim"]
    assert comment.locator == "/0/string_map_data/Opmerking"


def test_turkish_mojibake_labels_and_old_layout() -> None:
    items, _ = read_items(TURKISH)
    assert kinds(items) == {"profile_field": 2, "bio": 1, "media": 1, "connection": 1, "message": 1}
    bio = next(i for i in items if i.kind.value == "bio")
    assert bio.text == "İlkokul öğretmeni 📚 İzmir"
    assert bio.locator == "/profile_user/0/string_map_data/Biyografi"
    handle = next(i for i in items if i.field == "username")
    assert handle.locator == "/profile_user/0/string_map_data/Kullanıcı adı"
    # Nothing on the DM's path says Instagram; the export's other files do.
    (dm,) = [i for i in items if i.kind.value == "message"]
    assert dm.platform == "instagram" and dm.text == "Günaydın öğretmenim"


def test_label_values_profile() -> None:
    items, _ = read_items(LABEL_VALUES)
    assert {(i.kind.value, i.field, i.locator) for i in items} == {
        ("profile_field", "username", "/label_values/0"),
        ("bio", "bio", "/label_values/1"),
        ("profile_field", "email", "/label_values/2/dict/0"),
        ("profile_field", "phone", "/label_values/2/dict/1"),
    }


def test_html_variant() -> None:
    items, _ = read_items(HTML)
    assert kinds(items) == {
        "profile_field": 2,
        "bio": 1,
        "media": 3,
        "connection": 2,
        "message": 2,
        "comment": 1,
    }
    (comment,) = [i for i in items if i.kind.value == "comment"]
    assert (comment.text, comment.people) == ("So lovely 😍", ["hannah.p"])
    assert comment.timestamp == datetime(2026, 1, 3, 12, tzinfo=UTC)
    dms = [(i.author, i.text, i.platform) for i in items if i.kind.value == "message"]
    assert dms == [
        ("priya.makes", "Yes! Stall 12", "instagram"),
        ("hannah.p", "Are you selling at the fair again? 🎄", "instagram"),
    ]
    assert {i.text for i in items if i.kind.value == "connection"} == {"hannah.p", "knitwithkaz"}
    first = next(i for i in items if i.kind.value == "media")
    assert first.text == "New bunting for the classroom 🎏"
    assert first.timestamp == datetime(2026, 3, 7, 18, tzinfo=UTC)
    assert first.timestamp_raw == "Mar 07, 2026 6:00 pm"
    assert "False" not in {i.text for i in items}  # "Private Account" is not a profile field
