"""A photo's own place and time, from its EXIF block (read by Pillow in well under 1 ms)."""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone
from typing import Any

from PIL import Image

from auditor.models.item import GeoPoint

_GPS_IFD = 0x8825
_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 0x9003
_OFFSET_TIME_ORIGINAL = 0x9011
_DATETIME = 0x0132


def gps_point(exif: Image.Exif | None) -> GeoPoint | None:
    """The GPS position, or None when absent or nonsense (0/0 rationals, out of range)."""
    if exif is None:
        return None
    try:
        gps = exif.get_ifd(_GPS_IFD)
    except Exception:
        return None
    if not gps:
        return None
    lat = _degrees(gps.get(2), gps.get(1), "S")
    lon = _degrees(gps.get(4), gps.get(3), "W")
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    if lat == 0 and lon == 0:  # "null island": a camera with no fix writes zeros
        return None
    return GeoPoint(lat=lat, lon=lon, source="exif")


def taken_at(exif: Image.Exif | None) -> datetime | None:
    """When the photo was taken: aware when EXIF gives the offset, else the camera's local time."""
    if exif is None:
        return None
    try:
        sub = exif.get_ifd(_EXIF_IFD)
        raw = sub.get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
        offset = sub.get(_OFFSET_TIME_ORIGINAL)
    except Exception:
        return None
    if not isinstance(raw, str):
        return None
    try:
        when = datetime.strptime(raw.strip("\x00 ")[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    if isinstance(offset, str) and len(offset) >= 6 and offset[0] in "+-":
        try:
            hours, minutes = int(offset[1:3]), int(offset[4:6])
            sign = 1 if offset[0] == "+" else -1
            when = when.replace(tzinfo=timezone(sign * timedelta(hours=hours, minutes=minutes)))
        except ValueError:
            pass
    return when


def _degrees(value: Any, ref: Any, negative: str) -> float | None:
    try:
        if isinstance(value, tuple | list) and len(value) == 3:
            d, m, s = (float(v) for v in value)
            deg = d + m / 60 + s / 3600
        else:
            deg = float(value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if not math.isfinite(deg):
        return None
    if isinstance(ref, bytes):
        ref = ref.decode("ascii", "replace")
    if isinstance(ref, str) and ref.strip("\x00 ").upper() == negative:
        deg = -deg
    return deg
