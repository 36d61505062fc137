"""Items: what a reader makes of one record in an export (a post, a profile field, a message)."""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator


class ItemKind(StrEnum):
    POST = "post"
    COMMENT = "comment"
    MESSAGE = "message"
    PROFILE_FIELD = "profile_field"
    CONNECTION = "connection"
    GROUP = "group"
    MEDIA = "media"
    BIO = "bio"


class GeoPoint(BaseModel):
    """A place on Earth, in WGS84 degrees."""

    model_config = ConfigDict(frozen=True)

    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    source: str = ""  # where it came from: "exif", "json:exif_data", "check-in", "text link"…


class MediaInfo(BaseModel):
    """What the export says about a photo or video, before anyone decodes the file."""

    path: str | None = None  # path inside the export, or None when the file is not in it
    media_type: str = "image"  # image | video | audio | other
    taken_at: datetime | None = None
    camera: str | None = None
    people: list[str] = Field(default_factory=list)  # people tagged in it (Google people, FB tags)
    album: str | None = None


_SURROGATE = re.compile("[\ud800-\udfff]")  # in a Python str, only a lone one is left


def clean_text(value: str) -> str:
    """The text with any lone surrogate (half an emoji, as a post cut off mid-character
    leaves it) replaced by U+FFFD: such text cannot be written, hashed or shown."""
    if value.isascii():
        return value
    return _SURROGATE.sub("\ufffd", value)


class Item(BaseModel):
    """One record of the export, with a locator that leads back to it exactly."""

    platform: str  # facebook | instagram | x | linkedin | tiktok | whatsapp | google_photos …
    kind: ItemKind
    source: str  # path of the file inside the export (posix, relative to the export's root)
    locator: str  # where in that file: a JSON pointer, "row 12", "line 40"
    text: str = ""  # the whole text or field value; for media, the caption
    timestamp: datetime | None = None  # UTC when known
    timestamp_raw: str | None = None  # the original value, kept when its zone is unknown
    field: str | None = None  # for profile fields and bios: which field ("work", "bio", "city")
    title: str | None = None  # thread name, group name, album name, post title prose
    author: str | None = None  # who wrote it, where the export says (messages, comments)
    people: list[str] = Field(default_factory=list)  # participants, tags, the connection's name
    audience: str | None = None  # public | friends | private | group, where known
    url: str | None = None  # a permalink, where the export has one
    media: MediaInfo | None = None
    location: GeoPoint | None = None
    export: str = ""  # the export this came from (its display name), filled by the scanner
    # For a photo or video that belongs to a post: the post's locator in the same file, so
    # findings about the post's words and about its photo can be shown as one post.
    post: str | None = None

    @field_validator(
        "text", "title", "author", "field", "url", "timestamp_raw", "source", "locator"
    )
    @classmethod
    def _writable(cls, v: str | None) -> str | None:
        return clean_text(v) if v else v

    @field_validator("people")
    @classmethod
    def _writable_people(cls, v: list[str]) -> list[str]:
        return [clean_text(p) for p in v]

    @property
    def is_own_profile(self) -> bool:
        return self.kind in (ItemKind.PROFILE_FIELD, ItemKind.BIO)
