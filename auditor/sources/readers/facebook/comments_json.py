"""Facebook comments: `comments.json` (`comments_v2`, `comments` before ~2021) and the comments
made in groups, `your_comments_in_groups.json` (`group_comments_v2`). A comment made in a group
carries the group's name, which becomes the item's title."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from auditor.models.item import Item, ItemKind
from auditor.sources.export import Entry, Export
from auditor.sources.jsonfile import as_dict, as_list, as_str, pointer
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.readers.facebook.common import (
    Shape,
    clip,
    head_text,
    label_values,
    load_meta_json,
    media_from_json,
    platform_of_path,
    root_key,
    telling_title,
)
from auditor.sources.registry import register
from auditor.sources.timestamps import from_unix

_KEYS = ("comments_v2", "group_comments_v2", "comments", "group_comments")
_FILES = {"comments.json", "your_comments_in_groups.json", "your_comments.json"}


@register
class FacebookCommentsJson(Reader):
    platform = "facebook"
    format = "json"
    name = "facebook.json.comments"

    def claims(self, entry: Entry, export: Export) -> bool:
        if entry.name not in _FILES:
            return False
        head = head_text(entry, export, 512)
        if any(f'"{k}"' in head for k in _KEYS) or not head.strip():
            return True
        if "string_map_data" in head:  # Instagram's
            return False
        # comments.json is a common name: a damaged one is Facebook's only inside its tree.
        return entry.name != "comments.json" or platform_of_path(entry.path) == "facebook"

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        data = load_meta_json(entry, export, ctx)
        if data is None:
            return
        found = root_key(data, *_KEYS)
        if found is None:
            ctx.warn(entry.path, "no comments found in this file (unexpected layout)")
            return
        key, records = found
        in_groups = key.startswith("group")
        shape = Shape(entry, ctx)
        for i, rec in shape.records(records, "comments"):
            yield from comment_items(entry, ctx, (key, i), rec, in_groups)
        shape.done()


def comment_items(
    entry: Entry, ctx: ReadContext, base: tuple[object, ...], rec: dict[str, Any], in_group: bool
) -> Iterator[Item]:
    """One comment item per `data[].comment` of a comment record (and its attached media)."""
    record_ts = from_unix(rec.get("timestamp"))
    record_title = as_str(rec.get("title")) or None
    found = False
    data = as_list(rec.get("data"))
    # One comment per record is the rule: the locator names the record, title and all.
    single = len(data) == 1
    for d, raw in enumerate(data):
        comment = as_dict(as_dict(raw).get("comment"))
        text = as_str(comment.get("comment"))
        if not text:
            continue
        found = True
        group = as_str(comment.get("group")) or None
        told = telling_title(record_title or "") if single else None
        yield Item(
            platform="facebook",
            kind=ItemKind.COMMENT,
            source=entry.path,
            locator=pointer(*base) if single else pointer(*base, "data", d, "comment"),
            text=clip(f"{told}\n{text}" if told else text, entry, ctx),
            timestamp=from_unix(comment.get("timestamp")) or record_ts,
            title=group or record_title,
            author=as_str(comment.get("author")) or None,
            audience="group" if group or in_group else "comment",
        )
    if not found and "label_values" in rec:
        texts = [
            v
            for label, v, _, _ in label_values(rec["label_values"], ())
            if v and label.casefold() != "url"
        ]
        if texts:
            yield Item(
                platform="facebook",
                kind=ItemKind.COMMENT,
                source=entry.path,
                locator=pointer(*base),
                text=clip("\n".join(texts), entry, ctx),
                timestamp=record_ts,
                title=record_title,
                audience="group" if in_group else "comment",
            )
    for a, att in enumerate(as_list(rec.get("attachments"))):
        for d, raw in enumerate(as_list(as_dict(att).get("data"))):
            media = as_dict(as_dict(raw).get("media"))
            if media:
                info, point = media_from_json(media)
                yield Item(
                    platform="facebook",
                    kind=ItemKind.MEDIA,
                    source=entry.path,
                    locator=pointer(*base, "attachments", a, "data", d, "media"),
                    text=as_str(media.get("description")) or as_str(media.get("title")),
                    timestamp=from_unix(media.get("creation_timestamp")) or record_ts,
                    title=record_title,
                    media=info,
                    location=point,
                    audience="group" if in_group else "comment",
                )
