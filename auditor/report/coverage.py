"""What a scan checked and what it did not: the one judgement behind an all-clear.

"Nothing breaks the policy" may only follow a scan that finished over exports it could read.
A scan that was cancelled or stopped, or that was given something that is not a download,
says plainly what was not checked and why; and a check that could not run because the profile
lacks something (where the school is, where home is, the pupil list) is named. The CLI's text
summary and the app's Scan and Findings steps both word their ending from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.models.report import ScanReport

if TYPE_CHECKING:
    from auditor.profile.schema import SchoolProfile

CANCELLED_PREFIX = "the scan was cancelled"  # the pipeline's warning when cancel is set
# Item kinds that carry a place (a photo's GPS, a check-in): what the location checks need.
PLACE_KINDS = frozenset({"media", "check_in", "place", "location"})


@dataclass(frozen=True)
class Unread:
    export: str
    why: str


@dataclass
class Coverage:
    read: list[str] = field(default_factory=list)  # exports read and checked
    unread: list[Unread] = field(default_factory=list)  # given, but not checked, and why
    cancelled: bool = False
    failure: str | None = None  # the scan stopped on an error (the app says which)
    missing: list[str] = field(default_factory=list)  # checks the profile could not feed
    files_not_read: int = 0  # files inside read exports that could not be read fully

    @property
    def complete(self) -> bool:
        """Finished, over at least one export, every export given was read."""
        return not self.cancelled and self.failure is None and not self.unread and bool(self.read)

    @property
    def nothing_checked(self) -> bool:
        return not self.read


def _name(export: str) -> str:
    return Path(export).name or export


def coverage(
    report: ScanReport | None,
    profile: SchoolProfile | None = None,
    exports: list[Path] | None = None,
    *,
    cancelled: bool = False,
    failure: str | None = None,
) -> Coverage:
    """What `report` covers. `exports` are the paths given (an export that could not even be
    opened has no summary, only a warning); `failure` is why the scan stopped, if it did."""
    cov = Coverage(cancelled=cancelled, failure=failure)
    if report is None:
        cov.unread = [Unread(str(p), "the scan stopped before it") for p in exports or []]
        return cov
    warnings = report.warnings
    cov.cancelled = cancelled or any(w.message.startswith(CANCELLED_PREFIX) for w in warnings)

    def why(export: str) -> str:
        for w in warnings:
            if w.export == export or w.file in (export, _name(export)):
                return w.message
        return "nothing in it this tool can read"

    summarised = set()
    kinds: set[str] = set()
    for e in report.summary.exports:
        summarised.add(str(Path(e.export)))
        if e.platform == "unknown" or not any(e.items.values()):
            cov.unread.append(Unread(e.export, why(e.export)))
        else:
            cov.read.append(e.export)
            kinds.update(k for k, n in e.items.items() if n)
    for p in exports or []:
        if str(p) not in summarised and not cov.cancelled:
            cov.unread.append(Unread(str(p), why(str(p))))
    read = set(cov.read)
    cov.files_not_read = sum(
        1 for w in warnings if w.export in read and not w.message.startswith(CANCELLED_PREFIX)
    )
    if profile is not None and cov.read:
        cov.missing = missing_checks(profile, kinds)
    return cov


def missing_checks(profile: SchoolProfile, kinds: set[str]) -> list[str]:
    """The checks that could not run for want of something in the profile."""
    out = []
    with_places = bool(kinds & PLACE_KINDS)
    if with_places and profile.school.location is None:
        out.append(
            "photos and check-ins were not compared with where the school is: your profile "
            "does not say where it is (Setup can find it from your photos)"
        )
    if with_places and profile.you.home_location is None:
        out.append(
            "photos and check-ins were not compared with where you live: your profile does "
            "not say where home is (Setup can find it from your photos)"
        )
    if not profile.pupils.names_file:
        out.append("pupils' names were not searched for: your profile has no pupil list")
    return out


def _files(n: int) -> str:
    return f"{n} file{'' if n == 1 else 's'}"


def ending(cov: Coverage, findings: int, *, reasons: bool = True) -> list[str]:
    """The summary's closing lines: an all-clear only when one is true. Without `reasons`
    an export not checked is only named (its warning, listed below, says why)."""
    lines: list[str] = []
    if cov.failure is not None:
        lines.append(
            f"Nothing more was checked: the scan stopped ({cov.failure}). Try again; if it "
            "stops again, try each download on its own."
        )
    elif cov.cancelled:
        lines.append(
            "The scan was cancelled: only part of the exports was checked"
            + (", and nothing was found in that part." if not findings else ".")
            + " Scan again to check everything."
        )
    elif cov.nothing_checked:
        lines.append("Nothing was checked: no download this tool can read was given.")
    elif not findings:
        head = "No findings: nothing in these exports breaks the policy's rules checked here"
        if cov.unread or cov.files_not_read:
            head += " (in what could be read)"
        lines.append(head + ".")
    for u in cov.unread:
        why = u.why if reasons else "see the warnings below"
        lines.append(f"Not checked: {_name(u.export)} ({why}).")
    if cov.unread and cov.nothing_checked:
        lines.append(
            "Give the zip (or the unpacked folder) the platform sent you; the app's "
            "Get data step says where to ask for it."
        )
    if cov.files_not_read and not findings and not cov.cancelled:
        lines.append(f"{_files(cov.files_not_read)} could not be read fully (see the warnings).")
    for m in cov.missing:
        lines.append(f"Not checked: {m}.")
    return lines
