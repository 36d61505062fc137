"""X archive data files: account, profile, tweets (with media and coordinates), DMs, followers.

Every `data/*.js` file is a JavaScript assignment `window.YTD.<name>.partN = [ ... ]`; large
datasets are split (`tweets.js`, `tweets-part1.js`, ...). Files are recognised by that prefix
and by their base name, wherever they sit in the archive.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any

from auditor.models.item import GeoPoint, Item, ItemKind, MediaInfo
from auditor.sources.export import Entry, Export
from auditor.sources.jsonfile import as_dict, as_list, as_str, load_json, pointer
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.registry import register
from auditor.sources.timestamps import parse_iso

_PART = re.compile(r"^(?P<base>[a-z][a-z0-9-]*?)(?:-part\d+)?\.js$")
_MEDIA_DIRS = {
    "tweets_media",
    "tweet_media",
    "direct_messages_media",
    "direct_messages_group_media",
}
_VIDEO_EXT = (".mp4", ".mov", ".m4v", ".webm")


def _base_name(entry: Entry) -> str | None:
    m = _PART.match(entry.name.lower())
    return m.group("base") if m else None


def parse_twitter_time(value: str) -> datetime | None:
    """`"Sat Feb 18 12:33:11 +0000 2023"` (tweets) or ISO 8601 (DMs, account) to UTC."""
    text = value.strip()
    if not text:
        return None
    try:
        return datetime.strptime(text, "%a %b %d %H:%M:%S %z %Y").astimezone(UTC)
    except ValueError:
        return parse_iso(text)


def _geo(first: Any, second: Any) -> GeoPoint | None:
    try:
        a, b = float(first), float(second)
    except (TypeError, ValueError):
        return None
    if a == 0 and b == 0:
        return None
    if abs(a) > 90 >= abs(b):  # the longitude is the one that cannot be a latitude
        a, b = b, a
    if not (-90 <= a <= 90 and -180 <= b <= 180):
        return None
    return GeoPoint(lat=a, lon=b, source="json:coordinates")


def _media_index(export: Export, ctx: ReadContext) -> dict[str, str]:
    """File name -> entry path for every file in an X media folder (built once per export)."""
    key = "x.media_index"
    cached = ctx.state.get(key)
    if isinstance(cached, dict):
        return cached
    index: dict[str, str] = {}
    for e in export.entries:
        parent = PurePosixPath(e.path).parent.name
        if parent in _MEDIA_DIRS:
            index.setdefault(e.name, e.path)
    ctx.state[key] = index
    return index


def _own_account_id(export: Export, ctx: ReadContext) -> str:
    """The archive owner's account id, from `account.js` (or `manifest.js`), read once per
    export and quietly: that file's own reading reports any problem with it."""
    key = "x.account_id"
    cached = ctx.state.get(key)
    if isinstance(cached, str):
        return cached
    quiet = ReadContext(warn=lambda path, message: None, max_json_bytes=1_000_000)
    found = ""
    for e in export.entries:
        if found or _base_name(e) not in ("account", "manifest"):
            continue
        data = load_json(e, export, quiet, js_prefix=True)
        for rec in data if isinstance(data, list) else [data]:
            d = as_dict(rec)
            found = found or as_str(as_dict(d.get("account")).get("accountId"))
            found = found or as_str(as_dict(d.get("userInfo")).get("accountId"))
    ctx.state[key] = found
    return found


