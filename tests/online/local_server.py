"""A loopback HTTP server serving the project's recorded-style pages and awkward answers.

Runs `http.server` in a thread on 127.0.0.1, port 0 (any free port). Routes are a table of
small functions, so each test reads what the "site" does: a profile, a login wall, a consent
page, a 429 with Retry-After, a redirect loop, a redirect to another site, a huge page, a slow
page, a trickling page, a published school profile… Nothing here listens beyond loopback.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).parent / "pages"
HTML = "text/html; charset=utf-8"


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = HTML
    delay: float = 0.0  # seconds before the status line
    trickle: float = 0.0  # seconds between bytes of the body
    repeat: int = 1  # the body is sent this many times (huge pages without holding them)
    declared_length: int | None = None  # a Content-Length that does not match (a cut answer)


Route = Callable[["LocalSite"], Answer]


def page(name: str) -> Route:
    return lambda site: Answer(body=(PAGES / name).read_bytes())


def redirect(to: str, status: int = 302) -> Route:
    return lambda site: Answer(status=status, headers={"Location": to.format(port=site.port)})


class LocalSite:
    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.requests: list[tuple[str, dict[str, str]]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass  # quiet tests

            def do_GET(self) -> None:
                site.requests.append((self.path, dict(self.headers.items())))
                route = site.routes.get(self.path.split("?", 1)[0])
                answer = route(site) if route else Answer(status=404, body=b"<h1>Not found</h1>")
                # The client may stop reading (size limit, timeout): as intended.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self._send(answer)

            def _send(self, a: Answer) -> None:
                if a.delay:
                    time.sleep(a.delay)
                self.send_response(a.status)
                self.send_header("Content-Type", a.content_type)
                if not a.trickle:
                    length = a.declared_length or len(a.body) * a.repeat
                    self.send_header("Content-Length", str(length))
                for k, v in a.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                if a.trickle:
                    for i in range(len(a.body)):
                        self.wfile.write(a.body[i : i + 1])
                        self.wfile.flush()
                        time.sleep(a.trickle)
                    return
                for _ in range(a.repeat):
                    self.wfile.write(a.body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def paths(self) -> list[str]:
        return [p for p, _ in self.requests]


@contextmanager
def serving(routes: dict[str, Route]) -> Iterator[LocalSite]:
    site = LocalSite(routes)
    site.thread.start()
    try:
        yield site
    finally:
        site.server.shutdown()
        site.server.server_close()


FILLER = b"<p>" + b"Lemon drizzle and parkin. " * 40 + b"</p>\n"
HUGE_HEAD = (
    b"<!DOCTYPE html><html><head><title>Jane Smith</title>"
    b'<meta property="og:title" content="Jane Smith">'
    b'<meta property="og:description" content="Year 4 Teacher at St Clement\'s CE Primary School">'
    b"</head><body><h1>Jane Smith</h1>"
)


@functools.cache
def gzip_bomb() -> bytes:
    """About 20 KB that expand to 20 MB (100 times the tests' size limit): a profile head, then
    spaces."""
    return gzip.compress(HUGE_HEAD + b" " * 20_000_000, compresslevel=9)


PROFILE_ROUTES: dict[str, Route] = {
    "/in/janesmith": page("linkedin_profile.html"),
    "/jane.smith.bolton": page("facebook_profile.html"),
    "/@jane.bakes": page("tiktok_profile.html"),
    "/jane.walks": page("instagram_profile.html"),
    "/janesmith_ig": redirect("/accounts/login/?next=/janesmith_ig/"),
    "/accounts/login/": page("instagram_login.html"),
    "/consented": page("consent.html"),
    "/janesmith_x": page("x_shell.html"),
    "/bakes": lambda site: Answer(
        body=(PAGES / "personal_page.html").read_bytes(), content_type="text/html"
    ),
    "/busy": lambda site: Answer(
        status=429, body=b"<h1>Too many requests</h1>", headers={"Retry-After": "120"}
    ),
    "/gone": lambda site: Answer(status=404, body=b"<h1>This page isn't available</h1>"),
    "/forbidden": lambda site: Answer(status=403, body=b"<h1>Forbidden</h1>"),
    "/li-999": lambda site: Answer(status=999, body=b""),
    "/oops": lambda site: Answer(status=503, body=b"<h1>Service unavailable</h1>"),
    "/loop-a": redirect("/loop-b"),
    "/loop-b": redirect("/loop-a"),
    "/moved": redirect("/in/janesmith", 301),
    "/elsewhere": redirect("http://localhost:{port}/in/janesmith"),
    "/far-away": redirect("https://example.org/janesmith"),
    "/downgrade": redirect("http://127.0.0.1:{port}/in/janesmith"),
    "/huge": lambda site: Answer(body=HUGE_HEAD + FILLER * 5000),  # about 5 MB
    "/slow": lambda site: Answer(body=(PAGES / "linkedin_profile.html").read_bytes(), delay=3.0),
    "/trickle": lambda site: Answer(body=HUGE_HEAD + FILLER, trickle=0.05),
    "/deep": lambda site: Answer(
        body=b"<html><body>"
        + b"<div>" * 30000
        + b"Year 4 teacher at St Clement's CE Primary School"
    ),
    "/cut-short": lambda site: Answer(body=b"<html>", declared_length=5000),
    "/bad-gzip": lambda site: Answer(body=b"not gzip at all", headers={"Content-Encoding": "gzip"}),
    "/gzip-bomb": lambda site: Answer(body=gzip_bomb(), headers={"Content-Encoding": "gzip"}),
    "/photo.jpg": lambda site: Answer(body=b"\xff\xd8\xff", content_type="image/jpeg"),
}
