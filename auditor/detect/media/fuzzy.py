"""The school's name read approximately: OCR drops and swaps letters ("St Clemen's CE Primary
Schoo!"), which exact phrase matching misses.

A reading counts only when every distinctive word of the name (not "St", "CE", "Primary",
"School"…) is found nearly letter for letter AND a word saying what kind of place it is
("Primary", "School", "Academy"…) is found too, so "St Mary's CE Primary School" and
"St Clement's Church" are not the school.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

GENERIC = frozenset(
    [
        "st",
        "saint",
        "st.",
        "ce",
        "c",
        "of",
        "e",
        "rc",
        "cofe",
        "the",
        "and",
        "church",
        "school",
        "primary",
        "junior",
        "infant",
        "infants",
        "nursery",
        "academy",
        "college",
        "high",
        "secondary",
        "community",
        "catholic",
        "methodist",
        "free",
    ]
)
KIND_WORDS = frozenset(
    ["school", "primary", "junior", "infant", "infants", "nursery", "academy", "college", "high"]
)
_WORD = re.compile(r"[a-z0-9]+")


def _letters(word: str) -> str:
    return "".join(_WORD.findall(word.casefold().replace("'s", "s")))


@dataclass(frozen=True)
class FuzzyHit:
    text: str  # what was read, as OCR gave it
    score: float


def _best(target: str, tokens: list[str]) -> tuple[float, int, int]:
    """Best similarity of `target` to one token or two or three adjacent tokens joined."""
    best = (0.0, 0, 0)
    for i in range(len(tokens)):
        joined = ""
        for j in range(i, min(i + 3, len(tokens))):
            joined += tokens[j]
            if len(joined) > len(target) + 3:
                break
            r = SequenceMatcher(None, target, joined, autojunk=False).ratio()
            if r > best[0]:
                best = (r, i, j)
    return best


def fuzzy_school(text: str, school_name: str, threshold: float = 0.8) -> FuzzyHit | None:
    words = [_letters(w) for w in school_name.split()]
    distinctive = [w for w in words if w and w not in GENERIC]
    kinds = [w for w in words if w in KIND_WORDS]
    if not distinctive:
        return None
    raw_tokens = text.split()
    tokens = [_letters(t) for t in raw_tokens]
    keep = [i for i, t in enumerate(tokens) if t]
    tokens = [tokens[i] for i in keep]
    raw_tokens = [raw_tokens[i] for i in keep]
    if not tokens:
        return None
    scores = []
    lo, hi = len(tokens), -1
    for target in distinctive:
        r, i, j = _best(target, tokens)
        if r < threshold:
            return None
        scores.append(r)
        lo, hi = min(lo, i), max(hi, j)
    if kinds:
        r_kind = max(_best(k, tokens)[0] for k in kinds)
        if r_kind < threshold:
            return None
        scores.append(r_kind)
    return FuzzyHit(" ".join(raw_tokens[lo : hi + 1]), sum(scores) / len(scores))
