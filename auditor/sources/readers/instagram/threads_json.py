"""Threads posts and replies inside the Instagram download (`your_instagram_activity/threads/`).

The file holding the user's own posts is not documented (`threads_and_replies.json` is a guess
in FORMATS.md §2.7), so any file there with a `text_post_app_*` root that is not a known list of
accounts, views or searches is read by shape: `media`/`title` records as posts with media,
`string_map_data` or `label_values` records as text posts.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any

from auditor.models.item import Item, ItemKind
from auditor.sources.export import Entry, Export
from auditor.sources.jsonfile import as_dict, as_str, pointer
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.readers.facebook.common import (
    Shape,
    clip,
    head_text,
    label_values,
    load_meta_json,
)
from auditor.sources.readers.instagram.media_json import post_media
from auditor.sources.registry import register
from auditor.sources.timestamps import from_unix

# Files in the threads folder that hold no posts (or are read by another reader).
_NOT_POSTS = {
    "personal_information.json",
    "followers.json",
    "following.json",
    "threads_viewed.json",
    "word_or_phrase_searches.json",
    "blocked_profiles.json",
    "recent_follow_requests.json",
}


@register
class InstagramThreadsJson(Reader):
    platform = "instagram"
    format = "json"
    name = "instagram.json.threads"

    def claims(self, entry: Entry, export: Export) -> bool:
        if entry.suffix != ".json" or entry.name in _NOT_POSTS:
            return False
        if "threads" not in PurePosixPath(entry.path).parent.name.casefold():
            return False
        return '"text_post_app' in head_text(entry, export, 512)

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        data = load_meta_json(entry, export, ctx)
        if data is None:
            return
        if not isinstance(data, dict):
            ctx.warn(entry.path, "no Threads posts found in this file (unexpected layout)")
            return
        shape = Shape(entry, ctx)
        for key, records in data.items():
            for i, rec in shape.records(records, "Threads posts"):
                yield from _post(entry, ctx, (key, i), rec)
        shape.done()


def _post(
    entry: Entry, ctx: ReadContext, base: tuple[object, ...], rec: dict[str, Any]
) -> Iterator[Item]:
    if "media" in rec or "uri" in rec:
        yield from post_media(entry, ctx, base, rec, "Threads post", "public")
        return
    texts: list[str] = []
    stamp: Any = rec.get("timestamp") or rec.get("creation_timestamp")
    for label, value in as_dict(rec.get("string_map_data")).items():
        v = as_dict(value)
        stamp = stamp or v.get("timestamp")
        if as_str(v.get("value")) and not label.casefold().endswith(("url", "link")):
            texts.append(as_str(v["value"]))
    for label, value, ts, _ in label_values(rec.get("label_values"), ()):
        stamp = stamp or ts
        if value and not label.casefold().endswith(("url", "link")):
            texts.append(value)
    if as_str(rec.get("title")):
        texts.insert(0, as_str(rec["title"]))
    if texts:
        yield Item(
            platform="instagram",
            kind=ItemKind.POST,
            source=entry.path,
            locator=pointer(*base),
            text=clip("\n".join(texts), entry, ctx),
            timestamp=from_unix(stamp),
            title="Threads post",
            audience="public",
        )
