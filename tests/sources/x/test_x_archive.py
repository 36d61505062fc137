"""The X archive reader on a project-written archive that mirrors the real `data/*.js` layout."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, REAL_EXPORTS, zip_folder
from tests.helpers import kinds, read_items
from tests.sources.locate import json_record

ARCHIVE = FIXTURES / "exports" / "x" / "twitter-2026-11-01-jsmith"
REAL_X = REAL_EXPORTS / "twitter" / "dogsheep__twitter-to-sqlite" / "tests" / "zip_contents"


def test_every_record_becomes_an_item() -> None:
    items, warnings = read_items(ARCHIVE)
    assert warnings == []
    assert kinds(items) == {
        "profile_field": 6,  # username, display name, email, phone, location, website
        "bio": 1,
        "post": 4,  # two in tweets.js, one in tweets-part1.js, one long post in note-tweet.js
        "comment": 1,  # the reply
        "media": 3,  # two tweet photos, one DM photo
        "message": 3,  # two direct, one in a group conversation (its join event is no message)
        "connection": 3,
    }
    assert {i.platform for i in items} == {"x"}


def test_locators_lead_back_to_the_record() -> None:
    items, _ = read_items(ARCHIVE)
    for item in items:
        record = json_record(ARCHIVE, item.source, item.locator)
        if item.title == "long post":
            assert record == item.text
        elif item.kind.value in ("post", "comment"):
            assert record["full_text"].split(" ")[0].replace("&amp;", "&") in item.text
        elif item.kind.value == "message":
            assert record["text"] == item.text
        elif item.kind.value == "media" and "tweet" in item.locator:
            assert item.media is not None and item.media.path is not None
            assert item.media.path.endswith(record["media_url_https"].rsplit("/", 1)[1])
        elif item.kind.value == "media":
            assert record.rsplit("/", 1)[1] in (item.media.path if item.media else "")
        else:
            assert (
                isinstance(record, str)
                and record.replace("&#39;", "'").replace("&amp;", "&") == item.text
            )


def test_bio_is_unescaped_and_profile_fields_named() -> None:
    items, _ = read_items(ARCHIVE)
    bio = next(i for i in items if i.kind.value == "bio")
    assert bio.field == "bio"
    assert bio.text.startswith("Year 4 teacher at St Clement's, Bolton. Reading, rambling & rugby")
    fields = {i.field: i.text for i in items if i.kind.value == "profile_field"}
    assert fields["location"] == "Bolton, England"
    assert fields["phone"] == "+447700900123"
    assert fields["display_name"] == "Mrs Smith (Year 4)"


def test_tweet_time_media_and_coordinates() -> None:
    items, _ = read_items(ARCHIVE)
    first = next(i for i in items if i.kind.value == "post" and "sack race" in i.text)
    assert first.timestamp is not None
    assert first.timestamp.isoformat() == "2023-09-11T07:32:10+00:00"
    assert first.url == "https://x.com/MrsSmithY4/status/1701000000000000001"
    photos = [i for i in items if i.kind.value == "media" and i.source.endswith("tweets.js")]
    assert sorted(p.media.path for p in photos if p.media) == [
        "data/tweets_media/1701000000000000001-F5aaaaaXkAA1bbb.jpg",
        "data/tweets_media/1701000000000000001-F5ccccXkAA2ddd.jpg",
    ]
    assert {p.post for p in photos} == {first.locator}  # both photos belong to that tweet
    walk = next(i for i in items if "canal" in i.text)
    assert walk.location is not None
    assert (walk.location.lat, walk.location.lon) == (53.5601, -2.4412)
    assert "Bolton, England" in walk.text  # the place name travels with the text


def test_long_post_full_text_from_note_tweet() -> None:
    items, _ = read_items(ARCHIVE)
    note = next(i for i in items if i.title == "long post")
    assert note.source == "data/note-tweet.js"
    assert note.text.endswith("Thank you.") and len(note.text) > 280
    assert note.timestamp is not None and note.timestamp.isoformat() == "2023-10-20T17:00:00+00:00"


def test_group_conversation_title_and_author() -> None:
    items, _ = read_items(ARCHIVE)
    (msg,) = [i for i in items if i.source == "data/direct-messages-group.js"]
    assert msg.title == "Y4 team"
    assert msg.author == "400000000000000003"
    assert msg.locator == "/0/dmConversation/messages/1/messageCreate"


def test_reply_is_a_comment_with_mentions() -> None:
    items, _ = read_items(ARCHIVE)
    reply = next(i for i in items if i.kind.value == "comment")
    assert reply.people == ["@BoltonLibraries"]
    assert reply.title == "reply to @BoltonLibraries"


def test_zipped_archive_reads_the_same(tmp_path: Path) -> None:
    folder_items, _ = read_items(ARCHIVE)
    zipped = zip_folder(ARCHIVE, tmp_path / "twitter-2026-11-01-abc.zip")
    zip_items, warnings = read_items(zipped)
    assert warnings == []
    assert [(i.source, i.locator, i.text) for i in zip_items] == [
        (i.source, i.locator, i.text) for i in folder_items
    ]


def test_old_archive_tweet_js_unwrapped_records_and_tweet_media(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "tweet_media").mkdir(parents=True)
    (data / "tweet_media" / "99-Xyz.jpg").write_bytes(
        (ARCHIVE / "data" / "tweets_media" / "1701000000000000001-F5aaaaaXkAA1bbb.jpg").read_bytes()
    )
    (data / "tweet.js").write_text(
        'window.YTD.tweet.part0 = [ { "id_str": "99", "full_text": "Old style", '
        '"created_at": "Wed Jan 02 08:00:00 +0000 2019", '
        '"entities": {"media": [{"media_url_https": "https://pbs.twimg.com/media/Xyz.jpg"}]} } ]'
    )
    items, warnings = read_items(tmp_path)
    assert warnings == []
    assert [(i.kind.value, i.locator) for i in items] == [
        ("post", "/0"),
        ("media", "/0/entities/media/0"),
    ]
    assert items[1].media is not None and items[1].media.path == "data/tweet_media/99-Xyz.jpg"


def test_content_decides_not_the_name(tmp_path: Path) -> None:
    (tmp_path / "tweets.js").write_text("var tweets = [1, 2, 3];\n")
    items, warnings = read_items(tmp_path)
    assert items == []
    assert any("no recognisable" in w.message for w in warnings)


@pytest.mark.parametrize(
    ("content", "expect"),
    [
        (b'window.YTD.tweets.part0 = [ { "tweet" : { "full_text" : "cut', "not valid JSON"),
        (b"window.YTD.tweets.part0 = ", "not valid JSON"),
        (b'window.YTD.tweets.part0 = {"tweet": 5}', "expected a list"),
        (b"window.YTD.tweets.part0 = \xff\xfe\x00[", "not valid JSON"),
    ],
    ids=["truncated", "empty-after-prefix", "wrong-type", "wrong-encoding"],
)
def test_malformed_files_warn_by_name(tmp_path: Path, content: bytes, expect: str) -> None:
    shutil.copytree(ARCHIVE, tmp_path / "a")
    (tmp_path / "a" / "data" / "tweets.js").write_bytes(content)
    items, warnings = read_items(tmp_path / "a")
    assert {w.file for w in warnings} == {"data/tweets.js"}
    assert any(expect in w.message for w in warnings)
    assert kinds(items)["bio"] == 1  # everything else is still read


def test_wrong_types_inside_records_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "tweets.js").write_text(
        'window.YTD.tweets.part0 = [ 5, null, {"tweet": []}, {"tweet": {"full_text": 7, '
        '"created_at": 12, "coordinates": {"coordinates": ["a", null]}, '
        '"entities": {"media": "x", "user_mentions": [1]}}} ]'
    )
    items, warnings = read_items(tmp_path)
    assert warnings == []
    assert [(i.kind.value, i.text, i.timestamp, i.location) for i in items] == [
        ("post", "7", None, None)
    ]


def test_huge_single_string_is_read(tmp_path: Path) -> None:
    huge = "a" * 5_000_000
    (tmp_path / "tweets.js").write_text(
        'window.YTD.tweets.part0 = [ {"tweet": {"full_text": "' + huge + '"}} ]'
    )
    items, warnings = read_items(tmp_path)
    assert warnings == [] and len(items[0].text) == 5_000_000


@pytest.mark.skipif(not REAL_X.is_dir(), reason="shared real-format samples not present")
def test_real_format_sample_files_read_without_warnings() -> None:
    items, warnings = read_items(REAL_X)
    assert warnings == []
    by_file: dict[str, int] = {}
    for item in items:
        by_file[item.source] = by_file.get(item.source, 0) + 1
    # account.js: username, display name, email, phone; two followers; two followed accounts.
    assert by_file == {"account.js": 4, "follower.js": 2, "following.js": 2}
    account = {i.field: i.text for i in items if i.source == "account.js"}
    assert account["username"] == "simonw"
    for item in items:
        assert json_record(REAL_X, item.source, item.locator) == item.text


def test_empty_data_file_warns_by_name(tmp_path: Path) -> None:
    shutil.copytree(ARCHIVE, tmp_path / "a")
    (tmp_path / "a" / "data" / "tweets.js").write_bytes(b"")
    items, warnings = read_items(tmp_path / "a")
    assert [(w.file, w.message) for w in warnings] == [("data/tweets.js", "empty file")]
    assert kinds(items)["post"] == 2  # tweets-part1.js and note-tweet.js


def test_the_owners_own_messages_are_theirs_whatever_the_profile_calls_them() -> None:
    """X names senders by account id; the archive's own account id (account.js) marks the
    owner's messages as the user's own, as their posts are, without any name to match."""
    from auditor.rules.engine import is_own

    items, _ = read_items(ARCHIVE)
    dms = [i for i in items if i.source == "data/direct-messages.js"]
    mine = [i for i in dms if "class trip" in i.text or i.kind.value == "media"]
    theirs = next(i for i in dms if "beaming" in i.text)
    assert mine and all(i.author is None for i in mine)
    assert all(is_own(i, frozenset()) for i in mine)
    assert theirs.author == "400000000000000002" and not is_own(theirs, frozenset({"jane smith"}))
    # The owner is not listed among the other people in the conversation.
    assert all("1500000000000000001" not in i.people for i in dms)
    assert theirs.people == ["400000000000000002"]


def test_without_an_account_file_senders_stay_as_ids(tmp_path: Path) -> None:
    copy = tmp_path / "archive"
    shutil.copytree(ARCHIVE, copy)
    (copy / "data" / "account.js").unlink()
    items, _ = read_items(copy)  # manifest.js names the account too
    assert next(i for i in items if "class trip" in i.text).author is None
    (copy / "data" / "manifest.js").unlink()
    items, _ = read_items(copy)
    own = next(i for i in items if "class trip" in i.text)
    assert own.author == "1500000000000000001"
