"""TikTok's one-file JSON download, both generations.

The older file has an `"Activity"` section, the 2024+ one `"Your Activity"`, `"Post"`,
`"Comment"` and `"Direct Message"`. Key names and their case drift between versions
(`Date`/`date`, `Link`/`VideoLink`), so keys are looked up case-insensitively with aliases.
Empty sections are `null`, and `"N/A"` / `"None"` stand for an empty value. Locators are JSON
pointers written with the file's own keys.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from auditor.models.item import Item, ItemKind
from auditor.sources.export import Entry, Export
from auditor.sources.jsonfile import as_dict, as_list, as_str, load_json, pointer
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.registry import register
from auditor.sources.timestamps import parse_naive

_NAMES = {"user_data.json", "user_data_tiktok.json"}
_EMPTY = {"", "n/a", "none", "null", "undefined"}
_AUDIENCE = {
    "everyone": "public",
    "friends": "friends",
    "only me": "private",
    "followers": "followers",
}
_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d")

Path = tuple[object, ...]


def lookup(d: Any, *names: str) -> tuple[str, Any]:
    """(the key as written, its value) for the first of `names` present, case-insensitively."""
    if not isinstance(d, dict):
        return "", None
    folded = {k.casefold(): k for k in d if isinstance(k, str)}
    for name in names:
        key = folded.get(name.casefold())
        if key is not None and d[key] is not None:
            return key, d[key]
    return "", None


def value(d: Any, *names: str) -> str:
    """A string value under one of `names`, with TikTok's placeholders read as empty."""
    _, v = lookup(d, *names)
    text = as_str(v).strip()
    return "" if text.casefold() in _EMPTY else text


def descend(root: Any, path: Path, *steps: tuple[str, ...]) -> tuple[Path, Any]:
    """Follow `steps` (each a tuple of aliases) down from `root`; (pointer parts, value)."""
    node = root
    parts = list(path)
    for aliases in steps:
        key, node = lookup(node, *aliases)
        if node is None:
            return tuple(parts), None
        parts.append(key)
    return tuple(parts), node


