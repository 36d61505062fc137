"""Fetching one public page or file: logged out, https only, same-site redirects, hard limits.

One GET per address (plus its redirects). No cookies are kept between addresses, no login is
ever sent, and the environment's proxy and `.netrc` settings are ignored so no stored
credential goes out with the request. The body is streamed and cut at `max_bytes`; a page that
answers too slowly, or trickles for longer than `total_timeout`, is given up.
"""

from __future__ import annotations

import email.utils
import time
import zlib
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType

import httpx

from auditor import __version__
from auditor.online.outcome import MEANING, Outcome
from auditor.online.urls import UrlRefused, checked_url, same_site

# Browser-like, so sites send the page a person would get, and honest: it names the tool.
TOOL_TOKEN = f"StaffProfileAuditor/{__version__}"
USER_AGENT = (
    f"Mozilla/5.0 (X11; Linux x86_64) {TOOL_TOKEN} "
    "(public-check: a school employee looking at their own public profile)"
)
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
DECODE_STEP = 64 * 1024  # the most a compressed body is expanded at a time


@dataclass(frozen=True)
class FetchLimits:
    connect_timeout: float = 10.0
    read_timeout: float = 15.0  # the longest wait for any part of the answer
    total_timeout: float = 30.0  # the whole fetch, redirects and all
    max_bytes: int = 3_000_000
    max_redirects: int = 5


@dataclass
class FetchResult:
    url: str  # as asked
    final_url: str  # after redirects
    status: int
    content_type: str  # lower case, without parameters ("" when the site gave none)
    charset: str | None
    body: bytes
    truncated: bool  # cut at max_bytes
    redirects: list[str] = field(default_factory=list)


class FetchFailure(Exception):
    """The page could not be fetched; `outcome` says how, `message` says it plainly."""

    def __init__(
        self,
        outcome: Outcome,
        url: str,
        detail: str = "",
        *,
        status: int | None = None,
        retry_after: int | None = None,
    ) -> None:
        self.outcome = outcome
        self.url = url
        self.detail = detail
        self.status = status
        self.retry_after = retry_after
        super().__init__(self.message)

    @property
    def message(self) -> str:
        extra = f" ({self.detail})" if self.detail else ""
        return f"{MEANING[self.outcome]}{extra}"


