"""LinkedIn's CSV files: profile, positions, education, posts, comments, connections, messages,
phone numbers and e-mail addresses.

Files are matched by name with any member-id suffix removed (`Shares_1158443584.csv` is
`Shares.csv`) and confirmed by their header, which LinkedIn keeps in English. The header is
located rather than assumed on line 1 (`Connections.csv` starts with a `Notes:` preamble).
Locators are `row N`: N is the line of the file on which the record starts, so a multi-line
quoted field does not shift the rows after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from auditor.models.item import Item, ItemKind
from auditor.sources.csvfile import cell, read_csv_rows
from auditor.sources.export import Entry, Export
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.registry import register
from auditor.sources.text import decode_text
from auditor.sources.timestamps import parse_naive

_SUFFIX = re.compile(r"_\d{4,}$")
_TYPED_URL = re.compile(r"\b[A-Z_]{2,}:(?=https?://)")
_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S UTC",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d",
    "%d %b %Y",
    "%b %d, %Y",
    "%m/%d/%y, %I:%M %p",
    "%m/%d/%y",
    "%b %Y",
    "%Y",
)
_VISIBILITY = {"PUBLIC", "CONNECTIONS", "LOGGED_IN", "MEMBER_NETWORK", "CONTAINER"}

Row = dict[str, str]


@dataclass(frozen=True)
class _Spec:
    header: str  # a column that must be in the header (and locates it after a preamble)
    handler: str  # name of the LinkedInCsv method that turns a row into items


_FILES: dict[str, _Spec] = {
    "profile": _Spec("Headline", "_profile"),
    "profile summary": _Spec("Profile Summary", "_profile_summary"),
    "positions": _Spec("Company Name", "_position"),
    "education": _Spec("School Name", "_education"),
    "shares": _Spec("ShareCommentary", "_share"),
    "comments": _Spec("Message", "_comment"),
    "connections": _Spec("First Name", "_connection"),
    "messages": _Spec("CONVERSATION ID", "_message"),
    "guide_messages": _Spec("CONVERSATION ID", "_message"),
    "learning_role_play_messages": _Spec("CONVERSATION ID", "_message"),
    "phonenumbers": _Spec("Number", "_phone"),
    "whatsapp phone numbers": _Spec("Number", "_phone"),
    "email addresses": _Spec("Email Address", "_email"),
    "skills": _Spec("Name", "_skill"),
    "invitations": _Spec("Direction", "_invitation"),
    "recommendations_received": _Spec("Text", "_recommendation"),
    "recommendations_given": _Spec("Text", "_recommendation"),
}


def file_key(name: str) -> str:
    """`Shares_1158443584.csv` -> `shares`; the key LinkedIn's file is known by."""
    stem = name[: -len(".csv")] if name.lower().endswith(".csv") else name
    return _SUFFIX.sub("", stem).casefold()


def parse_date(value: str) -> datetime | None:
    """One of LinkedIn's four-plus date formats, labelled UTC (only messages say their zone)."""
    return parse_naive(value, _DATE_FORMATS) if value else None


