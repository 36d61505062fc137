"""phone and email: personal contact details (NOTES.md §6).

Phones: a candidate regex that needs a UK prefix (+44, 0044, 0) and 10–11 digits with spaces,
hyphens, dots or brackets, then `phonenumbers.is_possible_number` (not `is_valid_number`, which
rejects Ofcom's drama ranges). Dates, scores, sort codes and ISBNs never start like that. The
user's own numbers from the profile, in any spelling, score highest.

Emails: the school's domain (profile email domain or website, or any *.sch.uk) is told apart from
personal addresses in the reason.
"""

from __future__ import annotations

import re

import phonenumbers

from auditor.detect.context import DetectionContext
from auditor.detect.detector import Detector, register
from auditor.detect.lexicon import has_digit
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.item import Item

_PHONE = re.compile(
    r"(?<![\w+/.\-])(?:\+\s?44|0044|44(?=\s?7))\s?(?:\(0\)\s?)?[1-37-9](?:[\s\-.]?\d){8,9}(?![\d\-/])"
    r"|(?<![\w+/.\-])\(?0[1-37-9]\d{1,4}\)?(?:[\s\-.]?\d){5,8}(?![\d\-/])"
)
_NOT_PHONE_BEFORE = re.compile(
    r"(?:serial|ref(?:erence)?|order|account|acc|company|invoice|isbn|number plate|reg|"
    r"tracking|policy|case|no\.?|sort code)\s*(?:number|no\.?|#)?\s*:?\s*$",
    re.IGNORECASE,
)
_EMAIL = re.compile(
    r"(?<![\w.+\-])[A-Za-z0-9][\w.+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}(?![\w\-])"
)
_FILE_EXT = re.compile(r"\.(?:png|jpe?g|gif|webp|svg)$", re.IGNORECASE)


def national_digits(s: str) -> str:
    """The number as national digits, 0-prefixed: '+44 (0)7700 900123' -> '07700900123'."""
    d = re.sub(r"\(0\)", "", s)
    d = re.sub(r"\D", "", d)
    if d.startswith("0044"):
        d = "0" + d[4:]
    elif d.startswith("44") and not s.strip().startswith("0"):
        d = "0" + d[2:]
    return d


# "Call|ring|contact <Business Name> on": a capitalised name that is not "me", "us" or the user.
_BUSINESS_BEFORE = re.compile(
    r"\b(?i:call|ring|phone|contact|try)\s+(?:(?i:them)\s+|(?!me\b|us\b|him\b|her\b)"
    r"(?:[A-Z][\w&'’\-]*\s+){1,4})(?i:on|at)\s*:?\s*$"
    # or a business named in the words before: "Rochdale Tyres were brilliant, ring …"
    r"|\b[A-Z][\w&'’\-]*\s+(?i:tyres|garage|motors|roofing|plumbing|plumbers?|electricals?|"
    r"builders?|bakery|salon|barbers?|cafe|café|takeaway|dental|dentists?|vets?|surgery|"
    r"pharmacy|florists?|joinery|cleaning|removals|taxis?|cabs|kitchens?|windows|glazing|"
    r"carpets|ltd|limited|plc|& sons|services|heating|electrics|restaurant|pub|hotel|inn|"
    r"arms|club|society|rotary|council|surgery|clinic|centre|studio|gym|academy|school)\b"
)
# After the number: "… to book a table", "for bookings", "opening hours …"
_BUSINESS_AFTER = re.compile(
    r"^\W{0,3}(?:to book|for (?:bookings|orders|appointments|enquiries|a quote)|to order|"
    r"opening hours|open (?:mon|tue|wed|thu|fri|sat|sun|daily))",
    re.IGNORECASE,
)
_PERSONAL_MAIL = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "hotmail.com",
        "hotmail.co.uk",
        "outlook.com",
        "live.com",
        "live.co.uk",
        "yahoo.com",
        "yahoo.co.uk",
        "icloud.com",
        "me.com",
        "aol.com",
        "btinternet.com",
        "sky.com",
        "virginmedia.com",
        "protonmail.com",
        "proton.me",
    ]
)
# Organisations' domains: a club's or a charity's address is not the user's own.
_ORG_DOMAIN = re.compile(r"\.(?:org|org\.uk|gov\.uk|nhs\.uk|ac\.uk|charity)$")
# Mailboxes of a business or an organisation, not a person's: "hello@", "orders@".
_ROLE_MAILBOX = re.compile(
    r"^(?:hello|info|orders?|sales|enquiries|enquiry|contact|bookings?|admin|office|support|"
    r"team|help|shop|accounts|reception|studio|events|press|hi)@",
    re.IGNORECASE,
)


