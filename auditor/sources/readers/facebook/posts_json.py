"""Facebook posts: `your_posts__check_ins__photos_and_videos_N.json` (2024+) and
`your_posts_N.json` (before 2024). A JSON array of posts; attachments carry media and places."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from auditor.models.item import GeoPoint, Item, ItemKind
from auditor.sources.export import Entry, Export
from auditor.sources.jsonfile import as_dict, as_list, as_str, load_json, pointer
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.readers.facebook.common import geo, media_from_json
from auditor.sources.registry import register
from auditor.sources.timestamps import from_unix

_POSTS_FILE = re.compile(r"^your_posts(__check_ins__photos_and_videos)?_\d+\.json$")


@register
class FacebookPostsJson(Reader):
    platform = "facebook"
    format = "json"
    name = "facebook.json.posts"

    def claims(self, entry: Entry, export: Export) -> bool:
        return bool(_POSTS_FILE.match(entry.name))

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        data = load_json(entry, export, ctx, mojibake=True)
        if data is None:
            return
        posts = as_list(data) or as_list(as_dict(data).get("status_updates_v2"))
        if not posts and data:
            ctx.warn(entry.path, "no posts found in this file (unexpected layout)")
        for i, raw in enumerate(posts):
            post = as_dict(raw)
            if not post:
                continue
            yield from self._post(entry, i, post)

    def _post(self, entry: Entry, i: int, post: dict[str, Any]) -> Iterator[Item]:
        texts = [as_str(as_dict(d).get("post")) for d in as_list(post.get("data"))]
        text = "\n".join(t for t in texts if t)
        ts = from_unix(post.get("timestamp"))
        tags = [as_str(as_dict(t).get("name")) or as_str(t) for t in as_list(post.get("tags"))]
        tags = [t for t in tags if t]
        title = as_str(post.get("title")) or None
        place: GeoPoint | None = None
        place_texts: list[str] = []
        media: list[tuple[str, dict[str, Any]]] = []
        for a, att in enumerate(as_list(post.get("attachments"))):
            for d, entry_data in enumerate(as_list(as_dict(att).get("data"))):
                ed = as_dict(entry_data)
                loc = pointer(i, "attachments", a, "data", d)
                if "media" in ed:
                    media.append((loc + "/media", as_dict(ed["media"])))
                if "place" in ed:
                    p = as_dict(ed["place"])
                    coord = as_dict(p.get("coordinate"))
                    place = place or geo(coord.get("latitude"), coord.get("longitude"), "place")
                    place_texts += [as_str(p.get("name")), as_str(p.get("address"))]
                if "text" in ed and as_str(ed["text"]):
                    place_texts.append(as_str(ed["text"]))
                ext = as_dict(ed.get("external_context"))
                if ext:
                    place_texts.append(as_str(ext.get("name")))
        extra = "\n".join(t for t in place_texts if t)
        full_text = "\n".join(t for t in (text, extra) if t)
        if full_text or not media:
            yield Item(
                platform="facebook",
                kind=ItemKind.POST,
                source=entry.path,
                locator=pointer(i),
                text=full_text,
                timestamp=ts,
                title=title,
                people=tags,
                location=place,
                audience="timeline",
            )
        for loc, m in media:
            info, point = media_from_json(m)
            info.people = tags
            caption = as_str(m.get("description")) or as_str(m.get("title")) or text
            yield Item(
                platform="facebook",
                kind=ItemKind.MEDIA,
                source=entry.path,
                locator=loc,
                text=caption,
                timestamp=from_unix(m.get("creation_timestamp")) or ts,
                title=title,
                people=tags,
                media=info,
                location=point or place,
                audience="timeline",
            )
