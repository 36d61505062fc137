"""Offline by proof: the whole app, imported and run in a fresh process with sockets blocked,
tries no connection at all — no dependency phones home at import or during a scan.

The child process gets the suite's guard (`tests/network_guard.py`) through a generated
`sitecustomize.py`, installed before `auditor` or any dependency is imported. It appends every
blocked attempt to a log, and records that it was installed, so the proof cannot pass by the
guard silently missing.
"""

from __future__ import annotations

import json
import textwrap

from auditor.nlp.model import find_model
from tests.conftest import SAMPLE_EXPORTS, SAMPLE_PROFILE
from tests.online.guarded import GuardedChild


def test_the_guarded_child_records_an_attempt(child: GuardedChild) -> None:
    """The control: the same harness does catch and record a connection."""
    code = "import socket\ntry:\n    socket.create_connection(('192.0.2.7', 443), timeout=1)\nexcept OSError as e:\n    print(e)"
    proc = child.run("-c", code)
    assert proc.returncode == 0, proc.stderr
    assert "network access is blocked: connect 192.0.2.7:443" in proc.stdout
    assert child.blocked() == ["connect 192.0.2.7:443"]


IMPORT_EVERYTHING = textwrap.dedent(
    """
    import importlib, pkgutil
    import auditor, tui
    for package in (auditor, tui):
        for mod in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if not mod.name.endswith("__main__"):  # running it would start the app
                importlib.import_module(mod.name)
    from tui.app import AuditorApp  # noqa: F401  (the app class and its screens)
    from auditor.detect.detector import all_detectors
    from auditor.sources.registry import all_readers
    from auditor.nlp.model import find_model, load_model
    assert all_detectors() and all_readers()
    info = find_model()
    if info is not None:
        nlp = load_model(info)
        doc = nlp("Jane Smith teaches at St Clement's in Bolton.")
        print("model", info.label, len(doc.ents))
    else:
        print("model none")
    """
)


def test_importing_the_whole_app_and_spacy_opens_no_connection(child: GuardedChild) -> None:
    proc = child.run("-c", IMPORT_EVERYTHING)
    assert proc.returncode == 0, proc.stderr[-3000:]
    installed = find_model()
    if installed is not None:  # spaCy really loaded its pipeline and ran it
        assert proc.stdout.startswith(f"model {installed.label} ")
    assert any(m.startswith("installed") for m in child.marks())
    assert child.blocked() == []


def test_a_full_scan_of_the_sample_exports_opens_no_connection(child: GuardedChild) -> None:
    exports = sorted(str(p) for p in SAMPLE_EXPORTS.iterdir() if not p.name.startswith("."))
    assert exports
    proc = child.run(
        "-m", "auditor", "scan", *exports, "--profile", str(SAMPLE_PROFILE), "--format", "json"
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    assert report["findings"], "the sample exports should give findings"
    assert len(report["summary"]["exports"]) == len(exports)
    assert any(m.startswith("installed") for m in child.marks())
    assert child.blocked() == []
    # The online features are not even loaded by a scan. (Other HTTP client code may be: spaCy's
    # project CLI, weasel, imports httpx and requests at import. Importing is not connecting,
    # which is why the proof above counts connection attempts.)
    loaded = next(m for m in child.marks() if m.startswith("http-modules ")).split(" ", 1)[1]
    assert "auditor.online" not in loaded.split(",")


def test_doctor_reports_the_network_off_without_loading_a_client(child: GuardedChild) -> None:
    proc = child.run("-m", "auditor", "doctor", "--json")
    assert proc.returncode == 0, proc.stderr[-3000:]
    info = json.loads(proc.stdout)
    assert info["network"].startswith("off: the audit opens no network connection")
    assert info["online_features_loaded"] is False
    assert child.blocked() == []
    assert "http-modules " in child.marks()