def retry_after_seconds(value: str | None, now: datetime | None = None) -> int | None:
    """Retry-After as seconds: either a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return int(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0, int((when - (now or datetime.now(UTC))).total_seconds()))


def _status_failure(response: httpx.Response, url: str) -> FetchFailure | None:
    code = response.status_code
    if 200 <= code < 300:
        return None
    if code == 429:
        wait = retry_after_seconds(response.headers.get("retry-after"))
        detail = (
            f"HTTP 429; the site asks to wait {wait} seconds" if wait is not None else "HTTP 429"
        )
        return FetchFailure(Outcome.RATE_LIMITED, url, detail, status=code, retry_after=wait)
    if code in (404, 410):
        return FetchFailure(Outcome.NOT_FOUND, url, f"HTTP {code}", status=code)
    if code == 401:
        return FetchFailure(Outcome.LOGIN_WALL, url, "HTTP 401", status=code)
    if 500 <= code < 600:
        return FetchFailure(Outcome.SERVER_ERROR, url, f"HTTP {code}", status=code)
    # 403, LinkedIn's 999 and anything else unexpected: the site would not show the page.
    return FetchFailure(Outcome.BLOCKED, url, f"HTTP {code}", status=code)


class PageFetcher:
    """One fetcher per run; `fetch` may be called for several addresses."""

    def __init__(
        self,
        limits: FetchLimits | None = None,
        *,
        allow_loopback_http: bool | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.limits = limits or FetchLimits()
        self.allow_loopback_http = allow_loopback_http
        lim = self.limits
        self._client = httpx.Client(
            timeout=httpx.Timeout(
                connect=lim.connect_timeout,
                read=lim.read_timeout,
                write=lim.read_timeout,
                pool=lim.connect_timeout,
            ),
            follow_redirects=False,  # followed here, one by one, within the same site
            trust_env=False,  # no proxy settings or .netrc credentials from the environment
            verify=True,
            headers={
                "User-Agent": USER_AGENT,
                "Accept-Language": "en-GB,en;q=0.8",
                # Plain bodies, please; a site that compresses anyway is expanded in steps.
                "Accept-Encoding": "identity",
            },
            transport=transport,
        )

    def __enter__(self) -> PageFetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(
        self,
        url: str,
        *,
        accept: str = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
        content_types: Collection[str] | None = None,
        cut_when_large: bool = True,
    ) -> FetchResult:
        """GET `url`. Raises FetchFailure (with its Outcome) for anything but a usable answer.

        `content_types`: the types accepted (None: any); `cut_when_large`: return the first
        `max_bytes` of a larger body (marked truncated) instead of failing with TOO_LARGE.
        """
        try:
            current = checked_url(url, allow_loopback_http=self.allow_loopback_http)
        except UrlRefused as exc:
            raise FetchFailure(Outcome.REFUSED, url, str(exc)) from None
        self._client.cookies.clear()  # nothing carried over from another address
        start = time.monotonic()
        visited: list[str] = []
        for _ in range(self.limits.max_redirects + 1):
            if str(current) in visited:
                raise FetchFailure(Outcome.REDIRECT_LOOP, url, f"back to {current}")
            visited.append(str(current))
            try:
                with self._client.stream("GET", current, headers={"Accept": accept}) as response:
                    target = self._redirect_target(response, current, url)
                    if target is not None:
                        current = target
                        continue
                    failure = _status_failure(response, url)
                    if failure is not None:
                        raise failure
                    return self._read(response, url, visited, start, content_types, cut_when_large)
            except httpx.TimeoutException as exc:
                waited = (
                    self.limits.connect_timeout
                    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout)
                    else self.limits.read_timeout
                )
                raise FetchFailure(Outcome.TIMEOUT, url, f"no answer within {waited:g} s") from None
            except httpx.ProtocolError:
                raise FetchFailure(
                    Outcome.SERVER_ERROR, url, "the site's answer was broken off or malformed"
                ) from None
            except httpx.TransportError as exc:
                raise FetchFailure(Outcome.NO_CONNECTION, url, _transport_detail(exc)) from None
            except (httpx.HTTPError, httpx.InvalidURL):  # e.g. a body that cannot be decoded
                raise FetchFailure(
                    Outcome.SERVER_ERROR, url, "the site's answer could not be read"
                ) from None
        raise FetchFailure(
            Outcome.REDIRECT_LOOP, url, f"more than {self.limits.max_redirects} redirects"
        )

    def _redirect_target(
        self, response: httpx.Response, current: httpx.URL, asked: str
    ) -> httpx.URL | None:
        if response.status_code not in REDIRECT_STATUSES or "location" not in response.headers:
            return None
        try:
            target = current.join(response.headers["location"])
        except (httpx.InvalidURL, ValueError):
            raise FetchFailure(
                Outcome.BLOCKED, asked, "the site redirected to a bad address"
            ) from None
        if not same_site(current, target):
            raise FetchFailure(Outcome.REDIRECT_OFF_SITE, asked, f"to {target.host}")
        if current.scheme == "https" and target.scheme != "https":
            raise FetchFailure(Outcome.REDIRECT_OFF_SITE, asked, "to an address that is not https")
        try:
            return checked_url(str(target), allow_loopback_http=self.allow_loopback_http)
        except UrlRefused as exc:
            raise FetchFailure(Outcome.REDIRECT_OFF_SITE, asked, str(exc)) from None

    def _read(
        self,
        response: httpx.Response,
        url: str,
        visited: list[str],
        start: float,
        content_types: Collection[str] | None,
        cut_when_large: bool,
    ) -> FetchResult:
        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_types is not None and content_type and content_type not in content_types:
            raise FetchFailure(
                Outcome.NOT_A_PAGE, url, f"it is {content_type}", status=response.status_code
            )
        cap = self.limits.max_bytes
        declared = response.headers.get("content-length", "")
        if not cut_when_large and declared.isdigit() and int(declared) > cap:
            raise FetchFailure(
                Outcome.TOO_LARGE, url, f"{int(declared):,} bytes; the limit is {cap:,}"
            )
        chunks: list[bytes] = []
        size = 0
        truncated = False
        for chunk in _decoded(response, url):
            if time.monotonic() - start > self.limits.total_timeout:
                raise FetchFailure(
                    Outcome.TIMEOUT, url, f"not finished within {self.limits.total_timeout:g} s"
                )
            if size + len(chunk) > cap:
                chunks.append(chunk[: cap - size])
                truncated = True
                break
            chunks.append(chunk)
            size += len(chunk)
        if truncated and not cut_when_large:
            raise FetchFailure(Outcome.TOO_LARGE, url, f"more than {cap:,} bytes")
        return FetchResult(
            url=url,
            final_url=str(response.url),
            status=response.status_code,
            content_type=content_type,
            charset=response.charset_encoding,
            body=b"".join(chunks),
            truncated=truncated,
            redirects=visited[1:],
        )


def _decoded(response: httpx.Response, url: str) -> Iterator[bytes]:
    """The body, decompressed here in bounded steps: a small compressed answer that expands to
    gigabytes (a "zip bomb") never sits in memory beyond one step past the size limit."""
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding in ("", "identity"):
        yield from response.iter_raw()
        return
    if encoding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflater = zlib.decompressobj()
    else:
        raise FetchFailure(
            Outcome.SERVER_ERROR, url, f"the answer is compressed as {encoding!r}, not read here"
        )
    try:
        for raw in response.iter_raw():
            data = inflater.decompress(raw, DECODE_STEP)
            while True:
                yield data
                if not inflater.unconsumed_tail:
                    break
                data = inflater.decompress(inflater.unconsumed_tail, DECODE_STEP)
        yield inflater.flush()
    except zlib.error:
        raise FetchFailure(
            Outcome.SERVER_ERROR, url, "the site's answer could not be read"
        ) from None


def _transport_detail(exc: httpx.TransportError) -> str:
    """The kind of failure, without repeating the address the user already knows."""
    text = str(exc).strip()
    if "blocked" in text:  # the test-suite's network guard, or a firewall's words
        return text[:200]
    low = text.lower()
    if "name or service not known" in low or "nodename nor servname" in low or "getaddrinfo" in low:
        return "the site's name could not be looked up"
    if "certificate" in low or "ssl" in low:
        return "the site's security certificate could not be checked"
    if "refused" in low:
        return "the connection was refused"
    return type(exc).__name__
