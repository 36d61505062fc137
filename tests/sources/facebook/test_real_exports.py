"""Every Facebook sample under shared/real-exports/facebook is read without a warning."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import REAL_EXPORTS
from tests.helpers import kinds, read_items
from tests.sources.facebook.meta_support import assert_leads_back

FACEBOOK = REAL_EXPORTS / "facebook"
MSGVAULT = FACEBOOK / "wesm__msgvault" / "internal" / "fbmessenger" / "testdata"
ADDSHORE = FACEBOOK / "addshore__facebook-data-image-exif" / "facebook-example"

pytestmark = pytest.mark.skipif(not FACEBOOK.is_dir(), reason="shared real exports absent")


@pytest.mark.parametrize(
    ("folder", "expected"),
    [
        ("json_simple", {"message": 3}),
        # sticker and calls carry no words; the photo is media; share and "left" are messages
        ("json_nontext", {"message": 2, "media": 1}),
        ("json_group", {"message": 3, "group": 1}),  # a named group chat is a group too
        ("json_with_media_alt", {"message": 1, "media": 1}),
        # One unsent message left out; a named chat of three is a group too.
        ("e2ee_simple", {"message": 4, "media": 1, "group": 1}),
        ("html_simple", {"message": 3}),
        ("html_timestamps", {"message": 3}),
    ],
)
def test_msgvault_samples(folder: str, expected: dict[str, int]) -> None:
    items, warnings = read_items(MSGVAULT / folder)
    assert warnings == []
    assert kinds(items) == expected
    assert {i.platform for i in items} == {"facebook"}
    for item in items:
        assert_leads_back(MSGVAULT / folder, item)


def test_msgvault_mojibake_and_times() -> None:
    items, _ = read_items(MSGVAULT / "json_simple")
    assert "café time?" in {i.text for i in items}
    html, _ = read_items(MSGVAULT / "html_timestamps")
    assert {i.timestamp for i in html} == {datetime(2019, 10, 19, 14, 37, tzinfo=UTC)}
    assert {i.author for i in html} == {"Test User"} and {i.text for i in html} == {"ping"}


def test_addshore_albums_old_flat_exif() -> None:
    items, warnings = read_items(ADDSHORE)
    assert warnings == []
    assert kinds(items) == {"media": 4}
    located = [i for i in items if i.location is not None]
    assert len(located) == 2
    assert {(i.location.lat, i.location.lon) for i in located} == {
        (29.925027777778, -90.088072222222)
    }
    assert {i.media.album for i in items} == {"Album 2015", "Album 1 JSON"}
    for item in items:
        assert_leads_back(ADDSHORE, item)


def test_whole_facebook_folder_reads_cleanly() -> None:
    items, warnings = read_items(FACEBOOK)
    assert warnings == []
    assert kinds(items) == {"message": 19, "media": 7, "group": 2}  # two named group chats
