"""Distances on Earth, and how near a place is to the school or the user's home.

A photo's GPS or a check-in is evidence of where the user works or lives when it falls within a
few hundred metres of the places the profile gives. Phone GPS is good to about 10–50 m, so the
confidence falls with distance rather than stopping at one radius.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from auditor.models.item import GeoPoint

EARTH_RADIUS_M = 6_371_008.8
# Beyond this a place is not "near" the school or home (it is still reported as a place).
NEAR_LIMIT_M = 1_000.0
# (distance up to, confidence): a geotag within 75 m is at the place; 1 km is only a hint.
_NEAR_CONFIDENCE: tuple[tuple[float, float], ...] = (
    (75.0, 0.97),
    (150.0, 0.92),
    (300.0, 0.82),
    (600.0, 0.6),
    (NEAR_LIMIT_M, 0.4),
)


def distance_m(a: GeoPoint, b: GeoPoint) -> float:
    """Great-circle (haversine) distance in metres."""
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    dlat = lat2 - lat1
    dlon = math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


def near_confidence(metres: float) -> float | None:
    """How sure a geotag `metres` away shows that place; None when it is too far to say."""
    for limit, confidence in _NEAR_CONFIDENCE:
        if metres <= limit:
            return confidence
    return None


def describe_distance(metres: float) -> str:
    """Plain words for a distance: "40 m", "about 850 m", "2.3 km"."""
    if metres < 20:
        return "under 20 m"
    if metres < 300:
        return f"{round(metres / 10) * 10:.0f} m"
    if metres < 1000:
        return f"about {round(metres / 50) * 50:.0f} m"
    return f"{metres / 1000:.1f} km"


@dataclass(frozen=True)
class Nearness:
    """How near one point is to one of the profile's places."""

    place: str  # "school" | "home"
    metres: float
    confidence: float


def nearness(point: GeoPoint, place: str, target: GeoPoint | None) -> Nearness | None:
    if target is None:
        return None
    metres = distance_m(point, target)
    conf = near_confidence(metres)
    return Nearness(place, metres, conf) if conf is not None else None


def format_point(point: GeoPoint) -> str:
    return f"{point.lat:.5f}, {point.lon:.5f}"
