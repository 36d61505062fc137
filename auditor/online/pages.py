"""What a public profile page shows a logged-out visitor, read from its HTML.

The text a stranger can see comes from three places: the page's own summary for link previews
(`og:title`, `og:description`, the meta description), structured data (JSON-LD `Person`, and
the data TikTok embeds for its page), and the visible body text (without scripts, styles,
hidden elements). Each becomes a named field, so a finding can say "your LinkedIn headline".
Nothing here fetches anything: images are noted, never downloaded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from bs4 import BeautifulSoup, Tag
from bs4.element import NavigableString, PreformattedString

PLATFORM_HOSTS = {
    "facebook.com": "facebook",
    "fb.com": "facebook",
    "instagram.com": "instagram",
    "x.com": "x",
    "twitter.com": "x",
    "linkedin.com": "linkedin",
    "tiktok.com": "tiktok",
}
SITE_NAMES = {
    "facebook": "facebook",
    "instagram": "instagram",
    "x": "x",
    "x (formerly twitter)": "x",
    "twitter": "x",
    "linkedin": "linkedin",
    "tiktok": "tiktok",
}
GENERIC = "web"
INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "head", "iframe", "object")
# Not content either: controls (a login box's labels and buttons).
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip
SKIPPED_TAGS = frozenset({*INVISIBLE_TAGS, "input", "button", "select", "textarea", "form"})
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
PROFILE_IMAGE_HINT = re.compile(
    r"profile (picture|photo|image)|avatar|profile-pic|profilepic", re.I
)
# Lines in a Facebook intro or a generic "about" box, and the field each gives.
INTRO_PREFIXES = (
    ("works at ", "work"),
    ("worked at ", "work"),
    ("studied at ", "education"),
    ("went to ", "education"),
    ("lives in ", "current_city"),
    ("from ", "hometown"),
)
MAX_VISIBLE_CHARS = 200_000
MAX_TEXT_LINES = 5_000


@dataclass
class PageField:
    name: str  # "title", "description", "headline", "bio", "work", "page_text"…
    text: str
    where: str  # how it was found: "meta og:description", "JSON-LD jobTitle", "visible text"


@dataclass
class PublicPage:
    url: str
    platform: str
    fields: list[PageField] = field(default_factory=list)
    visible_text: str = ""
    profile_image: str | None = None  # how a profile photo was seen ("og:image", "img alt …")
    has_password_field: bool = False
    noscript_text: str = ""

    @property
    def profile_fields(self) -> list[PageField]:
        """The fields that describe the person (everything but the page text and title)."""
        return [f for f in self.fields if f.name not in ("page_text", "title")]

    @property
    def word_count(self) -> int:
        return len(self.visible_text.split())


def platform_for(host: str, soup: BeautifulSoup | None = None) -> str:
    name = host.lower().rstrip(".")
    for domain, platform in PLATFORM_HOSTS.items():
        if name == domain or name.endswith("." + domain):
            return platform
    if soup is not None:  # a saved copy, or a page served from elsewhere: what it says it is
        site = _meta(soup, "og:site_name")
        if site and site.casefold() in SITE_NAMES:
            return SITE_NAMES[site.casefold()]
    return GENERIC


def _meta(soup: BeautifulSoup, key: str) -> str:
    tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
    if isinstance(tag, Tag):
        content = tag.get("content")
        if isinstance(content, str):
            return " ".join(content.split())
    return ""


def _clean(text: str) -> str:
    return " ".join(text.split())


def _hidden(tag: Tag) -> bool:
    if tag.has_attr("hidden") or tag.get("aria-hidden") == "true":
        return True
    style = tag.get("style")
    return isinstance(style, str) and bool(HIDDEN_STYLE.search(style))


def visible_text(soup: BeautifulSoup) -> str:
    """The body text a visitor sees: one line per block (paragraph, list item, heading…), inline
    elements run together as a browser shows them ("Works at <a>St Clement's</a>" is one line).
    Iterative: a hostile page nested thousands deep must not exhaust the stack."""
    root = soup.body or soup
    pieces: list[str] = []
    size = 0
    stack: list[Tag | NavigableString | None] = [root]  # None: the end of a block
    while stack and size <= MAX_VISIBLE_CHARS:
        node = stack.pop()
        if node is None:
            pieces.append("\n")
            continue
        if isinstance(node, PreformattedString):  # comments, doctype, CDATA, instructions
            continue
        if isinstance(node, NavigableString):
            text = str(node)
            if text.strip():
                pieces.append(text)
                size += len(text)
            continue
        if node is not root and (node.name in SKIPPED_TAGS or _hidden(node)):
            continue
        block = node.name in BLOCK_TAGS
        if block:
            pieces.append("\n")
            stack.append(None)
        stack.extend(c for c in reversed(node.contents) if isinstance(c, Tag | NavigableString))
    lines = (_clean(line) for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)


def _json_ld(soup: BeautifulSoup) -> Iterator[dict[str, Any]]:
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.get_text() or "null")
        except ValueError:
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                if "@graph" in node:
                    stack.append(node["@graph"])
                yield node


def _names(value: Any) -> list[str]:
    """Names in a JSON-LD value: a string, an object with `name`, or a list of either."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _person_fields(soup: BeautifulSoup) -> Iterator[tuple[PageField, Any]]:
    for node in _json_ld(soup):
        kind = node.get("@type")
        if kind != "Person" and not (isinstance(kind, list) and "Person" in kind):
            continue
        for key, name in (
            ("jobTitle", "headline"),
            ("worksFor", "work"),
            ("alumniOf", "education"),
            ("description", "bio"),
        ):
            for text in _names(node.get(key)):
                yield PageField(name, _clean(text), f"JSON-LD {key}"), node.get("image")
        address = node.get("address")
        if isinstance(address, dict):
            for key in ("addressLocality", "addressRegion"):
                if isinstance(address.get(key), str):
                    yield PageField("current_city", _clean(address[key]), f"JSON-LD {key}"), None
        if node.get("image"):
            yield PageField("", "", "JSON-LD image"), node.get("image")


