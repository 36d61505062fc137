"""Instagram posts, reels, stories and other media lists: `posts_N.json` (a bare array of
`{"media": [...], "title", "creation_timestamp"}`), `reels.json` (`ig_reels_media`),
`stories.json` (`ig_stories`), `archived_posts.json`, `profile_photos.json`, and the pre-2022
`content/` twins. Every photo or video becomes a media item carrying the caption (the post's
`title` on carousels, the media's own `title` on single posts) and any EXIF GPS the export kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from auditor.models.item import Item, ItemKind
from auditor.sources.export import Entry, Export
from auditor.sources.jsonfile import as_dict, as_list, as_str, pointer
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.readers.facebook.common import (
    Shape,
    clip,
    load_meta_json,
    media_from_json,
    platform_of_path,
)
from auditor.sources.registry import register
from auditor.sources.timestamps import from_unix

_POSTS = re.compile(r"^posts_\d+\.json$")
# File name -> (what the items are, the root keys the list may sit under)
_FILES: dict[str, tuple[str, tuple[str, ...]]] = {
    "reels.json": ("reel", ("ig_reels_media", "ig_reels")),
    "stories.json": ("story", ("ig_stories",)),
    "archived_posts.json": ("archived post", ("ig_archived_post_media",)),
    "profile_photos.json": ("profile photo", ("ig_profile_picture",)),
    "other_content.json": ("other", ("ig_other_media",)),
    "igtv_videos.json": ("IGTV video", ("ig_igtv_media",)),
}


@register
class InstagramMediaJson(Reader):
    platform = "instagram"
    format = "json"
    name = "instagram.json.media"

    def claims(self, entry: Entry, export: Export) -> bool:
        if _POSTS.match(entry.name) or entry.name in _FILES:
            return platform_of_path(entry.path) != "facebook"
        return False

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        data = load_meta_json(entry, export, ctx, stream=True)
        if data is None:
            return
        what, keys = _FILES.get(entry.name, ("post", ()))
        base: tuple[object, ...] = ()
        records: Any = data
        if isinstance(data, dict):
            key = next((k for k in (*keys, *data) if k in data), None)
            if key is None:
                ctx.warn(entry.path, "no posts found in this file (unexpected layout)")
                return
            base, records = (key,), data[key]
        shape = Shape(entry, ctx)
        audience = (
            "story" if what == "story" else "profile" if what == "profile photo" else "public"
        )
        for i, rec in shape.records(records, "posts"):
            yield from post_media(entry, ctx, (*base, i), rec, what, audience)
        shape.done()


def post_media(
    entry: Entry,
    ctx: ReadContext,
    base: tuple[object, ...],
    rec: dict[str, Any],
    what: str,
    audience: str,
) -> Iterator[Item]:
    """Media items of one post record; a record that is itself a media object counts as one."""
    caption = as_str(rec.get("title"))
    ts = from_unix(rec.get("creation_timestamp"))
    media = as_list(rec.get("media"))
    if "media" not in rec and "uri" in rec:  # stories and older posts: the record is the media
        media, base_media = [rec], None
    else:
        base_media = "media"
    found = False
    for m, raw in enumerate(media):
        md = as_dict(raw)
        if not md:
            continue
        found = True
        info, point = media_from_json(md)
        text = as_str(md.get("title")) or caption if base_media else caption
        yield Item(
            platform="instagram",
            kind=ItemKind.MEDIA,
            source=entry.path,
            locator=pointer(*base, "media", m) if base_media else pointer(*base),
            text=clip(text, entry, ctx),
            timestamp=from_unix(md.get("creation_timestamp")) or ts,
            title=what,
            media=info,
            location=point,
            audience=audience,
            post=pointer(*base) if base_media else None,
        )
    if not found and caption:
        yield Item(
            platform="instagram",
            kind=ItemKind.POST,
            source=entry.path,
            locator=pointer(*base),
            text=clip(caption, entry, ctx),
            timestamp=ts,
            title=what,
            audience=audience,
        )
