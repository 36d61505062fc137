"""Findings about one post: its words and its photos are separate items, each with findings of
its own, but the user deals with them as one post (one edit, one deletion)."""

from __future__ import annotations

from collections.abc import Iterable

from auditor.models.finding import Finding


def post_key(f: Finding) -> tuple[str, str, str, str]:
    """The post a finding is about: a photo's post, or the item itself."""
    return (f.platform, f.item.export, f.item.source, f.item.post or f.item.locator)


def same_post(f: Finding, others: Iterable[Finding]) -> list[Finding]:
    """The other findings about the post `f` is about (not `f` itself)."""
    key = post_key(f)
    return [o for o in others if o.id != f.id and post_key(o) == key]
