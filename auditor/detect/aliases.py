"""Ways people write the school's name, derived from its official name (NOTES.md §2).

The official name is split into tokens: the name's core ("St Clement's"), and optional words
(denomination, phase, "School", a leading "The", a comma qualifier). One regular expression
accepts every spelling of each token (St/St./Saint, curly or no apostrophe, CE/CofE/C of E/
Church of England, Primary/Prim…) and lets the optional ones drop. A match that keeps at least
one optional word is the school; the bare core ("St Clement's", "Oakwood") is ambiguous and
counts only with school context, and never when followed by another noun ("St Clement's Church")
or by a denomination or phase that is not the school's ("St Clement's RC High").

Hashtags, @handles, usernames and web domains are compared on squashed forms
(`stclementsceprimary`), and the school's own website and email domain are matched as written.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from auditor.detect.lexicon import squash
from auditor.detect.phrases import trie_pattern

_SAINT = r"(?:st\.?|saint)"
_DENOMS: dict[str, str] = {
    "ce": r"(?:church\s+of\s+england|c\.?\s?of\s?e\.?|cofe|c\.\s?e\.|c\s?e|anglican)",
    "rc": r"(?:roman\s+catholic|r\.\s?c\.|rc|catholic)",
    "methodist": r"(?:methodist|meth)",
    "ciw": r"(?:church\s+in\s+wales|ciw)",
    "jewish": r"(?:jewish)",
}
_DENOM_WORDS = {
    "church of england": "ce",
    "c of e": "ce",
    "cofe": "ce",
    "c.e.": "ce",
    "ce": "ce",
    "c e": "ce",
    "roman catholic": "rc",
    "r.c.": "rc",
    "rc": "rc",
    "catholic": "rc",
    "methodist": "methodist",
    "church in wales": "ciw",
    "jewish": "jewish",
}
_PHASES: dict[str, str] = {
    "primary": r"(?:primary|prim)",
    "junior": r"(?:juniors?)",
    "infant": r"(?:infants?['’]?)",
    "infants": r"(?:infants?['’]?)",
    "nursery": r"(?:nursery)",
    "first": r"(?:first)",
    "middle": r"(?:middle)",
    "high": r"(?:high)",
    "secondary": r"(?:secondary)",
    "grammar": r"(?:grammar)",
    "academy": r"(?:academy)",
    "community": r"(?:community)",
    "college": r"(?:college)",
    "church": r"(?:church)",  # only inside names like "Christ Church CE Primary" (kept as core)
}
_STATUS = {"voluntary", "aided", "controlled", "va", "vc", "(va)", "(vc)", "(aided)"}
_JOINERS = {"and": r"(?:and|&|\+)", "&": r"(?:and|&|\+)"}
_SCHOOL = r"(?:school|sch)"
_ANY_DENOM = "|".join(_DENOMS.values())
_ANY_PHASE = (
    r"primary|prim|junior|juniors|infants?|nursery|high|secondary|grammar|academy|college|"
    r"sixth\s+form|middle|first\s+school|upper|lower|prep|preparatory|special|free\s+school"
)
# Words after a bare core that make it something else: a church, a road, a hospice, a day…
_NOT_SCHOOL_AFTER = re.compile(
    r"^\s*(?:['’]s\s+)?(?:"
    + _ANY_DENOM
    + "|"
    + _ANY_PHASE
    + r"|church|churchyard|chapel|cathedral|parish|road|rd|street|lane|avenue|close|drive|way|"
    r"crescent|court|park|gardens|hospice|hospital|surgery|medical|day|island|village|hall|"
    r"house|centre|center|danes|of|fc|rfc|cricket|bakery|court|apartments|estate|well|bay|"
    r"square|place|terrace|mount|hill|green|cemetery|vicarage|abbey|priory|mission|club)\b",
    re.IGNORECASE,
)
_NOT_SCHOOL_BEFORE = re.compile(
    r"(?:church|chapel|cathedral|parish|feast|day|pope|basilica)\s+(?:of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# Capitalised words that may follow a bare core and still mean the school.
_OK_AFTER_CAPS = re.compile(
    r"^\s*(?:PTA|PTFA|Parents|Mums|Dads|Families|Family|Staff|Year|Reception|Nursery|Class|"
    r"Pupils|Governors|Choir|Team|Leavers|Summer|Christmas|Sports|School|Sixth Form|Juniors|"
    r"Infants|Campus|Site|Annexe|Open Evening|Open Day)\b"
)
_NEXT_CAP = re.compile(r"^\s+(?:[A-Z][a-z]+|[A-Z]{2,})\b")
_CONTEXT_BEFORE = re.compile(
    r"\b(?:work(?:s|ing)?|job|teach(?:es|ing)?|started|joined|staff|pupils?|governor|ta|"
    r"parents?|kids|class)\b[^.!?\n]{0,25}$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Token:
    text: str
    kind: str  # the | saint | core | denom | phase | school | join | status
    pattern: str


def _tokenize(name: str) -> tuple[list[_Token], str | None]:
    """The name's tokens, and its comma/bracket qualifier ("Hampstead") if any."""
    main, qualifier = name, None
    m = re.match(r"^([^,(]+?)\s*(?:,\s*|\()(.+?)\)?\s*$", name)
    if m and m.group(1).strip():
        main, qualifier = m.group(1), m.group(2).strip()
    words = main.replace("’", "'").split()
    tokens: list[_Token] = []
    i = 0
    while i < len(words):
        w = words[i]
        low = w.casefold()
        three = " ".join(words[i : i + 3]).casefold()
        two = " ".join(words[i : i + 2]).casefold()
        if i == 0 and low == "the":
            tokens.append(_Token(w, "the", r"the"))
        elif low in ("st", "st.", "saint") and i + 1 < len(words):
            tokens.append(_Token(w, "saint", _SAINT))
        elif three in _DENOM_WORDS:
            tokens.append(_Token(" ".join(words[i : i + 3]), "denom", _DENOMS[_DENOM_WORDS[three]]))
            i += 3
            continue
        elif two in ("roman catholic",):
            tokens.append(_Token(" ".join(words[i : i + 2]), "denom", _DENOMS["rc"]))
            i += 2
            continue
        elif low in _DENOM_WORDS:
            tokens.append(_Token(w, "denom", _DENOMS[_DENOM_WORDS[low]]))
        elif low in _STATUS:
            tokens.append(_Token(w, "status", re.escape(low)))
        elif low == "school":
            tokens.append(_Token(w, "school", _SCHOOL))
        elif low.rstrip("'") in _PHASES and not (
            low == "church" and tokens and tokens[-1].kind == "core"
        ):
            tokens.append(_Token(w, "phase", _PHASES[low.rstrip("'")]))
        elif low in _JOINERS:
            tokens.append(_Token(w, "join", _JOINERS[low]))
        else:
            tokens.append(_Token(w, "core", _core_word(w)))
        i += 1
    # Core words after the first phase or "School" ("Harris Academy Peckham", "… Nursery School
    # and Children's Centre") are optional too: people drop them.
    # Phase words before any core word are part of the name ("Middle Rasen", "High Trees",
    # "The School Room"): a name always keeps at least one required word.
    seen_core = False
    for j, t in enumerate(tokens):
        if t.kind == "core":
            seen_core = True
        elif (
            t.kind in ("phase", "school", "denom")
            and not seen_core
            and any(u.kind == "core" for u in tokens[j + 1 :])
        ):
            tokens[j] = _Token(t.text, "core", _core_word(t.text))
    if not any(t.kind in ("core", "saint") for t in tokens):
        tokens = [
            _Token(t.text, "core", _core_word(t.text)) if t.kind != "the" else t for t in tokens
        ]
    seen_optional = False
    for j, t in enumerate(tokens):
        if t.kind in ("phase", "school"):
            seen_optional = True
        elif t.kind == "core" and seen_optional:
            tokens[j] = _Token(t.text, "tail", t.pattern)
    # A joiner is optional only between optional words ("Junior and Infant"); in the core
    # ("Peter and Paul") it is required.
    fixed = []
    for j, t in enumerate(tokens):
        if t.kind == "join":
            before = tokens[j - 1].kind if j else "core"
            after = tokens[j + 1].kind if j + 1 < len(tokens) else "core"
            kind = "core" if before in ("core", "saint") and after in ("core", "saint") else "join"
            fixed.append(_Token(t.text, kind, t.pattern))
        else:
            fixed.append(t)
    return fixed, qualifier


