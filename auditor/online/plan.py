"""Saying what will be contacted before anything is, and asking first.

Both online features go through here: the user sees every site by name, what is sent and what
is not, and answers yes before the first connection. Without an answer (no terminal, end of
input) the answer is no.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TextIO

import httpx

from auditor.online.fetch import TOOL_TOKEN


def contact_plan(urls: Iterable[httpx.URL], purpose: str) -> str:
    """The lines shown before any connection: each site and address, and what goes out."""
    urls = list(urls)
    sites = sorted({u.host for u in urls})
    lines = [f"{purpose} will contact {len(sites)} site(s), once per address, logged out:"]
    for url in urls:
        lines.append(f"  {url.host:<28} {url}")
    lines += [
        "It sends no login, no cookies and nothing from your downloads or your profile.",
        f"Each site sees this computer's internet address and a request from {TOOL_TOKEN}.",
    ]
    return "\n".join(lines)


def confirm(question: str, *, assume_yes: bool, out: TextIO | None = None) -> bool:
    """Ask on stderr, read one line from stdin; yes only for an explicit y/yes."""
    out = out or sys.stderr
    if assume_yes:
        return True
    print(f"{question} [y/N] ", end="", file=out, flush=True)
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        answer = ""
    if not answer:
        print(file=out)
    return answer.strip().lower() in ("y", "yes")
