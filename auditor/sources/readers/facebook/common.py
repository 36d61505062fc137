"""Pieces shared by the Facebook and Instagram readers (Meta's export conventions).

Meta writes both platforms' downloads the same way: JSON with mojibake, `media` objects with
`exif_data`, `label_values` records, Messenger-shaped threads. Everything both need is here so
that the Instagram readers reuse it instead of copying it.
"""

from __future__ import annotations

import json
import re
import weakref
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any, Literal

from auditor.models.item import GeoPoint, MediaInfo
from auditor.sources.export import Entry, Export
from auditor.sources.jsonfile import NumberGuard, as_dict, as_list, as_str, pointer
from auditor.sources.reader import ReadContext
from auditor.sources.text import decode_text, fix_mojibake
from auditor.sources.timestamps import from_unix

# Longer texts than this are cut (with a warning): no real post or message comes close, and a
# multi-megabyte string would only slow every detector down.
MAX_TEXT_CHARS = 200_000

MetaPlatform = Literal["facebook", "instagram"]


def geo(lat: Any, lon: Any, source: str) -> GeoPoint | None:
    """A point from two JSON values; None for missing, non-numeric, 0/0 or out-of-range values."""
    if isinstance(lat, bool) or isinstance(lon, bool):
        return None
    try:
        la, lo = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    if la != la or lo != lo:  # NaN
        return None
    if (la == 0 and lo == 0) or not (-90 <= la <= 90 and -180 <= lo <= 180):
        return None
    return GeoPoint(lat=la, lon=lo, source=source)


def media_from_json(media: dict[str, Any]) -> tuple[MediaInfo, GeoPoint | None]:
    """A Meta `media` object (posts, albums, messages): the file, its taken time, its GPS.

    Reads the current `photo_metadata.exif_data[]` list and the older flat `photo_metadata`
    form (about 2018-2020) alike. Never opens the media file itself.
    """
    uri = as_str(media.get("uri"))
    path = uri if uri and not uri.startswith(("http://", "https://")) else None
    meta = as_dict(media.get("media_metadata"))
    photo = as_dict(meta.get("photo_metadata"))
    video = as_dict(meta.get("video_metadata"))
    exif_list = as_list(photo.get("exif_data")) or as_list(video.get("exif_data"))
    # The older flat form put the EXIF keys directly in photo_metadata.
    exif: dict[str, Any] = {}
    for e in exif_list:
        exif.update(as_dict(e))
    for k, v in photo.items():
        if k != "exif_data":
            exif.setdefault(k, v)
    point = geo(exif.get("latitude"), exif.get("longitude"), "export json exif_data")
    camera = " ".join(
        x for x in (as_str(exif.get("camera_make")), as_str(exif.get("camera_model"))) if x
    )
    lower = (path or uri).lower()
    media_type = "video" if video or lower.endswith((".mp4", ".mov", ".webm", ".m4v")) else "image"
    info = MediaInfo(
        path=path.removeprefix("./") if path else None,
        media_type=media_type,
        taken_at=from_unix(exif.get("taken_timestamp")) or None,
        camera=camera or None,
    )
    return info, point


_COORDS = re.compile(r"^\(?\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*\)?$")


def parse_coordinate_string(s: str) -> GeoPoint | None:
    """Facebook check-ins write coordinates as the string "(38.5758 , -121.4804)"."""
    m = _COORDS.match(s.strip())
    if not m:
        return None
    return geo(m.group(1), m.group(2), "check-in")


# -- loading --------------------------------------------------------------------------------


def _repaired_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """json `object_pairs_hook`: mojibake repaired while parsing, so no second copy is made."""
    out: dict[str, Any] = {}
    for k, v in pairs:
        if type(v) is str:
            v = fix_mojibake(v)
        elif type(v) is list:
            for i, x in enumerate(v):
                if type(x) is str:
                    v[i] = fix_mojibake(x)
        out[fix_mojibake(k)] = v
    return out


def _decoder(numbers: NumberGuard) -> json.JSONDecoder:
    # A number too long to be real (5,000 digits) is that one value lost, not the file.
    return json.JSONDecoder(object_pairs_hook=_repaired_object, parse_int=numbers)


_WS = re.compile(r"[ \t\n\r]*")


def _skip_ws(text: str, i: int) -> int:
    m = _WS.match(text, i)
    return m.end() if m else i


