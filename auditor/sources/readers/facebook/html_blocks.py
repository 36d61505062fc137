"""Reading Meta's HTML downloads by structure, not by class names.

Meta obfuscates its class names (`_a6-g`, `_2ph_`, `_a72d` …) and changes them with each
redesign, so records are found by what every layout shares: each record (a post, a message, a
friend) has exactly one timestamp line, "Sep 13, 2020, 12:26 PM", "Oct 19, 2019 at 2:37 PM",
"19 Oct 2019, 14:37". A record is the largest element around a timestamp that holds no other
timestamp. Its first text block is the header (the sender, or "Jane Smith updated her status."),
the rest is the body. Locators are CSS paths (`html > body > div:nth-of-type(1) > …`) that
`soup.select_one()` follows back to the exact element.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone

from bs4 import BeautifulSoup
from bs4.element import NavigableString, Tag

from auditor.models.item import Item, ItemKind
from auditor.sources.export import Entry, Export
from auditor.sources.reader import ReadContext
from auditor.sources.readers.facebook.common import MAX_TEXT_CHARS
from auditor.sources.text import decode_text

# Month names of the languages staff in English schools most often run Facebook in: English,
# then French, German, Spanish, Dutch, Italian, Portuguese, Polish (genitive) and Turkish.
_MONTH_NAMES = [
    "jan january janvier januar enero januari gennaio janeiro stycznia ocak",
    "feb february février fevrier februar febrero februari febbraio fevereiro lutego şubat",
    "mar march mars märz marzo maart março marca mart",
    "apr april avril abril aprile kwietnia nisan",
    "may mai mayo mei maggio maio maja mayıs",
    "jun june juin juni junio giugno junho czerwca haziran",
    "jul july juillet juli julio luglio julho lipca temmuz",
    "aug august août aout agosto augustus sierpnia ağustos",
    "sep sept september septembre septiembre settembre setembro września eylül",
    "oct october octobre oktober octubre ottobre outubro października ekim",
    "nov november novembre noviembre novembro listopada kasım",
    "dec december décembre decembre dezember diciembre dicembre dezembro grudnia aralık",
]
_MONTHS = {name: i + 1 for i, names in enumerate(_MONTH_NAMES) for name in names.split()}
_TIME = (
    r"(?:,?\s*(?:(?:at|um|à|a\s+las|a\s+la|om|alle|às|o|saat)\s+)?"
    r"(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?::(?P<s>\d{2}))?"
    r"\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?)?"
    r"(?:\s*(?:UTC|GMT)\s*(?P<tz>[+-]\d{1,2})(?::?(?P<tzm>\d{2}))?)?)?"
)
_WORD = r"[^\W\d_]{3,12}"
# "Sep 13, 2020, 12:26 PM" · "Oct 19, 2019 at 2:37 PM" · "19 Oct 2019, 14:37" ·
# "Tuesday, 13 March 2018 at 10:31 UTC+01" · "Oct 1, 2020" (a date alone) ·
# "13. März 2018 um 10:31" · "13 mars 2018 à 10:31" · "13 de marzo de 2018 a las 10:31"
_WHEN = re.compile(
    rf"^(?:{_WORD},?\s*)?"
    rf"(?:(?P<mon1>{_WORD})\.?\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\.?\s+(?:de\s+)?(?P<mon2>{_WORD})\.?,?\s+(?:de\s+)?(?P<y2>\d{{4}}))"
    + _TIME
    + r"\s*$"
)


def parse_when(text: str) -> datetime | None:
    """A Meta HTML timestamp as UTC; a time without a zone is labelled UTC (keep the raw text)."""
    m = _WHEN.match(text.strip().replace("\u202f", " ").replace("\xa0", " "))
    if not m:
        return None
    mon = _MONTHS.get((m.group("mon1") or m.group("mon2") or "").casefold())
    if mon is None:
        return None
    day = int(m.group("d1") or m.group("d2"))
    year = int(m.group("y1") or m.group("y2"))
    hour = int(m.group("h") or 0)
    minute = int(m.group("mi") or 0)
    second = int(m.group("s") or 0)
    ampm = (m.group("ampm") or "").replace(".", "").replace(" ", "").casefold()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    zone: timezone = UTC
    if m.group("tz"):
        sign = -1 if m.group("tz").startswith("-") else 1
        offset = timedelta(hours=abs(int(m.group("tz"))), minutes=int(m.group("tzm") or 0))
        zone = timezone(sign * offset)
    try:
        return datetime(year, mon, day, hour, minute, second, tzinfo=zone).astimezone(UTC)
    except ValueError:
        return None


def has_zone(text: str) -> bool:
    m = _WHEN.match(text.strip())
    return bool(m and m.group("tz"))


def load_html(entry: Entry, export: Export, ctx: ReadContext) -> BeautifulSoup | None:
    """The parsed page, or None after a warning (too large, empty)."""
    if entry.size > ctx.max_text_bytes:
        ctx.warn(entry.path, f"skipped: {entry.size // 1_000_000} MB is too large for a page")
        return None
    raw = export.read_bytes(entry)
    if not raw.strip():
        ctx.warn(entry.path, "empty file")
        return None
    text, encoding = decode_text(raw)
    if encoding not in ("utf-8", "utf-8-sig"):  # Meta writes its pages in UTF-8
        ctx.warn(entry.path, f"not saved as UTF-8 (read as {encoding}); some text may be wrong")
    if "</html>" not in text[-4096:].casefold():
        ctx.warn(entry.path, "the page ends early (cut short?); read what is there")
    soup = BeautifulSoup(text, "html.parser")
    if soup.body is None and soup.find(True) is None:
        ctx.warn(entry.path, "no HTML content in this file")
        return None
    longest = max((len(s) for s in soup.find_all(string=True)), default=0)
    if longest > MAX_TEXT_CHARS:
        ctx.warn(entry.path, f"a text of {longest:,} characters was shortened to the first part")
    return soup


def css_path(tag: Tag) -> str:
    """A CSS selector that matches exactly `tag` (every step is `name:nth-of-type(n)`)."""
    parts: list[str] = []
    node: Tag | None = tag
    while node is not None and node.name != "[document]":
        parent = node.parent
        if node.name in ("html", "body") or parent is None:
            parts.append(node.name)
        else:
            index = 1
            for sib in parent.find_all(node.name, recursive=False):
                if sib is node:
                    break
                index += 1
            parts.append(f"{node.name}:nth-of-type({index})")
        node = parent
    return " > ".join(reversed(parts))


def block_text(tag: Tag) -> str:
    """The words of an element, one line per block, without repeated blank lines."""
    lines = [s.strip() for s in tag.stripped_strings]
    return "\n".join(x for x in lines if x)[:MAX_TEXT_CHARS]


@dataclass
class Record:
    """One record of a page: the element, its header and body lines, and its timestamp."""

    tag: Tag
    locator: str
    header: str
    body: list[str]
    when: datetime | None
    when_raw: str
    links: list[str] = field(default_factory=list)  # href/src of local files and web links


def _is_heading(node: object) -> bool:
    """A page or thread header, which a record must not swallow."""
    if isinstance(node, Tag):
        return node.name in ("h1", "title") or "Participants:" in node.get_text()
    return isinstance(node, NavigableString) and "Participants:" in str(node)


def records(soup: BeautifulSoup) -> Iterator[Record]:
    """The timestamped records of a page, in document order."""
    body = soup.body or soup
    stamps: list[tuple[Tag, str]] = []
    for s in body.find_all(string=True):
        if (
            isinstance(s, NavigableString)
            and s.parent is not None
            and s.parent.name not in ("script", "style", "title")
            and parse_when(str(s))
        ):
            stamps.append((s.parent, str(s).strip()))
    counts: dict[int, int] = {}
    for tag, _ in stamps:
        for anc in [tag, *tag.parents]:
            counts[id(anc)] = counts.get(id(anc), 0) + 1
    for tag, raw in stamps:
        node = tag
        while (
            node.parent is not None
            and node.parent is not body
            and node.parent.name not in ("body", "html", "[document]")
            and counts.get(id(node.parent)) == 1
            and not any(_is_heading(c) for c in node.parent.children if c is not node)
        ):
            node = node.parent
        yield _record(node, tag, raw)


def _record(node: Tag, stamp: Tag, raw: str) -> Record:
    blocks: list[str] = []
    for child in node.children:
        if isinstance(child, Tag):
            if child is stamp or stamp in child.descendants:
                rest = [s.strip() for s in child.stripped_strings if s.strip() != raw]
                blocks.extend(rest)
                continue
            text = block_text(child)
            if text:
                blocks.append(text)
        elif isinstance(child, NavigableString) and str(child).strip() not in ("", raw):
            blocks.append(str(child).strip()[:MAX_TEXT_CHARS])
    links = [
        str(t.get("href") or t.get("src"))
        for t in node.find_all(["a", "img", "video", "audio"])
        if t.get("href") or t.get("src")
    ]
    if len(blocks) <= 1:
        # Pre-2019 Messenger pages put the words in a <p> after the message's header block.
        sib = node.find_next_sibling()
        if isinstance(sib, Tag) and sib.name == "p" and block_text(sib):
            blocks.append(block_text(sib))
    header, body = (blocks[0], blocks[1:]) if blocks else ("", [])
    return Record(
        tag=node,
        locator=css_path(node),
        header=header,
        body=body,
        when=parse_when(raw),
        when_raw=raw,
        links=list(dict.fromkeys(links)),
    )


def is_local_media(link: str) -> bool:
    low = link.casefold()
    return not low.startswith(("http://", "https://", "mailto:", "#", "data:")) and low.endswith(
        (".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".mp4", ".mov", ".webm", ".m4a")
    )


def label_cells(soup: Tag) -> Iterator[tuple[str, str, Tag]]:
    """(label, value, element) pairs from Meta's profile tables.

    Two layouts: a cell whose own text is the label and whose nested <div>s hold the value
    (`<td>Username<div><div>jane</div></div></td>`), and a row of two cells (label, value).
    """
    body = soup.body or soup
    for td in body.find_all("td"):
        if td.find("td") is not None:
            continue
        own = "".join(str(s) for s in td.children if isinstance(s, NavigableString)).strip()
        nested = [c for c in td.children if isinstance(c, Tag)]
        if own and nested:
            value = "\n".join(block_text(c) for c in nested if block_text(c))
            if value:
                yield own, value, td
            continue
        sib = td.find_next_sibling("td")
        if own and sib is not None and sib.find("td") is None and block_text(sib):
            yield own, block_text(sib), sib


def profile_table_items(
    entry: Entry,
    export: Export,
    ctx: ReadContext,
    platform: str,
    field_of: Callable[[str, str], str | None],
) -> Iterator[Item]:
    """A Meta profile page (a table of label / value cells) as profile-field and bio items.

    `field_of(label, value)` names the field a row holds, or None for rows no rule cares about.
    """
    soup = load_html(entry, export, ctx)
    if soup is None:
        return
    found = False
    for label, value, tag in label_cells(soup):
        found = True
        field = field_of(label, value)
        if field is None:
            continue
        yield Item(
            platform=platform,
            kind=ItemKind.BIO if field == "bio" else ItemKind.PROFILE_FIELD,
            source=entry.path,
            locator=css_path(tag),
            text=value,
            field=field,
            audience="profile",
        )
    if not found and block_text(soup.body or soup):
        ctx.warn(entry.path, "no profile fields found on this page (unexpected layout)")
