"""Exchange formats (ClaimReview, CSV, CSL-JSON): shared file helpers so every writer is all-or-nothing."""

from __future__ import annotations

from pathlib import Path

from stancedesk.domain.errors import FileProblem
from stancedesk.services.atomic_files import write_atomically

__all__ = ["read_text", "write_atomically"]


def read_text(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise FileProblem(path, "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FileProblem(path, f"cannot read: {exc}") from None
