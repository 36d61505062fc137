"""Flickr per-photo JSON, the profile, and albums."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from auditor.models.item import GeoPoint, Item, ItemKind, MediaInfo
from auditor.sources.export import Entry, Export
from auditor.sources.jsonfile import as_dict, as_list, as_str, load_json, pointer
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.readers.facebook.common import geo
from auditor.sources.registry import register
from auditor.sources.timestamps import parse_naive

_PHOTO_JSON = re.compile(r"^photo_(\d+)\.json$")
_PROFILE_FIELDS = {
    "real_name": "name",
    "screen_name": "username",
    "description": "bio",
    "website": "website",
    "hometown": "hometown",
    "city": "current_city",
    "occupation": "work",
    "email": "email",
}


def flickr_geo(value: Any) -> GeoPoint | None:
    g = as_dict(as_list(value)[0]) if as_list(value) else as_dict(value)
    lat, lon = as_str(g.get("latitude")), as_str(g.get("longitude"))
    if not lat or not lon:
        return None
    try:
        la, lo = float(lat), float(lon)
    except ValueError:
        return None
    if "." not in lat and "." not in lon and (abs(la) > 90 or abs(lo) > 180):
        la, lo = la / 1_000_000, lo / 1_000_000  # millionths of a degree
    return geo(la, lo, "flickr geo")


@register
class FlickrJson(Reader):
    platform = "flickr"
    format = "json"
    name = "flickr.json"

    def claims(self, entry: Entry, export: Export) -> bool:
        if _PHOTO_JSON.match(entry.name):
            return True
        if entry.name in ("account_profile.json", "albums.json"):
            head = export.head(entry, 2048).decode("utf-8", errors="replace")
            return (
                "screen_name" in head
                or "photopage" in head
                or '"albums"' in head
                or "flickr" in head
            )
        return False

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        data = as_dict(load_json(entry, export, ctx))
        if entry.name == "account_profile.json":
            for key, field in _PROFILE_FIELDS.items():
                if as_str(data.get(key)):
                    kind = ItemKind.BIO if field == "bio" else ItemKind.PROFILE_FIELD
                    yield Item(
                        platform="flickr",
                        kind=kind,
                        source=entry.path,
                        locator=pointer(key),
                        text=as_str(data[key]),
                        field=field,
                        audience="profile",
                    )
        elif entry.name == "albums.json":
            for i, album in enumerate(as_list(data.get("albums"))):
                a = as_dict(album)
                text = "\n".join(
                    t for t in (as_str(a.get("title")), as_str(a.get("description"))) if t
                )
                if text:
                    yield Item(
                        platform="flickr",
                        kind=ItemKind.POST,
                        source=entry.path,
                        locator=pointer("albums", i),
                        text=text,
                        title="album",
                        url=as_str(a.get("url")) or None,
                    )
        else:
            yield from self._photo(entry, export, data)

    def _photo(self, entry: Entry, export: Export, d: dict[str, Any]) -> Iterator[Item]:
        photo_id = as_str(d.get("id")) or _PHOTO_JSON.match(entry.name).group(1)  # type: ignore[union-attr]
        tags = [as_str(as_dict(t).get("tag")) or as_str(t) for t in as_list(d.get("tags"))]
        text = "\n".join(
            t
            for t in (
                as_str(d.get("name")),
                as_str(d.get("description")),
                " ".join(f"#{t}" for t in tags if t),
            )
            if t
        )
        taken_raw = as_str(d.get("date_taken"))
        taken = parse_naive(taken_raw, ("%Y-%m-%d %H:%M:%S",)) if taken_raw else None
        people = [
            as_str(as_dict(p).get("name") or as_dict(p).get("username")) or as_str(p)
            for p in as_list(d.get("people"))
        ]
        people = [p for p in people if p]
        albums = [as_str(as_dict(a).get("title")) for a in as_list(d.get("albums"))]
        media_file = next(
            (
                e
                for e in export.entries
                if e.suffix in (".jpg", ".jpeg", ".png", ".gif", ".mp4", ".mov", ".heic")
                and re.search(rf"(^|_){re.escape(photo_id)}(_o)?\.", e.name)
            ),
            None,
        )
        original = as_str(d.get("original")).lower()
        yield Item(
            platform="flickr",
            kind=ItemKind.MEDIA,
            source=entry.path,
            locator="/",
            text=text,
            timestamp=taken,
            timestamp_raw=taken_raw or None,
            people=people,
            url=as_str(d.get("photopage")) or None,
            audience=as_str(d.get("privacy")).lower() or None,
            location=flickr_geo(d.get("geo")),
            media=MediaInfo(
                path=media_file.path if media_file else None,
                media_type="video" if original.endswith((".mp4", ".mov")) else "image",
                taken_at=taken,
                people=people,
                album=next((a for a in albums if a), None),
            ),
        )
