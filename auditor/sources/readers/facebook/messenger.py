"""Messenger-shaped threads, shared by Facebook Messenger and Instagram DMs.

Two shapes:
- the "Download your information" thread, `messages/<section>/<slug>_<id>/message_N.json`:
  `participants[{name}]`, `title`, `messages[{sender_name, timestamp_ms, content, photos…}]`;
- the end-to-end-encrypted "secure storage" download, one flat file per thread:
  `participants["name"]`, `threadName`, `messages[{senderName, text, timestamp (ms), media}]`.

A thread split over message_1.json, message_2.json … message_10.json is read in numeric order
when message_1.json is read; the other parts then yield nothing, so each message is read once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from auditor.models.item import GeoPoint, Item, ItemKind, MediaInfo
from auditor.sources.export import Entry, Export
from auditor.sources.jsonfile import as_dict, as_list, as_str, pointer
from auditor.sources.reader import ReadContext
from auditor.sources.readers.facebook.common import (
    Shape,
    clip,
    geo,
    load_meta_json,
    media_from_json,
    sibling_index,
)
from auditor.sources.timestamps import from_unix, from_unix_ms

THREAD_PART = re.compile(r"^message_(\d+)\.json$")
_MEDIA_LISTS = ("photos", "videos", "gifs", "audio_files", "files")
# "Reacted ❤ to your message " and Instagram's "Liked a message": reactions shown as messages.
_REACTION = re.compile(r"^(?:Reacted .{1,12} to your message|Liked a message)\s*$")
_WHERE = re.compile(r"(-?\d{1,2}\.\d+)\s*,\s*(-?\d{1,3}\.\d+)")


def part_number(entry: Entry) -> int:
    m = THREAD_PART.match(entry.name)
    return int(m.group(1)) if m else 0


def thread_parts(entry: Entry, export: Export) -> list[Entry]:
    """The parts of `entry`'s thread that `entry` should read: all of them, in numeric order,
    when it is the first part present; none when another part reads them."""
    folder = str(PurePosixPath(entry.path).parent)
    parts = sorted(
        (e for e in sibling_index(export).get(folder, []) if THREAD_PART.match(e.name)),
        key=part_number,
    )
    if not parts or parts[0].path != entry.path:
        return []
    return parts


def read_thread_parts(
    entry: Entry, export: Export, ctx: ReadContext, platform: str
) -> Iterator[Item]:
    """Every message of the thread that `entry` (a message_N.json) begins, after the group
    itself when the thread is a named group chat."""
    for n, part in enumerate(thread_parts(entry, export)):
        data = load_meta_json(part, export, ctx)
        if data is None:
            continue
        if not isinstance(data, dict) or "messages" not in data:
            ctx.warn(part.path, "not a message thread (no messages list)")
            continue
        if n == 0:
            people = [as_str(as_dict(p).get("name")) for p in as_list(data.get("participants"))]
            yield from group_chat(part, as_str(data.get("title")), people, platform, "/title")
        yield from read_thread(part, data, ctx, platform)


def group_chat(
    entry: Entry, title: str, people: list[str], platform: str, locator: str
) -> Iterator[Item]:
    """A group chat (a named thread of three people or more) as a group the user is in: a
    class parents' chat is a school group (clause 9.1) whatever its messages say."""
    people = [p for p in people if p]
    if title and len(people) > 2:
        yield Item(
            platform=platform,
            kind=ItemKind.GROUP,
            source=entry.path,
            locator=locator,
            text=title,
            title=title,
            people=people,
            audience="private",
        )


def read_thread(
    entry: Entry, data: dict[str, Any], ctx: ReadContext, platform: str
) -> Iterator[Item]:
    """The messages of one Download-your-information thread file."""
    people = [
        n for n in (as_str(as_dict(p).get("name")) for p in as_list(data.get("participants"))) if n
    ]
    title = as_str(data.get("title")) or None
    audience = "private"  # a group chat is private messages too: nothing is published
    shape = Shape(entry, ctx)
    for i, msg in shape.records(data.get("messages"), "messages"):
        if msg.get("is_unsent") is True:
            continue  # withdrawn by the sender: no longer shown to anyone
        author = as_str(msg.get("sender_name")) or None
        ts = from_unix_ms(msg.get("timestamp_ms"))
        text = as_str(msg.get("content"))
        if _REACTION.match(text):
            continue
        share = as_dict(msg.get("share"))
        link = as_str(share.get("link"))
        extra = [t for t in (as_str(share.get("share_text")), link) if t]
        full = clip("\n".join(t for t in (text, *extra) if t), entry, ctx)
        if full:
            yield Item(
                platform=platform,
                kind=ItemKind.MESSAGE,
                source=entry.path,
                locator=pointer("messages", i),
                text=full,
                timestamp=ts,
                title=title,
                author=author,
                people=people,
                audience=audience,
                url=link or None,
                location=location_in_link(link),
            )
        for key in _MEDIA_LISTS:
            for j, m in enumerate(as_list(msg.get(key))):
                md = as_dict(m)
                if not md:
                    continue
                info, point = media_from_json(md)
                info.media_type = _media_type(key, info)
                yield Item(
                    platform=platform,
                    kind=ItemKind.MEDIA,
                    source=entry.path,
                    locator=pointer("messages", i, key, j),
                    text=text,
                    timestamp=from_unix(md.get("creation_timestamp")) or ts,
                    title=title,
                    author=author,
                    people=people,
                    audience=audience,
                    media=info,
                    location=point,
                )
    shape.done()


