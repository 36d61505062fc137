"""Snapchat JSON files. `Created(microseconds)` is really milliseconds; `Created` is
"YYYY-MM-DD HH:MM:SS UTC"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from auditor.models.item import GeoPoint, Item, ItemKind, MediaInfo
from auditor.sources.export import Entry, Export
from auditor.sources.jsonfile import as_dict, as_list, as_str, load_json, pointer
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.readers.facebook.common import geo
from auditor.sources.registry import register
from auditor.sources.timestamps import from_unix_ms, parse_iso

_LATLON = re.compile(r"Latitude,\s*Longitude:\s*([-\d.]+),\s*([-\d.]+)")
_FILES = {
    "account.json",
    "friends.json",
    "chat_history.json",
    "snap_history.json",
    "memories_history.json",
    "shared_story.json",
    "story_history.json",
    "spotlight.json",
    "spotlight_history.json",
}


def _when(d: dict[str, Any]) -> tuple[Any, str | None]:
    raw = as_str(d.get("Created") or d.get("Date") or d.get("Creation Timestamp"))
    ms = d.get("Created(microseconds)")
    ts = from_unix_ms(ms) if ms is not None else None
    if ts is None and raw:
        ts = parse_iso(raw.replace(" UTC", "+00:00"))
    return ts, raw or None


def parse_latlon(text: str) -> GeoPoint | None:
    m = _LATLON.search(text)
    return geo(m.group(1), m.group(2), "snapchat location") if m else None


@register
class SnapchatJson(Reader):
    platform = "snapchat"
    format = "json"
    name = "snapchat.json"

    def claims(self, entry: Entry, export: Export) -> bool:
        if entry.name not in _FILES:
            return False
        # friends.json and account.json are common names: peek for Snapchat's own keys.
        head = export.head(entry, 4096).decode("utf-8", errors="replace")
        return any(
            key in head
            for key in (
                '"Friends"',
                '"Basic Information"',
                '"Saved Media"',
                '"Media Type"',
                '"Conversation Title"',
                "Saved Chat History",
                '"Story',
                '"Spotlight',
            )
        )

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        data = as_dict(load_json(entry, export, ctx))
        name = entry.name
        if name == "account.json":
            yield from self._account(entry, data)
        elif name == "friends.json":
            yield from self._friends(entry, data)
        elif name in ("chat_history.json", "snap_history.json"):
            yield from self._chats(entry, data)
        elif name == "memories_history.json":
            yield from self._memories(entry, data)
        else:
            yield from self._stories(entry, data)

    def _account(self, entry: Entry, data: dict[str, Any]) -> Iterator[Item]:
        basic = as_dict(data.get("Basic Information"))
        for key, field in (("Username", "username"), ("Name", "name"), ("Display Name", "name")):
            value = as_str(basic.get(key))
            if value:
                yield self._item(
                    entry,
                    ItemKind.PROFILE_FIELD,
                    value,
                    pointer("Basic Information", key),
                    field=field,
                )
        for i, bio in enumerate(as_list(as_dict(data.get("Profile")).get("Bio"))):
            if as_str(bio):
                yield self._item(
                    entry, ItemKind.BIO, as_str(bio), pointer("Profile", "Bio", i), field="bio"
                )

    def _friends(self, entry: Entry, data: dict[str, Any]) -> Iterator[Item]:
        for section in ("Friends", "Friend Requests Sent", "Deleted Friends", "Blocked Users"):
            if section not in ("Friends",):
                continue
            for i, f in enumerate(as_list(data.get(section))):
                d = as_dict(f)
                display, user = as_str(d.get("Display Name")), as_str(d.get("Username"))
                if display or user:
                    text = f"{display} ({user})" if display and user else display or user
                    ts, raw = _when(d)
                    yield self._item(
                        entry,
                        ItemKind.CONNECTION,
                        text,
                        pointer(section, i),
                        ts=ts,
                        raw=raw,
                        people=[p for p in (display, user) if p],
                    )

    def _chats(self, entry: Entry, data: dict[str, Any]) -> Iterator[Item]:
        for key, messages in data.items():
            for i, m in enumerate(as_list(messages)):
                d = as_dict(m)
                text = as_str(d.get("Content") or d.get("Text"))
                if not text:
                    continue
                ts, raw = _when(d)
                other = as_str(d.get("From") or d.get("To"))
                title = as_str(d.get("Conversation Title")) or (
                    key if not key.endswith("Chat History") else other
                )
                yield self._item(
                    entry,
                    ItemKind.MESSAGE,
                    text,
                    pointer(key, i, "Content" if "Content" in d else "Text"),
                    ts=ts,
                    raw=raw,
                    title=title or None,
                    author=as_str(d.get("From")) or None,
                    people=[p for p in (other,) if p],
                    audience="private",
                )

    def _memories(self, entry: Entry, data: dict[str, Any]) -> Iterator[Item]:
        for i, m in enumerate(as_list(data.get("Saved Media"))):
            d = as_dict(m)
            ts, raw = _when(d)
            kind = as_str(d.get("Media Type")).lower()
            item = self._item(
                entry,
                ItemKind.MEDIA,
                "",
                pointer("Saved Media", i),
                ts=ts,
                raw=raw,
                audience="private",
            )
            item.media = MediaInfo(
                path=None, media_type="video" if "video" in kind else "image", taken_at=ts
            )
            item.location = parse_latlon(as_str(d.get("Location")))
            yield item

    def _stories(self, entry: Entry, data: dict[str, Any]) -> Iterator[Item]:
        for key, entries in data.items():
            for i, s in enumerate(as_list(entries)):
                d = as_dict(s)
                texts = [
                    v
                    for k, v in d.items()
                    if isinstance(v, str)
                    and v.strip()
                    and not k.lower().startswith(("date", "created", "media type", "download"))
                    and "http" not in v
                ]
                ts, raw = _when(d)
                location = parse_latlon(as_str(d.get("Location")))
                if texts or location:
                    item = self._item(
                        entry,
                        ItemKind.POST,
                        "\n".join(texts),
                        pointer(key, i),
                        ts=ts,
                        raw=raw,
                        title=key,
                        audience="public",
                    )
                    item.location = location
                    yield item

    def _item(
        self,
        entry: Entry,
        kind: ItemKind,
        text: str,
        locator: str,
        *,
        field: str | None = None,
        ts: Any = None,
        raw: str | None = None,
        title: str | None = None,
        author: str | None = None,
        people: list[str] | None = None,
        audience: str | None = None,
    ) -> Item:
        return Item(
            platform="snapchat",
            kind=kind,
            source=entry.path,
            locator=locator,
            text=text,
            field=field,
            timestamp=ts,
            timestamp_raw=raw,
            title=title,
            author=author,
            people=people or [],
            audience=audience,
        )