def _by_selector(soup: BeautifulSoup, selector: str, name: str) -> Iterator[PageField]:
    for tag in soup.select(selector):
        text = _clean(tag.get_text(" "))
        if text:
            yield PageField(name, text, f"element {selector}")


def _tiktok_fields(soup: BeautifulSoup) -> Iterator[PageField]:
    yield from _by_selector(soup, '[data-e2e="user-bio"]', "bio")
    yield from _by_selector(soup, '[data-e2e="user-subtitle"]', "name")
    script = soup.find("script", id="__UNIVERSAL_DATA_FOR_REHYDRATION__")
    if isinstance(script, Tag):
        try:
            data = json.loads(script.get_text() or "null")
            user = data["__DEFAULT_SCOPE__"]["webapp.user-detail"]["userInfo"]["user"]
        except (ValueError, KeyError, TypeError):
            return
        if isinstance(user, dict):
            for key, name in (("signature", "bio"), ("nickname", "name")):
                if isinstance(user.get(key), str) and user[key].strip():
                    yield PageField(name, _clean(user[key]), f"embedded data {key}")


def _instagram_fields(description: str) -> Iterator[PageField]:
    # 'N Followers, N Following, N Posts - Jane (@jane) on Instagram: "bio"'
    m = re.search(r'on Instagram:\s*"(.+)"\s*$', description)
    if m:
        yield PageField("bio", m.group(1).strip(), "meta og:description (bio)")


def _linkedin_fields(soup: BeautifulSoup) -> Iterator[PageField]:
    yield from _by_selector(soup, ".top-card-layout__headline", "headline")
    yield from _by_selector(soup, ".top-card__subline-item", "current_city")
    for item in soup.select('[data-section="experience"] li, section.experience li'):
        text = _clean(item.get_text(" "))
        if text:
            yield PageField("position", text, "experience section")


def _intro_fields(text: str) -> Iterator[PageField]:
    for line in text.splitlines():
        low = line.casefold()
        for prefix, name in INTRO_PREFIXES:
            if low.startswith(prefix) and len(line) < 300:
                yield PageField(name, line, "visible text (intro)")
                break


def _attr_text(tag: Tag, name: str) -> str:
    value = tag.get(name)
    if value is None:
        return ""
    return value if isinstance(value, str) else " ".join(value)


def _profile_image(soup: BeautifulSoup, ld_image: Any) -> str | None:
    """How a profile photo shows (in words), or None when none is seen."""
    if _meta(soup, "og:image"):
        return "the page's preview image (og:image)"
    for img in soup.find_all("img"):
        if not isinstance(img, Tag) or _hidden(img):
            continue
        hints = " ".join(_attr_text(img, a) for a in ("alt", "class", "data-e2e"))
        if PROFILE_IMAGE_HINT.search(hints):
            alt = _clean(_attr_text(img, "alt"))[:60]
            return f'an image labelled "{alt}"' if alt else "an image marked as the profile picture"
    if ld_image:
        return "the image in the page's profile data"
    return None


def parse_page(html: bytes | str, url: str, host: str, charset: str | None = None) -> PublicPage:
    """The fields, visible text and profile-photo presence of one page."""
    soup = BeautifulSoup(
        html, "html.parser", from_encoding=charset if isinstance(html, bytes) else None
    )
    platform = platform_for(host, soup)
    page = PublicPage(url=url, platform=platform)
    page.has_password_field = soup.find("input", attrs={"type": "password"}) is not None
    page.noscript_text = " ".join(_clean(t.get_text(" ")) for t in soup.find_all("noscript"))
    found: list[PageField] = []
    title = _meta(soup, "og:title") or (_clean(soup.title.get_text()) if soup.title else "")
    if title:
        found.append(
            PageField("title", title, "meta og:title" if _meta(soup, "og:title") else "title")
        )
    description = _meta(soup, "og:description") or _meta(soup, "description")
    if description:
        found.append(PageField("description", description, "meta og:description"))
    ld_image: Any = None
    for pf, image in _person_fields(soup):
        ld_image = ld_image or image
        if pf.name:
            found.append(pf)
    if platform == "instagram":
        found.extend(_instagram_fields(description))
    elif platform == "linkedin":
        found.extend(_linkedin_fields(soup))
    elif platform == "tiktok":
        found.extend(_tiktok_fields(soup))
    page.visible_text = visible_text(soup)
    found.extend(_intro_fields(page.visible_text))
    found.extend(_by_selector(soup, '[data-testid="UserDescription"]', "bio"))  # X, when shown
    # The page text, one field per line, so a finding points at the line that shows it.
    for number, line in enumerate(page.visible_text.splitlines()[:MAX_TEXT_LINES], start=1):
        found.append(PageField("page_text", line, f"visible text, line {number}"))
    seen: set[tuple[str, str]] = set()
    for pf in found:
        key = (pf.name, pf.text.casefold())
        if pf.text and key not in seen:
            seen.add(key)
            page.fields.append(pf)
    page.profile_image = _profile_image(soup, ld_image)
    return page
