"""One StanceDesk writer per file: an advisory lock, so a second instance gets a clear message, not a wait.

`flock` is separate from SQLite's own POSIX locks, is dropped by the kernel when the process dies (no stale
lock after kill -9) and creates nothing beside the file.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType

from stancedesk.domain.errors import FileProblem


class WriterLock:
    """Held while a file is open for editing; `acquire` fails at once if another writer holds it."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    def acquire(self) -> WriterLock:
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except OSError as exc:
            raise FileProblem(self.path, f"cannot open ({exc.strerror or exc})") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise FileProblem(self.path, "already open for editing in another StanceDesk window or process; "
                                         "close it there first") from None
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()
