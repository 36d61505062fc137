"""pupil_name and pupil_connection: the pupils on the school's list.

pupil_name: full names (any case, possessive), first names and nicknames alone (capitalised, or
lowercase when the name is not also a word), and full names squashed into hashtags and
usernames. A first name followed by another surname ("Harry Kane") or after a title ("Prince
Harry") is someone else. Names that are words (Grace, Hope, Summer, Poppy…) count only where the
text uses them as a person: a verb or possessive after them, "well done" or "and Lily" before,
or — when the model is installed — the model calling them a PERSON.

pupil_connection: a friend, follower or message participant whose name or username spells a
pupil's full name. Evidence from here is marked sensitive, and reasons never quote a name.
"""

from __future__ import annotations

import re

from auditor.detect.context import DetectionContext
from auditor.detect.detector import Detector, Entity, register
from auditor.detect.lexicon import (
    HONORIFICS,
    PARENT_OF,
    WORD_NAMES,
    school_context_score,
    words_of,
)
from auditor.detect.names import PupilIndex
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.item import Item, ItemKind

_VERBS = (
    r"was|is|has|had|did|does|got|gets|won|wins|read|reads|scored|sang|made|makes|helped|wrote|"
    r"painted|lost|ran|brought|finished|came|asked|told|said|kept|loves?|loved|gave|drew|built|"
    r"organised|tried|went|will|can|could|would|needs|wants|finally|always|never|just|"
    r"mastered|counted|learnt|learned|stole|played|danced|cried|laughed|smiled|tidied|hugged|saw|"
    r"sat|wore|joined|started|showed|shared|knew|became|caught|climbed|swam|baked|fell|fed|"
    r"looked|passed|reached|earned|received|talked|spoke|performed|presented|led|chose"
)
_PERSON_AFTER = re.compile(
    rf"^(?i:['’]s\b|\s+(?:{_VERBS})\b|\s+(?:and|&)\s+(?-i:[A-Z][a-z]+)|\s+in\s+(?:year|yr|y\d|class|"
    r"reception|nursery|my|our|\d)|\s+from\s+(?:year|my|our|class|reception)|,?\s+(?:aged?)\s+\d"
    r"|\s*[!,]\s*(?:you|she|her|well|great|what)\b)",
)
_PERSON_BEFORE = re.compile(
    r"(?:well done|congrats|congratulations|thanks|thank you|shout ?out|good luck|"
    r"happy birthday|bye|hi|hello|hey|dear|love,?|with|and|&|to|tell|ask|proud of|"
    r"star of the week:?|superstar:?|hero(?: today)?:)\s+$",
    re.IGNORECASE,
)
_WORD_USE_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|this|that|these|those|my|your|his|her|its|their|amazing|red|of|sweet|"
    r"summer|spring|winter|autumn|lily|poppy|daisy|ruby|some|any|no|full of)\s+)$",
    re.IGNORECASE,
)
_FAMILY_BEFORE = re.compile(
    r"\bmy\s+(?:son|daughter|nephew|niece|grandson|granddaughter|boy|girl|little one|friend|"
    r"cousin|neighbour|husband|wife|partner|brother|sister|dad|mum)\s+$",
    re.IGNORECASE,
)
_PARENT_OF_BEFORE = re.compile(PARENT_OF, re.IGNORECASE)
# "the Bhatti family", "the Okonkwo twins": a family named by a pupil's surname.
_FAMILY_BY_SURNAME = re.compile(
    r"\b[Tt]he ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)s? (?:family|families|twins|boys|girls|kids|children)\b"
)
_ON_POST_OF = re.compile(
    r"\bon ([A-Z][\w\-]+(?: [A-Z][\w\-]+)+)['’]s? (?:post|photo|video|status|comment|reel)\b"
)
_NAMED_BEFORE = re.compile(r"\b(?:named|called|nicknamed)\s+(?:him|her|it|them|the \w+)\s+$", re.I)
_PARENT_AFTER = re.compile(
    r"^['’]s\s+(?:mum|mam|mom|dad|mummy|daddy|parents|carer|nan|gran)\b", re.I
)
_PUPIL_INTRO = re.compile(
    r"\b(?:it['’]?s|its|this is|i['’]?m|im)\s+[A-Za-z][a-z]+\s+(?:from|in)\s+"
    r"(?:(?:year|yr|y)\s?\d{1,2}\w?|\d{1,2}[A-Za-z]{1,2}\b|your (?:class|form|tutor group)|"
    r"(?:class|form)\s+\w+|reception)(?!['’]s)",  # not "it's Jo from 3B's mum"
    re.IGNORECASE,
)
# "miss can u send the homework sheet i lost it", "sir can i still come to training": a
# pupil calls the member of staff sir or miss and asks about their own school things (a parent
# writes about the child: "Hi Miss, Jack forgot his homework").
_PUPIL_ASKS = re.compile(
    r"^(?:hi+|hiya|hey|hello|sorry)?[ ,!]*(?:sir|miss|mr \w+|mrs \w+|ms \w+)\b[ ,!.]*"
    r"(?:.{0,60}?\b(?:i|im|i['’]m|my)\b.{0,60}?\b(?:homework|detention|lesson|class|test|"
    r"exam|coursework|training|kit|form|trip|teacher|club|practice|rehearsal|match|expedition|"
    r"school)\b"
    r"|(?:can|could|do|did|will|are|r) (?:u|you|i)\b.{0,60}?\b(?:homework|detention|lesson|"
    r"test|exam|coursework|training|kit|trip|tomorrow|tmrw|2moro)\b)",
    re.IGNORECASE,
)
_HASHTAG = re.compile(r"(?<![\w#])#[A-Za-z][A-Za-z0-9]{3,}")
_CAMEL = re.compile(r"[A-Z][a-z]+|[a-z]+")
_TAG_CUE = re.compile(
    r"^(?:welldone|congrats|congratulations|proudof|soproudof|goodluck|happybirthday|"
    r"starofthe(?:week|day)|shoutout|thankyou|goteam|bravo)"
)
_NEXT_WORD = re.compile(r"^(?:['’]s)?[ \t]+([A-Z][\w'’\-]*)")
_TOKEN = re.compile(r"(?<![\w@#.])[#@]?[A-Za-z][\w.]*[A-Za-z0-9_]")


