"""child_name and person_name: people who are not on the pupil list.

child_name: a first name that is plainly a pupil or child at school: "Kyle in 10B", "our little
superstar Maisie in reception", "a pupil called Ethan", "Star of the week: Sophia". The rule pass
takes capitalised words from the UK school-age first-name list; the statistical model, where
installed and where the text has school words, adds names the list lacks (as PERSON entities)
in the same child patterns. The user's own children ("my daughter Ava") are not pupils.

person_name: other people (colleagues, parents): "Mrs Patel", a first name from the list with
a capitalised surname, and the model's PERSON entities. Pupils and the user never count here.
"""

from __future__ import annotations

import re

from auditor.detect.context import DetectionContext
from auditor.detect.detector import Detector, Entity, register
from auditor.detect.lexicon import (
    HONORIFICS,
    PARENT_OF,
    WORD_NAMES,
    first_names,
    school_context_score,
)
from auditor.detect.names import PupilIndex
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.item import Item, ItemKind

_YEAR = r"(?:year|yr|y)\s?\d{1,2}"
_CHILD_AFTER = re.compile(
    rf"^(?:['’]s)?(?:\s*,?\s*\(?(?:in|from)\s+(?:{_YEAR}|reception|nursery|my\s+(?:{_YEAR}\s+)?"
    rf"(?:class|form(?: group)?|year \d+ class)|our class|class\s+\w+|(?-i:\d{{1,2}}[A-Z])\b)"
    rf"|\s*\(\s*{_YEAR}\s*\)|,?\s+aged?\s+\d|,\s+(?:one of my|a pupil|a year)|,\s+\d{{1,2}},"
    rf"|\s+(?:in|from)\s+my\s+(?:{_YEAR}\s+)?class)",
    re.IGNORECASE,
)
_CHILD_BEFORE = re.compile(
    r"(?:(?:pupil|boy|girl|student|child|starter|new (?:boy|girl|starter))\s+(?:called\s+|named\s+)?"
    r"|star of the (?:week|day)(?: goes to)?:?\s+|superstar of the day:?\s+|pupil of the week is\s+"
    rf"|{_YEAR}\s+(?:pupil|boy|girl)\s+(?:called\s+)?|the girl in my class,\s+|the boy in my class,\s+"
    r"|reception['’]s\s+|sits next to\s+|year \d+ leavers:.{0,20}|my class,\s+)$",
    re.IGNORECASE,
)
_SCHOOL_CUE_BEFORE = re.compile(
    r"(?:well done|congratulations|congrats|good luck(?: in your sats)?|proud of|loved watching|"
    r"our little (?:superstar|star)|little|our (?:little )?star|welcomed)(?:\s+to)?\s+$",
    re.IGNORECASE,
)
_FAMILY_BEFORE = re.compile(
    r"\b(?:my|our)\s+(?:son|daughter|nephew|niece|grandson|granddaughter|boy|girl|little one|"
    r"friend['’]?s?(?: little)?(?: boy| girl)?|cousin|neighbour|husband|wife|partner|brother|"
    r"sister|dad|mum|puppy|dog|cat|parrot|tortoise)\s+$"
    rf"|{PARENT_OF}",  # "dad to Sam": the user's own children
    re.IGNORECASE,
)
_LIST_NEXT = re.compile(r"^\s*(?:,|and|&)\s*(?:and\s+)?([A-Z][a-z]+)\b")
_CAP = re.compile(r"(?<![\w@#'’.\-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w\-])")
_CAP_RUN = re.compile(
    r"(?<![\w@#'’.\-])([A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)?(?![\w\-])"
)
_HONORIFIC_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+([A-Z][a-z]+(?:[\-'][A-Z][a-z]+)?)")
_PET_AFTER = re.compile(r"^\s+the\s+(?:cat|dog|puppy|tortoise|parrot|hamster|rabbit)\b", re.I)


@register
class PeopleDetector(Detector):
    name = "people"
    kinds = (EvidenceKind.CHILD_NAME, EvidenceKind.PERSON_NAME)
    version = "3"

    def setup(self, ctx: DetectionContext) -> None:
        self._pupils: PupilIndex = ctx.pupils
        self._names = first_names()

    def _excluded(self, word: str) -> bool:
        key = word.casefold()
        return key in self._pupils.firsts or self._pupils.is_own_first(key) or key in HONORIFICS

    def _child_cue(self, text: str, start: int, end: int, ctx: float) -> bool:
        before = text[max(0, start - 45) : start]
        after = text[end : end + 45]
        if _FAMILY_BEFORE.search(before) or _PET_AFTER.match(after):
            return False
        if _CHILD_AFTER.match(after) or _CHILD_BEFORE.search(before):
            return True
        return ctx >= 0.6 and bool(_SCHOOL_CUE_BEFORE.search(before))

    def detect(self, item: Item, text: str) -> list[Evidence]:
        if not text or item.kind == ItemKind.CONNECTION:
            return []
        out: list[Evidence] = []
        ctx = school_context_score(text)
        taken: list[tuple[int, int]] = []
        if ctx > 0 or "pupil" in text.casefold() or "little" in text.casefold():
            for m in _CAP.finditer(text):
                w = m.group(0)
                key = w.casefold()
                if key not in self._names or self._excluded(w):
                    continue
                if key in WORD_NAMES and not _CHILD_AFTER.match(text[m.end() : m.end() + 45]):
                    continue  # "Mason jars"; but "Mason in my class" is a child
                if any(s <= m.start() < e for s, e in taken):
                    continue
                nxt = re.match(
                    r"^\s+([A-Z][a-z]+(?:[\-'’][A-Z][a-z]+)?)\b", text[m.end() : m.end() + 30]
                )
                if nxt and nxt.group(1).casefold() not in ("in", "from"):
                    end = m.end() + nxt.end()
                    if self._child_cue(text, m.start(), end, ctx):
                        out.append(self._child(text, m.start(), end, ctx, "school words around it"))
                        taken.append((m.start(), end))
                    continue  # otherwise a full name of someone, not plainly a child
                if self._child_cue(text, m.start(), m.end(), ctx):
                    out.append(self._child(text, m.start(), m.end(), ctx, "school words around it"))
                    taken.append((m.start(), m.end()))
                    out.extend(self._list_after(text, m.end(), taken, ctx))
        for m in _HONORIFIC_NAME.finditer(text):
            surname = m.group(1).casefold()
            if self._pupils.is_own_last(surname) or surname in self._pupils.surnames:
                continue
            out.append(
                self.evidence(
                    kind=EvidenceKind.PERSON_NAME,
                    text=m.group(0),
                    start=m.start(),
                    end=m.end(),
                    confidence=0.75,
                    reason="a person's name with a title",
                )
            )
        return out

    def _child(self, text: str, start: int, end: int, ctx: float, why: str) -> Evidence:
        return self.evidence(
            kind=EvidenceKind.CHILD_NAME,
            text=text[start:end],
            start=start,
            end=end,
            confidence=0.85 if ctx >= 0.8 else 0.8,
            reason=f"a child's first name, not on your pupil list, with {why}",
            sensitive=True,
        )

    def _list_after(
        self, text: str, pos: int, taken: list[tuple[int, int]], ctx: float
    ) -> list[Evidence]:
        out: list[Evidence] = []
        while True:
            m = _LIST_NEXT.match(text[pos : pos + 30])
            if not m:
                return out
            s, e = pos + m.start(1), pos + m.end(1)
            if m.group(1).casefold() not in self._names or self._excluded(m.group(1)):
                return out
            out.append(self._child(text, s, e, ctx, "school words around it"))
            taken.append((s, e))
            pos = e

    # -- the model ------------------------------------------------------------------------
    def wants_entities(self, item: Item, text: str, found: list[Evidence]) -> bool:
        """Only where the model's PERSON can change a finding: a capitalised word the name list
        lacks in a child pattern (a child_name), or a confidential school matter (where a
        person's name is shown with the finding)."""
        if item.kind == ItemKind.CONNECTION or not text:
            return False
        ctx = school_context_score(text)
        if ctx < 0.5:
            return False
        if any(e.kind == EvidenceKind.CONFIDENTIAL_TOPIC and e.confidence >= 0.65 for e in found):
            return True
        for m in _CAP_RUN.finditer(text):
            first = m.group(1)
            if first.casefold() in self._names or self._excluded(first):
                continue
            if self._child_cue(text, m.start(), m.end(), ctx):
                return True
        return False

    def with_entities(
        self, item: Item, text: str, found: list[Evidence], entities: list[Entity]
    ) -> list[Evidence]:
        out: list[Evidence] = []
        ctx = school_context_score(text)
        known = [
            (e.start, e.end)
            for e in found
            if e.kind
            in (
                EvidenceKind.PUPIL_NAME,
                EvidenceKind.CHILD_NAME,
                EvidenceKind.PERSON_NAME,
                EvidenceKind.SCHOOL_NAME,
                EvidenceKind.JOB_TITLE,
                EvidenceKind.HOME_ADDRESS,
            )
        ]
        for s, e, label in entities:
            if label != "PERSON":
                continue
            if any(a < e and s < b for a, b in known):
                continue
            span = text[s:e]
            words = span.split()
            if not words or not words[0][:1].isupper():
                continue
            if any(self._excluded(w) for w in words[:1]) or self._pupils.is_own(span):
                continue
            if words[0].casefold() in WORD_NAMES:
                continue
            if len(words) <= 3 and self._child_cue(text, s, e, ctx):
                out.append(self._child(text, s, e, ctx, "school words (language model)"))
            else:
                out.append(
                    self.evidence(
                        kind=EvidenceKind.PERSON_NAME,
                        text=span,
                        start=s,
                        end=e,
                        confidence=0.7,
                        reason="a person's name (language model)",
                    )
                )
        return out