class JsonArrayStream:
    """The elements of a top-level JSON array, parsed one at a time from the file's text.

    Only one element's objects are alive at a time, so a 50 MB posts file does not become
    300 MB of dicts. A damaged element ends the stream with a warning; those before it count.
    """

    def __init__(self, text: str, entry: Entry, ctx: ReadContext) -> None:
        self._text, self._entry, self._ctx = text, entry, ctx

    def __iter__(self) -> Iterator[Any]:
        numbers = NumberGuard()
        try:
            yield from self._elements(_decoder(numbers))
        finally:
            numbers.warn(self._entry, self._ctx)

    def _elements(self, decoder: json.JSONDecoder) -> Iterator[Any]:
        text, n = self._text, len(self._text)
        i = _skip_ws(text, text.index("[") + 1)
        if i < n and text[i] == "]":
            return
        while i < n:
            try:
                value, end = decoder.raw_decode(text, i)
            except json.JSONDecodeError as exc:
                self._warn_damaged(exc.lineno, exc.msg)
                return
            except RecursionError:
                self._warn_damaged(0, "nested too deeply")
                return
            yield fix_mojibake(value) if type(value) is str else value
            i = _skip_ws(text, end)
            if i < n and text[i] == ",":
                i = _skip_ws(text, i + 1)
            elif i < n and text[i] == "]":
                return
            else:
                break
        self._warn_damaged(text.count("\n", 0, i) + 1, "the list does not end")

    def _warn_damaged(self, line: int, msg: str) -> None:
        self._ctx.warn(
            self._entry.path,
            f"not valid JSON (line {line}: {msg}); it may be truncated — read up to there",
        )


def load_meta_json(
    entry: Entry, export: Export, ctx: ReadContext, *, stream: bool = False
) -> Any | None:
    """The parsed JSON of a Meta file with mojibake repaired, or None after a warning.

    Like `jsonfile.load_json`, and also warns when the file is not UTF-8: Meta writes pure
    ASCII JSON, so another encoding means the file was re-saved and some text may be wrong.
    With `stream`, a file that is one top-level array comes back as a `JsonArrayStream`.
    """
    if entry.size > ctx.max_json_bytes:
        ctx.warn(entry.path, f"skipped: {entry.size // 1_000_000} MB is too large for a JSON file")
        return None
    raw = export.read_bytes(entry)
    if not raw or raw.isspace():
        ctx.warn(entry.path, "empty file")
        return None
    text, encoding = decode_text(raw)
    del raw
    if encoding not in ("utf-8", "utf-8-sig"):
        ctx.warn(entry.path, f"not saved as UTF-8 (read as {encoding}); some text may be wrong")
    if stream and text.lstrip(" \t\r\n\ufeff")[:1] == "[":
        return JsonArrayStream(text, entry, ctx)
    numbers = NumberGuard()
    try:
        data = _decoder(numbers).decode(text)
    except json.JSONDecodeError as exc:
        ctx.warn(entry.path, f"not valid JSON (line {exc.lineno}: {exc.msg}); it may be truncated")
        return None
    except RecursionError:
        ctx.warn(entry.path, "skipped: JSON nested too deeply to be a real export file")
        return None
    numbers.warn(entry, ctx)
    return data


def clip(text: str, entry: Entry, ctx: ReadContext) -> str:
    """`text`, cut to MAX_TEXT_CHARS with a warning when it is implausibly long."""
    if len(text) <= MAX_TEXT_CHARS:
        return text
    ctx.warn(entry.path, f"a text of {len(text):,} characters was shortened to the first part")
    return text[:MAX_TEXT_CHARS]


class Shape:
    """Counts records of the wrong shape in one file, to give one warning, not hundreds."""

    def __init__(self, entry: Entry, ctx: ReadContext) -> None:
        self.entry, self.ctx, self.bad = entry, ctx, 0

    def records(self, value: Any, what: str) -> Iterator[tuple[int, dict[str, Any]]]:
        """(index, record) for each object in the list `value`; warns when it is no list."""
        if not isinstance(value, (list, JsonArrayStream)):
            self.ctx.warn(self.entry.path, f"no list of {what} where one was expected")
            return
        for i, raw in enumerate(value):
            if isinstance(raw, dict):
                yield i, raw
            else:
                self.bad += 1

    def done(self) -> None:
        if self.bad:
            self.ctx.warn(self.entry.path, f"{self.bad} records had an unexpected shape; skipped")


def root_key(data: Any, *keys: str) -> tuple[str, Any] | None:
    """The first of `keys` present in the object `data`, with its value."""
    d = as_dict(data)
    for k in keys:
        if k in d:
            return k, d[k]
    return None


# -- title prose --------------------------------------------------------------------------------

