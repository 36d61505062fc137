"""Flickr's account data download: profile, per-photo JSON (geo in millionths), albums."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import FIXTURES
from tests.helpers import kinds, read_items

EXPORT = FIXTURES / "exports" / "flickr"


def test_items_and_counts() -> None:
    items, warnings = read_items(EXPORT)
    assert warnings == []
    assert kinds(items) == {"profile_field": 6, "bio": 1, "media": 2, "post": 1}


def test_photo_geo_tags_and_file() -> None:
    items, _ = read_items(EXPORT)
    photo = next(i for i in items if i.kind.value == "media" and "Harvest" in i.text)
    assert photo.location is not None
    assert abs(photo.location.lat - 53.57805) < 1e-9 and abs(photo.location.lon + 2.42891) < 1e-9
    assert "#harvest #year4" in photo.text
    assert photo.media is not None
    assert photo.media.path == "data-download-2/harvest-festival_52000000001_o.jpg"
    assert photo.media.album == "School year 2026"
    other = next(i for i in items if i.kind.value == "media" and "Moors" in i.text)
    assert other.location is None and other.audience == "friends"


def test_decimal_geo_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "photo_1.json").write_text(
        '{"id": "1", "name": "x", "geo": [{"latitude": "53.5", "longitude": "-2.4"}]}'
    )
    items, _ = read_items(tmp_path)
    assert items[0].location is not None and items[0].location.lat == 53.5
