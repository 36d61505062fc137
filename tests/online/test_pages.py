"""Reading public pages (no network): the fields each platform's page gives, what counts as the
same site, and the Retry-After forms."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.online.classify import classify_page
from auditor.online.fetch import retry_after_seconds
from auditor.online.outcome import Outcome
from auditor.online.pages import parse_page, visible_text
from auditor.online.urls import UrlRefused, checked_url, same_site, site_of
from tests.online.local_server import PAGES

INSTAGRAM_PROFILE = b"""<!DOCTYPE html><html><head>
<meta property="og:site_name" content="Instagram">
<meta property="og:title" content="Jane Smith (@jane.walks) \xe2\x80\xa2 Instagram photos and videos">
<meta property="og:description" content="312 Followers, 190 Following, 48 Posts - Jane Smith (@jane.walks) on Instagram: &quot;Year 4 teacher at St Clement&#39;s \xf0\x9f\x8d\x8e fells &amp; flapjacks&quot;">
<meta property="og:image" content="https://scontent.example/jane.jpg">
</head><body><div id="root"></div></body></html>"""

X_PROFILE = b"""<html><head><meta property="og:site_name" content="X (formerly Twitter)"></head>
<body><main><div data-testid="UserName">Jane Smith @jane_s</div>
<div data-testid="UserDescription">Teaching assistant. Bolton. Views my own.</div></main></body></html>"""


def test_an_instagram_bio_is_read_from_the_preview_text() -> None:
    page = parse_page(
        INSTAGRAM_PROFILE, "https://www.instagram.com/jane.walks/", "www.instagram.com"
    )
    assert page.platform == "instagram"
    bio = [f for f in page.fields if f.name == "bio"]
    assert [f.text for f in bio] == ["Year 4 teacher at St Clement's 🍎 fells & flapjacks"]
    assert page.profile_image == "the page's preview image (og:image)"
    assert classify_page(page, page.url, "www.instagram.com", False) is Outcome.SEEN


def test_an_x_bio_when_the_page_shows_it() -> None:
    page = parse_page(X_PROFILE, "https://x.com/jane_s", "x.com")
    assert page.platform == "x"
    assert ("bio", "Teaching assistant. Bolton. Views my own.") in [
        (f.name, f.text) for f in page.fields
    ]


def test_linkedin_structured_data_and_sections() -> None:
    page = parse_page(
        (PAGES / "linkedin_profile.html").read_bytes(),
        "https://www.linkedin.com/in/j",
        "linkedin.com",
    )
    fields = {(f.name, f.where): f.text for f in page.fields}
    assert fields[("headline", "JSON-LD jobTitle")] == "Year 4 Teacher"
    assert fields[("work", "JSON-LD worksFor")] == "St Clement's CE Primary School"
    assert fields[("education", "JSON-LD alumniOf")] == "University of Bolton"
    assert fields[("current_city", "JSON-LD addressLocality")] == "Bolton"
    positions = [f.text for f in page.fields if f.name == "position"]
    assert len(positions) == 2 and positions[1].startswith("Teaching Assistant · Harwood Meadows")
    # Hidden and script text is not part of what a visitor sees.
    assert "Bury Grammar" not in page.visible_text and "tracking" not in page.visible_text


def test_the_page_encoding_is_honoured() -> None:
    html = "<html><body><p>Café on Deansgate</p></body></html>".encode("cp1252")
    page = parse_page(html, "https://example.org/", "example.org", charset="windows-1252")
    assert page.visible_text == "Café on Deansgate"


def test_visible_text_runs_inline_text_together_and_breaks_at_blocks() -> None:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(
        "<body><ul><li>Works at <a href='/p'>St Clement's</a> CE <b>Primary</b></li>"
        "<li>Lives in<br>Bolton</li></ul><div><span>Jane</span><span>Smith</span></div></body>",
        "html.parser",
    )
    assert visible_text(soup) == "Works at St Clement's CE Primary\nLives in\nBolton\nJaneSmith"
    page = parse_page(str(soup), "https://example.org/", "example.org")
    lines = [(f.where, f.text) for f in page.fields if f.name == "page_text"]
    assert lines[0] == ("visible text, line 1", "Works at St Clement's CE Primary")
    assert ("work", "Works at St Clement's CE Primary") in [(f.name, f.text) for f in page.fields]


def test_visible_text_skips_controls_comments_and_hidden() -> None:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(
        "<body><p>Shown</p><!-- not shown --><p aria-hidden='true'>icon</p>"
        "<p style='visibility: hidden'>nope</p><button>Log in</button><template>t</template>"
        "<noscript>enable JS</noscript></body>",
        "html.parser",
    )
    assert visible_text(soup) == "Shown"


@pytest.mark.parametrize(
    ("host", "site"),
    [
        ("www.facebook.com", "facebook.com"),
        ("m.facebook.com", "facebook.com"),
        ("www.stclements-bolton.sch.uk", "stclements-bolton.sch.uk"),
        ("bbc.co.uk", "bbc.co.uk"),
        ("127.0.0.1", "127.0.0.1"),
        ("[::1]", "::1"),
    ],
)
def test_site_of(host: str, site: str) -> None:
    assert site_of(host) == site


def test_same_site() -> None:
    assert same_site(
        httpx.URL("https://www.linkedin.com/in/a"), httpx.URL("https://uk.linkedin.com/x")
    )
    assert not same_site(
        httpx.URL("https://www.linkedin.com/"), httpx.URL("https://linkedin.com.evil.example/")
    )
    assert not same_site(httpx.URL("https://a.sch.uk/"), httpx.URL("https://b.sch.uk/"))


def test_checked_url() -> None:
    assert (
        str(checked_url(" https://www.tiktok.com/@jane.bakes "))
        == "https://www.tiktok.com/@jane.bakes"
    )
    assert checked_url("http://localhost:8000/x", allow_loopback_http=True).host == "localhost"
    for bad in ("http://localhost:8000/x", "file:///etc/passwd", "javascript:alert(1)", "https://"):
        with pytest.raises(UrlRefused):
            checked_url(bad, allow_loopback_http=False)
    with pytest.raises(UrlRefused, match="not https"):
        checked_url("http://192.168.1.10/profile", allow_loopback_http=True)


def test_retry_after_in_both_forms() -> None:
    now = datetime(2026, 11, 27, 7, 0, tzinfo=UTC)
    assert retry_after_seconds("120") == 120
    assert retry_after_seconds("Fri, 27 Nov 2026 07:05:00 GMT", now) == 300
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None


HTML_BITS = st.sampled_from(
    [
        "<div>", "</div>", "<p hidden>", "<script>", "</script>", "<!--", "-->", "<meta property='og:title' content='",
        "'>", '<script type="application/ld+json">', '{"@type": "Person", "jobTitle": ', "[", "]", "}",
        "<input type=password>", "<img alt='profile picture'>", "Works at ", "St Clement's", "\x00", "é", "<![CDATA[",
        '<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__">', '{"__DEFAULT_SCOPE__": {"webapp.user-detail": ',
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=2000),
        st.lists(st.one_of(HTML_BITS, st.text(max_size=20)), max_size=60).map("".join),
    ),
    st.sampled_from(["www.linkedin.com", "www.tiktok.com", "www.instagram.com", "example.org"]),
)
def test_any_page_is_read_without_crashing(html: bytes | str, host: str) -> None:
    page = parse_page(html, f"https://{host}/p", host)
    assert isinstance(page.visible_text, str)
    assert all(f.text for f in page.fields)
    assert classify_page(page, page.url, host, False) in set(Outcome)