@register
class XArchiveJs(Reader):
    platform = "x"
    format = "js"
    name = "x.js"

    _HANDLERS = (
        "account",
        "profile",
        "phone-number",
        "tweets",
        "tweet",
        "direct-messages",
        "direct-messages-group",
        "follower",
        "following",
        "note-tweet",
    )

    def claims(self, entry: Entry, export: Export) -> bool:
        base = _base_name(entry)
        if base not in self._HANDLERS:
            return False
        if entry.size == 0:  # an emptied data file of an archive: claim it to say so
            return PurePosixPath(entry.path).parent.name == "data"
        return export.head(entry, 64).lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"window.YTD.")

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        data = load_json(entry, export, ctx, js_prefix=True)
        if data is None:
            return
        if not isinstance(data, list):
            ctx.warn(entry.path, "not an X archive data file (expected a list of records)")
            return
        base = _base_name(entry) or ""
        handler: Callable[[Entry, Export, ReadContext, int, dict[str, Any]], Iterator[Item]]
        handler = {
            "account": self._account,
            "profile": self._profile,
            "phone-number": self._phone,
            "tweets": self._tweet,
            "tweet": self._tweet,
            "direct-messages": self._dm_conversation,
            "direct-messages-group": self._dm_conversation,
            "follower": self._connection,
            "following": self._connection,
            "note-tweet": self._note_tweet,
        }[base]
        for i, record in enumerate(data):
            d = as_dict(record)
            if d:
                yield from handler(entry, export, ctx, i, d)

    # -- profile ---------------------------------------------------------------------------
    def _field(
        self,
        entry: Entry,
        locator: str,
        field: str,
        text: str,
        kind: ItemKind = ItemKind.PROFILE_FIELD,
    ) -> Item:
        return Item(
            platform="x",
            kind=kind,
            source=entry.path,
            locator=locator,
            text=text,
            field=field,
            audience="profile"
            if kind == ItemKind.BIO or field in ("location", "website")
            else "private",
        )

    def _account(
        self, entry: Entry, export: Export, ctx: ReadContext, i: int, rec: dict[str, Any]
    ) -> Iterator[Item]:
        account = as_dict(rec.get("account"))
        ctx.state["x.username"] = as_str(account.get("username"))
        for key, field in (
            ("username", "username"),
            ("accountDisplayName", "display_name"),
            ("email", "email"),
            ("phoneNumber", "phone"),
        ):
            value = as_str(account.get(key)).strip()
            if value:
                item = self._field(entry, pointer(i, "account", key), field, value)
                if field in ("username", "display_name"):
                    item.audience = "public"
                yield item

    def _profile(
        self, entry: Entry, export: Export, ctx: ReadContext, i: int, rec: dict[str, Any]
    ) -> Iterator[Item]:
        description = as_dict(as_dict(rec.get("profile")).get("description"))
        for key, field, kind in (
            ("bio", "bio", ItemKind.BIO),
            ("location", "location", ItemKind.PROFILE_FIELD),
            ("website", "website", ItemKind.PROFILE_FIELD),
        ):
            value = html.unescape(as_str(description.get(key))).strip()
            if value:
                yield self._field(
                    entry, pointer(i, "profile", "description", key), field, value, kind
                )

    def _phone(
        self, entry: Entry, export: Export, ctx: ReadContext, i: int, rec: dict[str, Any]
    ) -> Iterator[Item]:
        number = as_str(as_dict(rec.get("device")).get("phoneNumber")).strip()
        if number:
            yield self._field(entry, pointer(i, "device", "phoneNumber"), "phone", number)

    # -- tweets ----------------------------------------------------------------------------
    def _tweet(
        self, entry: Entry, export: Export, ctx: ReadContext, i: int, rec: dict[str, Any]
    ) -> Iterator[Item]:
        # Archives before ~2020 did not wrap each record in {"tweet": ...}.
        wrapped = "tweet" in rec
        tweet = as_dict(rec.get("tweet")) if wrapped else rec
        if not tweet:
            return
        base: tuple[object, ...] = (i, "tweet") if wrapped else (i,)
        tweet_id = as_str(tweet.get("id_str")) or as_str(tweet.get("id"))
        text = html.unescape(as_str(tweet.get("full_text")) or as_str(tweet.get("text")))
        ts = parse_twitter_time(as_str(tweet.get("created_at")))
        entities = as_dict(tweet.get("entities"))
        mentions = [
            as_str(as_dict(m).get("screen_name")) for m in as_list(entities.get("user_mentions"))
        ]
        people = [f"@{m}" for m in mentions if m]
        location = self._tweet_location(tweet)
        place = as_str(as_dict(tweet.get("place")).get("full_name"))
        username = as_str(ctx.state.get("x.username")) or "i/web"
        url = f"https://x.com/{username}/status/{tweet_id}" if tweet_id else None
        reply_to = as_str(tweet.get("in_reply_to_status_id_str"))
        kind = ItemKind.COMMENT if reply_to else ItemKind.POST
        full_text = "\n".join(t for t in (text, place) if t)
        yield Item(
            platform="x",
            kind=kind,
            source=entry.path,
            locator=pointer(*base),
            text=full_text,
            timestamp=ts,
            people=people,
            location=location,
            url=url,
            audience="public",
            title=f"reply to @{as_str(tweet.get('in_reply_to_screen_name'))}" if reply_to else None,
        )
        yield from self._tweet_media(
            entry, export, ctx, base, tweet, tweet_id, text, ts, location, url
        )

    def _tweet_location(self, tweet: dict[str, Any]) -> GeoPoint | None:
        coords = as_list(as_dict(tweet.get("coordinates")).get("coordinates"))
        if len(coords) == 2:  # GeoJSON order is [lon, lat]; _geo swaps when that is clear
            point = _geo(coords[1], coords[0])
            if point:
                return point
        old = as_list(as_dict(tweet.get("geo")).get("coordinates"))  # [lat, lon]
        if len(old) == 2:
            return _geo(old[0], old[1])
        return None

    def _tweet_media(
        self,
        entry: Entry,
        export: Export,
        ctx: ReadContext,
        base: tuple[object, ...],
        tweet: dict[str, Any],
        tweet_id: str,
        text: str,
        ts: datetime | None,
        location: GeoPoint | None,
        url: str | None,
    ) -> Iterator[Item]:
        # extended_entities lists every photo of a multi-photo tweet; entities only the first.
        seen: set[str] = set()
        for holder in ("extended_entities", "entities"):
            for j, raw in enumerate(as_list(as_dict(tweet.get(holder)).get("media"))):
                m = as_dict(raw)
                remote = as_str(m.get("media_url_https")) or as_str(m.get("media_url"))
                if not remote or remote in seen:
                    continue
                seen.add(remote)
                file_name = f"{tweet_id}-{PurePosixPath(remote).name}"
                path = _media_index(export, ctx).get(file_name)
                kind = as_str(m.get("type"))
                is_video = kind in ("video", "animated_gif")
                if is_video and path is None:
                    # Videos are saved under their own name; find by the tweet id prefix.
                    path = next(
                        (
                            p
                            for n, p in _media_index(export, ctx).items()
                            if n.startswith(f"{tweet_id}-") and n.lower().endswith(_VIDEO_EXT)
                        ),
                        None,
                    )
                yield Item(
                    platform="x",
                    kind=ItemKind.MEDIA,
                    source=entry.path,
                    locator=pointer(*base, holder, "media", j),
                    text=text,
                    timestamp=ts,
                    media=MediaInfo(
                        path=path, media_type="video" if is_video else "image", taken_at=None
                    ),
                    location=location,
                    url=as_str(m.get("expanded_url")) or url,
                    audience="public",
                    post=pointer(*base),
                )

    def _note_tweet(
        self, entry: Entry, export: Export, ctx: ReadContext, i: int, rec: dict[str, Any]
    ) -> Iterator[Item]:
        """The full text of a long post (tweets.js holds it cut at 280 characters)."""
        note = as_dict(rec.get("noteTweet"))
        for holder in ("core", "noteTweetResults"):
            text = html.unescape(as_str(as_dict(note.get(holder)).get("text")))
            if text.strip():
                created = as_str(note.get("createdAt"))
                yield Item(
                    platform="x",
                    kind=ItemKind.POST,
                    source=entry.path,
                    locator=pointer(i, "noteTweet", holder, "text"),
                    text=text,
                    timestamp=parse_iso(created) if created else None,
                    title="long post",
                    audience="public",
                )
                return

    # -- direct messages -------------------------------------------------------------------
    def _dm_conversation(
        self, entry: Entry, export: Export, ctx: ReadContext, i: int, rec: dict[str, Any]
    ) -> Iterator[Item]:
        conv = as_dict(rec.get("dmConversation"))
        conv_id = as_str(conv.get("conversationId"))
        # The archive names senders by account id; the owner's own messages carry no author,
        # as the owner's posts do: they are the user's, whatever name the profile gives.
        own_id = _own_account_id(export, ctx)
        title = as_str(conv.get("name")) or (f"conversation {conv_id}" if conv_id else None)
        for j, raw in enumerate(as_list(conv.get("messages"))):
            msg = as_dict(as_dict(raw).get("messageCreate"))
            if not msg:
                continue
            loc = pointer(i, "dmConversation", "messages", j, "messageCreate")
            text = html.unescape(as_str(msg.get("text")))
            sender = as_str(msg.get("senderId"))
            people = [p for p in (sender, as_str(msg.get("recipientId"))) if p and p != own_id]
            if own_id and sender == own_id:
                sender = ""
            ts = parse_iso(as_str(msg.get("createdAt"))) if as_str(msg.get("createdAt")) else None
            if text.strip():
                yield Item(
                    platform="x",
                    kind=ItemKind.MESSAGE,
                    source=entry.path,
                    locator=loc,
                    text=text,
                    timestamp=ts,
                    author=sender or None,
                    people=people,
                    title=title,
                    audience="private",
                )
            msg_id = as_str(msg.get("id"))
            for k, media_url in enumerate(as_list(msg.get("mediaUrls"))):
                remote = as_str(media_url)
                if not remote:
                    continue
                path = _media_index(export, ctx).get(f"{msg_id}-{PurePosixPath(remote).name}")
                yield Item(
                    platform="x",
                    kind=ItemKind.MEDIA,
                    source=entry.path,
                    locator=pointer(
                        i, "dmConversation", "messages", j, "messageCreate", "mediaUrls", k
                    ),
                    text="",
                    timestamp=ts,
                    author=sender or None,
                    people=people,
                    title=title,
                    media=MediaInfo(
                        path=path,
                        media_type="video" if remote.lower().endswith(_VIDEO_EXT) else "image",
                    ),
                    audience="private",
                )

    # -- followers / following -------------------------------------------------------------
    def _connection(
        self, entry: Entry, export: Export, ctx: ReadContext, i: int, rec: dict[str, Any]
    ) -> Iterator[Item]:
        for key in ("follower", "following"):
            d = as_dict(rec.get(key))
            account_id = as_str(d.get("accountId"))
            if account_id:
                yield Item(
                    platform="x",
                    kind=ItemKind.CONNECTION,
                    source=entry.path,
                    locator=pointer(i, key, "accountId"),
                    text=account_id,
                    title=key,
                    people=[account_id],
                    url=as_str(d.get("userLink")) or None,
                    audience="public",
                )
