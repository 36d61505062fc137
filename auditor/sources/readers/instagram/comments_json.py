"""Instagram comments: `post_comments_N.json` (a bare array, or `comments_media_comments`
before 2024) and `reels_comments.json` (`comments_reels_comments`). Each record's
`string_map_data` holds "Comment", "Media Owner" and "Time" under localised labels."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from auditor.models.item import Item, ItemKind
from auditor.sources.export import Entry, Export
from auditor.sources.jsonfile import as_dict, as_str, pointer
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.readers.facebook.common import Shape, clip, load_meta_json, platform_of_path
from auditor.sources.readers.instagram.labels import is_label
from auditor.sources.registry import register
from auditor.sources.timestamps import from_unix

_FILE = re.compile(r"^(post_comments_\d+|reels_comments|comments)\.json$")
_KEYS = ("comments_media_comments", "comments_reels_comments", "comments_story_comments")


@register
class InstagramCommentsJson(Reader):
    platform = "instagram"
    format = "json"
    name = "instagram.json.comments"

    def claims(self, entry: Entry, export: Export) -> bool:
        if not _FILE.match(entry.name) or platform_of_path(entry.path) == "facebook":
            return False
        if entry.name != "comments.json":
            return True
        return "string_map_data" in export.head(entry, 2048).decode("utf-8", errors="replace")

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        data = load_meta_json(entry, export, ctx, stream=True)
        if data is None:
            return
        base: tuple[object, ...] = ()
        records: Any = data
        if isinstance(data, dict):
            key = next((k for k in (*_KEYS, *data) if k in data), None)
            if key is None:
                ctx.warn(entry.path, "no comments found in this file (unexpected layout)")
                return
            base, records = (key,), data[key]
        what = "reel" if "reel" in entry.name else "post"
        shape = Shape(entry, ctx)
        for i, rec in shape.records(records, "comments"):
            item = _comment(entry, ctx, (*base, i), rec, what)
            if item is None:
                shape.bad += 1
            else:
                yield item
        shape.done()


def _comment(
    entry: Entry, ctx: ReadContext, base: tuple[object, ...], rec: dict[str, Any], what: str
) -> Item | None:
    smd = as_dict(rec.get("string_map_data"))
    comment_label = next((k for k in smd if is_label(k, "comment")), None)
    owner_label = next((k for k in smd if is_label(k, "media_owner")), None)
    if comment_label is None:  # an unknown language: the first value that is not the owner
        comment_label = next(
            (k for k, v in smd.items() if k != owner_label and as_str(as_dict(v).get("value"))),
            None,
        )
    if comment_label is None:
        return None
    text = as_str(as_dict(smd[comment_label]).get("value"))
    if not text:
        return None
    owner = as_str(as_dict(smd.get(owner_label)).get("value")) if owner_label else ""
    stamp = next(
        (as_dict(v).get("timestamp") for v in smd.values() if as_dict(v).get("timestamp")), None
    )
    return Item(
        platform="instagram",
        kind=ItemKind.COMMENT,
        source=entry.path,
        locator=pointer(*base, "string_map_data", comment_label),
        text=clip(text, entry, ctx),
        timestamp=from_unix(stamp),
        title=f"comment on {owner}'s {what}" if owner else f"comment on a {what}",
        people=[owner] if owner else [],
        audience="comment",
    )
