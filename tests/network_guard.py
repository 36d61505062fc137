"""The test suite's network guard: no test (and no dependency a test imports) reaches past loopback.

Registered as a pytest plugin from `tests/conftest.py`, it is installed before any test module is
imported, so a library that phones home at import is caught too. Every way a Python program
reaches the network goes through a few functions of the `socket` module; they are wrapped:

- `socket.socket.connect` / `connect_ex` (TCP and connected UDP, plain or TLS: `ssl.SSLSocket`
  connects through them), `sendto` / `sendmsg` (UDP datagrams, e.g. a hand-made DNS query);
- `socket.create_connection` (what httpx/httpcore, urllib and most clients call);
- `socket.getaddrinfo`, `gethostbyname(_ex)`, `gethostbyaddr`, `getnameinfo` (name lookups, which
  send DNS queries from inside the C library, where the socket wrappers cannot see them).

Loopback (127.0.0.0/8, ::1, "localhost") and Unix-domain sockets stay allowed: tests marked
`online` run their HTTP server on 127.0.0.1. Anything else raises `NetworkBlockedError` (an
`OSError`, so clients report it the way they report "no network") with a message naming the
address, and is recorded. `install(log_path)` is also what the subprocess proof in
`tests/online/test_offline_proof.py` uses (through a generated `sitecustomize.py`), so this
module imports nothing but the standard library.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})


class NetworkBlockedError(ConnectionRefusedError):
    """A connection or name lookup beyond loopback, refused by the test network guard."""


class LookupBlockedError(socket.gaierror):
    """A name lookup of a non-local name, refused by the test network guard."""


_lock = threading.Lock()
_attempts: list[str] = []
_where: list[tuple[str, bool]] = []  # for each attempt: the test running, and if marked online
_current: tuple[str, bool] = ("(start-up or collection)", False)
_log_path: Path | None = None
_originals: dict[str, Any] = {}


def attempts() -> list[str]:
    """Every blocked attempt so far in this process ("connect 192.0.2.1:80", "lookup example.com")."""
    with _lock:
        return list(_attempts)


def is_local_host(host: object) -> bool:
    """True for loopback addresses and the loopback names; False for anything else."""
    if host is None:
        return True  # getaddrinfo(None, port): the local wildcard, no lookup
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    name = host.strip().rstrip(".").lower()
    if name in LOCAL_NAMES or name == "":
        return True
    name = name.strip("[]").split("%", 1)[0]  # [::1], fe80::1%eth0
    try:
        ip = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped.is_loopback
    return ip.is_loopback


def _address_is_local(address: object) -> bool:
    if isinstance(address, str | bytes) and not isinstance(address, tuple):
        return True  # AF_UNIX path (or abstract name): never leaves this machine
    if isinstance(address, tuple) and address:
        return is_local_host(address[0])
    return False


def _describe(address: object) -> str:
    if isinstance(address, tuple) and len(address) >= 2:
        return f"{address[0]}:{address[1]}"
    return repr(address)


def _block(what: str) -> None:
    line = what
    with _lock:
        _attempts.append(line)
        _where.append(_current)
        if _log_path is not None:
            try:
                with open(_log_path, "a", encoding="utf-8") as fh:
                    fh.write(line + "\n")
            except OSError:
                pass


def _refuse(what: str) -> NetworkBlockedError:
    _block(what)
    return NetworkBlockedError(
        f"network access is blocked: {what} (only loopback is allowed; the tool must work offline)"
    )


def _refuse_lookup(name: object) -> LookupBlockedError:
    _block(f"lookup {name}")
    return LookupBlockedError(
        socket.EAI_NONAME,
        f"network access is blocked: name lookup of {name!r} (only loopback is allowed)",
    )


def _wrap_connect(original: Callable[..., Any], verb: str) -> Callable[..., Any]:
    def guarded(self: socket.socket, address: Any, *args: Any, **kwargs: Any) -> Any:
        if not _address_is_local(address):
            raise _refuse(f"{verb} {_describe(address)}")
        return original(self, address, *args, **kwargs)

    guarded.__wrapped__ = original  # type: ignore[attr-defined]
    return guarded


def _guarded_sendto(self: socket.socket, data: Any, *args: Any) -> Any:
    address = args[-1] if args else None
    if address is not None and not _address_is_local(address):
        raise _refuse(f"sendto {_describe(address)}")
    return _originals["sendto"](self, data, *args)


def _guarded_sendmsg(self: socket.socket, buffers: Any, *args: Any) -> Any:
    address = args[2] if len(args) >= 3 else None
    if address is not None and not _address_is_local(address):
        raise _refuse(f"sendmsg {_describe(address)}")
    return _originals["sendmsg"](self, buffers, *args)


def _guarded_create_connection(address: Any, *args: Any, **kwargs: Any) -> Any:
    if not _address_is_local(address):
        raise _refuse(f"connect {_describe(address)}")
    return _originals["create_connection"](address, *args, **kwargs)


def _guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    if not is_local_host(host):
        raise _refuse_lookup(host)
    return _originals["getaddrinfo"](host, *args, **kwargs)


def _guarded_lookup(name: str) -> Callable[..., Any]:
    def guarded(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not is_local_host(host):
            raise _refuse_lookup(host)
        return _originals[name](host, *args, **kwargs)

    return guarded


def _guarded_getnameinfo(sockaddr: Any, flags: int) -> Any:
    if not _address_is_local(sockaddr):
        raise _refuse_lookup(_describe(sockaddr))
    return _originals["getnameinfo"](sockaddr, flags)


def install(log_path: str | os.PathLike[str] | None = None) -> None:
    """Install the guard in this process (idempotent). Blocked attempts are also appended, one a
    line, to `log_path` when given."""
    global _log_path
    with _lock:
        if log_path is not None:
            _log_path = Path(log_path)
        if _originals:
            return
        cls = socket.socket
        _originals.update(
            connect=cls.connect,
            connect_ex=cls.connect_ex,
            sendto=cls.sendto,
            sendmsg=cls.sendmsg,
            create_connection=socket.create_connection,
            getaddrinfo=socket.getaddrinfo,
            gethostbyname=socket.gethostbyname,
            gethostbyname_ex=socket.gethostbyname_ex,
            gethostbyaddr=socket.gethostbyaddr,
            getnameinfo=socket.getnameinfo,
        )
        cls.connect = _wrap_connect(_originals["connect"], "connect")  # type: ignore[method-assign]
        cls.connect_ex = _wrap_connect(_originals["connect_ex"], "connect")  # type: ignore[method-assign]
        cls.sendto = _guarded_sendto  # type: ignore[method-assign,assignment]
        cls.sendmsg = _guarded_sendmsg  # type: ignore[method-assign,assignment]
        socket.create_connection = _guarded_create_connection
        socket.getaddrinfo = _guarded_getaddrinfo
        socket.gethostbyname = _guarded_lookup("gethostbyname")
        socket.gethostbyname_ex = _guarded_lookup("gethostbyname_ex")
        socket.gethostbyaddr = _guarded_lookup("gethostbyaddr")
        socket.getnameinfo = _guarded_getnameinfo


def installed() -> bool:
    return bool(_originals)


# --- pytest plugin ------------------------------------------------------------------------------


def pytest_configure(config: Any) -> None:
    """Installed at configure time, before test modules (and what they import) are loaded."""
    install()


def pytest_runtest_setup(item: Any) -> None:
    global _current
    _current = (item.nodeid, item.get_closest_marker("online") is not None)


def pytest_runtest_teardown(item: Any) -> None:
    global _current
    _current = ("(between tests)", False)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Names every test (or import) that tried to go beyond loopback. Tests marked `online`
    make such attempts on purpose, to check that a blocked network fails cleanly."""
    with _lock:
        records = list(zip(_attempts, _where, strict=True))
    deliberate = sum(1 for _, (_, online) in records if online)
    unexpected = sorted({(what, test) for what, (test, online) in records if not online})
    if not records:
        return
    terminalreporter.section("network guard")
    if unexpected:
        terminalreporter.write_line(
            f"{len(unexpected)} connection attempt(s) beyond loopback were blocked:"
        )
        for what, test in unexpected:
            terminalreporter.write_line(f"  {what}  ({test})")
    if deliberate:
        terminalreporter.write_line(
            f"{deliberate} deliberate attempt(s) by tests marked online were blocked, as they expect."
        )
