"""The suite's network guard is active in every test: beyond loopback nothing connects or resolves."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests import network_guard
from tests.conftest import ROOT
from tests.network_guard import LookupBlockedError, NetworkBlockedError

# Marked online: these tests try to go beyond loopback on purpose, and open a loopback server.
pytestmark = pytest.mark.online

# 192.0.2.0/24 and 2001:db8::/32 are reserved for documentation: never a real host.
FAR_V4 = ("192.0.2.10", 80)
FAR_V6 = ("2001:db8::10", 443)


def test_guard_is_installed_for_the_whole_suite() -> None:
    assert network_guard.installed()
    assert socket.create_connection.__name__ == "_guarded_create_connection"


def test_tcp_connect_beyond_loopback_fails_with_a_clear_error() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(1)
        with pytest.raises(NetworkBlockedError, match=r"blocked: connect 192\.0\.2\.10:80"):
            s.connect(FAR_V4)
    assert "connect 192.0.2.10:80" in network_guard.attempts()


def test_connect_ex_and_create_connection_and_ipv6_are_blocked() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s, pytest.raises(NetworkBlockedError):
        s.connect_ex(FAR_V4)
    with pytest.raises(NetworkBlockedError, match="only loopback is allowed"):
        socket.create_connection(FAR_V4, timeout=1)
    with pytest.raises(NetworkBlockedError):
        socket.create_connection(FAR_V6, timeout=1)
    with pytest.raises(NetworkBlockedError, match=r"example\.org:443"):
        socket.create_connection(("example.org", 443), timeout=1)


def test_udp_datagrams_beyond_loopback_are_blocked() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        with pytest.raises(NetworkBlockedError, match=r"sendto 192\.0\.2\.10:53"):
            s.sendto(b"\x00", ("192.0.2.10", 53))
        with pytest.raises(NetworkBlockedError):
            s.sendmsg([b"\x00"], [], 0, ("192.0.2.10", 53))


def test_name_lookups_of_real_names_are_blocked() -> None:
    with pytest.raises(LookupBlockedError, match=r"example\.com"):
        socket.getaddrinfo("example.com", 443)
    with pytest.raises(LookupBlockedError):
        socket.gethostbyname("www.facebook.com")
    with pytest.raises(LookupBlockedError):
        socket.gethostbyname_ex("www.linkedin.com")
    with pytest.raises(LookupBlockedError):
        socket.gethostbyaddr("192.0.2.10")
    # A lookup failure is an OSError, as clients expect of "no network".
    assert issubclass(LookupBlockedError, OSError)
    assert issubclass(NetworkBlockedError, OSError)


def test_loopback_stays_usable() -> None:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    got: list[bytes] = []

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            got.append(conn.recv(16))

    t = threading.Thread(target=serve)
    t.start()
    with socket.create_connection(("localhost", port), timeout=5) as c:
        c.sendall(b"hello")
    t.join(5)
    server.close()
    assert got == [b"hello"]
    assert socket.getaddrinfo("127.0.0.1", port)
    assert socket.getaddrinfo("localhost", port)


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("::ffff:127.0.0.1", True),
        ("localhost", True),
        ("LOCALHOST.", True),
        ("10.0.0.1", False),
        ("192.168.1.1", False),
        ("::ffff:192.0.2.1", False),
        ("example.com", False),
        ("127.0.0.1.nip.io", False),
        ("localhost.evil.example", False),
    ],
)
def test_what_counts_as_loopback(host: str, local: bool) -> None:
    assert network_guard.is_local_host(host) is local


def test_the_summary_names_a_test_that_tried_to_connect(tmp_path: Path) -> None:
    """A test that reaches beyond loopback (and swallows the error) is still named at the end."""
    (tmp_path / "test_sneaky.py").write_text(
        "import socket\n"
        "def test_phones_home():\n"
        "    try:\n"
        "        socket.create_connection(('192.0.2.99', 443), timeout=1)\n"
        "    except OSError:\n"
        "        pass\n"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "tests.network_guard", "-p", "no:cacheprovider",
         str(tmp_path / "test_sneaky.py")],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert "1 passed" in proc.stdout, proc.stdout + proc.stderr
    assert "1 connection attempt(s) beyond loopback were blocked:" in proc.stdout
    assert "connect 192.0.2.99:443  (test_sneaky.py::test_phones_home)" in proc.stdout
