"""Files for the sharing tests, built in code at test time: healthy files, damaged files, three reviewers."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from stancedesk.domain.profile import ReviewerProfile
from stancedesk.services.workspace import Workspace
from stancedesk.storage.database import Database

ALICE = ReviewerProfile("Alice", "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa")
BOB = ReviewerProfile("Bob", "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb")
CAROL = ReviewerProfile("Carol", "cccccccc-cccc-4ccc-8ccc-cccccccccccc")


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def add_claim(db: Database, who: ReviewerProfile, quote: str, summary: str | None = None,
              row_id: str | None = None) -> str:
    with db.writing(who) as store:
        return store.create("claim", {"quote": quote, "summary": summary, "kind": "statement"}, row_id=row_id)


def edit(db: Database, who: ReviewerProfile, kind: str, row_id: str, **fields: object) -> None:
    with db.writing(who) as store:
        store.update(kind, row_id, fields)


def delete(db: Database, who: ReviewerProfile, kind: str, row_id: str) -> None:
    with db.writing(who) as store:
        store.delete(kind, row_id)


def raw_sql(path: Path, *statements: str) -> None:
    """Damage a file on purpose, outside StanceDesk (no foreign keys, schema writable)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("PRAGMA writable_schema=ON")
    for statement in statements:
        conn.execute(statement)
    conn.close()


@pytest.fixture
def new_file(tmp_path: Path) -> Callable[..., Path]:
    """A fresh StanceDesk file made by `who`, holding one claim; returns its path (closed)."""
    def make(name: str, who: ReviewerProfile = ALICE, quote: str | None = "The tax will not rise.") -> Path:
        path = tmp_path / name
        with Workspace.create(path, who) as ws:
            if quote is not None:
                add_claim(ws.db, who, quote, "no tax rise")
        return path

    return make


@pytest.fixture
def sample(new_file: Callable[..., Path], tmp_path: Path) -> Path:
    """A healthy colleague's file in a folder of its own (so sidecar files would show)."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    made = new_file("colleague.stancedesk", BOB, "Bob's claim about fuel.")
    target = folder / made.name
    made.rename(target)
    return target
