"""Facebook check-ins: `check-ins.json` and `places_you_have_been_tagged_in.json` (2024+).

Each record is `{"timestamp", "label_values": [...], "media": [...]}`; the place's coordinates
are a string inside a nested `dict` entry, "(53.5781 , -2.4288)" in (lat , lon) order.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from auditor.models.item import GeoPoint, Item, ItemKind
from auditor.sources.export import Entry, Export
from auditor.sources.jsonfile import as_dict, as_list, pointer
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.readers.facebook.common import (
    Shape,
    clip,
    label_values,
    load_meta_json,
    media_from_json,
    parse_coordinate_string,
)
from auditor.sources.readers.facebook.posts_json import post_items
from auditor.sources.registry import register
from auditor.sources.timestamps import from_unix

_FILES = {"check-ins.json", "places_you_have_been_tagged_in.json", "check_ins.json"}
_NOT_TEXT = {"url", "coordinates", "coordinate", "fbid", "id"}


@register
class FacebookPlacesJson(Reader):
    platform = "facebook"
    format = "json"
    name = "facebook.json.places"

    def claims(self, entry: Entry, export: Export) -> bool:
        return entry.name in _FILES

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        data = load_meta_json(entry, export, ctx, stream=True)
        if data is None:
            return
        base: tuple[object, ...] = ()
        records: Any = data
        if isinstance(data, dict) and len(data) == 1:
            key = next(iter(data))
            base, records = (key,), data[key]
        shape = Shape(entry, ctx)
        tagged = entry.name.startswith("places_you_have_been_tagged")
        for i, rec in shape.records(records, "check-ins"):
            if "label_values" in rec:
                yield from _check_in(entry, ctx, (*base, i), rec, tagged)
            else:
                yield from post_items(entry, ctx, (*base, i), rec, audience="timeline")
        shape.done()


def _check_in(
    entry: Entry, ctx: ReadContext, base: tuple[object, ...], rec: dict[str, Any], tagged: bool
) -> Iterator[Item]:
    texts: list[str] = []
    point: GeoPoint | None = None
    stamp = rec.get("timestamp")
    url: str | None = None
    for label, value, ts, _ in label_values(rec.get("label_values"), (*base, "label_values")):
        last = label.rsplit(" / ", 1)[-1].casefold()
        if ts is not None and stamp is None:
            stamp = ts
        if not value:
            continue
        found = parse_coordinate_string(value)
        if found is not None:
            point = point or found
        elif last == "url":
            url = url or value
        elif last not in _NOT_TEXT:
            texts.append(value)
    when = from_unix(stamp)
    yield Item(
        platform="facebook",
        kind=ItemKind.POST,
        source=entry.path,
        locator=pointer(*base),
        text=clip("\n".join(texts), entry, ctx),
        timestamp=when,
        title="tagged at a place" if tagged else "check-in",
        url=url,
        location=point,
        audience="timeline",
    )
    for m, raw in enumerate(as_list(rec.get("media"))):
        media = as_dict(raw)
        if media:
            info, exif_point = media_from_json(media)
            yield Item(
                platform="facebook",
                kind=ItemKind.MEDIA,
                source=entry.path,
                locator=pointer(*base, "media", m),
                text="\n".join(texts),
                timestamp=from_unix(media.get("creation_timestamp")) or when,
                media=info,
                location=exif_point or point,
                audience="timeline",
            )
