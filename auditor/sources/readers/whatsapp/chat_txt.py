"""A WhatsApp chat export (`_chat.txt`, `WhatsApp Chat with <Name>.txt`), recognised by the
shape of its first lines rather than its name.

Yields one item per message (locator `line N`, the line the message starts on), one media item
per attached file (pointing at the file beside the chat when the export includes it), and, for
group chats, one `group` item whose text is the group's name: group names often name a school
or a class.

The file is streamed twice and never held whole: the first pass learns the date order, the
senders and the group's name from every line; the second yields the items.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from auditor.models.item import GeoPoint, Item, ItemKind, MediaInfo
from auditor.sources.export import Entry, Export
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.readers.whatsapp.lines import (
    INVISIBLE,
    DateOrder,
    LineHead,
    parse_head,
    to_datetime,
)
from auditor.sources.registry import register
from auditor.sources.text import decode_text

# "Name: text". Names are short and never hold a quote (system lines quote group names).
_SENDER = re.compile(r'^(?P<name>[^:"\n]{1,60}?):(?: |$)?(?P<text>.*)$', re.DOTALL)
_SYSTEM = re.compile(
    r"(created (this )?group|created group|\badded\b|\bremoved\b|\bleft$|joined using|"
    r"changed (the|this) (subject|group)|changed this group|changed their phone number|"
    r"end-to-end encrypted|Ende-zu-Ende|security code|You were added|deleted this group|"
    r"changed the group description|pinned a message|turned (on|off) disappearing)",
    re.IGNORECASE,
)
_GROUP_NAMED = re.compile(
    r'(?:created group|changed the subject (?:from ".*?" )?to|changed the group name to|'
    r'changed this group\'s name to|hat die Gruppe) ["“](?P<name>[^"”]+)["”]',
    re.IGNORECASE,
)
_GROUP_CREATED = re.compile(r"created (this )?group|hat die Gruppe .* erstellt", re.IGNORECASE)
_ATTACHED_IOS = re.compile(r"<attached: (?P<file>[^>]+)>")
_ATTACHED_ANDROID = re.compile(
    r"^(?P<file>[^\n]+?\.[A-Za-z0-9]{1,5}) \((?:file attached|Datei angehängt|archivo adjunto|"
    r"fichier joint|bestand bijgevoegd|arquivo anexado|file allegato)\)",
    re.IGNORECASE,
)
_LOCATION = re.compile(
    r"https?://maps\.google\.[a-z.]+/\?q=(?P<lat>-?\d{1,2}(?:\.\d+)?),(?P<lon>-?\d{1,3}(?:\.\d+)?)"
)
_CHAT_FILE = re.compile(
    r"^WhatsApp[ _-]?Chat(?:\s*-\s*|\s+\S+\s+)(?P<name>.+?)(?:\.(?:txt|zip))?$", re.IGNORECASE
)
# Placeholders that stand for nothing the export holds: media left out, deleted messages.
_PLACEHOLDER = re.compile(
    r"^(<Media omitted>|<Medien ausgeschlossen>|<Multimedia omitido>|<Médias omis>|"
    r"(image|video|audio|sticker|GIF|document|Contact card) omitted|"
    r"This message was deleted\.?|You deleted this message\.?|"
    r"Diese Nachricht wurde gelöscht\.?|Du hast diese Nachricht gelöscht\.?)$",
    re.IGNORECASE,
)
_EDITED = re.compile(r"\s*<(This message was edited|Diese Nachricht wurde bearbeitet)>$")
_VIDEO = (".mp4", ".mov", ".3gp", ".m4v", ".webm")
_AUDIO = (".opus", ".ogg", ".m4a", ".mp3", ".aac", ".wav")
_IMAGE = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".heic")


@dataclass
class _Message:
    line: int
    head: LineHead
    author: str
    lines: list[str] = field(default_factory=list)


@dataclass
class _Chat:
    """What the first pass learns about the whole chat."""

    messages: int = 0
    first_line: int = 0
    dates: DateOrder = field(default_factory=DateOrder)
    replaced: bool = False  # characters the decoder could not read
    senders: dict[str, None] = field(default_factory=dict)  # insertion-ordered set
    group_name: str | None = None
    group_line: int | None = None
    group_head: LineHead | None = None  # the line that made it a group, for its date
    is_group: bool = False


def looks_like_chat(head_text: str) -> bool:
    """Whether the first non-empty line of a text starts like a WhatsApp message."""
    for line in head_text.replace("\r\n", "\n").split("\n")[:5]:
        if line.strip(INVISIBLE + " "):
            return parse_head(line) is not None
    return False


def chat_name(entry: Entry, export: Export) -> str | None:
    """The chat's name from the file (or zip, or folder) name, where WhatsApp put it there."""
    candidates = [entry.name, PurePosixPath(entry.path).parent.name]
    if entry.where and entry.where[0] == "zip":
        part = int(str(entry.where[1]))
        if part < len(export.parts):
            candidates.append(export.parts[part].name)
    candidates.append(PurePosixPath(export.display).name)
    for name in candidates:
        m = _CHAT_FILE.match(name)
        if m:
            return m.group("name").strip()
    return None


