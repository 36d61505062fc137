"""The Pinterest data-download HTML page."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup
from bs4.element import NavigableString, Tag

from auditor.models.item import Item, ItemKind
from auditor.sources.export import Entry, Export
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.registry import register
from auditor.sources.text import decode_text
from auditor.sources.timestamps import parse_naive

_LINE = re.compile(r"^\s*([A-Z][A-Za-z /]+?):\s*(.*?),?\s*$")
_EMPTY = {"", "no data", "none", "null"}
# Keys whose values are the record's words, in reading order ("Board Name" is its title).
_TEXT_KEYS = ("Name", "Title", "Details", "Description", "Alt Text", "About", "Bio", "Note")
_PROFILE_KEYS = {
    "about": "bio",
    "bio": "bio",
    "website": "website",
    "location": "location",
    "first name": "name",
    "last name": "name",
    "username": "username",
    "email": "email",
    "phone": "phone",
}


def _records(h1: Tag) -> Iterator[tuple[int, dict[str, str], str | None]]:
    """(index, {key: value}, link) for each record until the next <h1>."""
    record: dict[str, str] = {}
    link: str | None = None
    index = 0
    node = h1.next_sibling
    while node is not None and not (isinstance(node, Tag) and node.name == "h1"):
        if (
            isinstance(node, Tag)
            and node.name == "a"
            and "pinterest." in str(node.get("href", ""))
            and "/pin/" in str(node.get("href", ""))
        ):
            if record:
                yield index, record, link
                index += 1
            record, link = {}, str(node.get("href"))
        elif isinstance(node, NavigableString):
            m = _LINE.match(str(node))
            if m and m.group(2).strip().casefold().rstrip(",") not in _EMPTY:
                key = m.group(1).strip()
                if key in record and key in ("Name", "Title") and link is None:
                    yield index, record, link  # a new record without a link (boards)
                    index += 1
                    record = {}
                record[key] = m.group(2).strip()
        elif isinstance(node, Tag) and node.name == "a" and record:
            last = next(reversed(record), None)
            if last is not None and not record[last]:
                record[last] = str(node.get("href", ""))
        node = node.next_sibling
    if record:
        yield index, record, link


@register
class PinterestHtml(Reader):
    platform = "pinterest"
    format = "html"
    name = "pinterest.html"

    def claims(self, entry: Entry, export: Export) -> bool:
        if entry.suffix not in (".html", ".htm"):
            return False
        head = export.head(entry, 8192).decode("utf-8", errors="replace")
        return "pinterest.com/pin/" in head or bool(re.search(r"<h1[^>]*>\s*Pins\s*</h1>", head))

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        text, _ = decode_text(export.read_bytes(entry))
        soup = BeautifulSoup(text, "html.parser")
        for h1 in soup.find_all("h1"):
            section = h1.get_text(strip=True)
            lower = section.casefold()
            for index, record, link in _records(h1):
                locator = f"section '{section}' record {index + 1}"
                if "profile" in lower or lower in ("user", "account"):
                    for key, value in record.items():
                        field = _PROFILE_KEYS.get(key.casefold())
                        if field:
                            kind = ItemKind.BIO if field == "bio" else ItemKind.PROFILE_FIELD
                            yield Item(
                                platform="pinterest",
                                kind=kind,
                                source=entry.path,
                                locator=f"{locator} '{key}'",
                                text=value,
                                field=field,
                                audience="profile",
                            )
                    continue
                body = "\n".join(record[k] for k in _TEXT_KEYS if record.get(k))
                if not body:
                    continue
                created = record.get("Created at", "")
                yield Item(
                    platform="pinterest",
                    kind=ItemKind.POST,
                    source=entry.path,
                    locator=locator,
                    text=body,
                    title=section if not record.get("Board Name") else record["Board Name"],
                    timestamp=parse_naive(created, ("%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M:%S"))
                    if created
                    else None,
                    timestamp_raw=created or None,
                    url=link,
                    audience="private"
                    if record.get("Private", "").casefold() == "true"
                    or record.get("Privacy", "").casefold() in ("secret", "private")
                    else "public",
                )
