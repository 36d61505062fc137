"""Context signals the rules combine with the other kinds.

- school_context: school words ("my class", "Year 4", "pupils", "parents' evening", "Ofsted").
- negative_remark: derogatory words about people ("lazy", "nightmare parents", "useless head"),
  with modest confidence (clauses 6.13/6.14).
- confidential_topic: SEN/EHCP, safeguarding, exclusions, social services, staff discipline
  (clauses 6.20/6.21).
- school_group: a group or thread name that is an unofficial school group: PTA, "class
  parents", "Year 4 mums", the school's name with a group word (clause 9.1).
"""

from __future__ import annotations

import re

from auditor.detect.context import DetectionContext
from auditor.detect.detector import Detector, register
from auditor.detect.lexicon import school_context_score, school_words, words_of, wordset
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.item import Item, ItemKind

_TARGET = (
    r"(?:parents?|mums?|dads?|kids|children|pupils?|class|year \d+s?|head(?:teacher)?|"
    r"deputy|slt|management|governors?|colleagues?|staff|ta|tas|teachers?|senco|boss|"
    r"school|trust|academy|ofsted|inspector|students?|families|brats?|child)"
)
# Targets that are the school's own people whatever else the text says.
_SCHOOL_TARGET = re.compile(
    r"\b(?:slt|smt|senco|headteacher|head teacher|deputy head|governors?|pupils?|ofsted|"
    r"year \d+s?|my class|the kids at (?:work|school)|kids at (?:work|school)|my ta|our ta|"
    r"the tas|staff ?room)\b",
    re.IGNORECASE,
)
_OWN_FAMILY = re.compile(
    r"\b(?:my|our) (?:own )?(?:kids|children|boys|girls|son|daughter|husband|wife|partner|"
    r"fella|other half|family|mum|dad|brother|sister|dog|cat)\b",
    re.IGNORECASE,
)
_INSULT = (
    r"lazy|useless|idiots?|idiotic|stupid|thick|nightmare|hopeless|pathetic|vile|rude|brats?|"
    r"feral|spoilt|spoiled|entitled|clueless|incompetent|morons?|dumb|dim|gobby|horrible|"
    r"obnoxious|muppets?|numpties|numpty|awful|disgrace(?:ful)?|joke|waste of space|scum|"
    r"animals|vermin|little (?:sods?|sh\*?[i!1]ts?|horrors?|monsters?)|sh\*?[i!1]te?|crap|"
    r"rubbish|terrible|dreadful|liars?|two[- ]faced|snakes?|jobsworths?|cretins?|losers?|"
    r"thugs?|psycho|deranged|ignorant|arrogant|bullies|bully|worst|dread|so-and-so"
)
# Put-downs people write without an insult word: "couldn't organise a bake sale in a bakery",
# "couldn't run a bath", "a total clown", "need a parenting course".
_IDIOM = re.compile(
    r"\bcould(?:n['’]?t| not) (?:organi[sz]e|run|plan|manage|find|lead|arrange) (?:a|an|the)"
    r" [\w\- ]{2,30}?(?: in (?:a|an|the) [\w\-]+|\b(?=[.!?,;]|$))"
    r"|\b(?:a|an|such an?) (?:total |complete |absolute |utter |right |proper )?"
    r"(?:clown|clowns|shambles|liability|joke of a \w+)\b"
    r"|\bneeds? (?:a )?parenting (?:course|class|classes|lessons)\b"
    r"|\b(?:full of|nest of|bunch of|load of|pack of) (?:snakes|idiots|muppets|clowns|"
    r"jobsworths|numpties|liars|sheep|brats)\b"
    r"|\b(?:no|not a) (?:idea|clue) what (?:they|he|she|we)(?:['’]re| are|['’]s| is) doing\b"
    r"|\bdriving me (?:up the wall|mad|insane|round the bend|to drink)\b"
    r"|\b(?:miserable|lazy|useless|nosy|smug) (?:cow|git|sod|lot|bunch|mare|so-and-so)\b"
    r"|\blike a (?:circus|zoo|madhouse|joke|clown show)\b"
    r"|\bout of (?:her|his|their|its) depth\b"
    r"|\b(?:their|her|his) precious (?:little )?(?:angels?|darlings?|princes?|princess(?:es)?)\b"
    r"|\bthinks? (?:a|an|that) [\w\- ]{2,30}? counts as\b",
    re.IGNORECASE,
)
_NEGATIVE = re.compile(
    rf"\b(?:(?:{_INSULT})\s+(?:\w+\s+)?{_TARGET}\b|{_TARGET}\s+(?:(?:is|are|was|were)\s+)?"
    rf"(?:so\s+|such\s+(?:an?\s+)?|a\s+|an\s+|total\s+|absolute\s+|complete\s+)*(?:{_INSULT})\b"
    rf"|can['’]?t stand (?:my |the |our )?{_TARGET}|hate (?:my |the |our |this )?{_TARGET}"
    rf"|(?:{_INSULT})\b)",
    re.IGNORECASE,
)
# The rarest word of each confidential phrase: no regex runs on a text that has none of them.
_TOPIC_TRIGGERS = wordset(
    """ehcp ehc safeguarding cp protection social worker excluded exclusion expelled exclu
    suspended suspension lado disciplinary capability grievance misconduct tribunal camhs
    looked order need cin mash help prevent harm allegation referral sectioned involved
    domestic neglect fgm register cpoms myconcern dsl tac core strategy s47 47 sen send senco
    statement statemented adhd autism autistic asd dyslexia dyslexic premium meals fsm foster
    fostered fostering care medical diagnosis diagnosed restructure redundancy redundancies
    sick sickness signed warning investigation complaint attendance ewo behaviour reduced
    managed isolation social young carer carers suicidal overdose overdosed eating cse fii
    bereaved bereavement counselling counseling prison arrested custody divorce divorcing
    speech psych psychologist assessed anxiety depression medication fighting hitting bullying
    swearing vaping stealing plan interview shortlist shortlisted shortlisting cut cutting
    losing lose cuts deficit ofsted inspection"""
)
_NEGATIVE_TRIGGERS = wordset(
    """lazy useless idiot idiots idiotic stupid thick nightmare hopeless pathetic vile rude brat
    brats feral spoilt spoiled entitled clueless incompetent moron morons dumb dim gobby
    horrible obnoxious muppet muppets numpties numpty awful disgrace disgraceful joke waste
    scum animals vermin sod sods shit shits shite sh crap rubbish terrible dreadful liar liars
    faced snake snakes jobsworth jobsworths cretin cretins loser losers thug thugs psycho
    deranged ignorant arrogant bullies bully worst dread stand hate horrors monsters
    horror monster couldn couldnt could clown clowns shambles liability parenting full nest
    bunch pack idea clue driving miserable nosy smug cow git mare circus zoo madhouse depth
    precious counts"""
)
_STRONG_TOPIC = re.compile(
    # Safeguarding as a subject of staff training or a role is not a matter about a child.
    r"\b(?:ehcp|ehc plan|safeguarding(?!\s+(?:refresher|training|course|update|certificate|"
    r"level\s*\d|policy|module|lead|governor))|cp concern|child protection|social services|"
    r"social workers?|excluded|exclusions?|expelled|permanent(?:ly)? exclu\w+|suspended|suspensions?|"
    r"lado|disciplinary|capability (?:procedure|meeting|plan)|grievance|misconduct|"
    r"tribunal|camhs|looked after child|care order|child in need|\bcin\b|mash referral|"
    r"early help|prevent referral|self[- ]harm\w*|allegations?|referrals?|sectioned|police involved|"
    r"domestic violence|domestic abuse|neglect|fgm|on the register|cpoms|myconcern|"
    r"dsl meeting|tac meeting|core group|strategy meeting|s47|section 47|social care|"
    r"young carers?|suicidal|overdosed?|eating disorder|child sexual|cse|fii|cp plan|"
    # the school's staffing and business (6.20): posts cut, interviews, budgets, inspections
    r"interview panel|shortlist(?:ed|ing)?|(?:cut|cutting|losing|lose)\s+(?:\d+|two|three|four|five|"
    r"our|the)\s+(?:\w+\s+)?(?:posts|jobs|roles)|job cuts|budget cuts|in deficit|deficit budget|"
    r"ofsted (?:call|are (?:in|coming)|inspection|visit)|inspection (?:is|on|next|this|thurs\w*|"
    r"fri\w*|mon\w*|tues\w*|wed\w*)|"
    # a behaviour sanction and what it was for: "in isolation twice this week for fighting"
    r"for (?:fighting|hitting|bullying|swearing|vaping|stealing))\b",
    re.IGNORECASE,
)
_CHILD_MATTER = re.compile(
    r"(?i:ehcp|ehc plan|safeguarding|child protection|cp concern|cp plan|camhs|lado|social services|"
    r"looked after child|child in need|s47|section 47|"
    r"for (?:fighting|hitting|bullying|swearing|vaping|stealing))"
)
_WEAK_TOPIC = re.compile(
    # SEN and SEND as written (capitals): "send" is mostly the verb ("send coffee").
    r"\b(?:(?-i:SEND?)|senco|statement(?:ed)?|adhd|autism|autistic|asd|dyslexi[ac]|"
    r"pupil premium|free school meals|fsm|foster(?:ed|ing)?|in care|medical needs|diagnosis|"
    r"diagnosed|restructure|redundanc(?:y|ies)|sick(?:ness)? absence|signed off|"
    r"on a warning|investigation|complaint|attendance officer|ewo|behaviour plan|"
    r"reduced timetable|managed move|isolation|bereave(?:d|ment)|counsell?ing|in prison|"
    r"arrested|custody|divorc(?:e|ing)|speech and language|ed(?:ucational)? psych\w*|"
    r"assessed for|anxiety|depression|medication)\b",
    re.IGNORECASE,
)
_GROUP_WORDS = re.compile(
    r"\b(?:pta|ptfa|pfa|friends of|parents?|mums?|mams|dads|mums (?:and|&) dads|families|"
    r"parent (?:group|chat|forum)|class (?:reps?|parents)|staff(?:room)?|teachers|tas|"
    r"governors|school run|school gate|playground|helpers|volunteers|reps)\b",
    re.IGNORECASE,
)
# "Hedgehogs parents", "Owls Mums": a one-word name (a class named after an animal or a tree)
# and the parents.
_CLASS_NAME_PARENTS = re.compile(
    r"^\W*(?:the\s+)?[A-Z][a-z]+s?\s+(?:class\s+)?(?:parents?|mums?|mums (?:and|&) dads|families)\b"
)
_CLASS_GROUP = re.compile(
    r"\b(?:(?:year|yr|y)\s?\d{1,2}|reception|nursery|class\s+\w+|\d[A-Z]\b|form\s+\w+|"
    r"ks[1-5]|eyfs)\b",
    re.IGNORECASE,
)


