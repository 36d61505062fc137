"""Ways people write the school's name, derived from its official name."""

from __future__ import annotations

import re

_SAINT = re.compile(r"^(st\.?|saint)\s+", re.IGNORECASE)
_DENOMINATION = re.compile(
    r"\b(church of england|c of e|cofe|c\.e\.|ce|roman catholic|r\.c\.|rc|catholic|methodist)\b",
    re.IGNORECASE,
)
_PHASE = re.compile(
    r"\b(primary|junior|infant|infants'?|academy|high|secondary|grammar|community|nursery)\b",
    re.IGNORECASE,
)


def _squash(s: str) -> str:
    return " ".join(s.split())


def school_aliases(name: str, extra: list[str] | None = None) -> list[str]:
    """The official name, its informal forms, and the profile's own aliases, longest first."""
    forms: set[str] = {_squash(name)}
    base = _squash(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE))
    forms.add(base)
    no_school = _squash(re.sub(r"\bschool\b", "", base, flags=re.IGNORECASE))
    forms.add(no_school)
    no_denom = _squash(_DENOMINATION.sub("", no_school))
    forms.add(no_denom)
    core = _squash(_PHASE.sub("", no_denom))
    # A saint's name alone ("St Clement's") is too ambiguous to stand as the school.
    if core and not _SAINT.match(core) and len(core) > 3:
        forms.add(core)
    if _SAINT.match(no_denom):
        rest = _SAINT.sub("", no_denom)
        for saint in ("St", "St.", "Saint"):
            forms.add(f"{saint} {rest}")
    for f in list(forms):
        forms.add(f.replace("'", "’"))
        forms.add(f.replace("'", "").replace("’", ""))
    forms.update(a for a in (extra or []) if a.strip())
    words = [
        w for w in re.findall(r"[A-Za-z][A-Za-z'’]*", base) if w.lower() not in {"of", "and", "the"}
    ]
    if len(words) >= 3:
        forms.add("".join(w[0].upper() for w in words if w.lower() not in {"ce", "rc"}))
    return sorted({f for f in forms if len(f) >= 3}, key=lambda s: (-len(s), s))
