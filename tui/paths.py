r"""Paths as people type, paste or drop them into a terminal.

Terminals deliver a dropped file as text: quoted ('/a b/c.zip'), backslash-escaped
(/a\ b/c.zip), as a file:// URI, or several of these separated by spaces. Windows paths
(C:\\Users\\…) keep their backslashes.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from urllib.parse import unquote, urlparse

_WINDOWS = re.compile(r"^[\"']?[A-Za-z]:\\")


def _from_uri(token: str) -> str:
    if token.startswith("file://"):
        return unquote(urlparse(token).path)
    return token


def parse_dropped_paths(text: str) -> list[Path]:
    """The paths in `text`, in order; `~` is expanded. An empty text gives no paths."""
    text = text.strip().replace("\r", "\n")
    if not text:
        return []
    # The whole text may be one path that exists as typed (spaces and all).
    whole = Path(text.strip("\"'")).expanduser()
    if whole.exists():
        return [whole]
    if _WINDOWS.match(text):
        tokens = [t.strip("\"'") for t in re.findall(r'"[^"]+"|\'[^\']+\'|\S+', text)]
    else:
        try:
            tokens = shlex.split(text, posix=True)
        except ValueError:  # an unbalanced quote: take the text as one path
            tokens = [text.strip("\"'")]
    return [Path(_from_uri(t)).expanduser() for t in tokens if t.strip()]
