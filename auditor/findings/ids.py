"""Stable finding ids: the same problem keeps its id across audits and newer exports.

Array indexes shift when a newer export adds posts, so an item is identified by what it is
(platform, kind, field, time, text, media file name) and falls back to its locator only when
it has neither time nor text.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import PurePosixPath

from auditor.models.item import Item


def item_key(item: Item) -> str:
    ts = item.timestamp.isoformat() if item.timestamp else ""
    text = " ".join(item.text.split()).casefold()
    media = PurePosixPath(item.media.path).name if item.media and item.media.path else ""
    parts = [item.platform, item.kind.value, item.field or "", ts, text, media]
    if not ts and not text and not media:
        parts += [PurePosixPath(item.source).name, item.locator]
    if item.kind.value in ("connection", "group"):
        parts.append(item.title or "")
    return "\x1f".join(parts)


def conversation_key(item: Item) -> str | None:
    """A conversation by its platform and name (the thread's title), or None when unnamed."""
    title = " ".join((item.title or "").split()).casefold()
    return f"{item.platform}\x1fconversation\x1f{title}" if title else None


def conversation_finding_id(item: Item, rule_id: str) -> str:
    """One id for every message of a named conversation; an unnamed one falls back to the
    message's own id."""
    key = conversation_key(item)
    if key is None:
        return finding_id(item, rule_id)
    digest = hashlib.sha256(f"{key}\x1e{rule_id}".encode()).hexdigest()
    return f"{rule_id.split('-')[0]}-{digest[:12]}"


def finding_id(item: Item, rule_id: str) -> str:
    digest = hashlib.sha256(f"{item_key(item)}\x1e{rule_id}".encode()).hexdigest()
    return f"{rule_id.split('-')[0]}-{digest[:12]}"


def review_finding_id(rule_id: str, due: datetime) -> str:
    """A review reminder (clause 5.4) is identified by the date the review fell due: the same
    overdue review keeps its id across runs; the next one, after a new audit, has a new id."""
    key = f"review\x1f{due.date().isoformat()}\x1e{rule_id}"
    return f"{rule_id.split('-')[0]}-{hashlib.sha256(key.encode()).hexdigest()[:12]}"
