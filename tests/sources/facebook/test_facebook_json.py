"""Facebook JSON downloads, current (2024+) and pre-2024 layouts, read from project fixtures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import FIXTURES
from tests.helpers import kinds, read_items
from tests.sources.facebook.meta_support import assert_leads_back

CURRENT = FIXTURES / "exports" / "facebook" / "facebook-priyadesai-2026-current"
OLD = FIXTURES / "exports" / "facebook" / "facebook-priyadesai-2019-old"
COMBINED = FIXTURES / "exports" / "facebook" / "accounts-center-combined"


@pytest.fixture(scope="module")
def current() -> list:
    items, warnings = read_items(CURRENT)
    assert warnings == []
    return items


def by(items: list, name: str) -> list:
    return [i for i in items if i.source.rsplit("/", 1)[-1] == name]


def test_current_layout_counts(current: list) -> None:
    assert kinds(current) == {
        "profile_field": 9,
        "bio": 1,
        "post": 8,
        "media": 8,
        "comment": 4,
        "group": 3,  # two groups, and one named group chat in Messenger
        "message": 13,
        "connection": 4,
    }
    assert {i.platform for i in current} == {"facebook"}
    (chat,) = [i for i in current if i.kind.value == "group" and i.locator == "/title"]
    assert chat.source.endswith("message_1.json") and len(chat.people) > 2


@pytest.mark.parametrize("root", [CURRENT, OLD, COMBINED])
def test_every_locator_leads_back_to_its_record(root) -> None:
    items, _ = read_items(root)
    assert items
    for item in items:
        assert_leads_back(root, item)


def test_timestamps_are_utc_and_text_is_repaired(current: list) -> None:
    for item in current:
        assert item.timestamp is None or item.timestamp.utcoffset() == timedelta(0)
        assert "Ã" not in item.text and "ð\x9f" not in item.text
    names = {i.text for i in current if i.kind.value == "connection"}
    assert "Zoë Brontë" in names
    edu = next(i for i in current if i.field == "education")
    assert edu.text.startswith("Université de Lille")


def test_profile_fields(current: list) -> None:
    fields = {(i.field, i.text) for i in current if i.kind.value in ("profile_field", "bio")}
    assert ("work", "Brookfield Primary Academy, Teaching Assistant, Preston") in fields
    assert ("phone", "+44 7700 900456") in fields
    assert ("email", "pd.1990@example.net") in fields
    assert ("website", "https://priya-crafts.example.com/") in fields
    assert ("family", "Anil Desai") in fields
    assert ("hometown", "Leicester") in fields
    assert ("bio", "TA 🍎 | crafts | Preston North End") in fields


def test_posts_with_attachments_and_places(current: list) -> None:
    posts = by(current, "your_posts__check_ins__photos_and_videos_1.json")
    photo = next(i for i in posts if i.kind.value == "media")
    assert photo.text == "Costume parade"
    assert (photo.location.lat, photo.location.lon) == (53.7601, -2.7012)
    assert photo.media.camera == "Apple iPhone 13"
    assert photo.people == ["Hannah Price"]
    # The photo names its post, so findings about the two are shown as one post.
    assert photo.post is not None and photo.locator.startswith(photo.post + "/attachments/")
    assert any(i.kind.value == "post" and i.locator == photo.post for i in posts)
    walk = next(i for i in posts if i.locator == "/1")
    assert "Avenham Park" in walk.text and walk.location.lat == 53.7535
    link = next(i for i in posts if i.locator == "/2")
    assert "https://example.com/news/snow-closures" in link.text


def test_posts_others_wrote_on_the_timeline(current: list) -> None:
    (wall,) = by(current, "other_people's_posts_to_your_timeline.json")
    # The title says whose post it is and where: it leads the text detectors read.
    assert wall.text == "Sam Okoye wrote on Priya Desai's timeline.\nHappy birthday Miss Desai!! 🎂"
    assert wall.title == "Sam Okoye wrote on Priya Desai's timeline."
    assert wall.locator == "/wall_posts_sent_to_you_v2/0"


def test_album_uncategorised_and_videos(current: list) -> None:
    album = by(current, "0.json")
    assert [i.kind.value for i in album] == ["post", "media", "comment", "media"]
    first = album[1]
    assert first.media.album == "Sports Day 2025" and first.title == "Sports Day 2025"
    assert first.location.lat == 53.7610
    assert first.media.taken_at == datetime(2025, 7, 10, 13, 50, tzinfo=UTC)
    assert album[2].author == "Hannah Price"
    assert album[3].location is None  # no GPS in this photo's EXIF
    (video,) = by(current, "your_videos.json")
    assert video.media.media_type == "video" and "Nativity" in video.text
    (loose,) = by(current, "your_uncategorized_photos.json")
    assert loose.location.lat == 53.77


def test_check_ins_coordinates_from_label_values(current: list) -> None:
    (check_in,) = by(current, "check-ins.json")
    assert (check_in.location.lat, check_in.location.lon) == (53.760512345, -2.701298765)
    assert "Brookfield Primary Academy" in check_in.text
    assert "https://" not in check_in.text and check_in.url.endswith("brookfieldprimary")
    (tagged,) = by(current, "places_you_have_been_tagged_in.json")
    assert tagged.text == "Café Rouge, Fishergate" and tagged.location.lon == -2.7033


def test_comments_and_groups(current: list) -> None:
    comments = [i for i in current if i.kind.value == "comment"]
    in_group = next(i for i in comments if i.text.startswith("Reading books"))
    assert in_group.title == "Brookfield Parents & Carers" and in_group.audience == "group"
    groups = [i for i in current if i.kind.value == "group" and i.locator != "/title"]
    assert [g.text for g in groups] == ["Brookfield Parents & Carers", "Preston Crafters"]
    (group_post,) = by(current, "group_posts_and_comments.json")
    assert group_post.kind.value == "post" and group_post.audience == "group"
    assert group_post.text.startswith("Priya Desai posted in Brookfield Parents & Carers.\n")
    on_post = next(i for i in comments if "Congratulations" in i.text)
    assert (
        on_post.text == "Priya Desai commented on Hannah Price's post.\nCongratulations Hannah! 🎉"
    )
    assert on_post.locator == "/comments_v2/0"


def test_boilerplate_titles_stay_out_of_the_text(current: list) -> None:
    posts = by(current, "your_posts__check_ins__photos_and_videos_1.json")
    assert posts[0].text == "World Book Day at work 📚 — so many brilliant costumes!"
    assert posts[0].title == "Priya Desai updated her status."
    assert not any("shared a link" in i.text for i in posts)


def test_messages_every_section_in_numeric_part_order(current: list) -> None:
    messages = [i for i in current if i.kind.value == "message"]
    sections = {i.source.split("/messages/")[1].split("/")[0] for i in messages}
    assert sections == {
        "inbox",
        "archived_threads",
        "filtered_threads",
        "message_requests",
        "e2ee_cutover",
        "data_messenger_e2e",
    }
    split = [i.source.rsplit("/", 1)[1] for i in messages if "hannahprice_1029384756" in i.source]
    assert split == ["message_1.json"] * 2 + ["message_2.json"] * 2 + ["message_10.json"] * 2
    first = next(i for i in messages if "hannahprice_1029384756" in i.source)
    assert first.author == "Hannah Price" and first.title == "Hannah Price"
    assert first.people == ["Hannah Price", "Priya Desai"] and first.audience == "private"


def test_group_thread_location_share_media_and_skipped_pseudo_messages(current: list) -> None:
    thread = [i for i in current if "brookfieldstaffsocial" in i.source]
    texts = [i.text for i in thread if i.kind.value == "message"]
    assert not any(t.startswith("Reacted") for t in texts)  # a reaction, not words
    assert "deleted" not in texts  # unsent by its sender
    share = next(i for i in thread if i.text.startswith("Tom sent a location."))
    assert (share.location.lat, share.location.lon) == (53.7589, -2.7040)
    assert share.audience == "private" and share.title == "Staff social 🍕"  # a group chat
    (photo,) = [i for i in thread if i.kind.value == "media"]
    assert photo.author == "Hannah Price" and photo.media.path.endswith("photos/5001.jpg")


def test_secure_storage_e2ee_thread(current: list) -> None:
    e2ee = [i for i in current if i.source.endswith("Hannah Price_3.json")]
    assert [i.kind.value for i in e2ee] == ["message", "media"]  # the unsent one is left out
    assert e2ee[0].timestamp == datetime(2025, 12, 1, 19, tzinfo=UTC)
    assert e2ee[0].people == ["Priya Desai", "Hannah Price"]
    assert e2ee[1].media.path == (
        "your_facebook_activity/messages/data_messenger_e2e/media/fair_poster.jpg"
    )


def test_friends_and_following(current: list) -> None:
    people = [(i.title, i.text, i.people) for i in current if i.kind.value == "connection"]
    assert ("friend", "Hannah Price", ["Hannah Price"]) in people
    assert ("following", "Preston Library", ["Preston Library"]) in people


def test_pre_2024_layout() -> None:
    items, warnings = read_items(OLD)
    assert warnings == []
    assert kinds(items) == {
        "profile_field": 3,
        "group": 2,
        "post": 1,
        "media": 3,
        "comment": 1,
        "connection": 2,
        "message": 1,
    }
    photo = next(i for i in items if i.source.endswith("album/0.json"))
    # The older flat photo_metadata form.
    assert (photo.location.lat, photo.location.lon) == (53.7604, -2.7015)
    assert photo.media.camera == "samsung SM-G930F"
    web_photo = next(i for i in items if i.kind.value == "media" and "messages" in i.source)
    assert web_photo.media.path is None  # an fbcdn URL: not in the export
    assert {i.platform for i in items} == {"facebook"}


def test_combined_accounts_center_download_tells_platforms_apart() -> None:
    items, warnings = read_items(COMBINED)
    assert warnings == []
    got = {(i.platform, i.kind.value, i.text) for i in items}
    assert got == {
        ("facebook", "message", "Facebook hello"),
        ("instagram", "message", "Instagram hello"),
        ("facebook", "connection", "Hannah Price"),
        ("instagram", "connection", "hannah.p"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "https://www.bing.com/maps/default.aspx?v=2&where1=53.7589%2C%20-2.7040",
            (53.7589, -2.704),
        ),
        ("Meet here https://maps.google.com/?q=53.57812,-2.42877 ok", (53.57812, -2.42877)),
        ("https://www.google.com/maps/place/Bolton/@53.5780,-2.4290,17z", (53.578, -2.429)),
        ("https://example.com/?q=53.5,-2.4", None),  # not a map
        ("no link here", None),
    ],
)
def test_shared_location_links(text: str, expected: tuple[float, float] | None) -> None:
    from auditor.sources.readers.facebook.messenger import location_in_link

    point = location_in_link(text)
    assert (None if point is None else (point.lat, point.lon)) == expected


def test_archived_stories(current: list) -> None:
    (story,) = by(current, "archived_stories.json")
    assert story.kind.value == "media" and story.audience == "story"
    assert story.locator == "/archived_stories_v2/0/attachments/0/data/0/media"
    assert (story.location.lat, story.location.lon) == (53.7603, -2.7011)
