"""Instagram's download in HTML: profile, posts (and reels, stories), followers/following and
DMs. Read by structure with the Facebook HTML helpers; profile labels are localised as in JSON."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.models.item import Item, ItemKind
from auditor.sources.export import Entry, Export
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.readers.facebook.common import clip, meta_platform
from auditor.sources.readers.facebook.html_blocks import (
    block_text,
    css_path,
    has_zone,
    is_local_media,
    label_cells,
    load_html,
    parse_when,
    profile_table_items,
    records,
)
from auditor.sources.readers.facebook.html_export import media_of, read_message_page
from auditor.sources.readers.instagram.labels import field_for, is_label
from auditor.sources.registry import register

_PROFILE = re.compile(r"^(personal_information|instagram_profile_information)\.html?$")
_POSTS = re.compile(r"^(posts_\d+|reels|stories|archived_posts|profile_photos)\.html?$")
_PEOPLE = re.compile(r"^(followers(_\d+)?|following(_\d+)?|close_friends)\.html?$")
_MESSAGES = re.compile(r"^message_\d+\.html?$")
_COMMENTS = re.compile(r"^(post_comments_\d+|reels_comments)\.html?$")
_HANDLE = re.compile(r"instagram\.com/(?:_u/)?([A-Za-z0-9._]+)/?$")


@register
class InstagramProfileHtml(Reader):
    platform = "instagram"
    format = "html"
    name = "instagram.html.profile"

    def claims(self, entry: Entry, export: Export) -> bool:
        return bool(_PROFILE.match(entry.name))

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        yield from profile_table_items(entry, export, ctx, "instagram", field_for)


@register
class InstagramPostsHtml(Reader):
    platform = "instagram"
    format = "html"
    name = "instagram.html.posts"

    def claims(self, entry: Entry, export: Export) -> bool:
        return bool(_POSTS.match(entry.name))

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        soup = load_html(entry, export, ctx)
        if soup is None:
            return
        found = False
        for rec in records(soup):
            found = True
            caption = "\n".join([rec.header, *rec.body]).strip()
            media = list(media_of(rec, entry, "instagram", text=caption, audience="public"))
            yield from media
            if not media and caption:
                yield Item(
                    platform="instagram",
                    kind=ItemKind.POST,
                    source=entry.path,
                    locator=rec.locator,
                    text=caption,
                    timestamp=rec.when,
                    timestamp_raw=None if has_zone(rec.when_raw) else rec.when_raw,
                    audience="public",
                )
        if not found and block_text(soup.body or soup):
            ctx.warn(entry.path, "no dated posts found on this page (unexpected layout)")


@register
class InstagramConnectionsHtml(Reader):
    platform = "instagram"
    format = "html"
    name = "instagram.html.connections"

    def claims(self, entry: Entry, export: Export) -> bool:
        return bool(_PEOPLE.match(entry.name))

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        soup = load_html(entry, export, ctx)
        if soup is None:
            return
        relation = (
            "close friend"
            if "close" in entry.name
            else "following"
            if entry.name.startswith("following")
            else "follower"
        )
        seen = False
        for a in (soup.body or soup).find_all("a"):
            href = str(a.get("href") or "")
            m = _HANDLE.search(href)
            if not m or is_local_media(href):
                continue
            handle = clip(a.get_text(strip=True) or m.group(1), entry, ctx)
            seen = True
            yield Item(
                platform="instagram",
                kind=ItemKind.CONNECTION,
                source=entry.path,
                locator=css_path(a),
                text=handle,
                title=relation,
                people=[handle],
                url=href,
            )
        if not seen and block_text(soup.body or soup):
            ctx.warn(entry.path, "no accounts found on this page (unexpected layout)")


@register
class InstagramMessagesHtml(Reader):
    platform = "instagram"
    format = "html"
    name = "instagram.html.messages"

    def claims(self, entry: Entry, export: Export) -> bool:
        return bool(_MESSAGES.match(entry.name)) and meta_platform(entry, export) == "instagram"

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        soup = load_html(entry, export, ctx)
        if soup is not None:
            yield from read_message_page(entry, soup, ctx, "instagram")


@register
class InstagramCommentsHtml(Reader):
    """`post_comments_N.html`: one table per comment, with localised "Comment", "Media Owner"
    and "Time" rows."""

    platform = "instagram"
    format = "html"
    name = "instagram.html.comments"

    def claims(self, entry: Entry, export: Export) -> bool:
        return bool(_COMMENTS.match(entry.name))

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        soup = load_html(entry, export, ctx)
        if soup is None:
            return
        found = False
        for table in (soup.body or soup).find_all("table"):
            if table.find("table") is not None:
                continue
            cells = list(label_cells(table))
            comment = next(((v, t) for label, v, t in cells if is_label(label, "comment")), None)
            if comment is None:
                continue
            found = True
            owner = next((v for label, v, _ in cells if is_label(label, "media_owner")), "")
            when_raw = next((v for label, v, _ in cells if is_label(label, "time")), "")
            when = parse_when(when_raw) if when_raw else None
            yield Item(
                platform="instagram",
                kind=ItemKind.COMMENT,
                source=entry.path,
                locator=css_path(comment[1]),
                text=comment[0],
                timestamp=when,
                timestamp_raw=when_raw if when is not None and not has_zone(when_raw) else None,
                title=f"comment on {owner}'s post" if owner else "comment on a post",
                people=[owner] if owner else [],
                audience="comment",
            )
        if not found and block_text(soup.body or soup):
            ctx.warn(entry.path, "no comments found on this page (unexpected layout)")
