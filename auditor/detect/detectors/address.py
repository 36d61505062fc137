"""home_address and postcode: UK street addresses and full postcodes (NOTES.md §5).

Postcodes: Google libaddressinput's GB pattern (real area list), then existence in the ONS
Postcode Directory shipped by `uk-postcodes-parsing` (its offline per-outcode sets only; its
`lookup_postcode` would download, and is never called). A format-valid postcode that does not
exist ("AB1 2CD") stays below the usual threshold. The profile's own postcode, in any spacing
or case, scores highest.

Addresses: [Flat n,] house number (or a house name) + capitalised street words + a street type
(Road, Lane, Close… from uk_street_types.txt), with a town or postcode after it, or an address
cue before it ("moved to", "send it to"). The profile's own address in any spelling ("14 Mill
Ln", "14, mill lane") scores highest.
"""

from __future__ import annotations

import re
from functools import lru_cache

from auditor.detect.context import DetectionContext
from auditor.detect.detector import Detector, register
from auditor.detect.lexicon import street_types, words_of
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.item import Item

_AREAS = (
    "AB|AL|B|BA|BB|BD|BF|BH|BL|BN|BR|BS|BT|BX|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|"
    "DT|DY|E|EC|EH|EN|EX|FK|FY|G|GL|GY|GU|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|L|LA|"
    "LD|LE|LL|LN|LS|LU|M|ME|MK|ML|N|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|"
    "SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE"
)
_POSTCODE = re.compile(
    rf"(?<![A-Za-z0-9])(?:GIR ?0AA|(?:{_AREAS})\d[\dA-Z]? {{0,2}}\d[ABD-HJLNP-UW-Z]{{2}})"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_ABBREV = {
    "road": "rd",
    "street": "st",
    "avenue": "ave",
    "lane": "ln",
    "close": "cl",
    "drive": "dr",
    "crescent": "cres",
    "gardens": "gdns",
    "grove": "gr",
    "court": "ct",
    "place": "pl",
    "terrace": "tce",
    "square": "sq",
    "parade": "pde",
}
_HOUSE_NAMES = r"Cottage|House|Farm|Lodge|Barn|Villa|Vicarage|Rectory|Manor|Bungalow|Hall|Mill"
_CUE_BEFORE = re.compile(
    r"(?:address|live at|living at|lives at|moved to|move to|moving to|at mine|deliver(?:ed)? to|"
    r"send (?:it )?to|post (?:it )?to|collect(?:ion)? from|drop .{0,30} at|pick ?up (?:from|at)|"
    r"party at|house at|come round|we['’]re at|i['’]m at|is at|going to|keeps going to|"
    r"number|door at|find us at|visit us at|open garden at|address is|postcode)\W{0,3}$",
    re.IGNORECASE,
)


_ADDRESS_BEFORE = re.compile(
    r"\b\d{1,4}[a-z]?,?\s+(?:[A-Z][\w'’\-]*\s+){1,3}[A-Z][a-z]+,?\s+(?:[A-Z][a-z]+,?\s+)?$"
    r"|(?:address|postcode)\W{0,5}$|\b(?:Cottage|House|Farm|Lodge)\b.{0,40},\s*[A-Z][a-z]+\s+$"
)


_INWARD = re.compile(r"\d[A-Za-z]{2}(?![A-Za-z0-9])")


@lru_cache(maxsize=1)
def _street_words() -> frozenset[str]:
    return frozenset(t.casefold() for t in street_types()) | {
        h.casefold() for h in _HOUSE_NAMES.split("|")
    }


@lru_cache(maxsize=1)
def _street_re() -> re.Pattern[str]:
    types = sorted({t for t in street_types() if t.isalpha() and len(t) > 1}, key=len, reverse=True)
    type_alt = "|".join(re.escape(t) for t in types)
    street = (
        rf"(?:(?:[A-Z][\w'’\-]*|St\.?|The)\s+){{1,3}}(?:{type_alt})\b"
        r"|[A-Z][a-z]+(?:way|gate)\b"
    )
    return re.compile(
        r"(?P<addr>(?:(?:Flat|Apartment|Apt|Unit)\s*\d+[A-Za-z]?,?\s+)?"
        rf"(?:(?P<num>\b\d{{1,4}}[a-z]?),?\s+|(?P<house>(?:The\s+)?(?:[A-Z][a-z]+\s+){{1,2}}(?:{_HOUSE_NAMES})),\s+)"
        rf"(?P<street>{street}))"
        r"(?P<town>,?\s+(?!(?:is|was|and|in|on|at|for|to|the|this|next|please|if|bring|blue|"
        r"instead|lol)\b)[A-Z][a-z]+(?:[\s\-][A-Z][a-z]+)?)?"
    )


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", s.casefold()).strip()


@register
class AddressDetector(Detector):
    name = "address"
    kinds = (EvidenceKind.HOME_ADDRESS, EvidenceKind.POSTCODE)
    version = "1"

    def setup(self, ctx: DetectionContext) -> None:
        you = ctx.profile.you
        self._own_postcode = _norm(you.home_postcode or "").replace(" ", "")
        self._own_re: re.Pattern[str] | None = None
        self._own_street_re: re.Pattern[str] | None = None
        m = re.match(r"\s*(\d+[a-z]?)\s*,?\s*([^,]+)", you.home_address or "", re.IGNORECASE)
        if m:
            words = m.group(2).split()
            if words:
                last = words[-1].casefold()
                alt = "|".join(re.escape(x) for x in {last, _ABBREV.get(last, last)})
                street = r"\W+".join(re.escape(w) for w in words[:-1])
                street_pat = (street + r"\W+" if street else "") + rf"(?:{alt})\.?\b"
                self._own_re = re.compile(
                    rf"(?<![\w]){re.escape(m.group(1))}\W{{0,3}}{street_pat}", re.IGNORECASE
                )
                self._own_street_re = re.compile(rf"(?<![\w]){street_pat}", re.IGNORECASE)

    def detect(self, item: Item, text: str) -> list[Evidence]:
        out: list[Evidence] = []
        if not text:
            return out
        postcodes = self._postcodes(text)
        out.extend(postcodes)
        out.extend(self._addresses(item, text, postcodes))
        return out

    def _may_have_street(self, text: str) -> bool:
        words = words_of(text)
        return bool(words & _street_words()) or any(w.endswith(("way", "gate")) for w in words)

    def _postcodes(self, text: str) -> list[Evidence]:
        out: list[Evidence] = []
        if not _INWARD.search(text):
            return out
        for m in _POSTCODE.finditer(text):
            raw = m.group(0)
            key = raw.replace(" ", "").casefold()
            if self._own_postcode and key == self._own_postcode:
                conf, reason = 0.97, "your own home postcode (from your profile)"
            elif _exists(key):
                upper = raw.isupper()
                conf = 0.9 if upper else 0.85
                reason = "a UK postcode that exists (ONS postcode directory)"
            elif _ADDRESS_BEFORE.search(text[max(0, m.start() - 60) : m.start()]):
                conf = 0.7
                reason = (
                    "a UK postcode after an address (not in the ONS directory: new or mistyped?)"
                )
            else:
                conf, reason = 0.4, "looks like a UK postcode, but no such postcode exists"
            out.append(
                self.evidence(
                    kind=EvidenceKind.POSTCODE,
                    text=raw,
                    start=m.start(),
                    end=m.end(),
                    confidence=conf,
                    reason=reason,
                )
            )
        return out

    def _addresses(self, item: Item, text: str, postcodes: list[Evidence]) -> list[Evidence]:
        spans: list[tuple[int, int, float, str]] = []
        if self._own_re is not None:
            for m in self._own_re.finditer(text):
                spans.append(
                    (m.start(), m.end(), 0.97, "your own home address (from your profile)")
                )
        if self._may_have_street(text):
            for m in _street_re().finditer(text):
                start, end = m.start("addr"), m.end("addr")
                if any(s <= start < e or start <= s < end for s, e, _, _ in spans):
                    continue
                town_end = m.end("town") if m.group("town") else end
                has_pc = any(
                    0 <= p.start - town_end <= 3 and p.confidence >= 0.8 for p in postcodes
                )
                cue = bool(_CUE_BEFORE.search(text[max(0, start - 40) : start]))
                own_street = bool(
                    self._own_street_re is not None
                    and self._own_street_re.search(m.group("street"))
                )
                if has_pc or (m.group("town") and (cue or m.group("num"))):
                    conf = 0.85
                elif cue or own_street or item.is_own_profile:
                    conf = 0.8
                else:
                    conf = 0.6
                if own_street:
                    conf = max(conf, 0.9)
                spans.append(
                    (start, town_end, conf, "a street address (number or house name, street, town)")
                )
        if self._own_street_re is not None:
            for m in self._own_street_re.finditer(text):
                if any(s <= m.start() < e for s, e, _, _ in spans):
                    continue
                after = text[m.end() : m.end() + 30]
                town = re.match(r",?\s+[A-Z][a-z]+", after)
                pc = any(0 <= p.start - m.end() <= 30 and p.confidence >= 0.8 for p in postcodes)
                if (town and (pc or item.is_own_profile)) or (item.is_own_profile and pc):
                    end = m.end() + (town.end() if town else 0)
                    spans.append(
                        (
                            m.start(),
                            end,
                            0.85,
                            "your own street (from your profile), with your town or postcode",
                        )
                    )
        return [
            self.evidence(
                kind=EvidenceKind.HOME_ADDRESS,
                text=text[s:e],
                start=s,
                end=e,
                confidence=c,
                reason=r,
            )
            for s, e, c, r in sorted(spans)
        ]


@lru_cache(maxsize=4096)
def _exists(postcode: str) -> bool:
    """In the ONS Postcode Directory, from the package's bundled per-outcode sets (offline)."""
    try:
        from uk_postcodes_parsing.ukpostcode import is_in_ons_postcode_directory
    except ImportError:  # pragma: no cover - the package is a dependency
        return False
    try:
        return bool(is_in_ons_postcode_directory(postcode.upper()))
    except Exception:
        return False
