"""Checking a file without changing it: pages, keys, schema shape and the application's own rules."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from stancedesk.domain.errors import FileProblem
from stancedesk.storage.connection import describe_sqlite_error
from stancedesk.storage.schema_upgrades import alembic_config, revision_for

_IGNORED = ("sqlite_autoindex_", "sqlite_stat", "sqlite_sequence")


@cache
def expected_schema(version: int) -> frozenset[tuple[str, str, str]]:
    """(type, name, table) of every schema object StanceDesk itself creates for `version`."""
    engine = create_engine("sqlite://", poolclass=StaticPool)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision_for(version))
        rows = conn.exec_driver_sql("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    engine.dispose()
    return frozenset((t, n, tb) for t, n, tb in rows if not n.startswith(_IGNORED))


@dataclass
class HealthReport:
    path: str
    schema: int = 0
    size: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems


def schema_surprises(conn: sqlite3.Connection, version: int) -> list[str]:
    """Objects that are not what StanceDesk creates: an extra trigger, a view in a table's place, a new table."""
    expected = expected_schema(version)
    expected_by_name = {name: kind for kind, name, _t in expected}
    found = {(t, n, tb) for t, n, tb in conn.execute("SELECT type, name, tbl_name FROM sqlite_master")
             if not n.startswith(_IGNORED)}
    problems = []
    for kind, name, _table in sorted(found - expected):
        if name in expected_by_name:
            problems.append(f"unexpected {kind} '{name}' in place of a {expected_by_name[name]}")
        else:
            problems.append(f"unexpected {kind} '{name}'")
    found_names = {n for _k, n, _t in found}
    problems.extend(f"missing {kind} '{name}'" for kind, name, _t in sorted(expected) if name not in found_names)
    return problems


_RULE_QUERIES = (
    ("published verdict {} has no source and no evidence for its claim",
     ("SELECT v.id FROM verdict v WHERE v.deleted = 0 AND v.status = 'published' "
      "AND NOT EXISTS (SELECT 1 FROM appearance a WHERE a.claim_id = v.claim_id AND a.deleted = 0) "
      "AND NOT EXISTS (SELECT 1 FROM evidence_link e WHERE e.claim_id = v.claim_id AND e.deleted = 0)")),
    ("claim {} has a summary longer than 75 characters",
     "SELECT id FROM claim WHERE deleted = 0 AND length(summary) > 75"),
    ("row {} has no entry in the change log",
     "SELECT c.id FROM claim c WHERE NOT EXISTS (SELECT 1 FROM change_log l WHERE l.row_id = c.id)"),
    ("verdict {} is published without a sign-off",
     "SELECT id FROM verdict WHERE deleted = 0 AND status = 'published' AND signed_off_at IS NULL"),
)


def rule_problems(conn: sqlite3.Connection) -> list[str]:
    """The application's own rules, as one line per offending row (also run inside a merge's transaction)."""
    problems: list[str] = []
    for message, query in _RULE_QUERIES:
        problems.extend(message.format(row_id) for (row_id,) in conn.execute(query))
    return problems


def check_file(path: Path) -> HealthReport:
    """Read-only from start to end: no journal, no sidecar, the bytes and mtime stay as they were.

    Goes through the hardened way in for foreign files (private copy, read-only authorizer, value checks).
    """
    from stancedesk.storage.foreign import open_foreign  # noqa: PLC0415 - foreign imports this module

    report = HealthReport(str(path))
    with open_foreign(path, full_check=True) as foreign:
        report.schema, report.size = foreign.header.user_version, foreign.header.size
        report.problems.extend(foreign.problems)
        if report.problems:
            return report
        try:
            for table, rowid, parent, _fk in foreign.rows("PRAGMA foreign_key_check"):
                report.problems.append(f"{table} row {rowid} points to a missing {parent}")
            report.problems.extend(rule_problems(foreign.conn))
            for kind in ("actor", "source", "claim", "event", "evidence_link", "verdict", "topic", "dossier"):
                report.counts[kind] = foreign.rows(
                    f"SELECT count(*) FROM {kind} WHERE deleted = 0"  # noqa: S608 - names from a fixed list
                )[0][0]
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise FileProblem(path, describe_sqlite_error(exc)) from None
    return report
