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
        for p in sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True):
            key = self._key(p, case_sensitive)
            self._canon.setdefault(key, p)
        self._case_sensitive = case_sensitive
        flags = 0 if case_sensitive else re.IGNORECASE
        # One alternation factored as a trie: at each position only the branches that start with
        # the next character are tried (a flat alternation of 500 titles tries all 500).
        self._re = (
            re.compile(r"(?<![\w@#])" + trie_pattern(self._canon) + r"(?![\w])", flags)
            if self._canon
            else None
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


def trie_pattern(phrases: Iterable[str]) -> str:
    """A regular expression matching exactly these phrases, longest first, factored as a trie.

    A space in a phrase matches any run of white space."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _node_pattern(root) + ")"


def _node_pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    alts = [
        (r"\s+" if ch == " " else re.escape(ch)) + _node_pattern(child)
        for ch, child in sorted(node.items())
        if ch != ""
    ]
    if "" in node:
        return "(?:" + "|".join(alts) + ")?" if alts else ""
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