def _core_words(tokens: list[_Token]) -> set[str]:
    """The squashed core words of a name ("clement", "allerton", "grange")."""
    out = set()
    for t in tokens:
        if t.kind in ("core", "tail"):
            w = squash(t.text)
            out.add(w[:-1] if w.endswith("s") and len(w) > 3 else w)
    return {w for w in out if w}


def _core_word(w: str) -> str:
    base = w.rstrip(".,")
    if re.search(r"['’]s$", base, re.IGNORECASE):
        return re.escape(base[:-2]) + r"(?:['’]?s)?"
    if base.endswith("'") or base.endswith("’"):
        return re.escape(base[:-1]) + r"['’]?"
    if base.endswith("s") and len(base) > 3:
        return re.escape(base[:-1]) + r"['’]?s"
    return re.escape(base)


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    text: str
    strong: bool  # kept an optional word (denomination, phase, "School"), or a listed alias
    official: bool
    form: str  # "name" | "alias" | "initials" | "hashtag" | "domain"


class SchoolNameMatcher:
    """Finds the school's name in text, in all its spellings; see the module docstring."""

    def __init__(
        self,
        name: str,
        aliases: list[str] | None = None,
        website: str | None = None,
        email_domain: str | None = None,
        register: Iterable[str] = (),
    ) -> None:
        tokens, qualifier = _tokenize(name)
        self._official = " ".join(name.split()).casefold()
        core = [t for t in tokens if t.kind in ("core", "saint")]
        self._core_only_saint = bool(core) and core[0].kind == "saint"
        sep = r"[\s\-]+"
        parts: list[str] = []
        lead = ""  # the separator before the next token ("" at the start, and after "The")
        for t in tokens:
            if t.kind == "the" and not parts:
                parts.append(f"(?:{t.pattern}{sep})?")
                continue
            if t.kind in ("core", "saint"):
                group = t.pattern
                parts.append(lead + group)
            else:
                parts.append(f"(?:{lead}(?P<o{len(parts)}>{t.pattern}))?")
            lead = sep
        if qualifier:
            q = r",?\s*".join(re.escape(w.strip()) for w in qualifier.split(","))
            parts.append(rf"(?:(?:\s*,\s*|\s*\(|\s+)(?P<oq>{q})\)?)?")
        body = "".join(parts)
        self._name_re = re.compile(r"(?<![\w@#./])" + body + r"(?![\w'’])", re.IGNORECASE)
        self._aliases = [a.strip() for a in aliases or [] if a.strip()]
        alias_parts = []
        for a in self._aliases:
            if re.fullmatch(r"[A-Z0-9]{2,6}", a):
                alias_parts.append("(?-i:" + re.escape(a) + ")")
            else:
                alias_parts.append(r"\s+".join(re.escape(w) for w in a.split()))
        self._alias_re = (
            re.compile(r"(?<![\w@#])(?:" + "|".join(alias_parts) + r")(?!\w)", re.IGNORECASE)
            if alias_parts
            else None
        )
        self._initials = _initialisms(tokens) - {a.upper() for a in self._aliases}
        self._initials_re = (
            re.compile(r"(?<![\w@#])(?:" + "|".join(sorted(self._initials)) + r")(?!\w)")
            if self._initials
            else None
        )
        self.strong_forms, self.weak_forms = _squashed_forms(tokens, qualifier)
        self.strong_forms |= {squash(a) for a in self._aliases if len(squash(a)) >= 3}
        self.domains = {d for d in (_host(website), _host(email_domain)) if d}
        self._others = self._other_schools(register, tokens)

    def _other_schools(
        self, register: Iterable[str], tokens: list[_Token]
    ) -> re.Pattern[str] | None:
        """Other schools in the register whose names contain a full form of this one
        ("Allerton Grange School" for "Grange School"): a mention of them is not this school."""
        own_core = _core_words(tokens)
        key = max(own_core, key=len) if own_core else ""
        longer: list[str] = []
        for name in register:
            if not key or key not in squash(name):
                continue
            hits = [h for h in self._name_hits(name) if h.strong]
            if not hits or _core_words(_tokenize(name)[0]) <= own_core:
                continue  # the same name but for "The", denomination or phase: not told apart
            longer.append(" ".join(name.casefold().split()))
        if not longer:
            return None
        return re.compile(
            r"(?<![\w])" + trie_pattern(sorted(set(longer))) + r"(?![\w])", re.IGNORECASE
        )

    # -- matching -------------------------------------------------------------------------
    def finditer(self, text: str) -> list[NameHit]:
        hits = self._name_hits(text)
        if self._alias_re is not None:
            for m in self._alias_re.finditer(text):
                hits.append(NameHit(m.start(), m.end(), m.group(0), True, False, "alias"))
        if self._initials_re is not None:
            for m in self._initials_re.finditer(text):
                hits.append(NameHit(m.start(), m.end(), m.group(0), False, False, "initials"))
        hits.extend(self._digital(text))
        if hits and self._others is not None:
            others = [(m.start(), m.end()) for m in self._others.finditer(text)]
            hits = [h for h in hits if not any(s <= h.start and h.end <= e for s, e in others)]
        return _dedupe(hits)

    def _name_hits(self, text: str) -> list[NameHit]:
        hits: list[NameHit] = []
        for m in self._name_re.finditer(text):
            if text[m.start() - 1 : m.start()] in ("#", "@"):
                continue
            strong = any(k.startswith("o") and v for k, v in m.groupdict().items())
            word = m.group(0)
            if not strong and not self._core_accepted(text, m.start(), m.end()):
                strong = False
                if not self._bare_ok(text, m.start(), m.end()):
                    continue
            official = " ".join(word.split()).casefold() == self._official
            hits.append(NameHit(m.start(), m.end(), word, strong, official, "name"))
        return hits

    def _core_accepted(self, text: str, start: int, end: int) -> bool:
        """A bare core that is not a saint's name and has several words may stand alone."""
        return False

    def _bare_ok(self, text: str, start: int, end: int) -> bool:
        after = text[end : end + 40]
        if _NOT_SCHOOL_AFTER.match(after):
            return False
        if _NOT_SCHOOL_BEFORE.search(text[max(0, start - 30) : start]):
            return False
        nxt = _NEXT_CAP.match(after)
        return not (nxt and not _OK_AFTER_CAPS.match(after) and not text.isupper())

    def bare_context(self, text: str, start: int) -> bool:
        """Workplace words just before a bare name ("teaching at", "job at")."""
        return bool(_CONTEXT_BEFORE.search(text[max(0, start - 40) : start]))

    # Hashtags and handles; words with a dot, @ or underscore (domains, emails, usernames);
    # camelCase words. Ordinary words never reach the Python loop below.
    _TOKEN = re.compile(
        r"(?<![\w@#.])(?:[#@]\w[\w.\-]*\w|[#@]\w|\w[\w\-]*[._@][\w.\-@]*\w"
        r"|\w*[a-z][A-Z]\w*|[a-z]+_\w+)"
    )

    def _digital(self, text: str) -> list[NameHit]:
        out = []
        for m in self._TOKEN.finditer(text):
            tok = m.group(0)
            start, end = m.start(), m.end()
            low = tok.casefold()
            if "@" in tok[1:]:  # an email address: look at its domain
                at = tok.index("@", 1)
                dom, dstart = tok[at + 1 :], start + at + 1
                if self.domain_match(dom):
                    out.append(NameHit(dstart, end, dom, True, False, "domain"))
                continue
            if "." in tok[1:] and tok[0] not in "#@":
                if self.domain_match(low):
                    out.append(NameHit(start, end, tok, True, False, "domain"))
                continue
            if tok[0] not in "#@" and not re.search(r"[_\d]|[a-z][A-Z]", tok):
                continue  # an ordinary word, not a handle
            sq = squash(tok).rstrip("0123456789")
            if not sq:
                continue
            if sq in self.strong_forms or any(
                sq.startswith(f) for f in self.strong_forms if len(f) >= 6
            ):
                out.append(NameHit(start, end, tok, True, False, "hashtag"))
            elif sq in self.weak_forms or any(
                sq.startswith(f) and sq[len(f) :] in _GROUP_SUFFIXES for f in self.weak_forms
            ):
                out.append(NameHit(start, end, tok, False, False, "hashtag"))
        return out

    def domain_match(self, dom: str) -> bool:
        """Is this web or email domain the school's?"""
        dom = dom.casefold().strip(".")
        dom = dom.removeprefix("www.")
        for d in self.domains:
            if dom == d or dom.endswith("." + d):
                return True
        if dom.endswith(".sch.uk"):
            first = squash(dom.split(".")[0])
            return first in self.strong_forms or first in self.weak_forms
        return False


