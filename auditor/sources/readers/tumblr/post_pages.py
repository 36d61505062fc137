"""Tumblr post pages (`posts/html/<id>.html`) and the images they show."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator

from bs4 import BeautifulSoup

from auditor.models.item import Item, ItemKind, MediaInfo
from auditor.sources.export import Entry, Export
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.registry import register
from auditor.sources.text import decode_text
from auditor.sources.timestamps import parse_naive

_POST_PATH = re.compile(r"(^|/)posts/html/[^/]+\.html?$", re.IGNORECASE)
_ORDINAL = re.compile(r"(\d+)(st|nd|rd|th)")


def tumblr_time(text: str) -> str:
    """ "March 27th, 2020 1:52pm" -> "March 27, 2020 1:52PM" (then read with strptime)."""
    return _ORDINAL.sub(r"\1", " ".join(text.split())).replace("am", "AM").replace("pm", "PM")


@register
class TumblrPostPage(Reader):
    platform = "tumblr"
    format = "html"
    name = "tumblr.html.posts"

    def claims(self, entry: Entry, export: Export) -> bool:
        return bool(_POST_PATH.search(entry.path))

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        text, _ = decode_text(export.read_bytes(entry))
        soup = BeautifulSoup(text, "html.parser")
        footer = soup.find(id="footer")
        stamp = ""
        tags: list[str] = []
        if footer is not None:
            ts_el = footer.find(id="timestamp")
            stamp = ts_el.get_text(" ", strip=True) if ts_el else ""
            tags = [t.get_text(strip=True) for t in footer.find_all(class_="tag")]
            footer.extract()
        body = soup.body or soup
        images = [str(img.get("src", "")) for img in body.find_all("img")]
        words = body.get_text("\n", strip=True)
        tag_line = " ".join(f"#{t}" for t in tags)
        post_text = "\n".join(t for t in (words, tag_line) if t)
        when = (
            parse_naive(tumblr_time(stamp), ("%B %d, %Y %I:%M%p", "%B %d, %Y")) if stamp else None
        )
        post_id = entry.name.rsplit(".", 1)[0]
        if post_text:
            yield Item(
                platform="tumblr",
                kind=ItemKind.POST,
                source=entry.path,
                locator="post body",
                text=post_text,
                timestamp=when,
                timestamp_raw=stamp or None,
                audience="public",
                title=f"post {post_id}",
            )
        base = posixpath.dirname(entry.path)
        for i, src in enumerate(images):
            if not src or src.startswith(("http://", "https://", "data:")):
                continue
            path = posixpath.normpath(posixpath.join(base, src))
            found = export.find(path) or export.find(posixpath.basename(src))
            yield Item(
                platform="tumblr",
                kind=ItemKind.MEDIA,
                source=entry.path,
                locator=f"img #{i + 1}",
                text=post_text,
                timestamp=when,
                timestamp_raw=stamp or None,
                audience="public",
                media=MediaInfo(path=found.path if found else None, media_type="image"),
            )
