"""Nothing but `auditor/online/` may open a connection: no other module of the tool (or the TUI)
imports a network client. Read from the source itself, so a new import anywhere fails here."""

from __future__ import annotations

import ast
import re
import warnings
from pathlib import Path

from tests.conftest import ROOT

# Modules that open connections. `urllib.parse` (only parses URLs) is allowed everywhere.
NETWORK_MODULES = (
    "socket",
    "ssl",
    "http.client",
    "http.server",
    "urllib.request",
    "httpx",
    "httpcore",
    "h11",
    "requests",
    "urllib3",
    "aiohttp",
    "websockets",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc.client",
    "asyncio.streams",
)
ONLINE = ROOT / "auditor" / "online"
DYNAMIC = re.compile(
    r"""(?:import_module|__import__)\(\s*["'](""" + "|".join(map(re.escape, NETWORK_MODULES)) + r")"
)
# Calls that open a connection without importing a client module of their own.
OPENERS = ("open_connection", "create_connection", "urlopen")


def _is_network(module: str) -> bool:
    return any(module == m or module.startswith(m + ".") for m in NETWORK_MODULES)


def network_uses(path: Path, root: Path = ROOT) -> list[str]:
    source = path.read_text("utf-8")
    with warnings.catch_warnings():  # another module's odd escape is not this test's business
        warnings.simplefilter("ignore")
        tree = ast.parse(source, str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [f"import {a.name}" for a in node.names if _is_network(a.name)]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if _is_network(node.module):
                found.append(f"from {node.module} import …")
            else:  # `from urllib import request`, `from http import client`
                found += [
                    f"from {node.module} import {a.name}"
                    for a in node.names
                    if _is_network(f"{node.module}.{a.name}")
                ]
        elif isinstance(node, ast.Attribute) and node.attr in OPENERS:
            found.append(f"call .{node.attr}")
    found += [f"dynamic import of {m}" for m in DYNAMIC.findall(source)]
    return [f"{path.relative_to(root)}:{use}" for use in found]


def tool_sources() -> list[Path]:
    files = [*(ROOT / "auditor").rglob("*.py"), *(ROOT / "tui").rglob("*.py")]
    return sorted(p for p in files if ONLINE not in p.parents)


def test_no_module_outside_online_uses_the_network() -> None:
    files = tool_sources()
    assert len(files) > 20  # the walk really covers the tool
    uses = [u for path in files for u in network_uses(path)]
    assert uses == [], "network code outside auditor/online/:\n" + "\n".join(uses)


def test_the_checker_catches_every_form(tmp_path: Path) -> None:
    """The control: each way of reaching the network is reported."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import socket\n"
        "import urllib.request as r\n"
        "from urllib import request\n"
        "from urllib.parse import urlsplit\n"
        "import httpx.\\\n    _client\n"
        "from http import client\n"
        "import importlib\n"
        "m = importlib.import_module('requests')\n"
        "import asyncio\n"
        "asyncio.open_connection('h', 1)\n",
    )
    found = [u.split(":", 1)[1] for u in network_uses(sample, tmp_path)]
    assert found == [
        "import socket",
        "import urllib.request",
        "from urllib import request",
        "import httpx._client",
        "from http import client",
        "call .open_connection",
        "dynamic import of requests",
    ]


def test_the_online_package_is_where_the_client_is() -> None:
    """The exemption is not vacuous: the online package does use httpx, and only it."""
    online = [u for p in sorted(ONLINE.rglob("*.py")) for u in network_uses(p)]
    assert any("httpx" in u for u in online)
