"""Facebook's "Download your information" in HTML: posts, comments, messages, friends, groups
and the profile. Read by structure (see `html_blocks`), so class-name redesigns do not matter.

HTML timestamps are local times without a zone: they are labelled UTC and the original text is
kept in `timestamp_raw`, unless the page wrote its offset ("UTC+01").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup

from auditor.models.item import Item, ItemKind, MediaInfo
from auditor.sources.export import Entry, Export
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.readers.facebook.common import head_text, meta_platform, telling_title
from auditor.sources.readers.facebook.html_blocks import (
    Record,
    css_path,
    has_zone,
    is_local_media,
    load_html,
    profile_table_items,
    records,
)
from auditor.sources.readers.facebook.messenger import group_chat, location_in_link
from auditor.sources.registry import register

_MESSAGE_PAGE = re.compile(r"^message_\d+\.html?$")
_POSTS_PAGE = re.compile(
    r"^(your_posts(__check_ins__photos_and_videos)?_\d+|group_posts_and_comments"
    r"|posts_on_other_pages_and_profiles|check-ins|places_you_have_been_tagged_in)\.html?$"
)
_COMMENTS_PAGE = re.compile(r"^(comments|your_comments_in_groups)\.html?$")
_FRIENDS_PAGE = re.compile(
    r"^(your_friends|friends|who_you['’_]?(ve_)?followed|followers|people_who_followed_you)\.html?$"
)
_GROUPS_PAGE = re.compile(r"^(your_group_membership_activity|your_groups)\.html?$")
_PARTICIPANTS = re.compile(r"Participants:\s*(.+)", re.IGNORECASE)


def _stamp_fields(rec: Record) -> dict[str, object]:
    return {
        "timestamp": rec.when,
        "timestamp_raw": None if has_zone(rec.when_raw) else rec.when_raw,
    }


def media_of(rec: Record, entry: Entry, platform: str, **extra: object) -> Iterator[Item]:
    """One media item per local photo or video a record links to."""
    for tag in rec.tag.find_all(["img", "video", "a"]):
        link = str(tag.get("src") or tag.get("href") or "")
        if tag.name == "a" and tag.find(["img", "video"]) is not None:
            continue  # the image inside the link is read itself
        if not is_local_media(link):
            continue
        low = link.casefold()
        yield Item(
            platform=platform,
            kind=ItemKind.MEDIA,
            source=entry.path,
            locator=css_path(tag),
            media=MediaInfo(
                path=link.removeprefix("./"),
                media_type="video" if low.endswith((".mp4", ".mov", ".webm")) else "image",
            ),
            **_stamp_fields(rec),
            **extra,
        )


def read_message_page(
    entry: Entry, soup: BeautifulSoup, ctx: ReadContext, platform: str
) -> Iterator[Item]:
    """A Messenger / Instagram DM thread page: sender, text and time per message."""
    people: list[str] = []
    for s in soup.find_all(string=_PARTICIPANTS):
        m = _PARTICIPANTS.search(str(s))
        if m:
            people = [p.strip() for p in m.group(1).split(",") if p.strip()]
            break
    title = soup.title.get_text(strip=True) if soup.title else None
    audience = "private"  # a group chat is private messages too: nothing is published
    if entry.name.startswith("message_1.") or not _MESSAGE_PAGE.match(entry.name):
        yield from group_chat(entry, title or "", people, platform, "html > head > title")
    found = False
    for rec in records(soup):
        found = True
        text = "\n".join(rec.body)
        if text:
            yield Item(
                platform=platform,
                kind=ItemKind.MESSAGE,
                source=entry.path,
                locator=rec.locator,
                text=text,
                title=title or None,
                author=rec.header or None,
                people=people,
                audience=audience,
                location=location_in_link(" ".join(rec.links)),
                **_stamp_fields(rec),
            )
        yield from media_of(
            rec, entry, platform, text=text, author=rec.header or None, people=people, title=title
        )
    if not found:
        ctx.warn(entry.path, "no messages found on this page (unexpected layout)")


class _FacebookPage(Reader):
    """A Facebook HTML page of timestamped records."""

    platform = "facebook"
    format = "html"
    page: re.Pattern[str]

    def claims(self, entry: Entry, export: Export) -> bool:
        return bool(self.page.match(entry.name))

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        soup = load_html(entry, export, ctx)
        if soup is None:
            return
        found = False
        for rec in records(soup):
            found = True
            yield from self.items(entry, rec)
        if not found:
            yield from self.fallback(entry, soup, ctx)

    def items(self, entry: Entry, rec: Record) -> Iterator[Item]:
        raise NotImplementedError

    def fallback(self, entry: Entry, soup: BeautifulSoup, ctx: ReadContext) -> Iterator[Item]:
        if (soup.body or soup).get_text(strip=True):
            ctx.warn(
                entry.path,
                "no dated records found on this page (unexpected layout or date language); "
                "a download in JSON format can be read fully",
            )
        return iter(())


@register
class FacebookMessagesHtml(Reader):
    platform = "facebook"
    format = "html"
    name = "facebook.html.messages"

    def claims(self, entry: Entry, export: Export) -> bool:
        if entry.suffix not in (".html", ".htm"):
            return False
        if not _MESSAGE_PAGE.match(entry.name) and "Participants:" not in head_text(entry, export):
            return False
        return meta_platform(entry, export) == "facebook"

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        soup = load_html(entry, export, ctx)
        if soup is not None:
            yield from read_message_page(entry, soup, ctx, "facebook")


@register
class FacebookPostsHtml(_FacebookPage):
    name = "facebook.html.posts"
    page = _POSTS_PAGE

    def items(self, entry: Entry, rec: Record) -> Iterator[Item]:
        head = (telling_title(rec.header) or "") if rec.body else rec.header
        text = "\n".join([head, *rec.body]).strip()
        in_group = entry.name.startswith("group_")
        if text:
            yield Item(
                platform="facebook",
                kind=ItemKind.POST,
                source=entry.path,
                locator=rec.locator,
                text=text,
                title=rec.header or None,
                audience="group" if in_group else "timeline",
                location=location_in_link(" ".join(rec.links)),
                **_stamp_fields(rec),
            )
        yield from media_of(rec, entry, "facebook", text=text, title=rec.header or None)


@register
class FacebookCommentsHtml(_FacebookPage):
    name = "facebook.html.comments"
    page = _COMMENTS_PAGE

    def items(self, entry: Entry, rec: Record) -> Iterator[Item]:
        told = telling_title(rec.header) if rec.body else None
        text = "\n".join([told, *rec.body] if told else rec.body) or rec.header
        if text:
            yield Item(
                platform="facebook",
                kind=ItemKind.COMMENT,
                source=entry.path,
                locator=rec.locator,
                text=text,
                title=rec.header if rec.body else None,
                audience="group" if entry.name.startswith("your_comments_in_groups") else "comment",
                **_stamp_fields(rec),
            )


@register
class FacebookFriendsHtml(_FacebookPage):
    name = "facebook.html.friends"
    page = _FRIENDS_PAGE

    def items(self, entry: Entry, rec: Record) -> Iterator[Item]:
        if rec.header:
            yield self._person(entry, rec.header, rec.locator, rec)

    def fallback(self, entry: Entry, soup: BeautifulSoup, ctx: ReadContext) -> Iterator[Item]:
        # Older pages: <li>Name (Oct 1, 2020)</li>
        found = False
        for li in (soup.body or soup).find_all("li"):
            name = re.sub(r"\s*\([^)]*\)\s*$", "", li.get_text(" ", strip=True)).strip()
            if name:
                found = True
                yield self._person(entry, name, css_path(li), None)
        if not found:
            yield from super().fallback(entry, soup, ctx)

    def _person(self, entry: Entry, name: str, locator: str, rec: Record | None) -> Item:
        relation = "following" if "follow" in entry.name and "followers" not in entry.name else None
        relation = relation or ("follower" if "follow" in entry.name else "friend")
        return Item(
            platform="facebook",
            kind=ItemKind.CONNECTION,
            source=entry.path,
            locator=locator,
            text=name,
            title=relation,
            people=[name],
            **(_stamp_fields(rec) if rec else {}),
        )


@register
class FacebookGroupsHtml(_FacebookPage):
    name = "facebook.html.groups"
    page = _GROUPS_PAGE

    def items(self, entry: Entry, rec: Record) -> Iterator[Item]:
        text = "\n".join([rec.header, *rec.body]).strip()
        if text:
            yield Item(
                platform="facebook",
                kind=ItemKind.GROUP,
                source=entry.path,
                locator=rec.locator,
                text=text,
                audience="group",
                **_stamp_fields(rec),
            )


# Profile table labels (English pages) -> the field items carry; unlisted labels are skipped.
_PROFILE_LABELS = {
    "employer": "work",
    "work": "work",
    "work experience": "work",
    "position": "work",
    "title": "work",
    "school": "education",
    "education": "education",
    "university": "education",
    "current city": "current_city",
    "city": "current_city",
    "hometown": "hometown",
    "phone number": "phone",
    "phone numbers": "phone",
    "mobile": "phone",
    "email": "email",
    "emails": "email",
    "website": "website",
    "websites": "website",
    "address": "address",
    "family member": "family",
    "family members": "family",
    "relationship": "relationship",
    "partner": "relationship",
    "bio": "bio",
    "about you": "bio",
    "intro": "bio",
}


@register
class FacebookProfileHtml(Reader):
    platform = "facebook"
    format = "html"
    name = "facebook.html.profile"

    def claims(self, entry: Entry, export: Export) -> bool:
        return entry.name in ("profile_information.html", "profile_information.htm")

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        yield from profile_table_items(
            entry,
            export,
            ctx,
            "facebook",
            lambda label, _value: _PROFILE_LABELS.get(label.strip().rstrip(":").casefold()),
        )
