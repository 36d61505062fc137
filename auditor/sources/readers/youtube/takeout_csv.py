"""YouTube Takeout CSV files, recognised by their header rows rather than their folder names
(Takeout localises folder names)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any

from auditor.models.item import GeoPoint, Item, ItemKind, MediaInfo
from auditor.sources.csvfile import cell, read_csv_rows, row_item
from auditor.sources.export import Entry, Export
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.readers.facebook.common import geo
from auditor.sources.registry import register

# A header signature (all must be present in the first line) -> what the file holds.
_SIGNATURES: dict[str, tuple[str, ...]] = {
    "videos": ("Video ID", "Video Title (Original)"),
    "channel": ("Channel ID", "Channel Title (Original)"),
    "comments": ("Comment ID", "Comment Text"),
    "live_chats": ("Live Chat ID", "Live Chat Text"),
    "playlists": ("Playlist ID", "Playlist Title (Original)"),
    "subscriptions": ("Channel Id", "Channel Title"),
}


def _kind_of(head: str) -> str | None:
    first = head.splitlines()[0].casefold() if head else ""
    for kind, needed in _SIGNATURES.items():
        if all(n.casefold() in first for n in needed):
            return kind
    return None


def comment_text(raw: str) -> str:
    """Takeout writes comment text as JSON segments: {"text":"Hi "},{"text":"there"}."""
    raw = raw.strip()
    if not raw.startswith("{"):
        return raw
    try:
        parts = json.loads(f"[{raw}]")
    except json.JSONDecodeError:
        return raw
    return "".join(str(p.get("text", "")) for p in parts if isinstance(p, dict))


@register
class YouTubeTakeoutCsv(Reader):
    platform = "youtube"
    format = "csv"
    name = "youtube.csv"

    def claims(self, entry: Entry, export: Export) -> bool:
        if entry.suffix != ".csv":
            return False
        head = export.head(entry, 2048).decode("utf-8", errors="replace").lstrip("\ufeff")
        return _kind_of(head) is not None

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        head = export.head(entry, 2048).decode("utf-8", errors="replace").lstrip("\ufeff")
        kind = _kind_of(head)
        rows = read_csv_rows(entry, export, ctx)
        if kind == "videos":
            places = self._recordings(entry, export, ctx)
            for line, row in rows:
                yield self._video(entry, line, row, places)
        elif kind == "channel":
            for line, row in rows:
                for field, column in (
                    ("channel_title", "Channel Title (Original)"),
                    ("channel_description", "Channel Description (Original)"),
                ):
                    if cell(row, column):
                        yield _row(
                            entry, line, ItemKind.PROFILE_FIELD, cell(row, column), field=field
                        )
        elif kind in ("comments", "live_chats"):
            col = "Comment Text" if kind == "comments" else "Live Chat Text"
            ts_col = (
                "Comment Create Timestamp" if kind == "comments" else "Live Chat Create Timestamp"
            )
            for line, row in rows:
                text = comment_text(cell(row, col))
                if text:
                    video = cell(row, "Video ID")
                    yield _row(
                        entry,
                        line,
                        ItemKind.COMMENT,
                        text,
                        ts=cell(row, ts_col),
                        url=f"https://www.youtube.com/watch?v={video}" if video else None,
                    )
        elif kind == "playlists":
            for line, row in rows:
                title = cell(row, "Playlist Title (Original)")
                desc = cell(row, "Playlist Description (Original)")
                text = "\n".join(t for t in (title, desc) if t)
                if text:
                    yield _row(
                        entry,
                        line,
                        ItemKind.POST,
                        text,
                        title="playlist",
                        ts=cell(row, "Playlist Create Timestamp"),
                        audience=cell(row, "Playlist Visibility").lower() or None,
                    )
        elif kind == "subscriptions":
            for line, row in rows:
                name = cell(row, "Channel Title")
                if name:
                    yield _row(
                        entry,
                        line,
                        ItemKind.CONNECTION,
                        name,
                        title="subscription",
                        url=cell(row, "Channel Url") or None,
                    )

    def _recordings(self, entry: Entry, export: Export, ctx: ReadContext) -> dict[str, GeoPoint]:
        """Where each video was recorded, from `video recordings.csv` beside `videos.csv`."""
        folder = PurePosixPath(entry.path).parent
        rec = next(
            (
                e
                for e in export.entries
                if PurePosixPath(e.path).parent == folder
                and e.name.casefold() == "video recordings.csv"
            ),
            None,
        )
        places: dict[str, GeoPoint] = {}
        if rec is None:
            return places
        for _, row in read_csv_rows(rec, export, ctx):
            lat = next((v for k, v in row.items() if "latitude" in k.casefold() and v.strip()), "")
            lon = next((v for k, v in row.items() if "longitude" in k.casefold() and v.strip()), "")
            point = geo(lat, lon, "video recording location")
            if point is not None and cell(row, "Video ID"):
                places[cell(row, "Video ID")] = point
        return places

    def _video(
        self, entry: Entry, line: int, row: dict[str, str], places: dict[str, GeoPoint]
    ) -> Item:
        title = cell(row, "Video Title (Original)", "Video Title")
        desc = cell(row, "Video Description (Original)", "Video Description")
        video_id = cell(row, "Video ID")
        ts = cell(row, "Video Create Timestamp", "Video Publish Timestamp")
        item = _row(
            entry,
            line,
            ItemKind.MEDIA,
            "\n".join(t for t in (title, desc) if t),
            ts=ts,
            title=title or None,
            audience=cell(row, "Privacy").lower() or None,
            url=f"https://www.youtube.com/watch?v={video_id}" if video_id else None,
        )
        item.media = MediaInfo(path=None, media_type="video", taken_at=item.timestamp)
        item.location = places.get(video_id)
        return item


def _row(
    entry: Entry, line: int, kind: ItemKind, text: str, *, ts: str = "", **fields: Any
) -> Item:
    return row_item("youtube", entry, line, kind, text, when=ts, **fields)
