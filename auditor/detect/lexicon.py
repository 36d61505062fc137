"""Shared word lists and text helpers for the detectors: loaded once, kept in memory.

Nothing here holds profile data (pupil names live in `names.py`, built per audit).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def wordset(words: str) -> frozenset[str]:
    """A set of words written as one string, for readable word lists."""
    return frozenset(words.split())


# Just before a name: "dad to Sam", "mum of Ella & …": the user's own children (bios, posts).
PARENT_OF = (
    r"\b(?:mum|mummy|mam|mom|dad|daddy|mother|father|step-?mum|step-?dad|nan|nana|nanna|grandma|"
    r"grandad|grandpa|granny)\s+(?:to|of)\s+(?:\w+\s*(?:,|&|and|\+)\s*)*$"
)


def squash(s: str) -> str:
    """Case-folded letters and digits only, accents folded ("Zoë Wójcik" -> "zoewojcik"): how
    hashtags, handles and domains are compared."""
    folded = s.casefold()
    if not folded.isascii():
        folded = "".join(
            c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c)
        )
    return _NON_ALNUM.sub("", folded)


def _lines(name: str) -> list[str]:
    text = resources.files("auditor.detect.data").joinpath(name).read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def first_names() -> frozenset[str]:
    """Common first names of today's school-age children (case-folded)."""
    return frozenset(n.casefold() for n in _lines("uk_first_names_top2000.txt"))


@cache
def street_types() -> tuple[str, ...]:
    return tuple(_lines("uk_street_types.txt"))


@cache
def school_register() -> tuple[str, ...]:
    """Official names of England's schools, open and closed (DfE GIAS, OGL v3)."""
    return tuple(_lines("school_names_england.txt"))


# First names that are also everyday words: they count as a person only where the text uses
# them as one (a surname, a possessive, a verb after them, "well done …").
WORD_NAMES = wordset(
    """grace hope faith joy rose ivy summer autumn april may june river sky skye honey max jack
    will bill mark frank bob sunny star blue storm miles chase hunter rocky poppy lily ruby daisy
    willow violet holly hazel iris jasmine amber pearl crystal dawn heather rosemary saffron sage
    jade olive clementine art bay brook cliff dale dean drew glen grant guy jay lance rich rob ray
    rusty sandy stone taylor wade ace angel bear blaze blossom bunny cash cherry coco diamond dove
    ember fern flora gem ginger happy harmony heaven indigo jewel juniper kit lark lavender
    marigold meadow melody misty nova ocean orchid penny pepper phoenix primrose rain raven reed
    robin rowan scarlett shadow silver snow sparrow spring sugar sunshine tiger wren mercy
    precious treasure chance lucky noble king prince princess duke earl reign royal legend
    journey serenity trinity liberty bliss lyric echo oscar mason page piper harper archer
    cooper miller taylor walker baker hale hall"""
)

# People's titles: "Prince Harry", "Mrs Smith" are not pupils.
HONORIFICS = wordset(
    "mr mrs ms miss mx dr sir dame lord lady prince princess king queen saint st rev father "
    "uncle auntie aunt nan nana grandma grandad coach captain sister brother"
)

# School words: their presence makes an ambiguous name, title or alias more likely to mean the
# school. Strong words say "school" on their own; weak ones only help. Literal phrases are
# matched through one trie-shaped pattern (fast); the few with digits through a small regex.
_STRONG_PHRASES = """pupil|pupils|ofsted|parents evening|parents' evening|parents’ evening|
parent's evening|parent’s evening|sports day|nativity|sats|inset|inset day|staffroom|staff room|
headteacher|head teacher|phonics|eyfs|ks1|ks2|ks3|ks4|ks5|school|classroom|playground|
world book day|book day|star of the week|times table|times tables|show and tell|form group|
form tutor|class assembly|school trip|residential|gcse|gcses|senco|teaching|teach|half term|
spelling bee|pen licence|homework|home work|lesson|lessons|marking|register|reception class|
in my class|from my class|in our class|from our class|dinner money|supply cover|lunch duty|
playground duty|swimming gala|pupil premium"""
_WEAK_PHRASES = """my class|our class|the class|class|reception|nursery|assembly|trip|teacher|miss|
sir|kids|children|pe|maths|reading|spelling|summer fair|christmas play|concert|choir|
line leader|tournament|gala|certificate|pta|parents|staff|head"""


def _literal_re(phrases: str) -> re.Pattern[str]:
    from auditor.detect.phrases import trie_pattern

    words = [" ".join(p.split()) for p in phrases.replace("\n", "").split("|") if p.strip()]
    return re.compile(r"(?<![\w])" + trie_pattern(words) + r"(?![\w])", re.IGNORECASE)


STRONG_SCHOOL_WORDS = _literal_re(_STRONG_PHRASES)
STRONG_SCHOOL_PATTERNS = re.compile(
    r"\b(?:key stage \d|year \d{1,2}s|(?:year|yr|y) ?\d{1,2}(?![\d:])\s*(?:class|pupils?|"
    r"children|kids|parents|teacher|trip|assembly|boys?|girls?))\b|(?-i:\b(?:[1-9]|1[0-3])[A-Z]\b)",
    re.IGNORECASE,
)
WEAK_SCHOOL_WORDS = _literal_re(_WEAK_PHRASES)
WEAK_SCHOOL_PATTERNS = re.compile(r"\b(?:year \d{1,2}|yr ?\d{1,2}|y\d{1,2})\b", re.IGNORECASE)


def school_words(text: str, strong: bool) -> list[re.Match[str]]:
    """The school words in a text (strong or weak ones), in order."""
    pats = (
        (STRONG_SCHOOL_WORDS, STRONG_SCHOOL_PATTERNS)
        if strong
        else (WEAK_SCHOOL_WORDS, WEAK_SCHOOL_PATTERNS)
    )
    found = [m for p in pats for m in p.finditer(text)]
    return sorted(found, key=lambda m: m.start())


_WORDS = re.compile(r"[a-z0-9]+")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=8192)
def words_of(text: str) -> frozenset[str]:
    """The text's lower-case words: detectors test for their trigger words with one set
    intersection before running any regular expression (most texts have none)."""
    return frozenset(_WORDS.findall(text.casefold()))


def has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


@lru_cache(maxsize=8192)
def school_context_score(text: str) -> float:
    """0 (nothing), 0.5 (one weak word), 0.7 (two weak words), 0.8 (a strong school word),
    0.9 (several strong ones)."""
    strong = len({m.group(0).casefold() for m in school_words(text, True)})
    if strong >= 2:
        return 0.9
    if strong == 1:
        return 0.8
    weak = len({m.group(0).casefold() for m in school_words(text, False)})
    if weak >= 2:
        return 0.7
    return 0.5 if weak else 0.0
