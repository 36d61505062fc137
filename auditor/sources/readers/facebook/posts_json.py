"""Facebook posts: `your_posts__check_ins__photos_and_videos_N.json` (2024+) and
`your_posts_N.json` (before 2024). A JSON array of posts; attachments carry media and places.

Also `archived_stories.json` (`archived_stories_v2`), and
`other_people's_posts_to_your_timeline.json` (`wall_posts_sent_to_you_v2`): what others
wrote on the user's timeline shows on the user's profile. `post_items` is shared with the
group-posts reader: group posts have the same shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from auditor.models.item import GeoPoint, Item, ItemKind
from auditor.sources.export import Entry, Export
from auditor.sources.jsonfile import as_dict, as_list, as_str, pointer
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.readers.facebook.common import (
    JsonArrayStream,
    Shape,
    clip,
    geo,
    label_values,
    load_meta_json,
    media_from_json,
    platform_of_path,
    telling_title,
)
from auditor.sources.registry import register
from auditor.sources.timestamps import from_unix

_POSTS_FILE = re.compile(r"^your_posts(__check_ins__photos_and_videos)?_\d+\.json$")
_OTHER_PAGES = "posts_on_other_pages_and_profiles.json"
# Stories the user posted (kept in the archive): post-shaped, mostly photos and videos.
_STORIES = {"archived_stories.json", "your_stories.json", "stories.json"}
# Posts other people wrote on the user's timeline: shown on the user's profile.
_ON_TIMELINE = re.compile(r"^other_people['’_]?s?_posts_to_your_timeline(_\d+)?\.json$")


@register
class FacebookPostsJson(Reader):
    platform = "facebook"
    format = "json"
    name = "facebook.json.posts"

    def claims(self, entry: Entry, export: Export) -> bool:
        if entry.name in _STORIES:
            where = platform_of_path(entry.path)
            # stories.json is Instagram's name too: only inside a Facebook tree.
            return where == "facebook" or (where is None and entry.name != "stories.json")
        return (
            bool(_POSTS_FILE.match(entry.name) or _ON_TIMELINE.match(entry.name))
            or entry.name == _OTHER_PAGES
        )

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        data = load_meta_json(entry, export, ctx, stream=True)
        if data is None:
            return
        shape = Shape(entry, ctx)
        if isinstance(data, (list, JsonArrayStream)):
            base: tuple[object, ...] = ()
            posts = data
        elif isinstance(data, dict) and data:
            key = next(iter(data))  # status_updates_v2, wall_posts_sent_to_you …
            base, posts = (key,), data[key]
        else:
            ctx.warn(entry.path, "no posts found in this file (unexpected layout)")
            return
        for i, post in shape.records(posts, "posts"):
            if "label_values" in post:
                yield from labelled_post(entry, ctx, (*base, i), post)
            else:
                audience = "story" if entry.name in _STORIES else "timeline"
                yield from post_items(entry, ctx, (*base, i), post, audience=audience)
        shape.done()


def post_items(
    entry: Entry,
    ctx: ReadContext,
    base: tuple[object, ...],
    post: dict[str, Any],
    *,
    audience: str,
    group: str | None = None,
) -> Iterator[Item]:
    """A post (and one media item per attached photo or video) from a post-shaped record."""
    texts = [as_str(as_dict(d).get("post")) for d in as_list(post.get("data"))]
    text = "\n".join(t for t in texts if t)
    ts = from_unix(post.get("timestamp"))
    tags = [as_str(as_dict(t).get("name")) or as_str(t) for t in as_list(post.get("tags"))]
    tags = [t for t in tags if t]
    title = group or as_str(post.get("title")) or None
    place: GeoPoint | None = None
    place_texts: list[str] = []
    media: list[tuple[str, dict[str, Any]]] = []
    for a, att in enumerate(as_list(post.get("attachments"))):
        for d, entry_data in enumerate(as_list(as_dict(att).get("data"))):
            ed = as_dict(entry_data)
            loc = pointer(*base, "attachments", a, "data", d)
            if isinstance(ed.get("media"), dict):
                media.append((loc + "/media", ed["media"]))
            if "place" in ed:
                p = as_dict(ed["place"])
                coord = as_dict(p.get("coordinate"))
                place = place or geo(coord.get("latitude"), coord.get("longitude"), "place")
                place_texts += [as_str(p.get("name")), as_str(p.get("address"))]
            if "text" in ed and as_str(ed["text"]):
                place_texts.append(as_str(ed["text"]))
            ext = as_dict(ed.get("external_context"))
            if ext:
                place_texts += [as_str(ext.get("name")), as_str(ext.get("url"))]
            for sub in ("event", "life_event"):
                ev = as_dict(ed.get(sub))
                place_texts += [as_str(ev.get("name")), as_str(ev.get("title"))]
    extra = "\n".join(t for t in place_texts if t)
    told = telling_title(as_str(post.get("title")))
    full_text = clip("\n".join(t for t in (told, text, extra) if t), entry, ctx)
    if full_text or not media:
        yield Item(
            platform="facebook",
            kind=ItemKind.POST,
            source=entry.path,
            locator=pointer(*base),
            text=full_text,
            timestamp=ts,
            title=title,
            people=tags,
            location=place,
            audience=audience,
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
            text=clip(caption, entry, ctx),
            timestamp=from_unix(m.get("creation_timestamp")) or ts,
            title=title,
            people=tags,
            media=info,
            location=point or place,
            audience=audience,
            post=pointer(*base),
        )


def labelled_post(
    entry: Entry, ctx: ReadContext, base: tuple[object, ...], post: dict[str, Any]
) -> Iterator[Item]:
    """The newer `label_values` post ("Message", "Target", "URL"), e.g. posts on other pages."""
    texts: list[str] = []
    target: str | None = None
    url: str | None = None
    for label, value, _, _ in label_values(post.get("label_values"), (*base, "label_values")):
        low = label.casefold()
        if not value:
            continue
        if low in ("url", "link"):
            url = value
        elif low in ("target", "page", "name"):
            target = value
        else:
            texts.append(value)
    for m, raw in enumerate(as_list(post.get("media"))):
        if isinstance(raw, dict):
            info, point = media_from_json(raw)
            yield Item(
                platform="facebook",
                kind=ItemKind.MEDIA,
                source=entry.path,
                locator=pointer(*base, "media", m),
                text=as_str(raw.get("title")) or "\n".join(texts),
                timestamp=from_unix(raw.get("creation_timestamp"))
                or from_unix(post.get("timestamp")),
                title=target,
                media=info,
                location=point,
                audience="timeline",
                post=pointer(*base),
            )
    if texts:
        yield Item(
            platform="facebook",
            kind=ItemKind.POST,
            source=entry.path,
            locator=pointer(*base),
            text=clip("\n".join(texts), entry, ctx),
            timestamp=from_unix(post.get("timestamp")),
            title=target,
            url=url,
            audience="timeline",
        )
