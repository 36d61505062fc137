"""school_name: the user's school, in every way people write it (see `aliases.py`).

Full forms and the profile's aliases count on their own. The bare name ("St Clement's"),
generated initials ("SCCEPS") and bare hashtags (#stclements) need school context in the text:
school words, or workplace words just before the name ("teaching at …").
"""

from __future__ import annotations

import re

from auditor.detect.context import DetectionContext
from auditor.detect.detector import Detector, register
from auditor.detect.lexicon import school_context_score
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.item import Item

_INITIALISM = re.compile(r"^[A-Z]{2,5}$")
_AT_BEFORE = re.compile(r"\b(?:at|from|to)\s+$", re.IGNORECASE)  # a place: "morning at SCPS"
_REASONS = {
    "name": "a way of writing the school's name",
    "alias": "one of the school's aliases in your profile",
    "initials": "the school's initials, with school words nearby",
    "hashtag": "the school's name as a hashtag or handle",
    "domain": "the school's web or email domain",
}


@register
class SchoolNameDetector(Detector):
    name = "school_name"
    kinds = (EvidenceKind.SCHOOL_NAME,)
    version = "6"

    def setup(self, ctx: DetectionContext) -> None:
        self._matcher = ctx.school
        listed = {a.strip() for a in ctx.profile.school.aliases}
        self._listed_initials = {a for a in listed if _INITIALISM.match(a)}
        # The school's initials, listed or derived ("MBPS"), as they start a hashtag or handle.
        initials = {a for a in ctx.school_aliases if _INITIALISM.match(a)} | self._listed_initials
        alts = "|".join(sorted(map(re.escape, initials), key=len, reverse=True))
        # Capitals opening a hashtag or handle ("#MBPSproud"), or a handle of lower case whose
        # first part they are ("@apa_pe_dept", "@apa.sport").
        self._tag_re = (
            re.compile(
                rf"(?<![\w])(?:[#@]({alts})(?:(?=[a-z_])\w*|(?!\w))"
                rf"|@((?i:{alts}))[._][\w.]*\w)"
            )
            if initials
            else None
        )

    def _tagged_initials(self, text: str, context: float, taken: list[Evidence]) -> list[Evidence]:
        """ "#MBPSproud", "@APA_PE", "#OVAfamily": the school's initials opening a hashtag or
        handle. A listed one counts on its own (0.75), a derived one with school words (0.8);
        with school words near either is 0.85."""
        out: list[Evidence] = []
        if self._tag_re is None or ("#" not in text and "@" not in text):
            return out
        for m in self._tag_re.finditer(text):
            if any(e.start <= m.start() < e.end for e in taken):
                continue
            found = m.group(1) or (m.group(2) or "").upper()
            listed = found in self._listed_initials
            if context >= 0.5:
                conf = 0.85
            elif listed:
                conf = 0.75
            else:
                continue
            out.append(
                self.evidence(
                    kind=EvidenceKind.SCHOOL_NAME,
                    text=m.group(0),
                    start=m.start(),
                    end=m.end(),
                    confidence=conf,
                    reason="the school's initials in a hashtag or handle",
                )
            )
        return out

    def detect(self, item: Item, text: str) -> list[Evidence]:
        out: list[Evidence] = []
        hits = self._matcher.finditer(text)
        context = school_context_score(text) if hits or "#" in text or "@" in text else 0.0
        if not hits:
            return self._tagged_initials(text, context, out)
        profile = item.is_own_profile
        for h in hits:
            if h.official:
                conf, reason = 0.98, "the school's official name"
            elif h.form == "alias" and _INITIALISM.match(h.text) and not profile:
                # A listed initialism is also other things ("APA style", "a 40 kVA generator"):
                # in running text it needs school words near it.
                at = _AT_BEFORE.search(text[max(0, h.start - 12) : h.start])
                if context < 0.5 and not at and not self._matcher.bare_context(text, h.start):
                    continue
                conf, reason = (
                    0.85,
                    "the school's initials (an alias in your profile), with school words nearby",
                )
            elif h.strong:
                conf = 0.95 if h.form == "domain" else 0.9
                reason = _REASONS[h.form]
            else:
                near = self._matcher.bare_context(text, h.start) or profile
                if h.form == "initials":
                    if context < 0.6 and not near:
                        continue
                    conf = 0.8
                elif context >= 0.6 or near:
                    conf = 0.85
                elif h.form == "hashtag":
                    conf = 0.7
                elif context >= 0.5:  # a class or a school day named beside it ("Year 3 at …")
                    conf = 0.75
                elif context > 0:
                    conf = 0.65
                else:
                    conf = 0.45
                reason = (
                    "the school's short name, with school words nearby"
                    if conf >= 0.75
                    else "the school's short name (could also be a church or place)"
                )
                if h.form in ("initials", "hashtag"):
                    reason = _REASONS[h.form]
            out.append(
                self.evidence(
                    kind=EvidenceKind.SCHOOL_NAME,
                    text=h.text,
                    start=h.start,
                    end=h.end,
                    confidence=conf,
                    reason=reason,
                )
            )
        return out + self._tagged_initials(text, context, out)
