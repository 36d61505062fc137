"""The school-profile TOML contract. Every key is optional except `school.name`.

Later features extend it compatibly: new keys are optional, no key changes meaning.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from auditor.models.item import GeoPoint
from auditor.profile.identity import norm_name


def _check_lat_lon(v: list[float]) -> list[float]:
    if len(v) != 2:
        raise ValueError("must be [latitude, longitude]")
    lat, lon = v
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError("latitude must be within -90..90 and longitude within -180..180")
    return v


LatLon = Annotated[list[float], AfterValidator(_check_lat_lon)]


def _check_other_names(v: list[str]) -> list[str]:
    """Trimmed, blanks and repeats dropped; a name of only emoji or symbols is a mistake."""
    out: dict[str, str] = {}
    for raw in v:
        name = " ".join(raw.split())
        if not name:
            continue
        key = norm_name(name)
        if not key:
            raise ValueError("each name needs at least one letter or digit")
        out.setdefault(key, name)
    return list(out.values())


OtherNames = Annotated[list[str], AfterValidator(_check_other_names)]


# The channels the policy names (6.6: "the official school website or class dojo").
DEFAULT_OFFICIAL_CHANNELS = ("the school office", "Class Dojo")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _as_point(value: list[float] | None) -> GeoPoint | None:
    if value is None:
        return None
    return GeoPoint(lat=value[0], lon=value[1], source="profile")


class SchoolSection(_Strict):
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    town: str | None = None
    postcode: str | None = None
    location: LatLon | None = None  # [lat, lon]
    website: str | None = None
    email_domain: str | None = None
    # Where the school talks with parents (clause 6.6): named in every step that tells the user
    # where to move a conversation.
    official_channels: list[str] = Field(
        default_factory=lambda: list(DEFAULT_OFFICIAL_CHANNELS), min_length=1
    )

    @property
    def channels_words(self) -> str:
        """'the school office or Class Dojo'."""
        names = [" ".join(c.split()) for c in self.official_channels if c.strip()]
        names = names or list(DEFAULT_OFFICIAL_CHANNELS)
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]

    @property
    def point(self) -> GeoPoint | None:
        return _as_point(self.location)


class YouSection(_Strict):
    name: str | None = None
    # Names and usernames the user appears under on platforms ("Jane", "Mrs S", "@jsmith"):
    # their own messages carry these as the author. Matched through `norm_name`.
    other_names: OtherNames = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    home_address: str | None = None
    home_postcode: str | None = None
    home_location: LatLon | None = None
    phones: list[str] = Field(default_factory=list)
    emails: list[str] = Field(default_factory=list)
    # Your own children's first names ("Sam", "Ella"): never taken for a pupil of the same first
    # name (a pupil's full name is still found). Kept in memory only, like the pupil list.
    children: list[str] = Field(default_factory=list)

    @property
    def home_point(self) -> GeoPoint | None:
        return _as_point(self.home_location)

    @property
    def all_names(self) -> list[str]:
        """Every name the user goes by: the profile name first, then the other names."""
        return [n for n in (self.name, *self.other_names) if n]


class PupilsSection(_Strict):
    names_file: str | None = None


class ReviewSection(_Strict):
    interval_days: int = Field(default=91, ge=1, le=3660)


class SchoolProfile(_Strict):
    school: SchoolSection
    you: YouSection = Field(default_factory=YouSection)
    pupils: PupilsSection = Field(default_factory=PupilsSection)
    review: ReviewSection = Field(default_factory=ReviewSection)

    # Not from the file: where it was read from, and the pupil names (memory only, never logged).
    path: Path | None = Field(default=None, exclude=True)
    pupil_names: list[str] = Field(default_factory=list, exclude=True, repr=False)
