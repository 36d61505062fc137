"""Facebook profile: `profile_information.json` (`profile_v2`, or `profile` before ~2021)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from auditor.models.item import Item, ItemKind
from auditor.sources.export import Entry, Export
from auditor.sources.jsonfile import as_dict, as_list, as_str, pointer
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.readers.facebook.common import clip, load_meta_json
from auditor.sources.registry import register
from auditor.sources.timestamps import from_unix

# Fields that say nothing a policy cares about, or only repeat the account's own name.
_SKIP = {
    "name",
    "birthday",
    "gender",
    "registration_timestamp",
    "profile_uri",
    "blood_info",
    "pages",
    "groups",
    "previous_names",
    "other_names",
    "username",
}
# Field key -> the field name items carry.
_FIELD_NAMES = {
    "work_experiences": "work",
    "education_experiences": "education",
    "current_city": "current_city",
    "hometown": "hometown",
    "phone_numbers": "phone",
    "emails": "email",
    "websites": "website",
    "family_members": "family",
    "relationship": "relationship",
    "places_lived": "places_lived",
    "address": "address",
    "intro_bio": "bio",
    "bio": "bio",
    "about_me": "bio",
}


@register
class FacebookProfileJson(Reader):
    platform = "facebook"
    format = "json"
    name = "facebook.json.profile"

    def claims(self, entry: Entry, export: Export) -> bool:
        return entry.name == "profile_information.json"

    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        for item in self._read(entry, export, ctx):
            item.text = clip(item.text, entry, ctx)
            yield item

    def _read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        data = load_meta_json(entry, export, ctx)
        if data is None:
            return
        root_key = "profile_v2" if "profile_v2" in as_dict(data) else "profile"
        profile = as_dict(as_dict(data).get(root_key))
        if not profile:
            ctx.warn(entry.path, "no profile found in this file")
            return
        bad = 0
        for key, value in profile.items():
            if key == "groups":  # older exports listed group memberships in the profile
                yield from self._groups(entry, value, (root_key, key))
                continue
            if key in _SKIP:
                continue
            field = _FIELD_NAMES.get(key, key)
            base = (root_key, key)
            if isinstance(value, list):
                for i, element in enumerate(value):
                    if not isinstance(element, (dict, str)):
                        bad += 1
                        continue
                    yield from self._field_items(entry, field, element, (*base, i))
            elif key == "emails":
                yield from self._emails(entry, as_dict(value), base)
            else:
                yield from self._field_items(entry, field, value, base)
        if bad:
            ctx.warn(entry.path, f"{bad} profile entries had an unexpected shape; skipped")

    def _groups(self, entry: Entry, value: Any, base: tuple[object, ...]) -> Iterator[Item]:
        for i, raw in enumerate(as_list(value)):
            name = as_str(as_dict(raw).get("name"))
            if name:
                yield Item(
                    platform="facebook",
                    kind=ItemKind.GROUP,
                    source=entry.path,
                    locator=pointer(*base, i),
                    text=name,
                    timestamp=from_unix(as_dict(raw).get("timestamp")),
                    audience="group",
                )

    def _emails(
        self, entry: Entry, value: dict[str, Any], base: tuple[object, ...]
    ) -> Iterator[Item]:
        for sub in ("emails", "previous_emails", "pending_emails"):
            for i, email in enumerate(as_list(value.get(sub))):
                if as_str(email):
                    yield self._item(entry, "email", as_str(email), pointer(*base, sub, i), None)

    def _field_items(
        self, entry: Entry, field: str, value: Any, parts: tuple[object, ...]
    ) -> Iterator[Item]:
        if isinstance(value, str):
            if value.strip():
                yield self._item(entry, field, value, pointer(*parts), None)
            return
        d = as_dict(value)
        if not d:
            return
        if field == "phone":
            number = as_str(d.get("phone_number"))
            if number:
                kind = as_str(d.get("phone_type"))
                yield self._item(entry, field, number, pointer(*parts), None, title=kind or None)
            return
        if field == "website":
            if as_str(d.get("address")):
                yield self._item(entry, field, as_str(d["address"]), pointer(*parts), None)
            return
        if field == "family":
            name, relation = as_str(d.get("name")), as_str(d.get("relation"))
            if name:
                yield self._item(
                    entry, field, name, pointer(*parts), d.get("timestamp"), title=relation or None
                )
            return
        # Work, education, city and unknown shapes: all string values, in the file's order,
        # so that fields Facebook has not documented are still read.
        texts = [s for s in _strings(d) if s.strip()]
        if texts:
            ts = d.get("timestamp") or d.get("start_timestamp")
            yield self._item(entry, field, ", ".join(texts), pointer(*parts), ts)

    def _item(
        self,
        entry: Entry,
        field: str,
        text: str,
        locator: str,
        ts: Any,
        title: str | None = None,
    ) -> Item:
        return Item(
            platform="facebook",
            kind=ItemKind.BIO if field == "bio" else ItemKind.PROFILE_FIELD,
            source=entry.path,
            locator=locator,
            text=text,
            field=field,
            title=title,
            timestamp=from_unix(ts) if ts is not None else None,
            audience="profile",
        )


def _strings(d: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for k, v in d.items():
        if k.endswith("timestamp") or k in ("graduated",):
            continue
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, list):
            out.extend(x for x in v if isinstance(x, str))
        elif isinstance(v, dict):
            out.extend(_strings(v))
    return out
