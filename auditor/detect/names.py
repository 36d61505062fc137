"""The pupil list as matchers: full names, first names, nicknames, squashed usernames.

Built once per audit from the profile, held in memory only. Nothing here has a `repr` that
shows a name, and no function logs one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from auditor.detect.lexicon import HONORIFICS, WORD_NAMES, squash
from auditor.detect.phrases import trie_pattern
from auditor.profile.identity import norm_name, norm_names

# Common UK diminutives the nicknames package does not have (its list is US-centred).
_DIMINUTIVES: dict[str, tuple[str, ...]] = {
    "alfie": ("alfred", "alf"),
    "alfred": ("alfie", "alf"),
    "freddie": ("frederick", "fred", "freddy"),
    "frederick": ("freddie", "fred", "freddy"),
    "isabella": ("izzy", "izzie", "issy", "bella"),
    "isabelle": ("izzy", "izzie", "issy"),
    "elizabeth": ("lizzie", "lizzy", "beth", "libby"),
    "oliver": ("ollie", "olly"),
    "olivia": ("liv", "livvy", "livi"),
    "charlotte": ("lottie",),
    "thomas": ("tom", "tommy"),
    "william": ("will", "billy"),
    "archibald": ("archie",),
    "samuel": ("sam", "sammy"),
    "joseph": ("joe", "joey"),
    "benjamin": ("ben", "benji"),
    "matilda": ("tilly", "tillie"),
    "jessica": ("jess", "jessie"),
    "evelyn": ("evie",),
    "harrison": ("harry",),
    "madison": ("maddie", "maddy", "madi"),
    "alexandra": ("sasha", "lexi", "alex", "ali"),
    "alexander": ("sasha", "alex", "xander"),
    "eleanor": ("ellie", "nell", "nellie"),
    "theodore": ("theo", "teddy"),
    "florence": ("flo", "florrie"),
    "zainab": ("zain",),
}


@cache
def _nicknamer() -> object | None:
    try:
        from nicknames import NickNamer
    except ImportError:  # pragma: no cover - the package is a dependency
        return None
    return NickNamer()


def name_variants(first: str) -> set[str]:
    """Nicknames and formal forms of a first name that a teacher would recognise.

    From the `nicknames` package, only forms sharing the first two letters are kept (its map
    links Maisie to Daisy and Amelia to Emily, which would confuse two children), plus a short
    list of UK diminutives (Alfie/Alfred, Izzy/Isabella)."""
    f = first.casefold()
    out = set(_DIMINUTIVES.get(f, ()))
    nn = _nicknamer()
    if nn is not None:
        # The name's own nicknames and the formal names it shortens, never their other
        # nicknames: Ellie and Ella both shorten Eleanor, but Ella is another child.
        related: set[str] = set()
        related |= nn.nicknames_of(f)  # type: ignore[attr-defined]
        related |= nn.canonicals_of(f)  # type: ignore[attr-defined]
        out |= {r for r in related if r[:2] == f[:2]}
    return {v for v in out if len(v) >= 3 and v != f and v not in WORD_NAMES}


@dataclass(frozen=True)
class Pupil:
    first: str = field(repr=False)
    last: str = field(repr=False)


class PupilIndex:
    """Everything the detectors need to recognise the listed pupils."""

    def __init__(
        self,
        names: list[str],
        own_name: str | None = None,
        other_names: Iterable[str] = (),
        children: Iterable[str] = (),
    ) -> None:
        self.pupils: list[Pupil] = []
        for raw in names:
            parts = raw.replace("’", "'").split()
            if not parts:
                continue
            self.pupils.append(Pupil(parts[0], " ".join(parts[1:])))
        # The user's own names are never a pupil's: "Jane" in "Thanks Jane!" is the user even
        # when a pupil is also called Jane (her full name and username are still found).
        self.own_fulls = norm_names([own_name, *other_names])
        self.own_firsts, self.own_lasts = _own_parts(self.own_fulls)
        # The user's own children: their first names are family, never a pupil's alone.
        kids = {c.split()[0].casefold() for c in children if c.split()}
        self.own_firsts = self.own_firsts | kids
        # first name or nickname (case-folded) -> indices of pupils it may stand for
        self.firsts: dict[str, set[int]] = {}
        self.surnames: dict[str, set[int]] = {}
        self.squashed_full: dict[str, int] = {}
        full_alts: list[str] = []
        # The first names as listed (a nickname alone needs more: see pupil_name).
        self.listed_firsts = frozenset(p.first.casefold() for p in self.pupils)
        for i, p in enumerate(self.pupils):
            forms = {p.first.casefold(), *name_variants(p.first)}
            for f in forms:
                self.firsts.setdefault(f, set()).add(i)
            if p.last:
                self.surnames.setdefault(p.last.casefold(), set()).add(i)
                last = _word(p.last)
                for f in forms:
                    full_alts.append(_word(f) + r"[\s\-]+" + last)
                    self.squashed_full[squash(f + p.last)] = i
                    self.squashed_full[squash(p.last + f)] = i
                # "Olivia H", "Freddie H": a first name or nickname and the surname's initial
                initial = r"\s+(?-i:" + re.escape(p.last[0].upper()) + r")"
                full_alts += [_word(f) + initial for f in forms]
        self.full_re = (
            re.compile(
                r"(?<![\w@#.])(?:"
                + "|".join(sorted(full_alts, key=len, reverse=True))
                + r")(?![\w\-])",
                re.IGNORECASE,
            )
            if full_alts
            else None
        )
        # The first word of every first name and nickname, for a cheap "any name here?" test.
        self.first_keys = frozenset(re.split(r"[^a-z0-9]+", f)[0] for f in self.firsts)
        self.squashed_re = (
            re.compile(trie_pattern(self.squashed_full)) if self.squashed_full else None
        )
        alts = sorted(self.firsts, key=len, reverse=True)
        self.first_re = (
            re.compile(
                r"(?<![\w@#.'’\-])(?:" + "|".join(map(_word, alts)) + r")(?![\w\-])", re.IGNORECASE
            )
            if alts
            else None
        )

    def __repr__(self) -> str:
        return f"PupilIndex({len(self.pupils)} pupils)"

    def __bool__(self) -> bool:
        return bool(self.pupils)

    def is_own(self, value: str) -> bool:
        """Is this name or username (whole) one the user goes by?"""
        return norm_name(value) in self.own_fulls

    def is_own_first(self, word: str) -> bool:
        """Is this word the first name of one of the user's names?"""
        return word.casefold() in self.own_firsts

    def is_own_last(self, word: str) -> bool:
        """Is this word the surname of one of the user's names ("Mrs Smith")?"""
        return word.casefold() in self.own_lasts

    def is_listed_first(self, word: str) -> bool:
        return word.casefold() in self.firsts

    def surname_of(self, first: str, last: str) -> bool:
        """Does `last` belong to a pupil whose first name (or nickname) is `first`?"""
        ids = self.firsts.get(first.casefold(), set())
        return any(self.pupils[i].last.casefold() == last.casefold() for i in ids)

    def username_match(self, value: str) -> int | None:
        """The pupil whose full name a username or display name spells (alfie.turner09,
        maisieclarke_x, "Olivia Hussain"); None for namesakes and brands."""
        sq = squash(value).rstrip("0123456789")
        if not sq:
            return None
        for full, i in self.squashed_full.items():
            if sq == full:
                return i
            if sq.startswith(full) and len(sq) - len(full) <= 2:
                return i  # a trailing "x", "xo"
            if sq.endswith(full) and len(sq) - len(full) <= 2:
                return i
        return None

    def squashed_in(self, token: str) -> bool:
        """A hashtag or handle that contains a pupil's full name (#welldoneAlfieTurner)."""
        return self.squashed_re is not None and bool(self.squashed_re.search(squash(token)))

    def squashed_anywhere(self, text: str) -> bool:
        """Cheap test before looking at each token: any full name in the squashed text?"""
        return self.squashed_re is not None and bool(self.squashed_re.search(squash(text)))


def _word(name: str) -> str:
    return r"\s+".join(re.escape(w).replace("'", "['’]?") for w in name.split())


_NAME_WORD = re.compile(r"[^\W\d_]{2,}(?:['’\-][^\W\d_]+)*")


def _own_parts(names: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """First names and surnames in the user's (normalised) names.

    "jane smith" gives jane and smith; after a title ("mrs s") there is only a surname, and an
    initial is not a name; a username ("janesmith_teach") is not split into names."""
    firsts: set[str] = set()
    lasts: set[str] = set()
    for name in names:
        words = name.split()
        titled = bool(words) and words[0].rstrip(".") in HONORIFICS
        if titled:
            words = words[1:]
        if not words:
            continue
        first: str | None
        last: str | None
        if titled:
            first, last = None, words[-1]
        else:
            first, last = words[0], (words[-1] if len(words) > 1 else None)
        for word, into in ((first, firsts), (last, lasts)):
            if word and _NAME_WORD.fullmatch(word):
                into.add(word)
    return frozenset(firsts), frozenset(lasts)
