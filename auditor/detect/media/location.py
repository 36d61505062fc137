"""location: where an item was posted or taken, compared with the school and the user's home.

Works for every item with a place: a photo's GPS from the export's JSON or from the file's
EXIF, a check-in, a location link in a message. The pixel analysis of the files themselves is
`auditor.detect.media.stage`; this detector only reads `item.location`.
"""

from __future__ import annotations

from auditor.detect.context import DetectionContext
from auditor.detect.detector import Detector, register
from auditor.detect.media.geo import describe_distance, format_point, nearness
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.item import GeoPoint, Item

_SOURCE_WORDS = {
    "exif": "the photo's GPS (EXIF)",
    "check-in": "the check-in",
    "text link": "the location link",
}


def source_words(point: GeoPoint) -> str:
    src = point.source or ""
    if src in _SOURCE_WORDS:
        return _SOURCE_WORDS[src]
    if src.startswith("json"):
        return "the place recorded in the export"
    return f"the place ({src})" if src else "the place"


def place_evidence(
    point: GeoPoint,
    school: GeoPoint | None,
    home: GeoPoint | None,
    detector: str,
    what: str | None = None,
) -> list[Evidence]:
    """Evidence for one point: near the school, near home, or else simply a place."""
    what = what or source_words(point)
    out: list[Evidence] = []
    for place, target, kind, label in (
        ("school", school, EvidenceKind.LOCATION_NEAR_SCHOOL, "the school"),
        ("home", home, EvidenceKind.LOCATION_NEAR_HOME, "your home"),
    ):
        near = nearness(point, place, target)
        if near is None:
            continue
        words = describe_distance(near.metres)
        out.append(
            Evidence(
                kind=kind,
                text=f"{words} from {label}",
                start=0,
                end=0,
                confidence=near.confidence,
                reason=(f"{what} is {near.metres:.0f} m from {label}'s location in your profile"),
                detector=detector,
            )
        )
    if not out:
        out.append(
            Evidence(
                kind=EvidenceKind.LOCATION,
                text=format_point(point),
                start=0,
                end=0,
                confidence=0.9,
                reason=f"{what} gives a place ({format_point(point)})",
                detector=detector,
            )
        )
    return out


@register
class LocationDetector(Detector):
    name = "location"
    kinds = (
        EvidenceKind.LOCATION_NEAR_SCHOOL,
        EvidenceKind.LOCATION_NEAR_HOME,
        EvidenceKind.LOCATION,
    )
    version = "1"

    def setup(self, ctx: DetectionContext) -> None:
        self._school = ctx.profile.school.point
        self._home = ctx.profile.you.home_point

    def detect(self, item: Item, text: str) -> list[Evidence]:
        if item.location is None:
            return []
        return place_evidence(item.location, self._school, self._home, self.name)
