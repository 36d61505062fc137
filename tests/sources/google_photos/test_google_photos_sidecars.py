"""Google Photos Takeout sidecars: naming generations, truncation, bracket swap, 0/0 GPS."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from auditor.sources.readers.google_photos.sidecar_json import photo_name_candidates
from tests.conftest import FIXTURES, REAL_EXPORTS
from tests.helpers import kinds, read_items
from tests.sources.locate import json_record

TAKEOUT = FIXTURES / "exports" / "google_photos" / "takeout-20261101T090000Z-001"
PHOTOS = "Takeout/Google Photos"
REAL = REAL_EXPORTS / "google-photos"


def _by_photo(items: list) -> dict:
    return {i.source.rsplit("/", 1)[1]: i for i in items}


def test_every_sidecar_is_one_media_item_pointing_at_its_photo() -> None:
    items, warnings = read_items(TAKEOUT)
    assert warnings == []
    assert kinds(items) == {"media": 7}  # metadata.json (the album) is not a photo
    paths = {i.source.rsplit("/", 1)[1]: i.media.path for i in items}
    year = f"{PHOTOS}/Photos from 2026"
    trip = f"{PHOTOS}/Year 4 trip to Smithills Hall"
    assert paths == {
        "IMG_20260914_101500.jpg.supplemental-metadata.json": f"{year}/IMG_20260914_101500.jpg",
        "IMG_20260915_083000.jpg.json": f"{year}/IMG_20260915_083000.jpg",
        "VID_20260701_120000.mp4.supplemental-metadata.json": f"{year}/VID_20260701_120000.mp4",
        "image.jpg.json": f"{year}/image.jpg",
        "image.jpg(1).json": f"{year}/image(1).jpg",  # the bracket swap
        "PXL_20260620_103012345.PORTRAIT.ORIGINAL.jpg.s.json": (
            f"{trip}/PXL_20260620_103012345.PORTRAIT.ORIGINAL.jpg"  # name cut to 51 chars
        ),
        "IMG_MISSING.jpg.supplemental-metadata.json": None,
    }
    for item in items:
        record = json_record(TAKEOUT, item.source, item.locator)
        taken = item.timestamp.timestamp() if item.timestamp else None
        assert int(record["photoTakenTime"]["timestamp"]) == taken
        assert item.title == item.media.album
        if item.media.path:
            assert (TAKEOUT / item.media.path).is_file()


def test_people_description_time_and_place() -> None:
    items, _ = read_items(TAKEOUT)
    sports = _by_photo(items)["IMG_20260914_101500.jpg.supplemental-metadata.json"]
    assert sports.text == "Sports day at St Clement's"
    assert sports.people == ["Alfie Turner", "Jane Smith"]
    assert sports.media.people == ["Alfie Turner", "Jane Smith"]
    assert (
        sports.timestamp is not None and sports.timestamp.isoformat() == "2026-09-14T10:25:00+00:00"
    )
    assert sports.location is not None and (sports.location.lat, sports.location.lon) == (
        53.578,
        -2.429,
    )
    assert sports.url and sports.url.startswith("https://photos.google.com/")
    assert sports.media.album is None  # "Photos from 2026" is not an album


def test_zero_geodata_falls_back_to_exif_or_none() -> None:
    items, _ = read_items(TAKEOUT)
    by = _by_photo(items)
    home = by["IMG_20260915_083000.jpg.json"]
    assert home.location is not None and home.location.source == "json:geoDataExif"
    assert (home.location.lat, home.location.lon) == (53.5601, -2.4412)
    assert by["image.jpg.json"].location is None  # 0/0 is "no location", not the Gulf of Guinea
    assert by["VID_20260701_120000.mp4.supplemental-metadata.json"].media.media_type == "video"
    trip = by["PXL_20260620_103012345.PORTRAIT.ORIGINAL.jpg.s.json"]
    assert trip.media.album == trip.title == "Year 4 trip to Smithills Hall"


@pytest.mark.parametrize(
    ("sidecar", "expected"),
    [
        ("IMG_1234.jpg.json", ["IMG_1234.jpg"]),
        ("IMG_1234.jpg.supplemental-metadata.json", ["IMG_1234.jpg"]),
        ("IMG_20160819_201122-01.jpeg.supplemental-metad.json", ["IMG_20160819_201122-01.jpeg"]),
        ("image.jpg(1).json", ["image(1).jpg", "image.jpg(1)"]),
        ("image.jpg.supplemental-metadata(2).json", ["image(2).jpg", "image.jpg(2)"]),
        ("scan.json", ["scan"]),
    ],
)
def test_sidecar_name_rules(sidecar: str, expected: list[str]) -> None:
    assert photo_name_candidates(sidecar) == expected


def test_split_takeout_photo_in_the_second_part(tmp_path: Path) -> None:
    year = TAKEOUT / PHOTOS / "Photos from 2026"
    first = tmp_path / "takeout-20261101T090000Z-001.zip"
    with zipfile.ZipFile(first, "w") as zf:
        zf.write(
            year / "IMG_20260915_083000.jpg.json",
            f"{PHOTOS}/Photos from 2026/IMG_20260915_083000.jpg.json",
        )
    with zipfile.ZipFile(tmp_path / "takeout-20261101T090000Z-002.zip", "w") as zf:
        zf.write(
            year / "IMG_20260915_083000.jpg", f"{PHOTOS}/Photos from 2026/IMG_20260915_083000.jpg"
        )
    items, warnings = read_items(first)
    assert warnings == []
    assert [i.media.path for i in items] == [f"{PHOTOS}/Photos from 2026/IMG_20260915_083000.jpg"]


def test_other_json_is_not_a_sidecar(tmp_path: Path) -> None:
    (tmp_path / "metadata.json").write_text(json.dumps({"title": "Album", "description": ""}))
    (tmp_path / "settings.json").write_text(json.dumps({"photoTaken": 1}))
    items, _ = read_items(tmp_path)
    assert items == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"title": "IMG_1.jpg", "photoTakenTime": {"timestamp": "17', "not valid JSON"),
        (b'["photoTakenTime"]', "expected a JSON object"),
        (b'{"title": "caf\xe9.jpg", "photoTakenTime": {"timestamp": "1789000000"}}', "UTF-8"),
    ],
    ids=["truncated", "wrong-type", "wrong-encoding"],
)
def test_malformed_sidecar_warns_by_name(tmp_path: Path, content: bytes, message: str) -> None:
    (tmp_path / "IMG_1.jpg.json").write_bytes(content)
    items, warnings = read_items(tmp_path)
    assert [w.file for w in warnings] == ["IMG_1.jpg.json"]
    assert message in warnings[0].message
    assert len(items) == (1 if message == "UTF-8" else 0)


def test_wrong_types_and_huge_description(tmp_path: Path) -> None:
    (tmp_path / "a.jpg.json").write_text(
        json.dumps(
            {
                "title": 5,
                "photoTakenTime": "yesterday",
                "geoData": {"latitude": "north", "longitude": None},
                "geoDataExif": [],
                "people": [{"name": None}, "x", {"name": "Poppy Lewis"}],
                "description": "d" * 3_000_000,
            }
        )
    )
    items, warnings = read_items(tmp_path)
    assert warnings == []
    (item,) = items
    assert item.people == ["Poppy Lewis"] and item.location is None and item.timestamp is None
    assert len(item.text) == 3_000_000


@pytest.mark.skipif(not REAL.is_dir(), reason="shared real-format samples not present")
def test_real_format_sidecars() -> None:
    items, warnings = read_items(REAL)
    assert warnings == []
    assert kinds(items) == {"media": 3}
    by = {i.source.rsplit("/", 1)[1]: i for i in items}
    tagged = by["046a025ce4a74570347241df5bfe27cc.jpg.json"]
    assert tagged.people == ["Sebastian"] and tagged.location is None
    assert (
        tagged.timestamp is not None and tagged.timestamp.isoformat() == "2016-07-15T20:29:26+00:00"
    )
    gps = by["sample_photo.json"].location
    assert gps is not None and (gps.lat, gps.lon) == (37.7749, -122.4194)
    for item in items:
        record = json_record(REAL, item.source, item.locator)
        assert item.timestamp is not None
        assert int(record["photoTakenTime"]["timestamp"]) == item.timestamp.timestamp()
