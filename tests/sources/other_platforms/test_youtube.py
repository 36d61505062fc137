"""YouTube from Google Takeout: channel, video metadata with recording places, comments,
live chats, playlists, subscriptions."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import FIXTURES
from tests.helpers import csv_record_at, kinds, read_items

EXPORT = FIXTURES / "exports" / "youtube" / "takeout-20261101T101010Z-001"
YT = EXPORT / "Takeout" / "YouTube and YouTube Music"


def test_items_and_counts() -> None:
    items, warnings = read_items(EXPORT)
    assert warnings == []
    assert kinds(items) == {
        "profile_field": 2,
        "media": 2,
        "comment": 3,
        "post": 1,
        "connection": 2,
    }
    assert {i.platform for i in items} == {"youtube"}


def test_video_has_recording_place_and_privacy() -> None:
    items, _ = read_items(EXPORT)
    video = next(i for i in items if i.kind.value == "media" and "Times tables" in i.text)
    assert video.location is not None
    assert abs(video.location.lat - 53.57801) < 1e-6
    assert video.audience == "unlisted"
    assert video.media is not None and video.media.media_type == "video"
    assert (
        video.timestamp is not None and video.timestamp.isoformat() == "2026-03-12T14:05:00+00:00"
    )
    # A multi-line quoted description stays one record, and the locator leads back to it.
    assert "Filmed in class" in video.text
    assert "aB3dE5gH7jK" in csv_record_at(YT / "video metadata" / "videos.csv", video.locator)


def test_comment_text_segments_are_joined() -> None:
    items, _ = read_items(EXPORT)
    comment = next(i for i in items if i.kind.value == "comment" and "Year 4" in i.text)
    assert comment.text == "Thanks for watching Year 4! See you at St Clement's on Monday 🎵"
    assert comment.url == "https://www.youtube.com/watch?v=aB3dE5gH7jK"
    assert "UgxC0mm3nt1" in csv_record_at(YT / "comments" / "comments.csv", comment.locator)


def test_linkedin_comments_csv_is_not_taken_for_youtube(tmp_path: Path) -> None:
    (tmp_path / "Comments.csv").write_text("Date,Link,Message\n2026-01-01,https://x,Hello\n")
    items, _ = read_items(tmp_path)
    assert not [i for i in items if i.platform == "youtube"]


def test_damaged_csv_warns_and_reads_the_rest(tmp_path: Path) -> None:
    bad = tmp_path / "channels"
    bad.mkdir()
    (bad / "channel.csv").write_bytes(
        b"Channel ID,Channel Title (Original),Channel Visibility\nUC1,Caf\xe9 \xff\xfe Bolton,Public\n"
    )
    items, warnings = read_items(tmp_path)
    assert any("channel.csv" in w.file and "UTF-8" in w.message for w in warnings)
    assert items and items[0].field == "channel_title"