def read_e2ee_thread(
    entry: Entry, data: dict[str, Any], ctx: ReadContext, platform: str
) -> Iterator[Item]:
    """The messages of one secure-storage (end-to-end encrypted) Messenger download file."""
    people = [
        as_str(p) or as_str(as_dict(p).get("name")) for p in as_list(data.get("participants"))
    ]
    people = [p for p in people if p]
    title = as_str(data.get("threadName")) or None
    audience = "private"  # a group chat is private messages too: nothing is published
    folder = PurePosixPath(entry.path).parent
    yield from group_chat(entry, title or "", people, platform, "/threadName")
    shape = Shape(entry, ctx)
    for i, msg in shape.records(data.get("messages"), "messages"):
        if msg.get("isUnsent") is True:
            continue
        author = as_str(msg.get("senderName")) or None
        ts = from_unix_ms(msg.get("timestamp"))
        text = clip(as_str(msg.get("text")), entry, ctx)
        if text and not _REACTION.match(text):
            yield Item(
                platform=platform,
                kind=ItemKind.MESSAGE,
                source=entry.path,
                locator=pointer("messages", i),
                text=text,
                timestamp=ts,
                title=title,
                author=author,
                people=people,
                audience=audience,
                location=location_in_link(text),
            )
        for j, m in enumerate(as_list(msg.get("media"))):
            uri = as_str(as_dict(m).get("uri"))
            if not uri:
                continue
            path = (
                str(folder / uri.removeprefix("./"))
                if uri.startswith("./") and str(folder) != "."
                else uri.removeprefix("./")
            )
            if uri.startswith(("http://", "https://")):
                path = ""
            lower = uri.lower()
            kind = "video" if lower.endswith((".mp4", ".mov", ".webm")) else "image"
            yield Item(
                platform=platform,
                kind=ItemKind.MEDIA,
                source=entry.path,
                locator=pointer("messages", i, "media", j),
                text=text,
                timestamp=ts,
                title=title,
                author=author,
                people=people,
                audience=audience,
                media=MediaInfo(path=path or None, media_type=kind),
            )
    shape.done()


def is_e2ee_thread(data: Any) -> bool:
    d = as_dict(data)
    return "messages" in d and ("threadName" in d or _has_camel_messages(d))


def _has_camel_messages(d: dict[str, Any]) -> bool:
    first = as_dict(next(iter(as_list(d.get("messages"))), None))
    return "senderName" in first


def location_in_link(text: str) -> GeoPoint | None:
    """A shared location: Bing Maps `where1=lat,lon`, Google Maps `q=`/`@lat,lon`."""
    if not text or "http" not in text:
        return None
    for url in re.findall(r"https?://\S+", text):
        parts = urlsplit(url)
        host = parts.netloc.lower()
        if not any(h in host for h in ("bing.com", "google.", "maps.apple.com", "goo.gl")):
            continue
        query = parse_qs(parts.query)
        for key in ("where1", "q", "ll", "query", "cp"):
            for value in query.get(key, []):
                m = _WHERE.search(unquote(value).replace("~", ","))
                if m:
                    return geo(m.group(1), m.group(2), "shared location link")
        m = re.search(r"@(-?\d{1,2}\.\d+),(-?\d{1,3}\.\d+)", parts.path)
        if m:
            return geo(m.group(1), m.group(2), "shared location link")
    return None


def _media_type(key: str, info: MediaInfo) -> str:
    if key == "videos":
        return "video"
    if key == "audio_files":
        return "audio"
    if key == "files":
        return "other"
    return info.media_type
