"""Is a page the profile, or a login wall, a consent page, or an empty JavaScript shell?

Sites answer "200 OK" with a login or cookie page as often as with an error code, so the page
itself is read. The tests are cautious in one direction: a page is only called the profile when
it shows something about the person; a login box in the corner of a real profile (Facebook
shows one) does not make it a login wall.
"""

from __future__ import annotations

import re

from auditor.online.outcome import Outcome
from auditor.online.pages import PublicPage

LOGIN_PATHS = re.compile(
    r"/(login|log-in|signin|sign-in|authwall|checkpoint|accounts/login|i/flow/login|uas/login)"
    r"|login\.php",
    re.I,
)
LOGIN_WORDS = re.compile(
    r"\b(log ?in|sign ?in|sign up|join (linkedin|now|tiktok|instagram|facebook)|create (an )?account"
    r"|forgot(ten)? (your )?password)\b",
    re.I,
)
CONSENT_HOSTS = re.compile(r"^(consent|cookies?|privacy)\.", re.I)
CONSENT_PATHS = re.compile(r"/(consent|cookie|cookies|privacy-consent|gdpr)(/|$|\?)", re.I)
CONSENT_WORDS = re.compile(
    r"\b(accept all( cookies)?|allow all cookies|reject all|manage (cookies|options|preferences)"
    r"|cookie (settings|preferences|policy)|before you continue|we use cookies"
    r"|use of cookies)\b",
    re.I,
)
SCRIPT_WORDS = re.compile(r"javascript", re.I)
SHORT_PAGE = 400  # words: a real profile page says more than a login or cookie page


def classify_page(page: PublicPage, final_url: str, final_host: str, truncated: bool) -> Outcome:
    # A field worded like a login or cookie prompt (a login page's own description) is not
    # about the person.
    about_person = any(
        not LOGIN_WORDS.search(f.text) and not CONSENT_WORDS.search(f.text)
        for f in page.profile_fields
    )
    short = page.word_count < SHORT_PAGE
    if CONSENT_HOSTS.search(final_host) or CONSENT_PATHS.search(_path(final_url)):
        return Outcome.CONSENT_PAGE
    if LOGIN_PATHS.search(_path(final_url)):
        return Outcome.LOGIN_WALL
    if not about_person and short:
        consent = len(CONSENT_WORDS.findall(page.visible_text))
        login = len(LOGIN_WORDS.findall(page.visible_text))
        if consent >= 2 or (consent and consent >= login):
            return Outcome.CONSENT_PAGE
        if page.has_password_field or login >= 2:
            return Outcome.LOGIN_WALL
        if page.word_count < 25 and (
            SCRIPT_WORDS.search(page.noscript_text) or SCRIPT_WORDS.search(page.visible_text)
        ):
            return Outcome.NEEDS_JAVASCRIPT
    if not page.fields:
        return Outcome.NEEDS_JAVASCRIPT  # nothing at all to read without running the page
    return Outcome.PARTIAL if truncated else Outcome.SEEN


def _path(url: str) -> str:
    rest = url.split("://", 1)[-1]
    return "/" + rest.split("/", 1)[1] if "/" in rest else "/"