@register
class PupilNameDetector(Detector):
    name = "pupil_name"
    kinds = (EvidenceKind.PUPIL_NAME, EvidenceKind.PUPIL_CONNECTION)
    version = "7"

    def setup(self, ctx: DetectionContext) -> None:
        self._pupils: PupilIndex = ctx.pupils

    # -- connections ----------------------------------------------------------------------
    def _connections(self, item: Item) -> list[Evidence]:
        out = []
        values: list[tuple[str, bool]] = []
        if item.kind == ItemKind.CONNECTION:
            values = [(item.text, True), *((p, False) for p in item.people)]
        elif item.kind == ItemKind.MESSAGE:
            values = [(v, False) for v in (item.title, item.author, *item.people) if v]
        seen: set[str] = set()
        for value, in_text in values:
            if value in seen or not value.strip():
                continue
            seen.add(value)
            if self._own(value):
                continue
            if self._pupils.username_match(value) is None:
                continue
            start, end = (0, len(item.text)) if in_text and item.text == value else (0, 0)
            where = (
                "a friend, follower or account you follow"
                if item.kind == ItemKind.CONNECTION
                else "a participant of this conversation"
            )
            out.append(
                self.evidence(
                    kind=EvidenceKind.PUPIL_CONNECTION,
                    text=value,
                    start=start,
                    end=end,
                    confidence=0.9,
                    reason=f"{where} has the full name of a pupil on your list",
                    sensitive=True,
                )
            )
        return out

    def _writes_as_pupil(self, item: Item, text: str) -> list[Evidence]:
        """A message in which the other person says who they are as a pupil does: "sir its
        kai from 8R", "hi miss it's Amelia from Year 5": contact with a pupil (6.7), on the
        list or not."""
        if item.kind != ItemKind.MESSAGE or not item.author or self._own(item.author):
            return []
        m = _PUPIL_INTRO.search(text[:200])
        if m is None:
            m = _PUPIL_ASKS.search(text[:200])
        if m is None:
            return []
        return [
            self.evidence(
                kind=EvidenceKind.PUPIL_CONNECTION,
                text=m.group(0),
                start=m.start(),
                end=m.end(),
                confidence=0.8,
                reason="the other person says they are a pupil (their name and their class)",
                sensitive=True,
            )
        ]

    def _tagged(self, item: Item) -> list[Evidence]:
        """People tagged in a post or photo whose name spells a pupil's full name."""
        tags = [*item.people, *(item.media.people if item.media else [])]
        out = []
        for tag in dict.fromkeys(tags):
            if self._own(tag) or self._pupils.username_match(tag) is None:
                continue
            out.append(
                self.evidence(
                    kind=EvidenceKind.PUPIL_NAME,
                    text=tag,
                    start=0,
                    end=0,
                    confidence=0.9,
                    reason="a pupil on your list is tagged in it",
                    sensitive=True,
                )
            )
        return out

    def _family_of(self, item: Item, first: str) -> bool:
        """A message in a conversation (or a reply) with someone who has the surname of the
        pupil of that first name: their parent or carer ("Alfie had a tough day" to Kerry
        Turner)."""
        if item.kind not in (ItemKind.MESSAGE, ItemKind.COMMENT):
            return False
        for person in (item.title, item.author, *item.people):
            words = (person or "").split()
            if (
                len(words) >= 2
                and not self._own(person or "")
                and self._pupils.surname_of(first, words[-1].strip(".,()"))
            ):
                return True
            # A comment on the post of someone with the pupil's surname ("… commented on Lisa
            # Pickup's post."): the pupil's parent.
            owner = _ON_POST_OF.search(person or "")
            if owner and self._pupils.surname_of(first, owner.group(1).split()[-1]):
                return True
            # A reply to a handle that carries the pupil's surname (@sarah_lloyd77 for Harvey
            # Lloyd's mother): the name split on the handle's separators.
            if person and person.startswith("@") and len(words) == 1:
                parts = [p for p in re.split(r"[._\-\d]+", person[1:]) if len(p) > 2]
                if any(self._pupils.surname_of(first, p) for p in parts[1:]):
                    return True
        return False

    def _own(self, value: str) -> bool:
        return self._pupils.is_own(value)

    # -- names in text --------------------------------------------------------------------
    def detect(self, item: Item, text: str) -> list[Evidence]:
        if not self._pupils:
            return []
        out = self._connections(item)
        if not out and text:
            out.extend(self._writes_as_pupil(item, text))
        if item.kind not in (ItemKind.CONNECTION, ItemKind.MESSAGE):
            out.extend(self._tagged(item))
        if item.kind == ItemKind.CONNECTION or not text:
            return out
        spans: list[tuple[int, int, float, str]] = []
        ctx = school_context_score(text)
        p = self._pupils
        if p.full_re is not None and words_of(text) & p.first_keys:
            for m in p.full_re.finditer(text):
                if self._own(m.group(0)):
                    continue
                spans.append((m.start(), m.end(), 0.97, "the full name of a pupil on your list"))
        if p.first_re is not None and words_of(text) & p.first_keys:
            for m in p.first_re.finditer(text):
                if any(s <= m.start() < e for s, e, _, _ in spans):
                    continue
                judged = self._first_name(text, m.start(), m.end(), ctx)
                if judged is not None:
                    if judged[0] < 0.9 and self._family_of(item, m.group(0)):
                        judged = (0.9, "a pupil's first name, in a conversation with their family")
                    spans.append((m.start(), m.end(), *judged))
        for m in _TOKEN.finditer(text) if p.squashed_anywhere(text) else ():
            tok = m.group(0)
            if any(s <= m.start() < e for s, e, _, _ in spans):
                continue
            handle = tok[0] in "#@" or re.search(r"[_.\d]|[a-z][A-Z]", tok)
            if (handle or tok.islower()) and (
                p.squashed_in(tok) or (tok.islower() and p.username_match(tok) is not None)
            ):
                spans.append(
                    (m.start(), m.end(), 0.85, "a pupil's full name in a hashtag or username")
                )
        if "#" in text:
            spans.extend(self._hashtag_firsts(text, spans, ctx))
        for m in _FAMILY_BY_SURNAME.finditer(text) if self._pupils.surnames else ():
            if m.group(1).casefold() in self._pupils.surnames and not self._pupils.is_own_last(
                m.group(1)
            ):
                spans.append((m.start(), m.end(), 0.8, "a pupil's family, by their surname"))
        for start, end, conf, reason in sorted(spans):
            out.append(
                self.evidence(
                    kind=EvidenceKind.PUPIL_NAME,
                    text=text[start:end],
                    start=start,
                    end=end,
                    confidence=conf,
                    reason=reason,
                    sensitive=True,
                )
            )
        return out

    def _hashtag_firsts(
        self, text: str, taken: list[tuple[int, int, float, str]], ctx: float
    ) -> list[tuple[int, int, float, str]]:
        """A first name or nickname inside a CamelCase hashtag ("#WellDoneSasha",
        "#StarOfTheWeekAlfie"): a pupil after a praise word, or with school words near."""
        out = []
        for m in _HASHTAG.finditer(text):
            if any(s <= m.start() < e for s, e, _, _ in taken):
                continue
            words = _CAMEL.findall(m.group(0)[1:])
            if len(words) < 2:
                continue
            cue = bool(_TAG_CUE.match("".join(words).casefold()))
            for w in words:
                key = w.casefold()
                if (
                    key not in self._pupils.firsts
                    or key in WORD_NAMES
                    or self._pupils.is_own_first(key)
                ):
                    continue
                if ctx >= 0.5:
                    out.append(
                        (
                            m.start(),
                            m.end(),
                            0.85,
                            "a pupil's first name in a hashtag, with school words nearby",
                        )
                    )
                elif cue and key in self._pupils.listed_firsts:
                    out.append(
                        (m.start(), m.end(), 0.8, "a pupil's first name in a hashtag of praise")
                    )
                break
        return out

    def _first_name(self, text: str, start: int, end: int, ctx: float) -> tuple[float, str] | None:
        word = text[start:end]
        key = word.casefold()
        after = text[end : end + 40]
        before = text[max(0, start - 40) : start]
        caps = word[0].isupper()
        shouting = word.isupper() and len(word) > 1
        if self._pupils.is_own_first(key):
            return None
        if _PARENT_OF_BEFORE.search(before):
            return None  # "dad to Sam", "mum of Ella & Sam": the user's own children
        if _NAMED_BEFORE.search(before):
            return None  # "the kids have named him Reggie": a pet, a toy, a hedgehog
        prev = re.search(r"([A-Za-z]+)\.?\s+$", before)
        if prev and prev.group(1).casefold() in HONORIFICS and prev.group(1)[0].isupper():
            return None  # Prince Harry, Mrs Grace
        nxt = _NEXT_WORD.match(after)
        if nxt and not shouting and not text.isupper():
            surname = nxt.group(1).rstrip("'’s")
            if not self._pupils.surname_of(word, surname) and surname.casefold() not in (
                "in",
                "and",
                "from",
                "is",
                "was",
                "has",
                "had",
                "i",
                "you",
            ):
                return None  # another person: Harry Kane, Alfie Smith
        if key not in self._pupils.listed_firsts and ctx < 0.5:
            return None  # a nickname alone ("Ollie") is a pupil only with school words near
        if _PARENT_AFTER.match(after) and caps:
            return 0.85, "a pupil's first name, with their parent (\"…'s mum\")"
        word_name = key in WORD_NAMES
        if word_name:
            if not (caps or shouting):
                return None
            if _WORD_USE_BEFORE.search(before):
                return None
            if not (_PERSON_AFTER.match(after) or _PERSON_BEFORE.search(before)):
                return None
            conf = 0.85 if ctx >= 0.6 else 0.7
            return conf, "a pupil's first name, used as a person's name"
        if not (caps or shouting):
            if not key.isalpha():
                return None
            conf = 0.8 if ctx >= 0.6 else 0.65
            return conf, "a pupil's first name (written in lower case)"
        if _FAMILY_BEFORE.search(before):
            return 0.45, "a pupil's first name (but it may be your own family or friend)"
        if ctx >= 0.8:
            return 0.9, "a pupil's first name, with school words nearby"
        if ctx >= 0.5:
            return 0.85, "a pupil's first name, with school words nearby"
        return 0.75, "a pupil's first name"

    # -- the model: word-names used as people ---------------------------------------------
    def wants_entities(self, item: Item, text: str, found: list[Evidence]) -> bool:
        if not self._pupils or item.kind == ItemKind.CONNECTION or self._pupils.first_re is None:
            return False
        for m in self._pupils.first_re.finditer(text):
            w = m.group(0)
            if (
                w.casefold() in WORD_NAMES
                and w[0].isupper()
                and school_context_score(text) >= 0.5
                and not any(
                    e.start <= m.start() < e.end for e in found if e.kind == EvidenceKind.PUPIL_NAME
                )
            ):
                return True
        return False

    def with_entities(
        self, item: Item, text: str, found: list[Evidence], entities: list[Entity]
    ) -> list[Evidence]:
        out: list[Evidence] = []
        persons = [(s, e) for s, e, label in entities if label == "PERSON"]
        # A word-name with no school words around it is too weak even when the model says PERSON
        # ("Jack up the car", a band called "Lily and the Jets").
        if not persons or self._pupils.first_re is None or school_context_score(text) < 0.5:
            return out
        for m in self._pupils.first_re.finditer(text):
            w = m.group(0)
            if w.casefold() not in WORD_NAMES or not w[0].isupper():
                continue
            if any(
                e.start <= m.start() < e.end for e in found if e.kind == EvidenceKind.PUPIL_NAME
            ):
                continue
            for s, e in persons:
                if s <= m.start() and m.end() <= e and e - s <= len(w) + 3:
                    if _WORD_USE_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
                        break
                    out.append(
                        self.evidence(
                            kind=EvidenceKind.PUPIL_NAME,
                            text=w,
                            start=m.start(),
                            end=m.end(),
                            confidence=0.7,
                            reason="a pupil's first name, which the language model reads as a person",
                            sensitive=True,
                        )
                    )
                    break
        return out