@register
class LinkedInCsv(Reader):
    platform = "linkedin"
    format = "csv"
    name = "linkedin.csv"

    def claims(self, entry: Entry, export: Export) -> bool:
        if entry.suffix != ".csv":
            return False
        spec = _FILES.get(file_key(entry.name))
        if spec is None:
            return False
        if entry.size == 0:  # LinkedIn's name, nothing in it: claim it to say so
            return True
        head, _ = decode_text(export.head(entry, 4096))
        # The header is on line 1, or after the `Notes:` preamble.
        return any(
            spec.header.casefold() in {c.strip().strip('"').casefold() for c in line.split(",")}
            for line in head.lstrip("\ufeff").splitlines()[:8]
        )

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        spec = _FILES[file_key(entry.name)]
        if entry.size == 0:
            ctx.warn(entry.path, "empty file")
            return
        handler: Callable[[Entry, int, Row], Iterator[Item]] = getattr(self, spec.handler)
        for line, row in read_csv_rows(entry, export, ctx, header_hint=(spec.header,)):
            if any(v.strip("\x00 \t\r\n") for v in row.values()):  # not a row of padding
                yield from handler(entry, line, row)

    @staticmethod
    def _item(
        entry: Entry,
        line: int,
        kind: ItemKind,
        text: str,
        *,
        field: str | None = None,
        date: str = "",
        utc: bool = False,
        **extra: object,
    ) -> Item:
        ts = parse_date(date)
        return Item(
            platform="linkedin",
            kind=kind,
            source=entry.path,
            locator=f"row {line}",
            text=text.replace("\r\n", "\n"),
            field=field,
            timestamp=ts,
            timestamp_raw=None if utc else (date or None),
            **extra,
        )

    # -- profile -----------------------------------------------------------------------------
    def _profile(self, entry: Entry, line: int, row: Row) -> Iterator[Item]:
        fields = (
            ("Headline", "headline", ItemKind.PROFILE_FIELD),
            ("Summary", "bio", ItemKind.BIO),
            ("Geo Location", "location", ItemKind.PROFILE_FIELD),
            ("Address", "address", ItemKind.PROFILE_FIELD),
            ("Zip Code", "postcode", ItemKind.PROFILE_FIELD),
            ("Industry", "industry", ItemKind.PROFILE_FIELD),
            ("Websites", "website", ItemKind.PROFILE_FIELD),
            ("Twitter Handles", "twitter", ItemKind.PROFILE_FIELD),
            ("Instant Messengers", "messenger", ItemKind.PROFILE_FIELD),
        )
        for column, field, kind in fields:
            # Bracket-encoded lists: "[handle]", "[PERSONAL:https://…]".
            value = _TYPED_URL.sub("", cell(row, column).strip("[]")).strip()
            if value:
                yield self._item(entry, line, kind, value, field=field, audience="profile")

    def _profile_summary(self, entry: Entry, line: int, row: Row) -> Iterator[Item]:
        value = cell(row, "Profile Summary")
        if value:
            yield self._item(entry, line, ItemKind.BIO, value, field="bio", audience="profile")

    def _position(self, entry: Entry, line: int, row: Row) -> Iterator[Item]:
        head = ", ".join(x for x in (cell(row, "Title"), cell(row, "Company Name")) if x)
        where = cell(row, "Location")
        text = "\n".join(x for x in (head, where, cell(row, "Description")) if x)
        if text:
            yield self._item(
                entry,
                line,
                ItemKind.PROFILE_FIELD,
                text,
                field="position",
                date=cell(row, "Started On"),
                title=cell(row, "Title") or None,
                audience="profile",
            )

    def _education(self, entry: Entry, line: int, row: Row) -> Iterator[Item]:
        parts = (
            cell(row, "School Name"),
            cell(row, "Degree Name"),
            cell(row, "Notes"),
            cell(row, "Activities"),
        )
        text = "\n".join(x for x in parts if x)
        if text:
            yield self._item(
                entry,
                line,
                ItemKind.PROFILE_FIELD,
                text,
                field="education",
                date=cell(row, "Start Date"),
                audience="profile",
            )

    def _phone(self, entry: Entry, line: int, row: Row) -> Iterator[Item]:
        number = cell(row, "Number")
        if number:
            ext = cell(row, "Extension")
            # The column holds a country code in some exports, an extension in others.
            if ext.startswith("+"):
                text = f"{ext} {number}"
            else:
                text = f"{number} ext. {ext}" if ext else number
            kind = cell(row, "Type") or None
            yield self._item(
                entry,
                line,
                ItemKind.PROFILE_FIELD,
                text,
                field="phone",
                title=kind,
                audience="private",
            )

    def _email(self, entry: Entry, line: int, row: Row) -> Iterator[Item]:
        address = cell(row, "Email Address")
        if address:
            yield self._item(
                entry, line, ItemKind.PROFILE_FIELD, address, field="email", audience="private"
            )

    def _skill(self, entry: Entry, line: int, row: Row) -> Iterator[Item]:
        name = cell(row, "Name")
        if name:
            yield self._item(
                entry, line, ItemKind.PROFILE_FIELD, name, field="skill", audience="profile"
            )

    def _recommendation(self, entry: Entry, line: int, row: Row) -> Iterator[Item]:
        text = cell(row, "Text")
        if text:
            who = " ".join(x for x in (cell(row, "First Name"), cell(row, "Last Name")) if x)
            yield self._item(
                entry,
                line,
                ItemKind.PROFILE_FIELD,
                text,
                field="recommendation",
                date=cell(row, "Creation Date"),
                people=[who] if who else [],
                title=", ".join(x for x in (cell(row, "Job Title"), cell(row, "Company")) if x)
                or None,
                audience="profile",
            )

    # -- activity ----------------------------------------------------------------------------
    def _share(self, entry: Entry, line: int, row: Row) -> Iterator[Item]:
        text = cell(row, "ShareCommentary")
        visibility = cell(row, "Visibility")
        # Some exports shift a column: the visibility lands under ShareCommentary.
        if text.upper() in _VISIBILITY:
            visibility = visibility or text
            text = cell(row, "SharedUrl") if not cell(row, "SharedUrl").startswith("http") else ""
        if not text:
            return
        date = cell(row, "Date")
        yield self._item(
            entry,
            line,
            ItemKind.POST,
            text,
            date=date,
            utc=date.endswith("UTC"),
            url=cell(row, "ShareLink") or None,
            audience=(visibility or "public").lower(),
        )

    def _comment(self, entry: Entry, line: int, row: Row) -> Iterator[Item]:
        text = cell(row, "Message")
        if text:
            date = cell(row, "Date")
            yield self._item(
                entry,
                line,
                ItemKind.COMMENT,
                text,
                date=date,
                utc=date.endswith("UTC"),
                url=cell(row, "Link") or None,
                audience="public",
            )

    def _invitation(self, entry: Entry, line: int, row: Row) -> Iterator[Item]:
        """A connection invitation's note ("Hi, I teach at ...")."""
        text = cell(row, "Message")
        if not text:
            return
        sender, recipient = cell(row, "From"), cell(row, "To")
        yield self._item(
            entry,
            line,
            ItemKind.MESSAGE,
            text,
            date=cell(row, "Sent At"),
            author=sender or None,
            people=[p for p in (sender, recipient) if p],
            title=f"invitation ({cell(row, 'Direction').lower() or 'sent'})",
            audience="private",
        )

    def _connection(self, entry: Entry, line: int, row: Row) -> Iterator[Item]:
        name = " ".join(x for x in (cell(row, "First Name"), cell(row, "Last Name")) if x)
        if not name:
            return
        role = ", ".join(x for x in (cell(row, "Position"), cell(row, "Company")) if x)
        yield self._item(
            entry,
            line,
            ItemKind.CONNECTION,
            name,
            date=cell(row, "Connected On"),
            people=[name],
            title=role or None,
            url=cell(row, "URL") or None,
            audience="connections",
        )

    def _message(self, entry: Entry, line: int, row: Row) -> Iterator[Item]:
        text = cell(row, "CONTENT")
        subject = cell(row, "SUBJECT")
        if subject and subject not in text:
            text = f"{subject}\n{text}" if text else subject
        if not text:
            return
        sender = cell(row, "FROM")
        recipients = [r.strip() for r in cell(row, "TO").split(",") if r.strip()]
        date = cell(row, "DATE")
        yield self._item(
            entry,
            line,
            ItemKind.MESSAGE,
            text,
            date=date,
            utc=date.endswith("UTC"),
            author=sender or None,
            people=[p for p in (sender, *recipients) if p],
            title=cell(row, "CONVERSATION TITLE") or None,
            audience="private",
        )
