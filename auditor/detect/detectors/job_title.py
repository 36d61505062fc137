"""job_title: school roles from the UK job-title list, the profile's own roles, and generic
forms ("Year 4 teacher", "Head of Year 6", "Science Lead").

Ambiguous titles (TA, Head, Cook…) count only with school context, or — for the clearly
educational ones (Teacher, TA, NQT…) — in the user's own profile fields, where a job title is
what the field holds.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from auditor.detect.context import DetectionContext
from auditor.detect.detector import Detector, register
from auditor.detect.lexicon import school_context_score, words_of, wordset
from auditor.detect.phrases import PhraseMatcher
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.item import Item

_SUBJECTS = (
    r"maths|mathematics|english|science|computing|pe|re|music|art|history|geography|french|"
    r"spanish|german|drama|dt|d&t|design technology|phonics|reading|writing|literacy|numeracy|"
    r"pshe|rshe|sen|send|eyfs|ks[1-5]|key stage [1-5]|phase|subject|curriculum|assessment|"
    r"primary|secondary|nursery|reception|year \d{1,2}|y\d{1,2}|early years|forest school|"
    r"sports?|modern languages|mfl|physics|chemistry|biology|business studies|food tech(?:nology)?"
)
_GENERIC = re.compile(
    r"(?<![\w-])(?:"
    rf"(?:(?:{_SUBJECTS})(?:\s+school)?\s+(?:class\s+)?(?:teacher|teaching assistant|ta|lead|"
    r"leader|co-?ordinator|tutor)s?)"
    rf"|head\s+of\s+(?:year\s+\d{{1,2}}|ks[1-5]|key stage [1-5]|department|faculty|house|"
    rf"sixth form|school|{_SUBJECTS})\b"
    r"|school\s+(?:governor|cook|secretary|nurse|librarian|caretaker|business manager|"
    r"receptionist|counsellor|chaplain|administrator|office manager)"
    r"|(?:primary|secondary|nursery|supply|cover|class|form)\s+teachers?"
    r"|(?:ta|teaching assistant|lsa|hlta|nqt|ect|senco)s"
    # the role as a verb: "I teach PE", "I teach Year 3", "teaching Year 8 maths"
    rf"|i\s+(?:teach|tutor)\s+(?:(?:at\s+)?(?:{_SUBJECTS})\b|kids|children|pupils|little ones)"
    rf"|(?:i['’]?m\s+)?teaching\s+(?:{_SUBJECTS})\b"
    r")(?![\w-])",
    re.IGNORECASE,
)
_GENERIC_TRIGGERS = wordset(
    """teacher teachers teaching ta tas lead leader leaders coordinator co ordinator tutor
    tutors head governor cook secretary nurse librarian caretaker business receptionist
    counsellor chaplain administrator office lsa lsas hlta hltas nqt nqts ect ects senco
    sencos assistant assistants teach"""
)
# Ambiguous titles a profile field may hold without school words: the field is the context.
_PROFILE_OK = wordset(
    """teacher ta ect ect1 ect2 nqt rqt hlta lsa tla senco sendco dsl ddsl slt dht aht headteacher
    principal deputy probationer supply cover supervisor mentor tutor governor elsa msa mmsa eyp"""
)


_NEEDS_ROLE_USE = wordset("head deputy member cook chef secretary tutor")


@cache
def _titles() -> tuple[frozenset[str], frozenset[str]]:
    data = resources.files("auditor.detect.data")
    all_titles = data.joinpath("school_job_titles.txt").read_text("utf-8").splitlines()
    ambiguous = data.joinpath("school_job_titles_ambiguous.txt").read_text("utf-8").splitlines()
    amb = frozenset(a.strip().casefold() for a in ambiguous if a.strip())
    return frozenset(t.strip() for t in all_titles if t.strip()), amb


@register
class JobTitleDetector(Detector):
    name = "job_title"
    kinds = (EvidenceKind.JOB_TITLE,)
    version = "3"

    def setup(self, ctx: DetectionContext) -> None:
        titles, self._ambiguous = _titles()
        self._matcher = PhraseMatcher([*titles, *ctx.roles])
        self._roles = frozenset(r.casefold() for r in ctx.roles)
        self._school = ctx.school

    def detect(self, item: Item, text: str) -> list[Evidence]:
        hits: list[tuple[int, int, str, float, str]] = []
        context: float | None = None
        for hit in self._matcher.finditer(text):
            key = hit.phrase.casefold()
            if key in self._roles:
                hits.append(
                    (hit.start, hit.end, hit.text, 0.95, "one of your roles in the profile")
                )
                continue
            if key in self._ambiguous:
                if context is None:
                    context = max(
                        school_context_score(text), 0.8 if self._school.finditer(text) else 0.0
                    )
                if item.is_own_profile and key in _PROFILE_OK:
                    conf = 0.85 if context >= 0.6 else 0.75
                elif context >= 0.6 or (context > 0 and key in _PROFILE_OK):
                    conf = 0.7
                else:
                    continue
                if key in _NEEDS_ROLE_USE and not _head_like_ok(text, hit.start, hit.end):
                    continue
                hits.append(
                    (
                        hit.start,
                        hit.end,
                        hit.text,
                        conf,
                        f"school job title '{hit.phrase}' with school context",
                    )
                )
            else:
                hits.append((hit.start, hit.end, hit.text, 0.9, f"school job title '{hit.phrase}'"))
        for m in _GENERIC.finditer(text) if words_of(text) & _GENERIC_TRIGGERS else ():
            hits.append((m.start(), m.end(), m.group(0), 0.85, "a school job title"))
        out = []
        for start, end, t, conf, reason in _longest(hits):
            out.append(
                self.evidence(
                    kind=EvidenceKind.JOB_TITLE,
                    text=t,
                    start=start,
                    end=end,
                    confidence=conf,
                    reason=reason,
                )
            )
        return out


def _head_like_ok(text: str, start: int, end: int) -> bool:
    """ "The Head wants…" is a role; "banged my head", "head over heels" are not."""
    before = text[max(0, start - 12) : start].casefold()
    after = text[end : end + 12].casefold()
    if re.search(r"(?:my|his|her|your|their|a)\s+$", before) and not text[start].isupper():
        return False
    if re.match(r"\s*(?:over|of|torch|chef|start|to|on|and shoulders|back|out|up)\b", after):
        return False
    return text[start].isupper() or bool(re.search(r"\bthe\s+$", before))


def _longest(
    hits: list[tuple[int, int, str, float, str]],
) -> list[tuple[int, int, str, float, str]]:
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0]), -h[3]))
    out: list[tuple[int, int, str, float, str]] = []
    for h in hits:
        if out and h[0] < out[-1][1]:
            continue
        out.append(h)
    return out
