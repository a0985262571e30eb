"""Errors the core raises; each message is one line a user can act on, naming the thing and the problem."""

from __future__ import annotations


class StanceDeskError(Exception):
    """Base for every error the user may see; `str(err)` is the one-line message."""


class InputError(StanceDeskError):
    """Something the user typed or pasted is not acceptable (bad date, too long, unknown label)."""


class NotFoundError(StanceDeskError):
    """An id, prefix or name that matches nothing (or more than one thing)."""


class RuleError(StanceDeskError):
    """A domain rule refuses the action (publishing without evidence, editing a published verdict)."""


class FileProblem(StanceDeskError):  # noqa: N818 - reads as a sentence: FileProblem(path, problem)
    """A file cannot be used: missing, empty, not ours, damaged, newer, locked or unwritable."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class DamagedFile(FileProblem):
    """The file is ours but its pages or header are broken; recovery may set it aside and offer a backup."""

    def __init__(self, path: object, detail: str) -> None:
        super().__init__(path, f"damaged file ({detail})")
