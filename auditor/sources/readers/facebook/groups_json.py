"""Facebook groups: membership (`your_group_membership_activity.json`, `groups_joined_v2`),
and the user's posts in groups (`group_posts_and_comments.json`, `group_posts_v2`). Group
names matter to a school audit: class and parent groups are named after the school."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from auditor.models.item import Item, ItemKind
from auditor.sources.export import Entry, Export
from auditor.sources.jsonfile import as_dict, as_list, as_str, pointer
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.readers.facebook.comments_json import comment_items
from auditor.sources.readers.facebook.common import Shape, clip, head_text, load_meta_json, root_key
from auditor.sources.readers.facebook.posts_json import post_items
from auditor.sources.registry import register
from auditor.sources.timestamps import from_unix

_MEMBERSHIP = ("groups_joined_v2", "groups_joined", "groups_v2", "groups")
_POSTS = ("group_posts_v2", "group_posts")
_KEYS = (*_MEMBERSHIP, *_POSTS)
_NAMES = {
    "your_group_membership_activity.json",
    "group_posts_and_comments.json",
    "your_posts_and_comments_in_groups.json",
    "your_groups.json",
}


@register
class FacebookGroupsJson(Reader):
    platform = "facebook"
    format = "json"
    name = "facebook.json.groups"

    def claims(self, entry: Entry, export: Export) -> bool:
        if entry.suffix != ".json" or entry.name == "profile_information.json":
            return False
        if entry.name in _NAMES:
            return True
        head = head_text(entry, export, 256).lstrip()
        return head.startswith("{") and any(f'"{k}"' in head for k in _KEYS)

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        data = load_meta_json(entry, export, ctx)
        if data is None:
            return
        found = root_key(data, *_KEYS)
        if found is None:
            ctx.warn(entry.path, "no groups found in this file (unexpected layout)")
            return
        key, records = found
        base: tuple[object, ...] = (key,)
        if isinstance(records, dict) and "activity_log_data" in records:  # before ~2021
            base, records = (key, "activity_log_data"), records["activity_log_data"]
        shape = Shape(entry, ctx)
        for i, rec in shape.records(records, "groups"):
            if key in _MEMBERSHIP:
                yield from _membership(entry, ctx, (*base, i), rec)
            elif any("comment" in as_dict(d) for d in as_list(rec.get("data"))):
                yield from comment_items(entry, ctx, (*base, i), rec, True)
            else:
                yield from post_items(entry, ctx, (*base, i), rec, audience="group")
        shape.done()


def _membership(
    entry: Entry, ctx: ReadContext, base: tuple[object, ...], rec: dict[str, Any]
) -> Iterator[Item]:
    names: list[tuple[int | None, str]] = [
        (d, as_str(as_dict(x).get("name"))) for d, x in enumerate(as_list(rec.get("data")))
    ]
    if as_str(rec.get("name")):  # the older and the profile form: {"name", "timestamp"}
        names = [(None, as_str(rec["name"]))]
    for d, name in names:
        if not name:
            continue
        yield Item(
            platform="facebook",
            kind=ItemKind.GROUP,
            source=entry.path,
            locator=pointer(*base) if d is None else pointer(*base, "data", d),
            text=clip(name, entry, ctx),
            title=as_str(rec.get("title")) or None,
            timestamp=from_unix(rec.get("timestamp")),
            audience="group",
        )