def _ev(
    kind: EvidenceKind, text: str, start: int, end: int, conf: float, reason: str, detector: str
) -> Evidence:
    return Evidence(
        kind=kind,
        text=text[start:end] if end > start else text,
        start=start,
        end=end,
        confidence=conf,
        reason=reason,
        detector=detector,
    )


@register
class ContextSignalsDetector(Detector):
    name = "signals"
    kinds = (
        EvidenceKind.SCHOOL_CONTEXT,
        EvidenceKind.NEGATIVE_REMARK,
        EvidenceKind.CONFIDENTIAL_TOPIC,
        EvidenceKind.SCHOOL_GROUP,
    )
    version = "6"

    def setup(self, ctx: DetectionContext) -> None:
        self._school = ctx.school
        self._pupils = ctx.pupils

    def detect(self, item: Item, text: str) -> list[Evidence]:
        out: list[Evidence] = []
        if text:
            out.extend(self._school_context(text))
            out.extend(self._negative(text))
            out.extend(self._confidential(text))
        if item.kind == ItemKind.GROUP or (item.kind == ItemKind.MESSAGE and item.title):
            out.extend(self._group(item))
        return out

    def _school_context(self, text: str) -> list[Evidence]:
        score = school_context_score(text)
        if score == 0:
            return []
        found = school_words(text, True) or school_words(text, False)
        if not found:
            return []
        m = found[0]
        return [
            _ev(
                EvidenceKind.SCHOOL_CONTEXT,
                text,
                m.start(),
                m.end(),
                score,
                f"school words ('{m.group(0)}')",
                self.name,
            )
        ]

    def _negative(self, text: str) -> list[Evidence]:
        out: list[Evidence] = []
        if not words_of(text) & _NEGATIVE_TRIGGERS and "so-and-so" not in text:
            return out
        ctx = self._about_school(text)
        for m in _IDIOM.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()]
            targeted = bool(re.search(rf"\b{_TARGET}\b", before, re.IGNORECASE))
            conf = 0.75 if targeted or ctx else 0.55
            if _SCHOOL_TARGET.search(before):
                conf = 0.85  # at the school's own people: "our SLT have no idea what …"
            elif _OWN_FAMILY.search(before):
                conf = 0.55  # "my kids are driving me up the wall": the user's own family
            out.append(
                _ev(
                    EvidenceKind.NEGATIVE_REMARK,
                    text,
                    m.start(),
                    m.end(),
                    conf,
                    "a put-down (a derogatory remark without an insult word)",
                    self.name,
                )
            )
        for m in _NEGATIVE.finditer(text):
            if any(e.start <= m.start() < e.end for e in out):
                continue
            targeted = bool(re.search(_TARGET, m.group(0), re.IGNORECASE)) and " " in m.group(0)
            conf = 0.75 if targeted else (0.7 if ctx else 0.55)
            if targeted and _SCHOOL_TARGET.search(m.group(0)):
                conf = 0.85
            out.append(
                _ev(
                    EvidenceKind.NEGATIVE_REMARK,
                    text,
                    m.start(),
                    m.end(),
                    conf,
                    "a derogatory remark about people" if targeted else "a derogatory word",
                    self.name,
                )
            )
        return out

    def _about_school(self, text: str) -> bool:
        """School words, the school's name or a pupil's full name in the text."""
        return (
            school_context_score(text) >= 0.5
            or bool(self._school.finditer(text))
            or bool(self._pupils.full_re and self._pupils.full_re.search(text))
        )

    def _confidential(self, text: str) -> list[Evidence]:
        out: list[Evidence] = []
        if not words_of(text) & _TOPIC_TRIGGERS and "exclu" not in text.casefold():
            return out
        for m in _STRONG_TOPIC.finditer(text):
            # Matters that are about a child by their nature ("a safeguarding referral",
            # "his EHCP", "CAMHS") are school matters even with no school word beside them.
            about_a_child = bool(_CHILD_MATTER.match(m.group(0)))
            out.append(
                _ev(
                    EvidenceKind.CONFIDENTIAL_TOPIC,
                    text,
                    m.start(),
                    m.end(),
                    0.85 if about_a_child else 0.8,
                    f"a confidential school matter ('{m.group(0)}')",
                    self.name,
                )
            )
        ctx: bool | None = None
        for m in _WEAK_TOPIC.finditer(text):
            if any(e.start <= m.start() < e.end for e in out):
                continue
            if ctx is None:
                ctx = self._about_school(text)
            conf = 0.7 if ctx or out else 0.5
            out.append(
                _ev(
                    EvidenceKind.CONFIDENTIAL_TOPIC,
                    text,
                    m.start(),
                    m.end(),
                    conf,
                    f"a possibly confidential matter ('{m.group(0)}')",
                    self.name,
                )
            )
        return out

    def _group(self, item: Item) -> list[Evidence]:
        in_text = item.kind == ItemKind.GROUP and bool(item.text)
        name = item.text if in_text else (item.title or "")
        if not name:
            return []
        school = self._school.finditer(name)
        school = [h for h in school if h.strong or h.form in ("name", "alias", "hashtag")]
        group = _GROUP_WORDS.search(name)
        cls = _CLASS_GROUP.search(name)
        conf = 0.0
        if group and (school or cls):
            conf, reason = 0.9, "a group named after the school, a class or its parents"
        elif group and re.search(r"\b(?:pta|ptfa|pfa|friends of|class reps?)\b", name, re.I):
            conf, reason = 0.8, "a parent-teacher association group"
        elif school and item.kind == ItemKind.GROUP:
            conf, reason = 0.75, "a group named after the school"
        elif _CLASS_NAME_PARENTS.search(name):
            conf, reason = (
                0.75,
                'a parents\' group named after what may be a class ("Owls parents")',
            )
        if conf == 0.0:
            return []
        start, end = (0, len(name)) if in_text else (0, 0)
        return [
            self.evidence(
                kind=EvidenceKind.SCHOOL_GROUP,
                text=name,
                start=start,
                end=end,
                confidence=conf,
                reason=reason,
            )
        ]