# Titles that only say what kind of record it is; every other title names someone or something
# ("… wrote on Olivia's timeline.", "… posted in St Clement's PTA.", "… was at Bolton Museum.").
_BOILERPLATE = re.compile(
    r"\b(?:updated (?:his|her|their) (?:status|profile picture|cover photo)"
    r"|shared (?:a|an|his|her|their) (?:own )?(?:link|post|memory|photo|video|album|event|reel)"
    r"|added (?:a new photo|a new video|\d+ new photos|\d+ new videos)"
    r"|(?:commented|replied) (?:on|to) (?:a|an|his|her|their)(?: own)? (?:post|photo|video|comment|link|status|album)"
    r"|posted a (?:photo|video|link))\.?\s*$",
    re.IGNORECASE,
)


def telling_title(title: str) -> str | None:
    """The record's localised title prose when it tells more than the kind of record.

    Facebook puts a post's meaning only there: whose timeline it went on, which group, where.
    Detectors read `Item.text`, so readers put a telling title on the text's first line.
    """
    t = title.strip()
    return t if t and not _BOILERPLATE.search(t) else None


# -- label_values (the generic shape of newer Meta files) -------------------------------------


def label_values(lv: Any, base: tuple[object, ...]) -> Iterator[tuple[str, str, int | None, str]]:
    """(label, text, unix timestamp, pointer) for each leaf of a `label_values` list.

    Entries are `{"label", "value"}`, `{"label", "timestamp_value"}`, `{"label", "href"}`, or
    nest with `"dict": [...]` / `"vec": [...]`; nested labels are joined with " / ".
    """
    for i, raw in enumerate(as_list(lv)):
        d = as_dict(raw)
        label = as_str(d.get("label"))
        here = (*base, i)
        if "value" in d or "href" in d:
            text = as_str(d.get("value")) or as_str(d.get("href"))
            yield label, text, None, pointer(*here)
        if "timestamp_value" in d:
            ts = d.get("timestamp_value")
            yield label, "", ts if isinstance(ts, int) else None, pointer(*here)
        for sub in ("dict", "vec"):
            for child_label, text, ts, loc in label_values(d.get(sub), (*here, sub)):
                full = " / ".join(x for x in (label, child_label) if x)
                yield full, text, ts, loc


# -- which Meta platform a file belongs to ----------------------------------------------------

_IG_SEGMENT = re.compile(r"instagram|^threads$")
_FB_SEGMENT = re.compile(r"facebook|^messenger|^data_messenger")
# Files whose names say which platform's export they belong to.
_IG_MARKERS = {
    "posts_1.json",
    "followers_1.json",
    "personal_information.json",
    "post_comments_1.json",
    "liked_posts.json",
    "reels.json",
    "stories.json",
    "instagram_profile_information.json",
}
_FB_MARKERS = {
    "profile_information.json",
    "your_friends.json",
    "friends.json",
    "your_posts_1.json",
    "your_posts__check_ins__photos_and_videos_1.json",
    "comments.json",
    "your_uncategorized_photos.json",
}
_FLAVOUR: weakref.WeakKeyDictionary[Export, MetaPlatform] = weakref.WeakKeyDictionary()


def platform_of_path(path: str) -> MetaPlatform | None:
    """What the folder names say: `your_instagram_activity/…` or `your_facebook_activity/…`."""
    for part in reversed(path.casefold().split("/")[:-1]):  # the innermost telling folder wins
        if _IG_SEGMENT.search(part):
            return "instagram"
        if _FB_SEGMENT.search(part):
            return "facebook"
    return None


def meta_platform(entry: Entry, export: Export) -> MetaPlatform:
    """Facebook or Instagram, for a file whose shape both share (a message thread).

    Decided by the folders on its path, which tell the trees of a combined Accounts Center
    download apart; failing that, by which platform's marker files the export holds.
    """
    by_path = platform_of_path(entry.path)
    if by_path is not None:
        return by_path
    flavour = _FLAVOUR.get(export)
    if flavour is None:
        ig = fb = 0
        for e in export.entries:
            name = e.name
            ig += name in _IG_MARKERS or platform_of_path(e.path) == "instagram"
            fb += name in _FB_MARKERS or platform_of_path(e.path) == "facebook"
        flavour = "instagram" if ig > fb else "facebook"
        _FLAVOUR[export] = flavour
    return flavour


def head_text(entry: Entry, export: Export, n: int = 2048) -> str:
    """The first `n` bytes of a file as text, for cheap shape checks in `claims`."""
    return export.head(entry, n).decode("utf-8", errors="replace")


def sibling_index(export: Export) -> dict[str, list[Entry]]:
    """Entries grouped by their folder, built once per export."""
    index = _SIBLINGS.get(export)
    if index is None:
        index = {}
        for e in export.entries:
            index.setdefault(str(PurePosixPath(e.path).parent), []).append(e)
        _SIBLINGS[export] = index
    return index


_SIBLINGS: weakref.WeakKeyDictionary[Export, dict[str, list[Entry]]] = weakref.WeakKeyDictionary()
