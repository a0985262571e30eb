"""Every test gets private settings and data folders; nothing touches the real home."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

from stancedesk.domain.profile import ReviewerProfile
from stancedesk.services.workspace import Workspace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # Qt is only loaded later, by the report tests

# No timing limits on shared, noisy machines; in CI the examples are fixed so a run is reproducible.
settings.register_profile("default", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")

# An invented article in wire style, used where a test needs a source with quotable text.
ARTICLE = (
    "Valdoria – Prime Minister Anna Kessel said on Monday (March 3) that her government \u201cwill not raise "
    "the fuel tax this year,\u201d a pledge she repeated to reporters in the capital.\n"
    "Opposition leader Marek Dobrin called the promise \u201ca fairy tale for voters\u201d and said the "
    "treasury would run dry by autumn.\n"
    "Two weeks later the cabinet approved a fuel levy increase of four cents a litre.\n"
)


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANCEDESK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("STANCEDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("STANCEDESK_AUTHOR", "Test Reviewer")


@pytest.fixture
def profile() -> ReviewerProfile:
    return ReviewerProfile("Test Reviewer", "11111111-1111-4111-8111-111111111111", "Check Desk", "https://check.example")


@pytest.fixture
def workspace(tmp_path: Path, profile: ReviewerProfile) -> Iterator[Workspace]:
    ws = Workspace.create(tmp_path / "desk.stancedesk", profile)
    yield ws
    ws.close()


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli() -> Callable[..., CliResult]:
    """Run stancedesk-cli in-process and capture what a user would see."""
    from stancedesk.cli.main import main

    def run(*args: str) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:
                code = int(exc.code or 0)
        return CliResult(code, out.getvalue(), err.getvalue())

    return run
