"""Facebook Messenger in JSON: `message_N.json` threads in every section (inbox,
archived_threads, filtered_threads, message_requests, e2ee_cutover) of every layout, and the
end-to-end-encrypted "secure storage" download (one flat `<Name>_<N>.json` per thread)."""

from __future__ import annotations

from collections.abc import Iterator

from auditor.models.item import Item
from auditor.sources.export import Entry, Export
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.readers.facebook.common import head_text, load_meta_json, meta_platform
from auditor.sources.readers.facebook.messenger import (
    THREAD_PART,
    is_e2ee_thread,
    read_e2ee_thread,
    read_thread_parts,
)
from auditor.sources.registry import register


@register
class FacebookMessagesJson(Reader):
    platform = "facebook"
    format = "json"
    name = "facebook.json.messages"
    # Threads are most of a large download: claim them by name before readers that peek.
    priority = 90

    def claims(self, entry: Entry, export: Export) -> bool:
        return bool(THREAD_PART.match(entry.name)) and meta_platform(entry, export) == "facebook"

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        yield from read_thread_parts(entry, export, ctx, "facebook")


@register
class FacebookE2eeMessagesJson(Reader):
    """Secure-storage threads: found by shape (camelCase keys), not by their free-form names."""

    platform = "facebook"
    format = "json"
    name = "facebook.json.messages_e2ee"

    def claims(self, entry: Entry, export: Export) -> bool:
        if entry.suffix != ".json" or THREAD_PART.match(entry.name):
            return False
        head = head_text(entry, export, 4096)
        return '"participants"' in head and ('"threadName"' in head or '"senderName"' in head)

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        data = load_meta_json(entry, export, ctx)
        if data is None:
            return
        if not is_e2ee_thread(data) or not isinstance(data, dict):
            ctx.warn(entry.path, "not a Messenger thread (no messages list)")
            return
        platform = meta_platform(entry, export)
        yield from read_e2ee_thread(entry, data, ctx, platform)
