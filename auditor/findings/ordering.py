"""The order findings are shown in: severity, then how public the item likely is, then newest.

How public an item is decides how soon a stranger, a parent or a pupil could see it, so at the
same severity a bio comes before a public post, which comes before a friends-only post, a group
or a connection, which come before a private message.
"""

from __future__ import annotations

from datetime import UTC, datetime

from auditor.models.finding import Finding
from auditor.models.item import Item, ItemKind

_OLDEST = datetime(1970, 1, 1, tzinfo=UTC)

# Audiences as readers name them: who can see the item.
_PUBLIC = {"public", "everyone", "anyone", "open"}
_LIMITED = {"friends", "friends_of_friends", "followers", "contacts", "connections", "group"}
_PRIVATE = {"private", "only_me", "only me", "self", "direct", "message"}


def visibility(item: Item) -> int:
    """0 = profile and bio (anyone can see), 1 = public posts and media (or audience unknown),
    2 = friends-only posts, comments, groups, connections, 3 = private messages and only-me."""
    audience = (item.audience or "").casefold()
    if item.kind == ItemKind.MESSAGE or audience in _PRIVATE:
        return 3
    if item.kind in (ItemKind.PROFILE_FIELD, ItemKind.BIO):
        return 0
    if item.kind in (ItemKind.POST, ItemKind.MEDIA):
        return 2 if audience in _LIMITED else 1
    return 2


def sort_key(f: Finding) -> tuple[int, int, float, str, str]:
    return (
        f.severity.rank,
        f.visibility,
        -(f.item.timestamp or _OLDEST).timestamp(),
        f.platform,
        f.id,
    )


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Most severe first; then most public; then newest; ties broken by platform and id so the
    order is the same on every run."""
    return sorted(findings, key=sort_key)
