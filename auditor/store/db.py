"""The store: one SQLite database per user, private, in WAL mode, migrated on open.

Every change is one transaction (`BEGIN IMMEDIATE … COMMIT`), so a crash or a kill at any
moment leaves the database as it was before or after that change, never between. An audit is
written as `running` when it starts and becomes `completed` in the same transaction that
records its findings; one left `running` by a dead process is reported as interrupted.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from auditor.errors import AuditorError
from auditor.models.finding import Finding
from auditor.models.report import ScanReport
from auditor.store.lock import StateLock
from auditor.store.models import (
    AuditCounts,
    AuditRecord,
    AuditStatus,
    Decision,
    DecisionRecord,
    ExportRecord,
    FindingStatus,
    TrackedFinding,
)
from auditor.store.paths import DB_NAME, LOCK_NAME, ensure_private_dir, private_file, state_dir
from auditor.store.redact import redacted
from auditor.store.schema import migrate

BUSY_TIMEOUT_MS = 10_000
_CHUNK = 400  # keys per IN (…) query, well under SQLite's variable limit


def now_utc() -> datetime:
    return datetime.now(UTC)


def _ts(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class UnknownFinding(AuditorError):
    """No finding in the history has that id."""


class Store:
    """The audit history, decisions, ticked settings and caches of one user.

    Safe to share between threads of one process (one connection, serialised); several
    processes may read at once, and writers wait for each other (busy timeout).
    """

    def __init__(self, folder: Path, conn: sqlite3.Connection) -> None:
        self.folder = folder
        self.path = folder / DB_NAME
        self.lock = StateLock(folder / LOCK_NAME)
        self._conn = conn
        self._mutex = threading.RLock()

    # -- opening and closing ------------------------------------------------------------

    @classmethod
    def open(cls, override: Path | None = None) -> Store:
        folder = ensure_private_dir(state_dir(override))
        path = folder / DB_NAME
        try:
            if not path.exists():
                # Created 0600 before SQLite touches it: its -wal and -shm files copy this mode.
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
            private_file(path)
            conn = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
            )
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")  # safe in WAL mode: no corruption
            conn.execute("PRAGMA foreign_keys = ON")
            migrate(conn)
        except sqlite3.DatabaseError as exc:
            raise AuditorError(
                f"{path}: the audit history cannot be opened ({exc}); "
                "'auditor wipe' removes it and starts afresh"
            ) from None
        for suffix in ("-wal", "-shm"):
            private_file(path.with_name(path.name + suffix))
        return cls(folder, conn)

    def close(self) -> None:
        with self._mutex:
            self.lock.release()
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is kept, or none of it."""
        with self._mutex:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _query(self, sql: str, args: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._mutex:
            cur = self._conn.execute(sql, args)
            cur.row_factory = sqlite3.Row
            return list(cur.fetchall())

    def integrity_check(self) -> str:
        return str(self._query("PRAGMA integrity_check")[0][0])

    # -- audits -------------------------------------------------------------------------

    def begin_audit(
        self,
        exports: list[ExportRecord],
        *,
        profile_name: str,
        profile_fingerprint: str,
        rules_version: str,
        detector_version: str,
        tool_version: str,
        review_interval_days: int,
    ) -> int:
        with self._tx() as c:
            cur = c.execute(
                "INSERT INTO audits (started_at, status, profile_name, profile_fingerprint,"
                " rules_version, detector_version, tool_version, review_interval_days, pid)"
                " VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?)",
                (
                    _ts(now_utc()),
                    profile_name,
                    profile_fingerprint,
                    rules_version,
                    detector_version,
                    tool_version,
                    review_interval_days,
                    os.getpid(),
                ),
            )
            audit_id = int(cur.lastrowid or 0)
            c.executemany(
                "INSERT INTO audit_exports (audit_id, path, fingerprint, platforms)"
                " VALUES (?, ?, ?, '[]')",
                [(audit_id, e.path, e.fingerprint) for e in exports],
            )
        return audit_id

    def resume_audit(self, audit_id: int) -> None:
        with self._tx() as c:
            c.execute(
                "UPDATE audits SET status = 'running', resumed = resumed + 1, pid = ? WHERE id = ?",
                (os.getpid(), audit_id),
            )

    def set_progress(self, audit_id: int, items_done: int) -> None:
        with self._tx() as c:
            c.execute(
                "UPDATE audits SET items_done = max(items_done, ?) WHERE id = ?",
                (items_done, audit_id),
            )

    def mark_stopped(self, audit_id: int, status: AuditStatus = AuditStatus.INTERRUPTED) -> None:
        with self._tx() as c:
            c.execute(
                "UPDATE audits SET status = ? WHERE id = ? AND status = 'running'",
                (status.value, audit_id),
            )

    def reap_interrupted(self) -> list[AuditRecord]:
        """Audits left `running` by a process that is gone become `interrupted`.

        Call with the scan lock held: then no other process can be running one."""
        running = [a for a in self.audits() if a.status == AuditStatus.RUNNING]
        for a in running:
            self.mark_stopped(a.id)
            a.status = AuditStatus.INTERRUPTED
        return running

    def last_interrupted(self) -> AuditRecord | None:
        """The latest audit, when it did not finish (so the next run can say so)."""
        audits = self.audits()
        if audits and audits[-1].status in (AuditStatus.INTERRUPTED, AuditStatus.RUNNING):
            return audits[-1]
        return None

    def audits(self) -> list[AuditRecord]:
        rows = self._query("SELECT * FROM audits ORDER BY id")
        exports: dict[int, list[ExportRecord]] = {}
        for r in self._query("SELECT * FROM audit_exports ORDER BY audit_id, rowid"):
            exports.setdefault(int(r["audit_id"]), []).append(
                ExportRecord(r["path"], r["fingerprint"], json.loads(r["platforms"]))
            )
        return [_audit(r, exports.get(int(r["id"]), [])) for r in rows]

    def audit(self, audit_id: int) -> AuditRecord | None:
        return next((a for a in self.audits() if a.id == audit_id), None)

    def last_completed(self) -> AuditRecord | None:
        done = [a for a in self.audits() if a.status == AuditStatus.COMPLETED]
        return done[-1] if done else None

    def finish_audit(
        self, audit_id: int, report: ScanReport, *, complete: bool = True
    ) -> AuditCounts:
        """Record what an audit found, in one transaction, and close it.

        Findings of the platforms this audit read that it no longer finds become resolved;
        only when the audit completed, and not those from a file it could not read fully (a
        partial reading proves nothing about absence)."""
        when = now_utc()
        counts = AuditCounts(findings=len(report.findings))
        covered = {"all"} | {p for e in report.summary.exports for p in e.platforms}
        with self._tx() as c:
            for e in report.summary.exports:
                c.execute(
                    "UPDATE audit_exports SET platforms = ? WHERE audit_id = ? AND path = ?",
                    (json.dumps(e.platforms), audit_id, e.export),
                )
            known = {
                r[0]: (r[1], int(r[2]))
                for r in c.execute("SELECT id, status, first_audit FROM findings")
            }
            for f in report.findings:
                status = self._status_of(c, audit_id, f, known.get(f.id), when)
                setattr(counts, status.value, getattr(counts, status.value) + 1)
                self._upsert_finding(c, audit_id, f, status, when, f.id in known)
            if complete:
                present = {f.id for f in report.findings}
                # A file that could not be read fully proves nothing about what is not in it.
                unread = {w.file for w in report.warnings}
                for fid, (status, _first) in known.items():
                    if fid in present or status == FindingStatus.RESOLVED.value:
                        continue
                    platform, data = c.execute(
                        "SELECT platform, data FROM findings WHERE id = ?", (fid,)
                    ).fetchone()
                    if platform not in covered:
                        continue
                    if unread and Finding.model_validate_json(data).item.source in unread:
                        continue
                    c.execute(
                        "UPDATE findings SET status = 'resolved', reopened = 0 WHERE id = ?",
                        (fid,),
                    )
                    c.execute(
                        "INSERT OR REPLACE INTO audit_findings VALUES (?, ?, 'resolved')",
                        (audit_id, fid),
                    )
                    counts.resolved += 1
            c.execute(
                "UPDATE audits SET status = ?, finished_at = ?, n_findings = ?, n_new = ?,"
                " n_open = ?, n_resolved = ?, n_reopened = ?, summary = ? WHERE id = ?",
                (
                    (AuditStatus.COMPLETED if complete else AuditStatus.CANCELLED).value,
                    _ts(when),
                    counts.findings,
                    counts.new,
                    counts.open,
                    counts.resolved,
                    counts.reopened,
                    report.summary.model_dump_json(),
                    audit_id,
                ),
            )
        return counts

    def _status_of(
        self,
        c: sqlite3.Connection,
        audit_id: int,
        f: Finding,
        known: tuple[str, int] | None,
        when: datetime,
    ) -> FindingStatus:
        if known is None:
            return FindingStatus.NEW
        status, first_audit = known
        if first_audit == audit_id:  # recorded by this very audit (resumed): still new
            return FindingStatus.NEW
        decision = self._current_decision(c, f.id)
        came_back = status == FindingStatus.RESOLVED.value
        fixed_but_here = (
            decision is not None
            and decision.decision == Decision.FIXED
            and self._download_newer_than(c, audit_id, f, decision.made_at)
        )
        if came_back or fixed_but_here:
            if decision is not None and decision.decision == Decision.FIXED:
                c.execute(
                    "INSERT INTO decisions (finding_id, decision, note, made_at, by)"
                    " VALUES (?, 'open', ?, ?, 'audit')",
                    (
                        f.id,
                        "It appears again in a download made after you marked it fixed.",
                        _ts(when),
                    ),
                )
            return FindingStatus.REOPENED
        return FindingStatus.OPEN

    def _download_newer_than(
        self, c: sqlite3.Connection, audit_id: int, f: Finding, since: datetime
    ) -> bool:
        """Whether the download this finding comes from was not yet audited at `since`.

        The same old download audited again still shows a post the user has since deleted;
        only a download made later is evidence that it is back."""
        rows = c.execute(
            "SELECT path, fingerprint FROM audit_exports WHERE audit_id = ?", (audit_id,)
        ).fetchall()
        prints = [fp for path, fp in rows if path == f.item.export] or [fp for _, fp in rows]
        for fp in prints:
            seen_before = c.execute(
                "SELECT 1 FROM audit_exports e JOIN audits a ON a.id = e.audit_id"
                " WHERE e.fingerprint = ? AND a.id != ? AND a.started_at <= ? LIMIT 1",
                (fp, audit_id, _ts(since)),
            ).fetchone()
            if seen_before is None:
                return True
        return False

    def _upsert_finding(
        self,
        c: sqlite3.Connection,
        audit_id: int,
        f: Finding,
        status: FindingStatus,
        when: datetime,
        exists: bool,
    ) -> None:
        data = redacted(f).model_dump_json()
        reopened = 1 if status == FindingStatus.REOPENED else 0
        if exists:
            c.execute(
                "UPDATE findings SET data = ?, platform = ?, rule = ?, clause = ?, severity = ?,"
                " status = ?, reopened = max(reopened, ?), last_audit = ?, last_seen = ?"
                " WHERE id = ?",
                (
                    data,
                    f.platform,
                    f.rule,
                    f.clause,
                    f.severity.value,
                    status.value,
                    reopened,
                    audit_id,
                    _ts(when),
                    f.id,
                ),
            )
        else:
            c.execute(
                "INSERT INTO findings (id, platform, rule, clause, severity, data, status,"
                " reopened, first_audit, last_audit, first_seen, last_seen)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
                (
                    f.id,
                    f.platform,
                    f.rule,
                    f.clause,
                    f.severity.value,
                    data,
                    status.value,
                    audit_id,
                    audit_id,
                    _ts(when),
                    _ts(when),
                ),
            )
        c.execute(
            "INSERT OR REPLACE INTO audit_findings VALUES (?, ?, ?)",
            (audit_id, f.id, status.value),
        )

    # -- findings and decisions ---------------------------------------------------------

    def findings(self, *, include_resolved: bool = False) -> list[TrackedFinding]:
        """Every finding the history knows, with its status and current decision."""
        where = "" if include_resolved else " WHERE f.status != 'resolved'"
        rows = self._query(f"SELECT * FROM findings f{where}")
        decisions = self._current_decisions()
        out: list[TrackedFinding] = []
        for r in rows:
            d = decisions.get(r["id"])
            out.append(
                TrackedFinding(
                    finding=Finding.model_validate_json(r["data"]),
                    status=FindingStatus(r["status"]),
                    decision=d.decision if d else Decision.OPEN,
                    note=d.note if d else "",
                    decided_at=d.made_at if d else None,
                    first_seen=datetime.fromisoformat(r["first_seen"]),
                    last_seen=datetime.fromisoformat(r["last_seen"]),
                    first_audit=int(r["first_audit"]),
                    last_audit=int(r["last_audit"]),
                    reopened=bool(r["reopened"]),
                )
            )
        return out

    def audit_statuses(self, audit_id: int) -> dict[str, FindingStatus]:
        """Finding id -> what this audit made of it (new, open, reopened, resolved)."""
        return {
            r["finding_id"]: FindingStatus(r["status"])
            for r in self._query(
                "SELECT finding_id, status FROM audit_findings WHERE audit_id = ?", (audit_id,)
            )
        }

    def resolve_id(self, prefix: str) -> str:
        """A finding id from its full form or an unambiguous start of it (case-insensitive)."""
        wanted = prefix.strip()
        rows = self._query(
            "SELECT id FROM findings WHERE lower(id) = lower(?) OR lower(id) LIKE lower(?)"
            " ESCAPE '\\'",
            (wanted, _like_prefix(wanted)),
        )
        ids = sorted({str(r[0]) for r in rows})
        exact = [i for i in ids if i.lower() == wanted.lower()]
        if exact:
            return exact[0]
        if len(ids) == 1 and len(wanted) >= 4:
            return ids[0]
        if not ids:
            raise UnknownFinding(f"no finding with id {wanted!r} in the audit history")
        raise UnknownFinding(f"{wanted!r} matches {len(ids)} findings; give more of the id")

    def decide(self, finding_id: str, decision: Decision, note: str = "") -> DecisionRecord:
        fid = self.resolve_id(finding_id)
        note = note.strip()
        if decision == Decision.PERMITTED and not note:
            raise AuditorError(
                "a 'permitted' decision needs a note saying who permitted it and why "
                "(for example: --note 'Headteacher agreed, family member, 6.7')"
            )
        record = DecisionRecord(fid, decision, note, now_utc(), "you")
        with self._tx() as c:
            c.execute(
                "INSERT INTO decisions (finding_id, decision, note, made_at, by)"
                " VALUES (?, ?, ?, ?, 'you')",
                (fid, decision.value, note, _ts(record.made_at)),
            )
            c.execute("UPDATE findings SET reopened = 0 WHERE id = ?", (fid,))
        return record

    def undo(self, finding_id: str) -> DecisionRecord | None:
        """Withdraw the latest decision about a finding; returns the one now in force."""
        fid = self.resolve_id(finding_id)
        with self._tx() as c:
            row = c.execute(
                "SELECT id FROM decisions WHERE finding_id = ? AND undone_at IS NULL"
                " ORDER BY id DESC LIMIT 1",
                (fid,),
            ).fetchone()
            if row is None:
                raise AuditorError(f"there is no decision about {fid} to undo")
            c.execute("UPDATE decisions SET undone_at = ? WHERE id = ?", (_ts(now_utc()), row[0]))
            return self._current_decision(c, fid)

    def decisions(self, finding_id: str) -> list[DecisionRecord]:
        fid = self.resolve_id(finding_id)
        return [
            _decision(r)
            for r in self._query("SELECT * FROM decisions WHERE finding_id = ? ORDER BY id", (fid,))
        ]

    def _current_decision(self, c: sqlite3.Connection, fid: str) -> DecisionRecord | None:
        cur = c.execute(
            "SELECT * FROM decisions WHERE finding_id = ? AND undone_at IS NULL"
            " ORDER BY id DESC LIMIT 1",
            (fid,),
        )
        cur.row_factory = sqlite3.Row
        row = cur.fetchone()
        return _decision(row) if row else None

    def _current_decisions(self) -> dict[str, DecisionRecord]:
        rows = self._query(
            "SELECT d.* FROM decisions d JOIN (SELECT finding_id, max(id) AS id FROM decisions"
            " WHERE undone_at IS NULL GROUP BY finding_id) latest ON latest.id = d.id"
        )
        return {r["finding_id"]: _decision(r) for r in rows}

    # -- privacy settings ticked ----------------------------------------------------------

    def set_setting_checked(self, platform: str, check_id: str, checked: bool = True) -> None:
        with self._tx() as c:
            if checked:
                c.execute(
                    "INSERT OR REPLACE INTO settings_checked VALUES (?, ?, ?)",
                    (platform, check_id, _ts(now_utc())),
                )
            else:
                c.execute(
                    "DELETE FROM settings_checked WHERE platform = ? AND check_id = ?",
                    (platform, check_id),
                )

    def settings_checked(self) -> dict[tuple[str, str], datetime]:
        return {
            (r[0], r[1]): datetime.fromisoformat(r[2])
            for r in self._query("SELECT platform, check_id, checked_at FROM settings_checked")
        }

    # -- caches ---------------------------------------------------------------------------

    def text_cache_get(self, namespace: str, keys: Sequence[bytes]) -> dict[bytes, str]:
        return self._cache_get("text_cache", "evidence", namespace, keys)

    def text_cache_put(self, namespace: str, entries: Iterable[tuple[bytes, str]]) -> None:
        rows = [(namespace, k, v) for k, v in entries]
        if not rows:
            return
        with self._tx() as c:
            c.executemany("INSERT OR REPLACE INTO text_cache VALUES (?, ?, ?)", rows)

    # The media-analysis cache (auditor.detect.media.cache.MediaCache): SHA-256 -> JSON.

    def media_cache_get(self, namespace: str, keys: Sequence[bytes]) -> dict[bytes, str]:
        return self._cache_get("media_cache", "value", namespace, keys)

    def media_cache_put(self, namespace: str, entries: list[tuple[bytes, str]]) -> None:
        rows = [(namespace, k, v) for k, v in entries]
        if rows:
            with self._tx() as c:
                c.executemany("INSERT OR REPLACE INTO media_cache VALUES (?, ?, ?)", rows)

    def _cache_get(
        self, table: str, column: str, namespace: str, keys: Sequence[bytes]
    ) -> dict[bytes, str]:
        out: dict[bytes, str] = {}
        for i in range(0, len(keys), _CHUNK):
            chunk = list(keys[i : i + _CHUNK])
            marks = ",".join("?" * len(chunk))
            for r in self._query(
                f"SELECT key, {column} FROM {table} WHERE namespace = ? AND key IN ({marks})",
                [namespace, *chunk],
            ):
                out[bytes(r[0])] = str(r[1])
        return out

    # Whole results of an unchanged download (auditor.store.report_cache).

    def report_cache_get(self, key: str) -> tuple[int, str] | None:
        rows = self._query("SELECT audit_id, report FROM report_cache WHERE key = ?", (key,))
        return (int(rows[0][0]), str(rows[0][1])) if rows else None

    def report_cache_put(self, key: str, audit_id: int, report: str, keep: int = 3) -> None:
        """Keep the results of the `keep` latest distinct audits (they can be large)."""
        with self._tx() as c:
            c.execute(
                "INSERT OR REPLACE INTO report_cache VALUES (?, ?, ?, ?)",
                (key, audit_id, _ts(now_utc()), report),
            )
            c.execute(
                "DELETE FROM report_cache WHERE key NOT IN"
                " (SELECT key FROM report_cache ORDER BY stored_at DESC LIMIT ?)",
                (keep,),
            )

    def cache_sizes(self) -> dict[str, int]:
        return {
            "text": int(self._query("SELECT count(*) FROM text_cache")[0][0]),
            "media": int(self._query("SELECT count(*) FROM media_cache")[0][0]),
            "reports": int(self._query("SELECT count(*) FROM report_cache")[0][0]),
        }

    # -- files written outside the state folder -------------------------------------------

    def record_written(self, path: Path, kind: str) -> None:
        with self._tx() as c:
            c.execute(
                "INSERT OR REPLACE INTO written_files VALUES (?, ?, ?)",
                (str(path.resolve()), kind, _ts(now_utc())),
            )

    def written_files(self) -> list[tuple[Path, str]]:
        return [
            (Path(r[0]), str(r[1])) for r in self._query("SELECT path, kind FROM written_files")
        ]


def _like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _decision(r: sqlite3.Row) -> DecisionRecord:
    return DecisionRecord(
        finding_id=r["finding_id"],
        decision=Decision(r["decision"]),
        note=r["note"],
        made_at=datetime.fromisoformat(r["made_at"]),
        by=r["by"],
        undone_at=_dt(r["undone_at"]),
    )


def _audit(r: sqlite3.Row, exports: list[ExportRecord]) -> AuditRecord:
    return AuditRecord(
        id=int(r["id"]),
        started_at=datetime.fromisoformat(r["started_at"]),
        finished_at=_dt(r["finished_at"]),
        status=AuditStatus(r["status"]),
        exports=exports,
        profile_name=r["profile_name"],
        profile_fingerprint=r["profile_fingerprint"],
        rules_version=r["rules_version"],
        detector_version=r["detector_version"],
        tool_version=r["tool_version"],
        review_interval_days=int(r["review_interval_days"]),
        items_done=int(r["items_done"]),
        counts=AuditCounts(
            findings=int(r["n_findings"]),
            new=int(r["n_new"]),
            open=int(r["n_open"]),
            resolved=int(r["n_resolved"]),
            reopened=int(r["n_reopened"]),
        ),
        resumed=int(r["resumed"]),
    )
