"""Property-based robustness of every registered reader: arbitrary bytes, truncation at any
offset, and wrong JSON types in any field never crash a reader or hang it.

The readers are found through the registry and fed mutations of the project's own fixture
files that they claim, so a new reader is covered as soon as it has a fixture.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.sources.export import open_export
from auditor.sources.reader import ReadContext, Reader
from auditor.sources.registry import all_readers
from tests.conftest import FIXTURES

PER_FILE_SECONDS = 5.0
EXAMPLES = 25


def _fixture_roots() -> list[Path]:
    roots = []
    for base in (FIXTURES / "exports", FIXTURES / "sample" / "exports"):
        if base.is_dir():
            roots += [p for p in sorted(base.rglob("*")) if p.is_dir() and p.parent == base]
            roots += [p for p in sorted(base.glob("*/*")) if p.is_dir()]
    return roots


def _claimed_files() -> list[tuple[Reader, Path, str]]:
    """(reader, fixture root, entry path) for up to two fixture files per reader."""
    found: dict[str, list[tuple[Reader, Path, str]]] = {}
    readers = all_readers()
    seen: set[tuple[str, str]] = set()
    for root in _fixture_roots():
        export = open_export(root, lambda f, m: None)
        with export:
            for entry in export.entries:
                if entry.size > 2_000_000 or entry.suffix in (".jpg", ".jpeg", ".png", ".mp4"):
                    continue
                for reader in readers:
                    if reader.claims(entry, export):
                        key = (reader.name, entry.name)
                        if key not in seen and len(found.get(reader.name, [])) < 2:
                            seen.add(key)
                            found.setdefault(reader.name, []).append((reader, root, entry.path))
                        break
    return [c for cases in found.values() for c in cases]


CASES = _claimed_files()


def _read_all(reader: Reader, folder: Path, rel: str) -> tuple[int, list[str]]:
    warnings: list[str] = []
    export = open_export(folder, lambda f, m: warnings.append(f"{f}: {m}"))
    with export:
        entry = next(e for e in export.entries if e.path == rel)
        ctx = ReadContext(warn=lambda f, m: warnings.append(f"{f}: {m}"))
        start = time.monotonic()
        n = sum(1 for _ in reader.read(entry, export, ctx))
        assert time.monotonic() - start < PER_FILE_SECONDS, f"{reader.name} took too long"
    return n, warnings


def _place(tmp: Path, rel: str, data: bytes) -> Path:
    folder = tmp / f"case{random.random():.12f}"
    target = folder / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return folder


def _mutate_types(value: Any, rng: random.Random) -> Any:
    """Replace roughly one in five values, anywhere in the tree, with a value of another type."""
    others: list[Any] = [None, 0, -1, 1e308, "", "x" * 1000, [], {}, True, [[[]]], {"a": {}}]
    if rng.random() < 0.2:
        return rng.choice(others)
    if isinstance(value, dict):
        return {k: _mutate_types(v, rng) for k, v in value.items()}
    if isinstance(value, list):
        return [_mutate_types(v, rng) for v in value]
    return value


def test_some_readers_have_fixtures() -> None:
    assert CASES, "no reader claims any fixture file"


@pytest.mark.parametrize(
    ("reader", "root", "rel"), CASES, ids=[f"{c[0].name}:{Path(c[2]).name}" for c in CASES]
)
class TestReaderRobustness:
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
    @given(cut=st.floats(min_value=0.0, max_value=1.0))
    def test_truncated_anywhere(
        self,
        reader: Reader,
        root: Path,
        rel: str,
        cut: float,
        tmp_path_factory: pytest.TempPathFactory,
    ) -> None:
        data = (root / rel).read_bytes()
        folder = _place(tmp_path_factory.mktemp("t"), rel, data[: int(len(data) * cut)])
        _read_all(reader, folder, rel)
        shutil.rmtree(folder)

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=st.binary(max_size=4096))
    def test_arbitrary_bytes(
        self,
        reader: Reader,
        root: Path,
        rel: str,
        data: bytes,
        tmp_path_factory: pytest.TempPathFactory,
    ) -> None:
        folder = _place(tmp_path_factory.mktemp("b"), rel, data)
        _read_all(reader, folder, rel)
        shutil.rmtree(folder)

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
    @given(seed=st.integers(min_value=0, max_value=2**32))
    def test_wrong_types_in_fields(
        self,
        reader: Reader,
        root: Path,
        rel: str,
        seed: int,
        tmp_path_factory: pytest.TempPathFactory,
    ) -> None:
        raw = (root / rel).read_bytes()
        try:
            parsed = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            pytest.skip("not a JSON file")
        mutated = json.dumps(_mutate_types(parsed, random.Random(seed))).encode()
        folder = _place(tmp_path_factory.mktemp("j"), rel, mutated)
        _read_all(reader, folder, rel)
        shutil.rmtree(folder)

    def test_invalid_utf8_and_utf16(
        self, reader: Reader, root: Path, rel: str, tmp_path: Path
    ) -> None:
        raw = (root / rel).read_bytes()
        text = raw.decode("utf-8", errors="replace")
        for data in (
            raw.replace(b"e", b"\xff\xfe", 3),
            text.encode("utf-16"),
            text.encode("utf-16-le"),
        ):
            _read_all(reader, _place(tmp_path, rel, data), rel)

    def test_enormous_string_and_deep_nesting(
        self, reader: Reader, root: Path, rel: str, tmp_path: Path
    ) -> None:
        huge = b'{"profile_v2": {"name": "' + b"A" * 20_000_000 + b'"}}'
        _read_all(reader, _place(tmp_path, rel, huge), rel)
        deep = b"[" * 100_000 + b"]" * 100_000
        _read_all(reader, _place(tmp_path, rel, deep), rel)
