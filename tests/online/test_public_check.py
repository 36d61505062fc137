"""`public-check` against a loopback site serving the project's recorded-style pages: what a
stranger sees is found, and every kind of "could not see" is reported as such."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from auditor.online.check import PublicChecker, public_rules
from auditor.online.fetch import FetchLimits, PageFetcher
from auditor.online.outcome import Outcome
from auditor.online.report import PageResult, render_text
from auditor.profile.loader import load_profile
from auditor.rules.loader import load_rule_pack
from tests import network_guard
from tests.conftest import SAMPLE_PROFILE
from tests.online.local_server import PROFILE_ROUTES, LocalSite, gzip_bomb, serving

pytestmark = pytest.mark.online

LIMITS = FetchLimits(
    connect_timeout=2.0, read_timeout=0.5, total_timeout=1.5, max_bytes=200_000, max_redirects=5
)
PACK = load_rule_pack()


@pytest.fixture(scope="module")
def site() -> Iterator[LocalSite]:
    with serving(PROFILE_ROUTES) as s:
        yield s


@pytest.fixture(scope="module")
def checker() -> Iterator[PublicChecker]:
    with PageFetcher(LIMITS, allow_loopback_http=True) as fetcher:
        yield PublicChecker(load_profile(SAMPLE_PROFILE), PACK, fetcher)


def check(checker: PublicChecker, site: LocalSite, path: str) -> PageResult:
    return checker.check(site.url(path))


def test_only_public_page_rules_are_used() -> None:
    ids = {r.id for r in public_rules(PACK).rules}
    assert ids >= {"SMP617-PUBLIC-SCHOOL", "SMP617-PUBLIC-ROLE", "SMP51-PUBLIC-CONTACT"}
    assert all(
        r.id.split("-")[1] == "PUBLIC" or "public_page" in r.applies.audience
        for r in public_rules(PACK).rules
    )
    assert "SMP617-PROFILE-SCHOOL" not in ids


def test_a_linkedin_profile_shows_school_role_town_and_photo(
    checker: PublicChecker, site: LocalSite
) -> None:
    url = site.url("/in/janesmith")
    r = checker.check(url)
    assert r.outcome is Outcome.SEEN and r.could_see
    assert r.platform == "linkedin"
    assert r.message == "seen as a logged-out visitor sees it"
    obs = r.observations
    assert obs is not None
    assert "headline" in obs.school_in and "page_text" in obs.school_in
    assert obs.role_in and obs.town_in
    assert obs.profile_photo == "the page's preview image (og:image)"
    # One finding per rule and page, from the most specific field; the role-only rule gives way
    # because the page names the school.
    assert [f.rule for f in r.findings] == ["SMP617-PUBLIC-SCHOOL"]
    f = r.findings[0]
    assert f.clause == "6.17" and f.severity.value == "high"
    assert f.platform == "linkedin"
    assert f.item.source == f"public page {url}"
    assert f.item.field == "headline"
    assert f.item.text == "Year 4 Teacher at St Clement's CE Primary School"
    assert "Anyone who opens your public LinkedIn page without logging in" in f.explanation
    assert {e.kind.value for e in f.evidence} >= {"school_name", "job_title"}
    assert any("LinkedIn" in step for step in f.remediation_steps)
    text = render_text_of(r)
    assert f"1. {url}  (LinkedIn)" in text
    assert "Profile photo: yes, the page's preview image (og:image)" in text
    assert "[HIGH] clause 6.17: Your public page names your school" in text


def test_hidden_text_is_not_what_a_stranger_sees(checker: PublicChecker, site: LocalSite) -> None:
    """The personal page names the school only in a comment, a script and a hidden element."""
    r = check(checker, site, "/bakes")
    assert r.outcome is Outcome.SEEN
    assert r.observations is not None and r.observations.school_in == []
    assert r.observations.town_in == []  # other places (Rivington, Belmont) are not the town
    assert r.observations.profile_photo is None
    assert r.findings == []
    assert r.platform == "web"


def test_a_facebook_profile_with_a_login_box_is_still_the_profile(
    checker: PublicChecker, site: LocalSite
) -> None:
    r = check(checker, site, "/jane.smith.bolton")
    assert r.outcome is Outcome.SEEN
    assert r.platform == "facebook"
    assert r.observations is not None
    assert r.observations.profile_photo == 'an image labelled "Jane Smith\'s profile picture"'
    assert "current_city" in r.observations.town_in
    (f,) = r.findings
    assert f.rule == "SMP617-PUBLIC-SCHOOL" and f.item.field == "work"
    assert f.item.text == "Works at St Clement's CE Primary School"
    assert any("Work and education" in s for s in f.remediation_steps)


def test_a_tiktok_bio_in_the_page_data_gives_the_role(
    checker: PublicChecker, site: LocalSite
) -> None:
    r = check(checker, site, "/@jane.bakes")
    assert r.outcome is Outcome.SEEN and r.platform == "tiktok"
    assert r.observations is not None
    assert r.observations.profile_photo == "an image marked as the profile picture"
    assert r.observations.school_in == [] and r.observations.town_in == ["bio"]
    (f,) = r.findings
    assert f.rule == "SMP617-PUBLIC-ROLE" and f.clause == "6.17"
    assert f.item.field == "bio" and f.item.locator == "embedded data signature"
    kinds = {e.kind.value: e.text for e in f.evidence}
    assert kinds["location"] == "Bolton"  # the school's town, shown with the role
    assert "job_title" in kinds


@pytest.mark.parametrize(
    ("path", "outcome", "words"),
    [
        ("/janesmith_ig", Outcome.LOGIN_WALL, "login page"),
        ("/consented", Outcome.CONSENT_PAGE, "cookie or consent page"),
        ("/janesmith_x", Outcome.NEEDS_JAVASCRIPT, "without JavaScript"),
        ("/busy", Outcome.RATE_LIMITED, "the site asks to wait 120 seconds"),
        ("/gone", Outcome.NOT_FOUND, "no such page"),
        ("/forbidden", Outcome.BLOCKED, "HTTP 403"),
        ("/li-999", Outcome.BLOCKED, "HTTP 999"),
        ("/oops", Outcome.SERVER_ERROR, "HTTP 503"),
        ("/loop-a", Outcome.REDIRECT_LOOP, "redirecting in a loop"),
        ("/elsewhere", Outcome.REDIRECT_OFF_SITE, "to localhost"),
        ("/far-away", Outcome.REDIRECT_OFF_SITE, "to example.org"),
        ("/photo.jpg", Outcome.NOT_A_PAGE, "image/jpeg"),
        ("/cut-short", Outcome.SERVER_ERROR, "broken off or malformed"),
        ("/bad-gzip", Outcome.SERVER_ERROR, "could not be read"),
    ],
)
def test_could_not_see_is_never_nothing_found(
    checker: PublicChecker, site: LocalSite, path: str, outcome: Outcome, words: str
) -> None:
    r = check(checker, site, path)
    assert r.outcome is outcome
    assert not r.could_see
    assert r.message.startswith(("could not see", "could not connect"))
    assert words in r.message
    assert r.findings == [] and r.observations is None
    text = render_text_of(r)
    assert "Could not see" in text and "No policy problems" not in text


def render_text_of(r: PageResult) -> str:
    from datetime import UTC, datetime

    from auditor.online.report import PublicCheckReport

    report = PublicCheckReport(checked_at=datetime(2026, 11, 27, tzinfo=UTC))
    report.add(r)
    return render_text(report)


def test_rate_limit_gives_the_wait(checker: PublicChecker, site: LocalSite) -> None:
    r = check(checker, site, "/busy")
    assert r.status == 429 and r.retry_after == 120


def test_redirects_are_followed_within_the_site_only(
    checker: PublicChecker, site: LocalSite
) -> None:
    r = check(checker, site, "/moved")
    assert r.outcome is Outcome.SEEN and r.final_url == site.url("/in/janesmith")
    before = list(site.paths())
    blocked = len(network_guard.attempts())
    check(checker, site, "/elsewhere")
    check(checker, site, "/far-away")
    # Only the redirecting addresses were asked; the other sites never were (not even looked up).
    assert site.paths()[len(before) :] == ["/elsewhere", "/far-away"]
    assert len(network_guard.attempts()) == blocked


def test_a_redirect_loop_stops(checker: PublicChecker, site: LocalSite) -> None:
    before = len(site.paths())
    check(checker, site, "/loop-a")
    assert site.paths()[before:] == ["/loop-a", "/loop-b"]


def test_a_huge_page_is_cut_at_the_limit_and_what_was_read_is_checked(
    checker: PublicChecker, site: LocalSite
) -> None:
    start = time.monotonic()
    r = check(checker, site, "/huge")
    assert time.monotonic() - start < 5
    assert r.outcome is Outcome.PARTIAL and r.truncated and r.could_see
    assert "only its first part was checked" in r.message
    assert [f.rule for f in r.findings] == ["SMP617-PUBLIC-SCHOOL"]


def test_a_slow_page_times_out(checker: PublicChecker, site: LocalSite) -> None:
    start = time.monotonic()
    r = check(checker, site, "/slow")
    elapsed = time.monotonic() - start
    assert r.outcome is Outcome.TIMEOUT
    assert r.message == "could not see: the site did not answer in time (no answer within 0.5 s)"
    assert elapsed < 2.5


def test_a_page_that_trickles_is_given_up_at_the_total_limit(
    checker: PublicChecker, site: LocalSite
) -> None:
    start = time.monotonic()
    r = check(checker, site, "/trickle")
    assert r.outcome is Outcome.TIMEOUT and "not finished within 1.5 s" in r.message
    assert time.monotonic() - start < 3.5


def test_the_request_is_logged_out_and_names_the_tool(
    checker: PublicChecker, site: LocalSite
) -> None:
    check(checker, site, "/in/janesmith")
    path, headers = site.requests[-1]
    assert path == "/in/janesmith"
    lower = {k.lower(): v for k, v in headers.items()}
    assert "StaffProfileAuditor/" in lower["user-agent"]
    assert lower["user-agent"].startswith("Mozilla/5.0")
    assert "cookie" not in lower and "authorization" not in lower
    assert lower["accept-encoding"] == "identity"


def test_addresses_that_are_not_allowed_are_not_contacted(
    checker: PublicChecker, site: LocalSite
) -> None:
    before = len(site.requests)
    attempts = len(network_guard.attempts())
    for url in (
        "http://example.org/janesmith",
        f"http://user:secret@127.0.0.1:{site.port}/in/janesmith",
        "ftp://example.org/x",
        "not a url",
    ):
        r = checker.check(url)
        assert r.outcome is Outcome.REFUSED and not r.could_see, url
    assert "only https addresses are contacted" in checker.check("http://example.org/a").message
    assert len(site.requests) == before
    assert len(network_guard.attempts()) == attempts


def test_loopback_http_needs_the_test_switch(site: LocalSite) -> None:
    with PageFetcher(LIMITS, allow_loopback_http=False) as fetcher:
        r = PublicChecker(load_profile(SAMPLE_PROFILE), PACK, fetcher).check(
            site.url("/in/janesmith")
        )
    assert r.outcome is Outcome.REFUSED


def test_with_the_network_blocked_it_fails_fast_and_says_so(checker: PublicChecker) -> None:
    start = time.monotonic()
    r = checker.check("https://www.linkedin.com/in/janesmith")
    assert time.monotonic() - start < 1.0
    assert r.outcome is Outcome.NO_CONNECTION and not r.could_see
    assert r.platform == "linkedin"
    assert r.message.startswith("could not connect: no network connection")
    assert "www.linkedin.com" in network_guard.attempts()[-1]


def test_finding_ids_are_stable_across_runs(checker: PublicChecker, site: LocalSite) -> None:
    a = check(checker, site, "/in/janesmith").findings
    b = check(checker, site, "/in/janesmith").findings
    assert [f.id for f in a] == [f.id for f in b]
    assert a[0].id.startswith("SMP617-")


def test_a_page_nested_thousands_deep_is_read_without_crashing(
    checker: PublicChecker, site: LocalSite
) -> None:
    r = check(checker, site, "/deep")
    assert r.outcome is Outcome.SEEN
    assert [f.rule for f in r.findings] == ["SMP617-PUBLIC-SCHOOL"]


def test_a_compressed_bomb_is_expanded_only_up_to_the_limit(
    checker: PublicChecker, site: LocalSite
) -> None:
    assert len(gzip_bomb()) < 100_000  # made before the clock starts
    start = time.monotonic()
    r = check(checker, site, "/gzip-bomb")
    assert time.monotonic() - start < 5
    assert r.outcome is Outcome.PARTIAL and r.truncated
    assert [f.rule for f in r.findings] == ["SMP617-PUBLIC-SCHOOL"]


def test_an_instagram_bio_with_a_phone_number(checker: PublicChecker, site: LocalSite) -> None:
    r = check(checker, site, "/jane.walks")
    assert r.outcome is Outcome.SEEN and r.platform == "instagram"
    by_rule = {f.rule: f for f in r.findings}
    assert set(by_rule) == {"SMP51-PUBLIC-CONTACT", "SMP617-PUBLIC-ROLE"}
    contact = by_rule["SMP51-PUBLIC-CONTACT"]
    assert contact.clause == "5.1" and contact.severity.value == "high"
    assert contact.item.field == "bio"
    assert (
        contact.item.text
        == "Year 4 teacher 🍎 fells & flapjacks. Cakes to order, text 07700 900456"
    )
    assert any(e.kind.value == "phone" and e.text == "07700 900456" for e in contact.evidence)
    assert by_rule["SMP617-PUBLIC-ROLE"].item.field == "bio"
