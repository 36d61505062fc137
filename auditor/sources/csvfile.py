"""Reading CSV files from exports: unknown encodings, preambles before the header (LinkedIn's
`Notes:` lines), multi-line quoted fields, and a locator (the record's first line) per row."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

from auditor.models.item import Item, ItemKind
from auditor.sources.export import Entry, Export
from auditor.sources.reader import ReadContext
from auditor.sources.text import decode_text
from auditor.sources.timestamps import parse_iso

csv.field_size_limit(64 * 1024 * 1024)


def read_csv_rows(
    entry: Entry, export: Export, ctx: ReadContext, header_hint: Iterable[str] = ()
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number where the record starts, row as {header: value}) for each data row.

    The header is the first row that contains one of `header_hint` (case-insensitive), or the
    first row when no hint is given. Lines before it are a preamble and skipped.
    """
    if entry.size > ctx.max_text_bytes:
        ctx.warn(entry.path, f"skipped: {entry.size // 1_000_000} MB is too large for a CSV file")
        return
    text, encoding = decode_text(export.read_bytes(entry))
    if "\ufffd" in text:
        ctx.warn(entry.path, f"some characters could not be decoded (read as {encoding})")
    elif encoding == "cp1252":
        ctx.warn(
            entry.path, "not saved as UTF-8; read as Windows-1252, some characters may be wrong"
        )
    hints = {h.casefold() for h in header_hint}
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    start = 1
    try:
        for row in reader:
            line = start
            start = reader.line_num + 1
            if header is None:
                cells = [c.strip().lstrip("\ufeff") for c in row]
                if not hints or hints & {c.casefold() for c in cells}:
                    header = cells
                continue
            if not any(cell.strip() for cell in row):
                continue
            yield line, {h: (row[i] if i < len(row) else "") for i, h in enumerate(header) if h}
    except csv.Error as exc:
        ctx.warn(entry.path, f"CSV damaged near line {reader.line_num} ({exc}); read up to there")
    if header is None and text.strip():
        ctx.warn(entry.path, "no header row found; is this the platform's CSV file?")


def cell(row: dict[str, str], *names: str) -> str:
    """The first non-empty value among `names`, matched case-insensitively."""
    lowered = {k.casefold(): v for k, v in row.items()}
    for name in names:
        value = lowered.get(name.casefold(), "")
        if value and value.strip():
            return value.strip()
    return ""


def row_item(
    platform: str,
    entry: Entry,
    line: int,
    kind: ItemKind,
    text: str,
    *,
    when: str = "",
    iso: str | None = None,
    **fields: Any,
) -> Item:
    """An item read from the CSV record that starts at `line`; `when` is the file's own time
    text (kept as `timestamp_raw`), `iso` its ISO 8601 form when the file writes it otherwise."""
    stamp = iso if iso is not None else when
    return Item(
        platform=platform,
        kind=kind,
        source=entry.path,
        locator=f"row at line {line}",
        text=text,
        timestamp=parse_iso(stamp) if stamp else None,
        timestamp_raw=when or None,
        **fields,
    )