_GROUP_SUFFIXES = {"pta", "ptfa", "parents", "mums", "dads", "family", "staff", "school", "sch"}


def _host(value: str | None) -> str | None:
    if not value:
        return None
    v = value.strip()
    if "@" in v:
        v = v.split("@", 1)[1]
    if "//" not in v:
        v = "//" + v
    host = urlsplit(v).hostname or ""
    return host.casefold().removeprefix("www.") or None


def _initialisms(tokens: list[_Token]) -> set[str]:
    letters = []
    for t in tokens:
        if t.kind in ("the", "status", "join"):
            continue
        if t.kind == "denom":
            letters.append((t, "CE" if t.pattern == _DENOMS["ce"] else t.text[0].upper()))
        else:
            letters.append((t, t.text[0].upper()))
    out: set[str] = set()
    full = "".join(s for _, s in letters)
    no_denom = "".join(s for t, s in letters if t.kind != "denom")
    core = "".join(s for t, s in letters if t.kind in ("core", "saint", "tail"))
    for form in (full, no_denom):
        if len(form) >= 3 and form != core:
            out.add(form)
    return out


def _squashed_forms(tokens: list[_Token], qualifier: str | None) -> tuple[set[str], set[str]]:
    """Squashed spellings: strong ones keep an optional word, weak ones are the bare core."""
    variants: list[list[tuple[str, bool]]] = []  # per token: (spelling, optional)
    for t in tokens:
        if t.kind == "saint":
            variants.append([("st", False), ("saint", False)])
        elif t.kind == "core":
            s = squash(t.text)
            forms = {s, s.removesuffix("s") if s.endswith("s") and len(s) > 3 else s}
            variants.append([(f, False) for f in forms])
        elif t.kind == "denom":
            fam = t.pattern
            spell = ["ce", "cofe", "churchofengland"] if fam == _DENOMS["ce"] else [squash(t.text)]
            if fam == _DENOMS["rc"]:
                spell = ["rc", "catholic", "romancatholic"]
            variants.append([("", True), *((x, True) for x in spell)])
        elif t.kind == "phase":
            variants.append([("", True), (squash(t.text), True)])
        elif t.kind == "school":
            variants.append([("", True), ("school", True), ("sch", True)])
        elif t.kind == "tail":
            variants.append([("", True), (squash(t.text), True)])
        elif t.kind == "the":
            variants.append([("", False), ("the", False)])
        elif t.kind == "join":
            variants.append([("", True), ("and", True)])
        else:  # status
            variants.append([("", True)])
    strong: set[str] = set()
    weak: set[str] = set()
    for combo in itertools.product(*variants):
        s = "".join(x for x, _ in combo)
        if len(s) < 4:
            continue
        (strong if any(opt and x for x, opt in combo) else weak).add(s)
    if qualifier:
        strong |= {w + squash(qualifier) for w in weak}
    return strong, weak - strong