@register
class TikTokUserDataJson(Reader):
    platform = "tiktok"
    format = "json"
    name = "tiktok.json"

    def claims(self, entry: Entry, export: Export) -> bool:
        if entry.suffix != ".json":
            return False
        if entry.name.lower() in _NAMES:
            return True
        head = export.head(entry, 8192)
        return b'"Your Activity"' in head or (
            b'"Activity"' in head and (b'"Video Browsing History"' in head or b'"Profile"' in head)
        )

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        data = load_json(entry, export, ctx)
        if data is None:
            return
        root = as_dict(data)
        if not root:
            ctx.warn(entry.path, "not a TikTok data file (expected a JSON object)")
            return
        yield from self._profile(entry, root)
        yield from self._posts(entry, root)
        yield from self._comments(entry, root)
        yield from self._messages(entry, root)
        yield from self._connections(entry, root)

    @staticmethod
    def _item(entry: Entry, kind: ItemKind, locator: Path, text: str, **extra: Any) -> Item:
        date = extra.pop("date", "")
        return Item(
            platform="tiktok",
            kind=kind,
            source=entry.path,
            locator=pointer(*locator),
            text=text,
            timestamp=parse_naive(date, _DATE_FORMATS) if date else None,
            timestamp_raw=date or None,
            **extra,
        )

    # -- profile -----------------------------------------------------------------------------
    def _profile(self, entry: Entry, root: dict[str, Any]) -> Iterator[Item]:
        base, profile = descend(root, (), ("Profile",))
        where, pmap = descend(
            profile, base, ("Profile Info", "Profile Information"), ("ProfileMap", "Profile Map")
        )
        for keys, field, kind in (
            (("bioDescription", "bio", "Bio Description"), "bio", ItemKind.BIO),
            (("userName", "username", "User Name"), "username", ItemKind.PROFILE_FIELD),
            (("displayName", "nickName", "nickname"), "display_name", ItemKind.PROFILE_FIELD),
            (("emailAddress", "email"), "email", ItemKind.PROFILE_FIELD),
            (("telephoneNumber", "phoneNumber"), "phone", ItemKind.PROFILE_FIELD),
        ):
            key, _ = lookup(pmap, *keys)
            text = value(pmap, *keys)
            if text:
                audience = "private" if field in ("email", "phone") else "profile"
                yield self._item(entry, kind, (*where, key), text, field=field, audience=audience)
        at, autofill = descend(profile, base, ("Autofill",))
        parts = [
            value(autofill, k) for k in ("Unit", "Address", "City", "State", "ZipCode", "Country")
        ]
        address = ", ".join(p for p in parts if p)
        if address:
            yield self._item(
                entry, ItemKind.PROFILE_FIELD, at, address, field="address", audience="private"
            )
        for contact_key, field in (("PhoneNumber", "phone"), ("Email", "email")):
            key, _ = lookup(autofill, contact_key)
            text = value(autofill, contact_key)
            if text:
                yield self._item(
                    entry, ItemKind.PROFILE_FIELD, (*at, key), text, field=field, audience="private"
                )

    # -- posts -------------------------------------------------------------------------------
    def _posts(self, entry: Entry, root: dict[str, Any]) -> Iterator[Item]:
        lists = [
            descend(root, (), ("Post",), ("Posts",), ("VideoList", "Video List")),
            descend(root, (), ("Post",), ("Recently Deleted Posts",), ("PostList", "VideoList")),
            descend(root, (), ("Video",), ("Videos",), ("VideoList", "Video List")),
        ]
        for where, videos in lists:
            for i, raw in enumerate(as_list(videos)):
                video = as_dict(raw)
                caption = value(
                    video, "Title", "Description", "Desc", "Caption", "Text", "VideoDescription"
                )
                place = value(video, "Location", "LocationName", "Place")
                text = "\n".join(t for t in (caption, place) if t)
                link = value(video, "Link", "VideoLink", "Video Link", "Url")
                if not (text or link):
                    continue
                yield self._item(
                    entry,
                    ItemKind.POST,
                    (*where, i),
                    text,
                    date=value(video, "Date", "CreateTime"),
                    url=link or None,
                    audience=_AUDIENCE.get(
                        value(video, "WhoCanView", "Privacy").casefold(), "public"
                    ),
                )

    def _comments(self, entry: Entry, root: dict[str, Any]) -> Iterator[Item]:
        where, comments = descend(
            root, (), ("Comment", "Comments"), ("Comments",), ("CommentsList", "CommentList")
        )
        for i, raw in enumerate(as_list(comments)):
            comment = as_dict(raw)
            text = value(comment, "Comment", "Comments", "Content", "Text")
            if text:
                yield self._item(
                    entry,
                    ItemKind.COMMENT,
                    (*where, i),
                    text,
                    date=value(comment, "Date"),
                    url=value(comment, "Url", "Link") or None,
                    audience="public",
                )

    def _messages(self, entry: Entry, root: dict[str, Any]) -> Iterator[Item]:
        where, history = descend(
            root,
            (),
            ("Direct Message", "Direct Messages"),
            ("Direct Messages", "Chat History"),
            ("ChatHistory", "Chat History"),
        )
        for thread_key, thread in as_dict(history).items():
            # "Chat History with alice_bolton:" names the other person.
            other = thread_key.removeprefix("Chat History with ").rstrip(": ").strip()
            for i, raw in enumerate(as_list(thread)):
                msg = as_dict(raw)
                text = value(msg, "Content", "Message", "Text")
                if not text:
                    continue
                sender = value(msg, "From", "Sender")
                yield self._item(
                    entry,
                    ItemKind.MESSAGE,
                    (*where, thread_key, i),
                    text,
                    date=value(msg, "Date"),
                    author=sender or None,
                    people=[p for p in dict.fromkeys((sender, other)) if p],
                    title=other or None,
                    audience="private",
                )

    def _connections(self, entry: Entry, root: dict[str, Any]) -> Iterator[Item]:
        for section in ("Your Activity", "Activity"):
            base, activity = descend(root, (), (section,))
            for parent, lists, relation in (
                (("Follower", "Follower List"), ("FansList", "Fans List", "Followers"), "follower"),
                (("Following", "Following List"), ("Following", "FollowingList"), "following"),
            ):
                where, people = descend(activity, base, parent, lists)
                for i, raw in enumerate(as_list(people)):
                    who = as_dict(raw)
                    name = value(who, "UserName", "Username", "User Name")
                    if name:
                        yield self._item(
                            entry,
                            ItemKind.CONNECTION,
                            (*where, i),
                            name,
                            date=value(who, "Date"),
                            people=[name],
                            title=relation,
                            audience="public",
                        )
