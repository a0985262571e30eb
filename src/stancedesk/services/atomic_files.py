"""All-or-nothing writes of exports and reports: a temp file beside the target, then an atomic replace."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from stancedesk.domain.errors import FileProblem


def write_atomically(path: Path, fill: Callable[[IO[Any]], object], *, binary: bool = False,
                     newline: str | None = None) -> None:
    """`fill` writes the content; on any failure the target is untouched and no temp file is left."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path()
    if target.exists() and not target.is_file():
        # A device such as /dev/full or a folder must never be replaced by our temp file.
        raise FileProblem(target, "cannot write: not a regular file")
    if not folder.is_dir():
        raise FileProblem(target, "cannot write: the folder does not exist")
    try:
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise FileProblem(target, f"cannot write: {exc.strerror or exc}") from None
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)  # mkstemp makes 0600; an export is for others to read
        handle: IO[Any] = (os.fdopen(fd, "wb") if binary
                           else os.fdopen(fd, "w", encoding="utf-8", newline=newline))
        with handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise FileProblem(target, f"cannot write: {exc.strerror or exc}") from None
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
