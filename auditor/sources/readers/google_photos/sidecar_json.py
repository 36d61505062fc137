"""Google Photos Takeout sidecars: `IMG_1234.jpg.json` (before 2024),
`IMG_1234.jpg.supplemental-metadata.json` (2024+), names cut to 51 characters, and the
"bracket swap" of duplicates (`image(1).jpg` has `image.jpg(1).json`).

Each sidecar becomes one media item pointing at its photo, with the description as text, the
people Google recognised in it, when it was taken and where (`geoData`, else `geoDataExif`;
0/0 means no location). Sidecars are recognised by their keys, not their names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any

from auditor.models.item import GeoPoint, Item, ItemKind, MediaInfo
from auditor.sources.export import Entry, Export
from auditor.sources.jsonfile import as_dict, as_list, as_str, load_json
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.registry import register
from auditor.sources.timestamps import from_unix

_SUPPLEMENTAL = "supplemental-metadata"
_COUNTER = re.compile(r"^(?P<base>.*?)(?P<n>\(\d+\))$")
_VIDEO = (".mp4", ".mov", ".m4v", ".3gp", ".avi", ".mkv", ".webm", ".mts")
_YEAR_FOLDER = re.compile(r"^Photos from \d{4}$")


def photo_name_candidates(sidecar_name: str) -> list[str]:
    """The names the photo of a sidecar may have, most likely first."""
    stem = sidecar_name[: -len(".json")] if sidecar_name.lower().endswith(".json") else ""
    if not stem:
        return []
    counter = ""
    m = _COUNTER.match(stem)
    if m:  # "image.jpg(1)" -> "image.jpg" with counter "(1)"
        stem, counter = m.group("base"), m.group("n")
    head, dot, last = stem.rpartition(".")
    if dot and last and _SUPPLEMENTAL.startswith(last.lower()) and len(last) >= 1 and head:
        stem = head  # ".supplemental-metadata", or what is left of it after the 51-char cut
    m = _COUNTER.match(stem)
    if m and not counter:
        stem, counter = m.group("base"), m.group("n")
    names: list[str] = []
    if counter:
        base, dot, ext = stem.rpartition(".")
        names.append(f"{base}{counter}.{ext}" if dot else f"{stem}{counter}")
        names.append(f"{stem}{counter}")
        return names  # never the original's name: that is another photo
    return [stem]


def _point(geo: Any, source: str) -> GeoPoint | None:
    d = as_dict(geo)
    try:
        lat, lon = float(d.get("latitude")), float(d.get("longitude"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if (lat == 0 and lon == 0) or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return GeoPoint(lat=lat, lon=lon, source=source)


def _folder_index(export: Export, ctx: ReadContext) -> dict[str, dict[str, str]]:
    """folder -> {file name: entry path} for every non-JSON file (built once per export)."""
    cached = ctx.state.get("google_photos.folders")
    if isinstance(cached, dict):
        return cached
    index: dict[str, dict[str, str]] = {}
    for e in export.entries:
        if e.suffix != ".json":
            path = PurePosixPath(e.path)
            index.setdefault(str(path.parent), {})[path.name] = e.path
    ctx.state["google_photos.folders"] = index
    return index


def find_photo(entry: Entry, title: str, export: Export, ctx: ReadContext) -> str | None:
    """The export path of the photo a sidecar describes, or None when it is not in the export."""
    folder = PurePosixPath(entry.path).parent
    files = _folder_index(export, ctx).get(str(folder), {})
    candidates = photo_name_candidates(entry.name)
    for name in [*candidates, title]:
        if name and name in files:
            return files[name]
    # The sidecar's name was cut short: the photo's name starts with what is left.
    for prefix in candidates:
        if len(prefix) >= 8:
            hits = sorted(n for n in files if n.startswith(prefix) and "-edited" not in n)
            if hits:
                return files[hits[0]]
    return None


@register
class GooglePhotosSidecar(Reader):
    platform = "google_photos"
    format = "json"
    name = "google_photos.json.sidecar"

    def claims(self, entry: Entry, export: Export) -> bool:
        if entry.suffix != ".json":
            return False
        head = export.head(entry, 4096)
        return b'"photoTakenTime"' in head or (b'"geoDataExif"' in head and b'"title"' in head)

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        data = load_json(entry, export, ctx)
        if data is None:
            return
        meta = as_dict(data)
        if not meta:
            ctx.warn(entry.path, "not a Google Photos sidecar (expected a JSON object)")
            return
        title = as_str(meta.get("title"))
        path = find_photo(entry, title, export, ctx)
        lower = (path or title).lower()
        taken = from_unix(as_dict(meta.get("photoTakenTime")).get("timestamp"))
        created = from_unix(as_dict(meta.get("creationTime")).get("timestamp"))
        people = [as_str(as_dict(p).get("name")) for p in as_list(meta.get("people"))]
        people = [p for p in people if p]
        folder = PurePosixPath(entry.path).parent.name
        album = None if not folder or _YEAR_FOLDER.match(folder) else folder
        device = as_str(
            as_dict(as_dict(meta.get("googlePhotosOrigin")).get("mobileUpload")).get("deviceType")
        )
        yield Item(
            platform="google_photos",
            kind=ItemKind.MEDIA,
            source=entry.path,
            locator="",  # the whole sidecar describes the one photo
            text=as_str(meta.get("description")).strip(),
            timestamp=taken or created,
            title=album,  # the album's name (a class trip, a school event) is context
            people=people,
            url=as_str(meta.get("url")) or None,
            audience="private",
            media=MediaInfo(
                path=path,
                media_type="video" if lower.endswith(_VIDEO) else "image",
                taken_at=taken,
                camera=device or None,
                people=people,
                album=album,
            ),
            location=_point(meta.get("geoData"), "json:geoData")
            or _point(meta.get("geoDataExif"), "json:geoDataExif"),
        )
