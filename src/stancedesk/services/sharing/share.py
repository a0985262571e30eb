"""Save a copy to send: a self-contained, verified snapshot written under a temporary name, then renamed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from stancedesk.domain.errors import FileProblem
from stancedesk.services.sharing.locks import WriterLock
from stancedesk.storage.connection import describe_sqlite_error, sqlite_uri
from stancedesk.storage.file_format import read_header
from stancedesk.storage.foreign import snapshot_into


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and a.samefile(b))
    except OSError:
        return False


def snapshot_file(source: Path, target: Path) -> None:
    """VACUUM INTO from a read-only connection: every committed edit, one file, journal_mode=delete.

    The target is replaced only after the new copy passed its checks; a failure leaves it as it was.
    """
    source, target = Path(source), Path(target)
    read_header(source)
    if _same_file(source, target):
        raise FileProblem(target, "is the file being copied; choose another name")
    if target.is_dir():
        raise FileProblem(target, "is a folder; give a file name")
    if not target.parent.is_dir():
        raise FileProblem(target, "the folder does not exist")
    if target.exists():
        # Replacing a file that a StanceDesk session is editing would pull it from under that session.
        with WriterLock(target):
            pass
    try:
        conn = sqlite3.connect(sqlite_uri(source, read_only=True), uri=True, timeout=5.0, isolation_level=None)
    except sqlite3.Error as exc:
        raise FileProblem(source, describe_sqlite_error(exc)) from None
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        if result != "ok":
            raise FileProblem(source, f"damaged file ({result}); not copied")
        snapshot_into(conn, target)
    except sqlite3.Error as exc:
        raise FileProblem(target, f"cannot write: {describe_sqlite_error(exc)}") from None
    except OSError as exc:
        raise FileProblem(target, f"cannot write ({exc.strerror or exc})") from None
    finally:
        conn.close()


def share(source: Path, target: Path) -> Path:
    """`share FILE OUT`: the copy a colleague receives."""
    snapshot_file(Path(source), Path(target))
    return Path(target)
