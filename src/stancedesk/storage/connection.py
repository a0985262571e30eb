"""SQLite connections with the pragmas every StanceDesk file is used with."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool, QueuePool

from stancedesk.domain.rules import fold_name

BUSY_TIMEOUT_S = 5.0
MAX_CELL_BYTES = 64 * 1024 * 1024  # a larger cell is refused by SQLite itself (SQLITE_TOOBIG)

WRITE_PRAGMAS = (
    "PRAGMA journal_mode=DELETE",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA trusted_schema=OFF",
)
READ_PRAGMAS = ("PRAGMA foreign_keys=ON", "PRAGMA trusted_schema=OFF", "PRAGMA query_only=ON")


def sqlite_uri(path: Path, *, read_only: bool) -> str:
    """A file: URI, so that read-only opens can never create or write the file."""
    mode = "ro" if read_only else "rw"
    return f"file:{quote(os.fsencode(path.resolve()))}?mode={mode}"  # bytes: paths need not be UTF-8


def _fold_or_none(value: object) -> str | None:
    return fold_name(value) if isinstance(value, str) else None


def raw_connect(path: Path, *, read_only: bool, create: bool = False) -> sqlite3.Connection:
    """One DB-API connection with our pragmas applied; `create` allows a missing file to be made."""
    uri = sqlite_uri(path, read_only=read_only)
    if create and not read_only:
        uri = uri.replace("mode=rw", "mode=rwc")
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_CELL_BYTES)
    # SQLite's lower() folds ASCII only; names are compared with Python's Unicode-aware folding.
    conn.create_function("sd_fold", 1, _fold_or_none, deterministic=True)
    for pragma in READ_PRAGMAS if read_only else WRITE_PRAGMAS:
        conn.execute(pragma)
    return conn


def make_engine(path: Path, *, read_only: bool = False, create: bool = False) -> Engine:
    def connect() -> sqlite3.Connection:
        return raw_connect(path, read_only=read_only, create=create)

    pool = {"poolclass": NullPool} if read_only else {"poolclass": QueuePool, "pool_size": 1, "max_overflow": 2}
    engine = create_engine("sqlite+pysqlite://", creator=connect, **pool)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # Take the write lock up front: a second writer waits (busy timeout) instead of deadlocking mid-way.
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN, not the sqlite3 module's implicit transactions.
        dbapi_conn.isolation_level = None

    return engine


def pragma_values(conn: sqlite3.Connection) -> dict[str, object]:
    """The settings a healthy connection reports; used by `check` and by tests."""
    names = ("journal_mode", "synchronous", "foreign_keys", "trusted_schema", "application_id", "user_version")
    return {name: conn.execute(f"PRAGMA {name}").fetchone()[0] for name in names}


def describe_sqlite_error(exc: BaseException) -> str:
    """A user-facing reason for an SQLite failure: locked, damaged, not a database, disk full."""
    message = str(getattr(exc, "orig", exc)).lower()
    if "locked" in message or "busy" in message:
        return "in use by another program (the file is locked); close it there and try again"
    if "not a database" in message:
        return "not a StanceDesk file (not an SQLite database)"
    if "malformed" in message or "corrupt" in message:
        return "damaged file (the database is malformed)"
    if "disk is full" in message or "full" in message:
        return "cannot write: the disk is full"
    if "readonly" in message or "read-only" in message:
        return "cannot write: the file or its folder is read-only"
    if "unable to open" in message:
        return "cannot open the file"
    if "toobig" in message or "too big" in message:
        return "damaged or hostile file (a value is larger than allowed)"
    return f"database error ({message.splitlines()[0] if message else type(exc).__name__})"
