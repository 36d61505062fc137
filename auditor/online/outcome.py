"""What happened when a page was fetched, in words a careful non-programmer can act on.

Every answer but a readable page is "could not see" — never "nothing found": a login wall or a
rate limit says nothing about what the profile shows.
"""

from __future__ import annotations

from enum import StrEnum


class Outcome(StrEnum):
    SEEN = "seen"  # the page, read in full
    PARTIAL = "partial"  # larger than the size limit: the first part was read
    LOGIN_WALL = "login_wall"
    CONSENT_PAGE = "consent_page"
    NEEDS_JAVASCRIPT = "needs_javascript"
    RATE_LIMITED = "rate_limited"
    NOT_FOUND = "not_found"
    BLOCKED = "blocked"
    REDIRECT_LOOP = "redirect_loop"
    REDIRECT_OFF_SITE = "redirect_off_site"
    TOO_LARGE = "too_large"
    TIMEOUT = "timeout"
    NO_CONNECTION = "no_connection"
    SERVER_ERROR = "server_error"
    NOT_A_PAGE = "not_a_page"
    REFUSED = "refused"  # the address itself is not allowed (not https…)

    @property
    def could_see(self) -> bool:
        return self in (Outcome.SEEN, Outcome.PARTIAL)


# What each outcome means for the user. The fetcher adds the specifics (status, seconds…).
MEANING: dict[Outcome, str] = {
    Outcome.SEEN: "seen as a logged-out visitor sees it",
    Outcome.PARTIAL: "seen in part: the page is larger than the size limit, so only its first "
    "part was checked",
    Outcome.LOGIN_WALL: "could not see: the site showed a login page instead. A stranger may see "
    "the same, or the site may show login pages to tools; open the address in a private browser "
    "window to be sure",
    Outcome.CONSENT_PAGE: "could not see: the site showed a cookie or consent page first. Open "
    "the address in a private browser window, accept only what you must, and look at what shows",
    Outcome.NEEDS_JAVASCRIPT: "could not see: the page shows nothing without JavaScript, which "
    "this check does not run. Open the address in a private browser window to look yourself",
    Outcome.RATE_LIMITED: "could not see: the site asked us to slow down (too many requests). "
    "Try again later",
    Outcome.NOT_FOUND: "could not see: the site says there is no such page. Check the address; "
    "a profile that is hidden or deleted also looks like this",
    Outcome.BLOCKED: "could not see: the site refused the request (it often refuses tools). "
    "Open the address in a private browser window to look yourself",
    Outcome.REDIRECT_LOOP: "could not see: the site kept redirecting in a loop",
    Outcome.REDIRECT_OFF_SITE: "could not see: the site redirected to a different site, which "
    "this check does not follow",
    Outcome.TOO_LARGE: "could not use it: the file is larger than the size limit",
    Outcome.TIMEOUT: "could not see: the site did not answer in time",
    Outcome.NO_CONNECTION: "could not connect: no network connection, or the site cannot be "
    "reached",
    Outcome.SERVER_ERROR: "could not see: the site had an error. Try again later",
    Outcome.NOT_A_PAGE: "could not see: the address did not give a web page",
    Outcome.REFUSED: "not contacted: the address is not allowed",
}
