"""Reddit CSV files: posts, comments, messages, chats, and the subreddits joined or moderated.

Each item carries its subreddit in `title` ("r/name"): a school's or a town's subreddit is
context the detectors and the user both want to see.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from auditor.models.item import Item, ItemKind
from auditor.sources.csvfile import cell, read_csv_rows, row_item
from auditor.sources.export import Entry, Export
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.registry import register

# file name -> (columns that must be in the header, item kind)
_FILES: dict[str, tuple[tuple[str, ...], ItemKind]] = {
    "posts.csv": (("permalink", "subreddit", "title"), ItemKind.POST),
    "comments.csv": (("permalink", "subreddit", "body"), ItemKind.COMMENT),
    "messages.csv": (("thread_id", "from", "body"), ItemKind.MESSAGE),
    "messages_archive.csv": (("thread_id", "from", "body"), ItemKind.MESSAGE),
    "chat_history.csv": (("message_id", "message"), ItemKind.MESSAGE),
    "subscribed_subreddits.csv": (("subreddit",), ItemKind.GROUP),
    "moderated_subreddits.csv": (("subreddit",), ItemKind.GROUP),
}


def _reddit_date(value: str) -> str:
    # "2023-02-18 12:33:11 UTC" -> ISO
    return value.replace(" UTC", "+00:00").strip()


@register
class RedditCsv(Reader):
    platform = "reddit"
    format = "csv"
    name = "reddit.csv"

    def claims(self, entry: Entry, export: Export) -> bool:
        spec = _FILES.get(entry.name.casefold())
        if spec is None:
            return False
        first = export.head(entry, 1024).decode("utf-8", errors="replace").lstrip("\ufeff")
        header = (
            {h.strip().casefold() for h in first.splitlines()[0].split(",")} if first else set()
        )
        return all(col in header for col in spec[0])

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        columns, kind = _FILES[entry.name.casefold()]
        moderated = entry.name.casefold().startswith("moderated")
        for line, row in read_csv_rows(entry, export, ctx, header_hint=columns[:1]):
            sub = cell(row, "subreddit")
            title = f"r/{sub}" if sub else None
            if kind == ItemKind.GROUP:
                if sub:
                    yield _row(
                        entry, line, kind, f"r/{sub}", title="moderator" if moderated else "member"
                    )
                continue
            if kind == ItemKind.POST:
                text = "\n".join(t for t in (cell(row, "title"), cell(row, "body")) if t)
            elif entry.name.casefold() == "chat_history.csv":
                text = cell(row, "message")
                title = cell(row, "channel_name") or title
            else:
                text = cell(row, "body")
                if kind == ItemKind.MESSAGE and cell(row, "subject"):
                    title = cell(row, "subject")
            if not text:
                continue
            ts = cell(row, "date", "created_at")
            people = [p for p in (cell(row, "from"), cell(row, "to")) if p]
            yield _row(
                entry,
                line,
                kind,
                text,
                title=title,
                ts=ts,
                people=people,
                author=cell(row, "from", "username") or None,
                url=cell(row, "permalink") or None,
            )


def _row(
    entry: Entry, line: int, kind: ItemKind, text: str, *, ts: str = "", **fields: Any
) -> Item:
    audience = "private" if kind == ItemKind.MESSAGE else "public"
    return row_item(
        "reddit",
        entry,
        line,
        kind,
        text,
        when=ts,
        iso=_reddit_date(ts) if ts else "",
        audience=audience,
        **fields,
    )
