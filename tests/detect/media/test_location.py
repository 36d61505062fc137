"""The place of any item (check-in, geotag, location link) against the school and home."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.detect.context import DetectionContext
from auditor.detect.detector import all_detectors
from auditor.detect.media.geo import describe_distance, distance_m
from auditor.detect.media.location import LocationDetector
from auditor.models.evidence import EvidenceKind
from auditor.models.item import GeoPoint, Item, ItemKind
from auditor.profile.loader import load_profile


@pytest.fixture
def detector(sample_profile: Path) -> LocationDetector:
    d = LocationDetector()
    d.setup(DetectionContext.from_profile(load_profile(sample_profile)))
    return d


def _item(lat: float, lon: float, source: str = "check-in") -> Item:
    return Item(
        platform="facebook",
        kind=ItemKind.POST,
        source="posts.json",
        locator="/0",
        text="Back to work tomorrow",
        location=GeoPoint(lat=lat, lon=lon, source=source),
    )


def test_distance_matches_a_known_value() -> None:
    # One degree of latitude on the mean Earth sphere is 111.195 km; a degree of longitude at
    # 60° N is half of that.
    assert distance_m(GeoPoint(lat=0, lon=0), GeoPoint(lat=1, lon=0)) == pytest.approx(
        111_195, abs=1
    )
    assert distance_m(GeoPoint(lat=60, lon=0), GeoPoint(lat=60, lon=1)) == pytest.approx(
        55_597, abs=60
    )
    assert describe_distance(42.0) == "40 m" and describe_distance(870) == "about 850 m"


def test_registered_with_the_text_detectors() -> None:
    assert LocationDetector in all_detectors()


def test_a_check_in_at_the_school_is_near_the_school(detector: LocationDetector) -> None:
    ev = detector.detect(_item(53.57795, -2.42911), "")
    assert [e.kind for e in ev] == [EvidenceKind.LOCATION_NEAR_SCHOOL]
    assert ev[0].confidence >= 0.9
    assert " m from the school" in ev[0].reason and "check-in" in ev[0].reason


def test_confidence_falls_with_distance(detector: LocationDetector) -> None:
    near = detector.detect(_item(53.5781, -2.4288), "")[0]
    # About 500 m north of the school.
    farther = detector.detect(_item(53.5825, -2.4290), "")[0]
    assert farther.kind is EvidenceKind.LOCATION_NEAR_SCHOOL
    assert near.confidence > farther.confidence
    assert "about 500 m" in farther.text


def test_a_geotag_at_home_is_near_home(detector: LocationDetector) -> None:
    ev = detector.detect(_item(53.5603, -2.4409, source="exif"), "")
    assert [e.kind for e in ev] == [EvidenceKind.LOCATION_NEAR_HOME]
    assert "EXIF" in ev[0].reason and ev[0].confidence >= 0.9


def test_a_faraway_place_is_only_a_place(detector: LocationDetector) -> None:
    ev = detector.detect(_item(54.4609, -3.0886), "")  # Grasmere
    assert [e.kind for e in ev] == [EvidenceKind.LOCATION]
    assert "54.46090" in ev[0].text


def test_no_place_no_evidence(detector: LocationDetector) -> None:
    item = _item(0, 0).model_copy(update={"location": None})
    assert detector.detect(item, "") == []