def _dedupe(hits: list[NameHit]) -> list[NameHit]:
    """Keep the longest of overlapping hits."""
    # The same span found twice (a listed alias that is also the bare short name): the strong
    # hit first, so the user's own word for their school is not weighed as a bare name.
    hits.sort(key=lambda h: (h.start, -(h.end - h.start), not h.official, not h.strong))
    out: list[NameHit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            if h.end - h.start > out[-1].end - out[-1].start:
                out[-1] = h
            continue
        out.append(h)
    return out


def school_aliases(name: str, extra: list[str] | None = None) -> list[str]:
    """Readable forms of the name (for showing the user), longest first: the official name,
    "The" and denomination and phase words dropped, St/St./Saint, apostrophes, initials."""
    tokens, qualifier = _tokenize(name)
    keep_sets = [
        {"the", "saint", "core", "denom", "phase", "school", "join", "status", "tail"},
        {"saint", "core", "denom", "phase", "school", "join", "tail"},
        {"saint", "core", "phase", "school", "join", "tail"},
        {"saint", "core", "denom", "phase", "join"},
        {"saint", "core", "phase", "join"},
        {"saint", "core", "denom"},
    ]
    forms: set[str] = {" ".join(name.split())}
    for keep in keep_sets:
        words = [t.text for t in tokens if t.kind in keep]
        if len(words) > len([t for t in tokens if t.kind in ("saint", "core")]):
            forms.add(" ".join(words))
    for f in list(forms):
        for saint in ("St", "St.", "Saint"):
            forms.add(re.sub(r"^(?:St\.?|Saint)\s", saint + " ", f))
    for f in list(forms):
        forms.add(f.replace("'", "’"))
        forms.add(f.replace("'", ""))
    if qualifier:
        forms.discard(qualifier)
    forms.update(_initialisms(tokens))
    forms.update(a.strip() for a in extra or [] if a.strip())
    return sorted({f for f in forms if len(f) >= 3}, key=lambda s: (-len(s), s))
