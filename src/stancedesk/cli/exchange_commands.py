"""Commands of this group are registered here (filled in by the issue that builds them)."""

from __future__ import annotations

from stancedesk.cli.common import Commands


def register(commands: Commands) -> None:
    del commands