@register
class ContactDetector(Detector):
    name = "contact"
    kinds = (EvidenceKind.PHONE, EvidenceKind.EMAIL)
    version = "4"

    def setup(self, ctx: DetectionContext) -> None:
        you = ctx.profile.you
        self._own_phones = {national_digits(p) for p in you.phones}
        self._own_emails = {e.strip().casefold() for e in you.emails}
        self._school = ctx.school

    def detect(self, item: Item, text: str) -> list[Evidence]:
        out: list[Evidence] = []
        if has_digit(text):
            out.extend(self._phones(text))
        if "@" in text:
            out.extend(self._emails(text))
        return out

    def _phones(self, text: str) -> list[Evidence]:
        out = []
        for m in _PHONE.finditer(text):
            raw = m.group(0)
            digits = national_digits(raw)
            if not 10 <= len(digits) <= 11 or not digits.startswith("0"):
                continue
            if _NOT_PHONE_BEFORE.search(text[max(0, m.start() - 25) : m.start()]):
                continue
            try:
                num = phonenumbers.parse(digits, "GB")
            except phonenumbers.NumberParseException:
                continue
            if num.country_code != 44 or not phonenumbers.is_possible_number(num):
                continue
            lead = digits[1]
            if digits in self._own_phones:
                conf, reason = 0.97, "your own phone number (from your profile)"
            elif lead == "7" and not digits.startswith(("070", "076")):
                if len(digits) != 11:
                    continue
                conf, reason = 0.9, "a UK mobile number"
            elif lead in "12" and (
                _BUSINESS_BEFORE.search(text[max(0, m.start() - 80) : m.start()])
                or _BUSINESS_AFTER.match(text[m.end() : m.end() + 40])
            ):
                # "Call Swindon Roofing on 01632 …": a business's number, not yours to keep private.
                conf, reason = 0.5, "a business's landline number (named before it)"
            elif lead in "12":
                conf, reason = 0.85, "a UK landline number"
            else:
                conf, reason = 0.75, "a UK phone number (non-geographic)"
            out.append(
                self.evidence(
                    kind=EvidenceKind.PHONE,
                    text=raw,
                    start=m.start(),
                    end=m.end(),
                    confidence=conf,
                    reason=reason,
                )
            )
        return out

    def _emails(self, text: str) -> list[Evidence]:
        out = []
        for m in _EMAIL.finditer(text):
            addr = m.group(0)
            if _FILE_EXT.search(addr):
                continue
            low = addr.casefold()
            domain = low.rsplit("@", 1)[1]
            school = self._school.domain_match(domain)
            if low in self._own_emails:
                reason = "your own personal email address (from your profile)"
            elif school:
                reason = "an email address at the school's domain (work)"
            elif domain.endswith(".sch.uk"):
                reason = "an email address at a school domain (.sch.uk)"
            elif domain not in _PERSONAL_MAIL and (
                _ROLE_MAILBOX.match(low) or _ORG_DOMAIN.search(domain)
            ):
                reason = "a business's or organisation's mailbox, not a person's"
            else:
                reason = "a personal email address (not the school's domain)"
            out.append(
                self.evidence(
                    kind=EvidenceKind.EMAIL,
                    text=addr,
                    start=m.start(),
                    end=m.end(),
                    confidence=0.95
                    if low in self._own_emails
                    else (0.55 if school or reason.startswith("a business") else 0.92),
                    reason=reason,
                )
            )
        return out