@register
class WhatsAppChatTxt(Reader):
    platform = "whatsapp"
    format = "txt"
    name = "whatsapp.txt"

    def claims(self, entry: Entry, export: Export) -> bool:
        if entry.suffix != ".txt" or entry.size == 0:
            return False
        text, _ = decode_text(export.head(entry, 2048))
        return looks_like_chat(text)

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        if entry.size > ctx.max_text_bytes:
            ctx.warn(entry.path, f"skipped: {entry.size // 1_000_000} MB is too large for a chat")
            return
        encoding = _bom_encoding(export.head(entry, 4096))
        try:
            chat = self._survey(entry, export, encoding)
        except UnicodeDecodeError:
            encoding = "cp1252"
            ctx.warn(
                entry.path, "not saved as UTF-8; read as Windows-1252, some characters may be wrong"
            )
            chat = self._survey(entry, export, encoding)
        if chat.replaced and encoding != "utf-8":
            ctx.warn(entry.path, f"some characters could not be decoded (read as {encoding})")
        if not chat.messages:
            ctx.warn(entry.path, "no WhatsApp messages found in this file")
            return
        order = chat.dates.order
        # The file name carries the chat's current name; system lines the group's, if any.
        title = chat_name(entry, export) or chat.group_name
        folder = PurePosixPath(entry.path).parent
        audience = "group" if chat.is_group else "private"
        lines = _lines(export, entry, encoding, errors="replace")
        for msg in self._messages(lines, None):
            yield from self._items(entry, export, ctx, msg, order, title, folder, audience)
        if chat.is_group:
            yield Item(
                platform="whatsapp",
                kind=ItemKind.GROUP,
                source=entry.path,
                locator=f"line {chat.group_line or chat.first_line}",
                timestamp=to_datetime(chat.group_head, order) if chat.group_head else None,
                timestamp_raw=chat.group_head.raw if chat.group_head else None,
                text=title or "",
                title=title,
                people=list(chat.senders),
                audience="group",
            )

    def _survey(self, entry: Entry, export: Export, encoding: str) -> _Chat:
        """The first pass: date order, senders, group name (strict decoding for UTF-8)."""
        chat = _Chat()
        errors = "strict" if encoding == "utf-8" else "replace"
        for msg in self._messages(_lines(export, entry, encoding, errors), chat):
            chat.replaced = chat.replaced or any("\ufffd" in line for line in msg.lines)
        if chat.is_group is False and len(chat.senders) >= 3:
            chat.is_group = True
        return chat

    def _messages(self, lines: Iterator[str], chat: _Chat | None) -> Iterator[_Message]:
        """Each message with its continuation lines; with `chat`, also learn about the chat."""
        current: _Message | None = None
        for number, line in enumerate(lines, start=1):
            head = parse_head(line)
            if head is None:
                if current is not None:
                    current.lines.append(line)
                continue
            if current is not None:
                yield current
                current = None
            if chat is not None:
                chat.dates.add(head)
            stripped = head.rest.lstrip(INVISIBLE)
            sender = _SENDER.match(stripped)
            if sender is None:  # no "Name:": a system line ("Jane created group ...")
                if chat is not None:
                    self._system_line(chat, number, head, stripped, None)
                continue
            body = sender.group("text")
            clean_body = body.lstrip(INVISIBLE)
            marked = head.rest.startswith(tuple(INVISIBLE)) or body.startswith(tuple(INVISIBLE))
            if marked and _SYSTEM.search(clean_body) and not _ATTACHED_IOS.search(clean_body):
                # iOS writes system lines as "<group name>: \u200eJane created this group".
                if chat is not None:
                    self._system_line(chat, number, head, clean_body, sender.group("name"))
                continue
            name = sender.group("name").strip(INVISIBLE + " ")
            if chat is not None:
                chat.senders.setdefault(name, None)
                chat.messages += 1
                chat.first_line = chat.first_line or number
            current = _Message(line=number, head=head, author=name, lines=[clean_body])
        if current is not None:
            yield current

    def _system_line(
        self, chat: _Chat, number: int, head: LineHead, text: str, ios_sender: str | None
    ) -> None:
        named = _GROUP_NAMED.search(text)
        if named:
            chat.group_name = named.group("name")
            chat.is_group = True
            if chat.group_line is None:
                chat.group_line, chat.group_head = number, head
        if _GROUP_CREATED.search(text):
            chat.is_group = True
            if chat.group_line is None:
                chat.group_line, chat.group_head = number, head
            # iOS writes system lines as "Group name: ‎Jane created this group".
            if ios_sender and chat.group_name is None:
                chat.group_name = ios_sender.strip(INVISIBLE + " ")

    def _items(
        self,
        entry: Entry,
        export: Export,
        ctx: ReadContext,
        msg: _Message,
        order: str,
        title: str | None,
        folder: PurePosixPath,
        audience: str,
    ) -> Iterator[Item]:
        ts = to_datetime(msg.head, order)
        author = msg.author or None
        body = "\n".join(msg.lines).strip()
        clean = body.replace("\u200e", "").replace("\u2068", "").replace("\u2069", "")
        clean = _EDITED.sub("", clean).strip()
        if _PLACEHOLDER.match(clean):
            return
        common: dict[str, Any] = {
            "platform": "whatsapp",
            "source": entry.path,
            "locator": f"line {msg.line}",
            "timestamp": ts,
            "timestamp_raw": msg.head.raw,
            "author": author,
            "people": [author] if author else [],
            "title": title,
            "audience": audience,
        }
        attached = _ATTACHED_IOS.search(clean) or _ATTACHED_ANDROID.search(clean)
        if attached:
            file_name = attached.group("file").strip()
            caption = (clean[: attached.start()] + clean[attached.end() :]).strip()
            paths = _entry_paths(export, ctx)
            beside = file_name if str(folder) == "." else f"{folder}/{file_name}"
            found = next((p for p in (beside, file_name) if p in paths), None)
            yield Item(
                kind=ItemKind.MEDIA,
                text=caption,
                media=MediaInfo(path=found, media_type=_media_type(file_name)),
                **common,
            )
            return
        if not clean:
            return
        location = None
        loc = _LOCATION.search(clean)
        if loc:
            try:
                location = GeoPoint(
                    lat=float(loc.group("lat")), lon=float(loc.group("lon")), source="text link"
                )
            except ValueError:
                location = None
        yield Item(kind=ItemKind.MESSAGE, text=clean, location=location, **common)


def _bom_encoding(head: bytes) -> str:
    """The encoding to stream the chat with: from a byte-order mark, else UTF-8."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if head[:2000].count(b"\x00") > len(head[:2000]) // 4:  # UTF-16 without a mark
        return "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
    return "utf-8"


def _lines(export: Export, entry: Entry, encoding: str, errors: str) -> Iterator[str]:
    """The file's lines, streamed; CRLF and lone CR end lines as LF does."""
    with export.open(entry) as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, errors=errors, newline=None)
        for line in text:
            yield line[:-1] if line.endswith("\n") else line


def _entry_paths(export: Export, ctx: ReadContext) -> set[str]:
    """Every path in the export (built once), to find attachments beside their chat."""
    cached = ctx.state.get("whatsapp.paths")
    if isinstance(cached, set):
        return cached
    paths = {e.path for e in export.entries}
    ctx.state["whatsapp.paths"] = paths
    return paths


def _media_type(file_name: str) -> str:
    lower = file_name.lower()
    if lower.endswith(_IMAGE) or "-PHOTO-" in file_name:
        return "image"
    if lower.endswith(_VIDEO):
        return "video"
    if lower.endswith(_AUDIO):
        return "audio"
    return "other"
