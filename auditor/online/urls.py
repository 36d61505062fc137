"""Which addresses the online features may contact, and what counts as the same site.

The guarantee to users: every request that leaves this computer is https, with the
certificate checked. Plain http is accepted only for a loopback address (127.0.0.1, ::1,
localhost) and only when `AUDITOR_TEST_ALLOW_LOOPBACK_HTTP=1` is set, which the test-suite does
for its local server; even then nothing unencrypted leaves the machine, because loopback never
does. There is no option to turn certificate checks off.
"""

from __future__ import annotations

import ipaddress
import os

import httpx

from auditor.errors import AuditorError

TEST_LOOPBACK_ENV = "AUDITOR_TEST_ALLOW_LOOPBACK_HTTP"
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})
# Second-level labels under which a name is registered one level deeper (school.sch.uk,
# example.co.uk): enough to tell sites apart for redirects, which is all this is used for.
SECOND_LEVEL = frozenset({"co", "ac", "gov", "org", "sch", "net", "ltd", "plc", "me", "nhs", "com"})


class UrlRefused(AuditorError):
    """An address the online features will not contact."""


def loopback_http_allowed() -> bool:
    return os.environ.get(TEST_LOOPBACK_ENV) == "1"


def is_loopback(host: str) -> bool:
    name = host.strip("[]").rstrip(".").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def checked_url(raw: str, *, allow_loopback_http: bool | None = None) -> httpx.URL:
    """The address as httpx will use it, or UrlRefused saying why it may not be contacted."""
    allow = loopback_http_allowed() if allow_loopback_http is None else allow_loopback_http
    text = raw.strip()
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise UrlRefused(f"{text!r} is not a web address") from None
    if url.scheme not in ("https", "http") or not url.host:
        raise UrlRefused(f"{text!r} is not a web address (it must start with https://)")
    if url.userinfo:
        raise UrlRefused(f"{text!r} has a user name or password in it; remove it")
    if url.scheme == "http" and not (allow and is_loopback(url.host)):
        raise UrlRefused(
            f"{text!r} is not https; only https addresses are contacted "
            "(write https:// at the start)"
        )
    return url


def site_of(host: str) -> str:
    """The registrable part of a host name (www.facebook.com -> facebook.com), or the address."""
    name = host.strip("[]").rstrip(".").lower()
    try:
        return str(ipaddress.ip_address(name))
    except ValueError:
        pass
    labels = name.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def same_site(a: httpx.URL, b: httpx.URL) -> bool:
    return site_of(a.host) == site_of(b.host)
