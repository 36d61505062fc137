"""Places the profile does not give, inferred from the user's own geotagged photos, offline.

A cluster of photos taken on weekdays in term time during school hours is probably the
workplace; a cluster of evening and night photos is probably home. These are candidates for
the user to confirm (the TUI offers them and saves a confirmed one to the profile): nothing
here is trusted on its own, and nothing is logged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from auditor.detect.media.geo import distance_m
from auditor.models.item import GeoPoint, Item

LOCAL = ZoneInfo("Europe/London")
CLUSTER_RADIUS_M = 200.0
MIN_PHOTOS = 3
MIN_SHARE = 0.6  # of a cluster's photos in the right hours
SCHOOL_HOURS = (time(8, 0), time(16, 30))
EVENING_FROM, MORNING_UNTIL = time(19, 0), time(7, 0)


@dataclass(frozen=True)
class Sighting:
    point: GeoPoint
    when: datetime  # aware (UTC) or the camera's local time


@dataclass
class PlaceCandidate:
    kind: str  # "workplace" | "home"
    point: GeoPoint
    photos: int  # photos in the cluster
    matching: int  # of them, taken in the hours that suggest this kind of place
    reason: str
    members: list[Sighting] = field(default_factory=list, repr=False)

    @property
    def share(self) -> float:
        return self.matching / self.photos if self.photos else 0.0


def sightings(items: Iterable[Item]) -> list[Sighting]:
    """Each item with both a place and a time (the photo's own time preferred)."""
    out = []
    for item in items:
        when = (item.media.taken_at if item.media else None) or item.timestamp
        if item.location is not None and when is not None:
            out.append(Sighting(item.location, when))
    return out


def is_holiday(day: date) -> bool:
    """England's school holidays, roughly: August, late July, Christmas and Easter fortnights,
    and the half-term weeks are not all known; this errs towards calling a day term time."""
    m, d = day.month, day.day
    return (
        m == 8
        or (m == 7 and d >= 24)
        or (m == 12 and d >= 22)
        or (m == 1 and d <= 3)
        or (m == 4 and d <= 12)
    )


def _local(when: datetime) -> datetime:
    return when.astimezone(LOCAL) if when.tzinfo is not None else when


def in_school_hours(when: datetime) -> bool:
    t = _local(when)
    return (
        t.weekday() < 5
        and not is_holiday(t.date())
        and SCHOOL_HOURS[0] <= t.time() <= SCHOOL_HOURS[1]
    )


def at_night(when: datetime) -> bool:
    t = _local(when).time()
    return t >= EVENING_FROM or t < MORNING_UNTIL


def clusters(points: list[Sighting], radius_m: float = CLUSTER_RADIUS_M) -> list[list[Sighting]]:
    """Greedy clustering around running centres (enough for a few thousand photos)."""
    groups: list[tuple[float, float, list[Sighting]]] = []
    for s in points:
        best = None
        for i, (lat, lon, _members) in enumerate(groups):
            d = distance_m(GeoPoint(lat=lat, lon=lon), s.point)
            if d <= radius_m and (best is None or d < best[1]):
                best = (i, d)
        if best is None:
            groups.append((s.point.lat, s.point.lon, [s]))
        else:
            lat, lon, members = groups[best[0]]
            members.append(s)
            n = len(members)
            groups[best[0]] = (
                lat + (s.point.lat - lat) / n,
                lon + (s.point.lon - lon) / n,
                members,
            )
    return [m for _, _, m in groups]


def infer_places(items: Iterable[Item], *, min_photos: int = MIN_PHOTOS) -> list[PlaceCandidate]:
    """Candidate workplace and home, best first, for the user to confirm."""
    out: list[PlaceCandidate] = []
    for members in clusters(sightings(items)):
        if len(members) < min_photos:
            continue
        lat = sum(s.point.lat for s in members) / len(members)
        lon = sum(s.point.lon for s in members) / len(members)
        centre = GeoPoint(lat=round(lat, 5), lon=round(lon, 5), source="inferred")
        work = sum(in_school_hours(s.when) for s in members)
        night = sum(at_night(s.when) for s in members)
        for kind, n, words in (
            ("workplace", work, "on weekdays in term time, during school hours"),
            ("home", night, "in the evening or at night"),
        ):
            if n >= min_photos and n / len(members) >= MIN_SHARE:
                out.append(
                    PlaceCandidate(
                        kind,
                        centre,
                        len(members),
                        n,
                        f"{n} of {len(members)} photos taken here were taken {words}",
                        members,
                    )
                )
    out.sort(key=lambda c: (-c.matching, -c.share))
    return out
