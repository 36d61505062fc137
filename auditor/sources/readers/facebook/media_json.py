"""Facebook photos and videos: `album/<n>.json`, `your_uncategorized_photos.json`,
`your_videos.json` (and their pre-2021 `photos_and_videos/` twins). Each media object becomes a
media item with the metadata the export keeps (taken time, camera, EXIF latitude/longitude);
comments other people left on a photo become comment items. Media bytes are never read here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any

from auditor.models.item import Item, ItemKind
from auditor.sources.export import Entry, Export
from auditor.sources.jsonfile import as_dict, as_list, as_str, pointer
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.readers.facebook.common import Shape, clip, load_meta_json, media_from_json
from auditor.sources.registry import register
from auditor.sources.timestamps import from_unix

_LISTS = {
    "your_uncategorized_photos.json": ("other_photos_v2", "other_photos", "photos"),
    "your_videos.json": ("videos_v2", "videos"),
    "your_photos.json": ("photos_v2", "photos"),
}


@register
class FacebookMediaJson(Reader):
    platform = "facebook"
    format = "json"
    name = "facebook.json.media"

    def claims(self, entry: Entry, export: Export) -> bool:
        if entry.name in _LISTS:
            return True
        p = PurePosixPath(entry.path)
        return p.parent.name == "album" and p.stem.isdigit() and p.suffix == ".json"

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        data = load_meta_json(entry, export, ctx)
        if data is None:
            return
        d = as_dict(data)
        keys = _LISTS.get(entry.name, ("photos",))
        key = next((k for k in keys if k in d), None)
        if key is None:
            ctx.warn(entry.path, "no photos or videos found in this file (unexpected layout)")
            return
        album = as_str(d.get("name")) or None
        description = as_str(d.get("description"))
        if album is not None and description:
            yield Item(
                platform="facebook",
                kind=ItemKind.POST,
                source=entry.path,
                locator=pointer("description"),
                text=clip(description, entry, ctx),
                timestamp=from_unix(d.get("last_modified_timestamp")),
                title=album,
                audience="album",
            )
        shape = Shape(entry, ctx)
        for i, media in shape.records(d[key], "photos or videos"):
            yield from media_items(entry, ctx, (key, i), media, album)
        shape.done()


def media_items(
    entry: Entry,
    ctx: ReadContext,
    base: tuple[object, ...],
    media: dict[str, Any],
    album: str | None,
) -> Iterator[Item]:
    info, point = media_from_json(media)
    info.album = album
    ts = from_unix(media.get("creation_timestamp"))
    yield Item(
        platform="facebook",
        kind=ItemKind.MEDIA,
        source=entry.path,
        locator=pointer(*base),
        text=clip(as_str(media.get("description")) or as_str(media.get("title")), entry, ctx),
        timestamp=ts,
        title=album,
        media=info,
        location=point,
        audience="album" if album else "timeline",
    )
    for c, raw in enumerate(as_list(media.get("comments"))):
        comment = as_dict(raw)
        text = as_str(comment.get("comment"))
        if text:
            yield Item(
                platform="facebook",
                kind=ItemKind.COMMENT,
                source=entry.path,
                locator=pointer(*base, "comments", c),
                text=clip(text, entry, ctx),
                timestamp=from_unix(comment.get("timestamp")),
                title=album,
                author=as_str(comment.get("author")) or None,
                audience="album" if album else "timeline",
            )
