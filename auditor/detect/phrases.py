"""A fast case-insensitive phrase matcher over plain text (one compiled alternation)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class PhraseHit:
    start: int
    end: int
    text: str
    phrase: str  # the listed phrase it matched (its canonical spelling)


class PhraseMatcher:
    """Matches whole-word phrases, ignoring case and runs of white space, longest first."""

    def __init__(self, phrases: Iterable[str], *, case_sensitive: bool = False) -> None:
        self._canon: dict[str, str] = {}
        parts = []
        for p in sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True):
            key = self._key(p, case_sensitive)
            if key in self._canon:
                continue
            self._canon[key] = p
            parts.append(r"\s+".join(re.escape(w) for w in p.split()))
        self._case_sensitive = case_sensitive
        flags = 0 if case_sensitive else re.IGNORECASE
        self._re = (
            re.compile(r"(?<![\w@#])(?:" + "|".join(parts) + r")(?![\w])", flags) if parts else None
        )

    @staticmethod
    def _key(s: str, case_sensitive: bool) -> str:
        s = " ".join(s.split())
        return s if case_sensitive else s.casefold()

    def __bool__(self) -> bool:
        return self._re is not None

    def finditer(self, text: str) -> Iterator[PhraseHit]:
        if self._re is None:
            return
        for m in self._re.finditer(text):
            key = self._key(m.group(0), self._case_sensitive)
            yield PhraseHit(m.start(), m.end(), m.group(0), self._canon.get(key, m.group(0)))
