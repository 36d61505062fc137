"""Pieces shared by the Facebook and Instagram JSON readers (Meta's export conventions)."""

from __future__ import annotations

from typing import Any

from auditor.models.item import GeoPoint, MediaInfo
from auditor.sources.jsonfile import as_dict, as_list, as_str
from auditor.sources.timestamps import from_unix


def geo(lat: Any, lon: Any, source: str) -> GeoPoint | None:
    """A point from two JSON values; None for missing, non-numeric, 0/0 or out-of-range values."""
    try:
        la, lo = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    if (la == 0 and lo == 0) or not (-90 <= la <= 90 and -180 <= lo <= 180):
        return None
    return GeoPoint(lat=la, lon=lo, source=source)


def media_from_json(media: dict[str, Any]) -> tuple[MediaInfo, GeoPoint | None]:
    """A Meta `media` object (posts, albums, messages): the file, its taken time, its GPS."""
    uri = as_str(media.get("uri"))
    path = uri if uri and not uri.startswith(("http://", "https://")) else None
    meta = as_dict(media.get("media_metadata"))
    photo = as_dict(meta.get("photo_metadata"))
    video = as_dict(meta.get("video_metadata"))
    exif_list = as_list(photo.get("exif_data")) or as_list(video.get("exif_data"))
    # The older flat form put the EXIF keys directly in photo_metadata.
    exif: dict[str, Any] = {}
    for e in exif_list:
        exif.update(as_dict(e))
    for k, v in photo.items():
        if k != "exif_data":
            exif.setdefault(k, v)
    point = geo(exif.get("latitude"), exif.get("longitude"), "export json exif_data")
    camera = " ".join(
        x for x in (as_str(exif.get("camera_make")), as_str(exif.get("camera_model"))) if x
    )
    lower = (path or uri).lower()
    media_type = "video" if video or lower.endswith((".mp4", ".mov", ".webm", ".m4v")) else "image"
    info = MediaInfo(
        path=path,
        media_type=media_type,
        taken_at=from_unix(exif.get("taken_timestamp")) or None,
        camera=camera or None,
    )
    return info, point


def parse_coordinate_string(s: str) -> GeoPoint | None:
    """Facebook check-ins write coordinates as the string "(38.5758 , -121.4804)"."""
    parts = s.strip().strip("()").split(",")
    if len(parts) != 2:
        return None
    return geo(parts[0].strip(), parts[1].strip(), "check-in")
