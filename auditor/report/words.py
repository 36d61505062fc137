"""Words every report and the app share: counts with their plurals, where an item is in the
platform's own terms (never the export's JSON pointers), and file paths with pupils' names
masked."""

from __future__ import annotations

import re
from datetime import datetime

from auditor.models.evidence import Evidence
from auditor.models.finding import Finding
from auditor.store.redact import mask_name

_IRREGULAR = {"person": "people", "photo or video": "photos and videos"}


def counted(n: int, word: str) -> str:
    """ "1 finding", "3 findings", "0 privacy settings" (never "finding(s)")."""
    if n == 1:
        return f"1 {word}"
    plural = _IRREGULAR.get(word) or (
        word + "es" if word.endswith(("s", "x", "ch")) else word + "s"
    )
    return f"{n} {plural}"


def day(when: object) -> str:
    """ "12 May 2025" (no leading zero), or "no date"."""
    if not isinstance(when, datetime):
        return "no date"
    return f"{when.day} {when.strftime('%b %Y')}"


_KIND_WORDS = {
    "post": "the post",
    "comment": "your comment",
    "message": "a message",
    "bio": "your profile's bio",
    "connection": "your friends, followers or following",
    "group": "the groups you are in",
}


def where_words(f: Finding, file_too: bool = True) -> str:
    """Where the item is, in the words of the platform's own pages ("Photo 3 of the post of
    12 May 2025"), never the export's internal pointers. `file_too`: name the file where the
    words alone do not find it (a report that shows the path next to them says False)."""
    item = f.item
    when = day(item.timestamp)
    file = item.source.rsplit("/", 1)[-1]
    if item.kind == "media":
        rest = item.locator.removeprefix(item.post or "\0")
        numbers = [int(n) for n in rest.replace("/", " ").split() if n.isdigit()]
        nth = f"Photo {numbers[-1] + 1} of" if numbers else "A photo in"
        if item.post:
            return f"{nth} the post of {when}"
        if item.title:
            return f"A photo in the album “{item.title}”, of {when}"
        return f"A photo of {when}" + (f", in {file}" if file_too else "")
    if item.kind == "profile_field":
        field = f"the “{item.field.replace('_', ' ')}” field" if item.field else "a field"
        return f"Your profile: {field}"
    words = _KIND_WORDS.get(item.kind, item.kind.replace("_", " "))
    if item.kind in ("post", "comment", "message") and item.timestamp:
        words += f" of {when}"
    return words[0].upper() + words[1:] + (f" (in {file})" if file_too else "")


def masked_spans(text: str, evidence: list[Evidence]) -> str:
    """`text` with each pupil's name (sensitive evidence) masked in place, offsets kept."""
    for e in evidence:
        if e.sensitive and 0 <= e.start < e.end <= len(text):
            text = text[: e.start] + mask_name(text[e.start : e.end]) + text[e.end :]
    return text


def sensitive_names(findings: list[Finding]) -> list[str]:
    """The pupils' names the findings' evidence holds (sensitive evidence), longest first."""
    texts = [e.text for f in findings for e in f.evidence if e.sensitive]
    texts += [e.text for f in findings for r in f.related for e in r.evidence if e.sensitive]
    return sorted({t for t in texts if len(t.strip()) >= 3}, key=len, reverse=True)


def masked_path(path: str, f: Finding | list[str]) -> str:
    """A file path with any pupil named by the finding's evidence (or in the given names)
    masked in it: a Messenger folder "inbox/oliviahussain_4248…" becomes
    "inbox/o•••••••••••n_4248…"."""
    names = f if isinstance(f, list) else sensitive_names([f])
    for name in names:
        words = [w for w in re.split(r"[^\w]+", name) if w]
        if not words:
            continue
        # The name as folders and handles write it: joined, or with '.', '_', '-' or spaces.
        pattern = r"[\s._\-]*".join(re.escape(w) for w in words)
        path = re.sub(pattern, lambda m: mask_name(m.group(0)), path, flags=re.IGNORECASE)
    return path
