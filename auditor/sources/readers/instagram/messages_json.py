"""Instagram DMs: `your_instagram_activity/messages/inbox/<thread>/message_N.json` (and
`message_requests/`), the same shape as Facebook Messenger's threads, read by the shared code."""

from __future__ import annotations

from collections.abc import Iterator

from auditor.models.item import Item
from auditor.sources.export import Entry, Export
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.readers.facebook.common import meta_platform
from auditor.sources.readers.facebook.messenger import THREAD_PART, read_thread_parts
from auditor.sources.registry import register


@register
class InstagramMessagesJson(Reader):
    platform = "instagram"
    format = "json"
    name = "instagram.json.messages"
    # Threads are most of a large download: claim them by name before readers that peek.
    priority = 90

    def claims(self, entry: Entry, export: Export) -> bool:
        return bool(THREAD_PART.match(entry.name)) and meta_platform(entry, export) == "instagram"

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        yield from read_thread_parts(entry, export, ctx, "instagram")
