"""Instagram followers and following: `followers_N.json` (a bare array), `following.json`
(`relationships_following`), `close_friends.json`, and the Threads lists inside the download.
Each entry's `string_list_data` holds the other account's handle; late-2025 exports moved it
to `title` and link to `…/_u/<user>`, so the handle is read from title, value or link."""

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
    head_text,
    load_meta_json,
    platform_of_path,
)
from auditor.sources.registry import register
from auditor.sources.timestamps import from_unix

_FILE = re.compile(r"^(followers(_\d+)?|following(_\d+)?|close_friends)\.json$")
_RELATION = (
    ("close_friends", "close friend"),
    ("follower", "follower"),
    ("following", "following"),
)


@register
class InstagramConnectionsJson(Reader):
    platform = "instagram"
    format = "json"
    name = "instagram.json.connections"

    def claims(self, entry: Entry, export: Export) -> bool:
        if not _FILE.match(entry.name) or platform_of_path(entry.path) == "facebook":
            return False
        # Names Facebook shares (following.json) need the Instagram shape; the rest are claimed
        # even when empty or damaged, so that the user hears of it.
        if entry.name.startswith(("followers_", "close_friends")):
            return True
        return (
            "string_list_data" in head_text(entry, export) or not head_text(entry, export).strip()
        )

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        data = load_meta_json(entry, export, ctx, stream=True)
        if data is None:
            return
        base: tuple[object, ...] = ()
        records: Any = data
        if isinstance(data, dict):
            if len(data) != 1:
                ctx.warn(entry.path, "no list of accounts found in this file (unexpected layout)")
                return
            key = next(iter(data))
            base, records = (key,), data[key]
        relation = next(r for k, r in (*_RELATION, ("", "follower")) if k in entry.name)
        threads = "threads" in entry.path.casefold().split("/")[:-1]
        shape = Shape(entry, ctx)
        for i, rec in shape.records(records, "accounts"):
            found = _handle(rec)
            if found is None:
                shape.bad += 1
                continue
            handle, where, href = found
            handle = clip(handle, entry, ctx)
            yield Item(
                platform="instagram",
                kind=ItemKind.CONNECTION,
                source=entry.path,
                locator=pointer(*base, i, *where),
                text=handle,
                title=f"Threads {relation}" if threads else relation,
                people=[handle],
                url=href or None,
                timestamp=from_unix(
                    as_dict(next(iter(as_list(rec.get("string_list_data"))), None)).get("timestamp")
                ),
            )
        shape.done()


def _handle(rec: dict[str, Any]) -> tuple[str, tuple[object, ...], str] | None:
    """(handle, where in the record it is, link) from title, value or link, in that order."""
    sld = as_dict(next(iter(as_list(rec.get("string_list_data"))), None))
    href = as_str(sld.get("href"))
    if as_str(rec.get("title")).strip():
        return as_str(rec["title"]).strip(), ("title",), href
    if as_str(sld.get("value")).strip():
        return as_str(sld["value"]).strip(), ("string_list_data", 0, "value"), href
    m = re.search(r"instagram\.com/(?:_u/)?([A-Za-z0-9._]+)/?$", href)
    if m:
        return m.group(1), ("string_list_data", 0, "href"), href
    return None
