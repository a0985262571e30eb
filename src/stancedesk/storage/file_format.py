"""What makes a file a StanceDesk file, read from its header before SQLite ever opens it."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from stancedesk.domain.errors import DamagedFile, FileProblem

APPLICATION_ID = 0x53444B31  # "SDK1" in the SQLite header at offset 68
SCHEMA_VERSION = 2  # PRAGMA user_version; one Alembic revision per step
FILE_SUFFIX = ".stancedesk"
SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100


@dataclass(frozen=True)
class FileHeader:
    size: int
    page_size: int
    application_id: int
    user_version: int


def read_only_reason(path: Path) -> str | None:
    """Why edits to this file could not be saved (read-only media or permissions), or None if they can."""
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return "the file is on read-only media"
    except OSError:
        return None
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return "the file or its folder is read-only"
    return None


def read_header(path: Path) -> FileHeader:
    """Refuse an empty, foreign, truncated or newer file with a reason; never creates or changes anything."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise FileProblem(path, "is a folder, not a StanceDesk file")
        if not stat.S_ISREG(info.st_mode):
            raise FileProblem(path, "is not a regular file (a pipe, device or socket)")
        size = info.st_size
        with path.open("rb") as handle:
            head = handle.read(_HEADER_SIZE)
    except FileNotFoundError:
        raise FileProblem(path, "no such file") from None
    except PermissionError:
        raise FileProblem(path, "permission denied") from None
    except OSError as exc:
        raise FileProblem(path, f"cannot read ({exc.strerror or exc})") from None
    if size == 0:
        raise FileProblem(path, "empty file (0 bytes), not a StanceDesk file")
    if len(head) < _HEADER_SIZE or not head.startswith(SQLITE_MAGIC):
        raise FileProblem(path, "not a StanceDesk file (not an SQLite database)")
    raw_page = int.from_bytes(head[16:18], "big")
    page_size = 65536 if raw_page == 1 else raw_page
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        raise DamagedFile(path, f"invalid page size {raw_page}")
    application_id = int.from_bytes(head[68:72], "big")
    user_version = int.from_bytes(head[60:64], "big")
    if application_id != APPLICATION_ID:
        raise FileProblem(path, "another application's SQLite database, not a StanceDesk file")
    page_count = int.from_bytes(head[28:32], "big")
    counter_valid = head[24:28] == head[92:96]
    if size < page_size or size % page_size or (counter_valid and page_count * page_size > size):
        raise DamagedFile(path, "truncated")
    if user_version > SCHEMA_VERSION:
        raise FileProblem(path, f"made by a newer StanceDesk (schema {user_version}); "
                                f"this version reads up to schema {SCHEMA_VERSION}")
    return FileHeader(size, page_size, application_id, user_version)
