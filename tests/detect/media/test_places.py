"""Candidate workplace and home from the user's own geotagged photos."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from auditor.detect.media.places import in_school_hours, infer_places
from auditor.models.item import GeoPoint, Item, ItemKind, MediaInfo


def _photo(lat: float, lon: float, when: datetime) -> Item:
    return Item(
        platform="google_photos",
        kind=ItemKind.MEDIA,
        source="Takeout/Google Photos/x.json",
        locator="/",
        location=GeoPoint(lat=lat, lon=lon, source="json:geoData"),
        media=MediaInfo(path="x.jpg", taken_at=when),
    )


def test_school_hours_in_term_time_only() -> None:
    assert in_school_hours(datetime(2026, 3, 4, 10, 30, tzinfo=UTC))  # a Wednesday
    assert not in_school_hours(datetime(2026, 3, 7, 10, 30, tzinfo=UTC))  # Saturday
    assert not in_school_hours(datetime(2026, 8, 5, 10, 30, tzinfo=UTC))  # summer holiday
    # 07:30 UTC in June is 08:30 in Bolton (BST).
    assert in_school_hours(datetime(2026, 6, 10, 7, 30, tzinfo=UTC))


def test_workplace_and_home_clusters_are_offered() -> None:
    start = datetime(2026, 2, 2, tzinfo=UTC)  # a Monday
    photos = []
    for day in range(10):  # weekday lunchtimes near the school, a few metres apart
        when = start + timedelta(days=day + 2 * (day // 5), hours=12)
        photos.append(_photo(53.5780 + day * 1e-5, -2.4290, when))
    for day in range(6):  # evenings at home
        photos.append(_photo(53.5601, -2.4412 + day * 1e-5, start + timedelta(days=day, hours=21)))
    photos.append(_photo(54.4609, -3.0886, start + timedelta(days=40, hours=14)))  # a trip
    cands = infer_places(photos)
    kinds = {c.kind: c for c in cands}
    assert set(kinds) == {"workplace", "home"}
    work, home = kinds["workplace"], kinds["home"]
    assert abs(work.point.lat - 53.5780) < 0.001 and work.matching == 10
    assert abs(home.point.lon - (-2.4412)) < 0.001 and home.matching == 6
    assert "school hours" in work.reason and "night" in home.reason


def test_too_few_photos_offer_nothing() -> None:
    when = datetime(2026, 2, 3, 12, tzinfo=UTC)
    assert infer_places([_photo(53.578, -2.429, when), _photo(53.578, -2.429, when)]) == []
