"""Facebook friends and follows: `your_friends.json` (`friends_v2`; `friends` before ~2021),
`who_you've_followed.json` (`following_v3`, spelt `who_you_ve_followed.json` by some tools),
and the followers lists. Found by their root key, so renamed folders do not matter."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.models.item import Item, ItemKind
from auditor.sources.export import Entry, Export
from auditor.sources.jsonfile import as_str, pointer
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

_ROOT = re.compile(r'^\s*\{\s*"(friends|following|followers)(_v\d+)?"\s*:')
_RELATION = {"friends": "friend", "following": "following", "followers": "follower"}
# Names only Facebook uses: claimed even when empty or damaged, so that the user hears of it.
_NAMES = {
    "your_friends.json",
    "who_you've_followed.json",
    "who_you_ve_followed.json",
    "people_who_followed_you.json",
}


@register
class FacebookConnectionsJson(Reader):
    platform = "facebook"
    format = "json"
    name = "facebook.json.connections"

    def claims(self, entry: Entry, export: Export) -> bool:
        if entry.suffix != ".json" or platform_of_path(entry.path) == "instagram":
            return False
        head = head_text(entry, export, 256)
        if entry.name in _NAMES and "string_list_data" not in head:
            return True
        # friends.json is also Snapchat's: only the Facebook shape (or an empty file).
        return bool(_ROOT.match(head)) or (entry.name == "friends.json" and not head.strip())

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        data = load_meta_json(entry, export, ctx)
        if not isinstance(data, dict) or not data:
            if data is not None:
                ctx.warn(entry.path, "no list of people found in this file (unexpected layout)")
            return
        key = next(iter(data))
        relation = _RELATION.get(key.split("_v")[0], "friend")
        shape = Shape(entry, ctx)
        for i, rec in shape.records(data[key], "people"):
            name = clip(as_str(rec.get("name")).strip(), entry, ctx)
            if not name:
                shape.bad += 1
                continue
            yield Item(
                platform="facebook",
                kind=ItemKind.CONNECTION,
                source=entry.path,
                locator=pointer(key, i),
                text=name,
                title=relation,
                people=[name],
                timestamp=from_unix(rec.get("timestamp")),
            )
        shape.done()
