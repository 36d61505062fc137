"""The database schema, as numbered migrations. `PRAGMA user_version` says which have run.

A migration is only ever appended, never edited: a user's database from an older version is
brought up to date step by step, each step in its own transaction.
"""

from __future__ import annotations

import sqlite3

from auditor.errors import AuditorError

MIGRATIONS: list[str] = [
    # 1: audits, findings, decisions, settings ticked, caches, files written elsewhere.
    """
    CREATE TABLE audits (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL
            CHECK (status IN ('running', 'completed', 'interrupted', 'cancelled')),
        profile_name TEXT NOT NULL DEFAULT '',
        profile_fingerprint TEXT NOT NULL DEFAULT '',
        rules_version TEXT NOT NULL DEFAULT '',
        detector_version TEXT NOT NULL DEFAULT '',
        tool_version TEXT NOT NULL DEFAULT '',
        review_interval_days INTEGER NOT NULL DEFAULT 91,
        items_done INTEGER NOT NULL DEFAULT 0,
        resumed INTEGER NOT NULL DEFAULT 0,
        pid INTEGER,
        n_findings INTEGER NOT NULL DEFAULT 0,
        n_new INTEGER NOT NULL DEFAULT 0,
        n_open INTEGER NOT NULL DEFAULT 0,
        n_resolved INTEGER NOT NULL DEFAULT 0,
        n_reopened INTEGER NOT NULL DEFAULT 0,
        summary TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE audit_exports (
        audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        platforms TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (audit_id, path)
    );
    CREATE INDEX audit_exports_fingerprint ON audit_exports(fingerprint);
    CREATE TABLE findings (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        rule TEXT NOT NULL,
        clause TEXT NOT NULL,
        severity TEXT NOT NULL,
        data TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('new', 'open', 'reopened', 'resolved')),
        reopened INTEGER NOT NULL DEFAULT 0,
        first_audit INTEGER NOT NULL REFERENCES audits(id),
        last_audit INTEGER NOT NULL REFERENCES audits(id),
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL
    );
    CREATE TABLE audit_findings (
        audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
        finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('new', 'open', 'reopened', 'resolved')),
        PRIMARY KEY (audit_id, finding_id)
    ) WITHOUT ROWID;
    CREATE INDEX audit_findings_finding ON audit_findings(finding_id);
    CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
        decision TEXT NOT NULL
            CHECK (decision IN ('open', 'fixed', 'not_a_problem', 'permitted')),
        note TEXT NOT NULL DEFAULT '',
        made_at TEXT NOT NULL,
        by TEXT NOT NULL DEFAULT 'you',
        undone_at TEXT
    );
    CREATE INDEX decisions_finding ON decisions(finding_id, id);
    CREATE TABLE settings_checked (
        platform TEXT NOT NULL,
        check_id TEXT NOT NULL,
        checked_at TEXT NOT NULL,
        PRIMARY KEY (platform, check_id)
    ) WITHOUT ROWID;
    CREATE TABLE text_cache (
        namespace TEXT NOT NULL,
        key BLOB NOT NULL,
        evidence TEXT NOT NULL,
        PRIMARY KEY (namespace, key)
    ) WITHOUT ROWID;
    CREATE TABLE media_cache (
        sha256 TEXT NOT NULL,
        analyser TEXT NOT NULL,
        result TEXT NOT NULL,
        PRIMARY KEY (sha256, analyser)
    ) WITHOUT ROWID;
    CREATE TABLE written_files (
        path TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        written_at TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # 2: the media cache takes the shape of auditor.detect.media.cache.MediaCache (a namespace
    # naming the analyser, the file's SHA-256 as key, MediaAnalysis JSON as value).
    """
    DROP TABLE media_cache;
    CREATE TABLE media_cache (
        namespace TEXT NOT NULL,
        key BLOB NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (namespace, key)
    ) WITHOUT ROWID;
    """,
    # 3: whole results of an unchanged download (same files, profile, rules, code), reused.
    """
    CREATE TABLE report_cache (
        key TEXT PRIMARY KEY,
        audit_id INTEGER NOT NULL,
        stored_at TEXT NOT NULL,
        report TEXT NOT NULL
    );
    """,
]

LATEST = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema to LATEST; returns the version found before. Refuses a newer one.

    Each step reads the version inside its own write transaction, so two processes opening a
    new database at once do not both run the same step."""
    found = _version(conn)
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = _version(conn)
            if version > LATEST:
                raise AuditorError(
                    "the audit history was written by a newer version of the auditor; "
                    "update the auditor to read it"
                )
            if version == LATEST:
                conn.execute("COMMIT")
                return found
            # executescript would commit first; run the statements one by one instead.
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _statements(script: str) -> list[str]:
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
