"""Older YouTube Takeout forms: `subscriptions.json` and the HTML comment / live-chat pages."""

from __future__ import annotations

from collections.abc import Iterator

from bs4 import BeautifulSoup

from auditor.models.item import Item, ItemKind
from auditor.sources.export import Entry, Export
from auditor.sources.jsonfile import as_dict, as_list, as_str, load_json, pointer
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.registry import register
from auditor.sources.text import decode_text


def _in_youtube(entry: Entry) -> bool:
    return "youtube" in entry.path.casefold()


@register
class YouTubeSubscriptionsJson(Reader):
    platform = "youtube"
    format = "json"
    name = "youtube.json.subscriptions"

    def claims(self, entry: Entry, export: Export) -> bool:
        return entry.name == "subscriptions.json" and _in_youtube(entry)

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        for i, sub in enumerate(as_list(load_json(entry, export, ctx))):
            title = as_str(as_dict(as_dict(sub).get("snippet")).get("title"))
            if title:
                yield Item(
                    platform="youtube",
                    kind=ItemKind.CONNECTION,
                    source=entry.path,
                    locator=pointer(i, "snippet", "title"),
                    text=title,
                    title="subscription",
                )


@register
class YouTubeCommentsHtml(Reader):
    platform = "youtube"
    format = "html"
    name = "youtube.html.comments"

    def claims(self, entry: Entry, export: Export) -> bool:
        return entry.name in ("my-comments.html", "my-live-chat-messages.html") and _in_youtube(
            entry
        )

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        text, _ = decode_text(export.read_bytes(entry))
        soup = BeautifulSoup(text, "html.parser")
        blocks = soup.select("li") or soup.select("div.content-cell")
        for i, block in enumerate(blocks):
            # The link names the video; the text after it is the comment itself.
            link = block.find("a")
            url = str(link.get("href")) if link and link.get("href") else None
            body = block.get_text(" ", strip=True)
            if body:
                yield Item(
                    platform="youtube",
                    kind=ItemKind.COMMENT,
                    source=entry.path,
                    locator=f"{blocks[0].name} #{i + 1}",
                    text=body,
                    url=url,
                )
