"""school_name: the user's school, in every way people write it (see `aliases.py`).

Full forms and the profile's aliases count on their own. The bare name ("St Clement's"),
generated initials ("SCCEPS") and bare hashtags (#stclements) need school context in the text:
school words, or workplace words just before the name ("teaching at …").
"""

from __future__ import annotations

from auditor.detect.context import DetectionContext
from auditor.detect.detector import Detector, register
from auditor.detect.lexicon import school_context_score
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.item import Item

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
    version = "2"

    def setup(self, ctx: DetectionContext) -> None:
        self._matcher = ctx.school

    def detect(self, item: Item, text: str) -> list[Evidence]:
        out: list[Evidence] = []
        hits = self._matcher.finditer(text)
        if not hits:
            return out
        context = school_context_score(text)
        profile = item.is_own_profile
        for h in hits:
            if h.official:
                conf, reason = 0.98, "the school's official name"
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
                elif context > 0:
                    conf = 0.65
                else:
                    conf = 0.45
                reason = (
                    "the school's short name, with school words nearby"
                    if conf >= 0.8
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
        return out
