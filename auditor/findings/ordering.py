"""The order findings are shown in: severity, then how public the item likely is, then newest."""

from __future__ import annotations

from datetime import UTC, datetime

from auditor.models.finding import Finding
from auditor.models.item import Item, ItemKind

_OLDEST = datetime(1970, 1, 1, tzinfo=UTC)


def visibility(item: Item) -> int:
    """0 = profile and bio (anyone can see), 1 = posts and media, 2 = comments, groups,
    connections, 3 = private messages."""
    if item.kind in (ItemKind.PROFILE_FIELD, ItemKind.BIO):
        return 0
    if item.kind in (ItemKind.POST, ItemKind.MEDIA):
        return 3 if item.audience == "private" else 1
    if item.kind == ItemKind.MESSAGE:
        return 3
    return 2


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(
        findings,
        key=lambda f: (
            f.severity.rank,
            f.visibility,
            -(f.item.timestamp or _OLDEST).timestamp(),
            f.platform,
            f.id,
        ),
    )
