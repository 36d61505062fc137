"""Instagram profile: `personal_information.json` (`profile_user[].string_map_data`, with labels
in the account's language) and the 2025+ `instagram_profile_information.json` (`label_values`).
The Threads profile inside the Instagram download has the same `string_map_data` shape.

The bio becomes a `bio` item; username, name, website, email, phone and city become profile
fields (a handle such as "msmith_stclements" can name the school as much as a bio can). Keys
are read after mojibake repair, so locators address the repaired JSON ("Kullanıcı adı").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from auditor.models.item import Item, ItemKind
from auditor.sources.export import Entry, Export
from auditor.sources.jsonfile import as_dict, as_str, pointer
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.readers.facebook.common import (
    Shape,
    clip,
    label_values,
    load_meta_json,
)
from auditor.sources.readers.instagram.labels import field_for
from auditor.sources.registry import register
from auditor.sources.timestamps import from_unix

_FILES = {"personal_information.json", "instagram_profile_information.json"}
_ROOTS = ("profile_user", "text_post_app_text_post_app_profile")


@register
class InstagramProfileJson(Reader):
    platform = "instagram"
    format = "json"
    name = "instagram.json.profile"

    def claims(self, entry: Entry, export: Export) -> bool:
        return entry.name in _FILES

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        data = load_meta_json(entry, export, ctx)
        if data is None:
            return
        threads = "threads" in entry.path.casefold().split("/")[:-1]
        shape = Shape(entry, ctx)
        found = next(((k, as_dict(data)[k]) for k in _ROOTS if k in as_dict(data)), None)
        if found is not None:
            key, records = found
            records = [records] if isinstance(records, dict) else records
            for i, rec in shape.records(records, "profiles"):
                yield from self._string_map(entry, ctx, (key, i), rec, threads)
        elif isinstance(data, dict) and "label_values" in data:
            yield from self._label_values(entry, ctx, (), data, threads)
        elif isinstance(data, list):
            for i, rec in shape.records(data, "profiles"):
                yield from self._label_values(entry, ctx, (i,), rec, threads)
        else:
            ctx.warn(entry.path, "no profile found in this file (unexpected layout)")
        shape.done()

    def _string_map(
        self,
        entry: Entry,
        ctx: ReadContext,
        base: tuple[object, ...],
        rec: dict[str, Any],
        threads: bool,
    ) -> Iterator[Item]:
        smd = rec.get("string_map_data")
        if not isinstance(smd, dict):
            ctx.warn(entry.path, "a profile without its fields (unexpected layout)")
            return
        for label, raw in smd.items():
            d = as_dict(raw)
            value = as_str(d.get("value")) or as_str(d.get("href"))
            field = field_for(label, value)
            if field is None or not value.strip():
                continue
            yield _item(
                entry,
                field,
                clip(value, entry, ctx),
                pointer(*base, "string_map_data", label),
                d.get("timestamp"),
                threads,
            )

    def _label_values(
        self,
        entry: Entry,
        ctx: ReadContext,
        base: tuple[object, ...],
        rec: dict[str, Any],
        threads: bool,
    ) -> Iterator[Item]:
        for label, value, _, loc in label_values(rec.get("label_values"), (*base, "label_values")):
            leaf = label.rsplit(" / ", 1)[-1]
            field = field_for(leaf, value)
            if field is None or not value.strip():
                continue
            yield _item(entry, field, clip(value, entry, ctx), loc, None, threads)


def _item(entry: Entry, field: str, text: str, locator: str, ts: Any, threads: bool) -> Item:
    return Item(
        platform="instagram",
        kind=ItemKind.BIO if field == "bio" else ItemKind.PROFILE_FIELD,
        source=entry.path,
        locator=locator,
        text=text,
        field=field,
        title="Threads profile" if threads else None,
        timestamp=from_unix(ts) if ts else None,
        audience="profile",
    )
