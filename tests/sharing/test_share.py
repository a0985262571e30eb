"""Cases 27-29: a shared copy is one sound file holding every committed edit, written atomically."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from stancedesk.domain.errors import FileProblem
from stancedesk.services.sharing import share as share_module
from stancedesk.services.sharing.share import share
from stancedesk.storage.database import Database
from stancedesk.storage.file_format import APPLICATION_ID, SCHEMA_VERSION, read_header
from tests.conftest import CliResult
from tests.sharing.conftest import ALICE, add_claim, fingerprint, listing

Cli = Callable[..., CliResult]


def _assert_sound_copy(path: Path) -> None:
    header = read_header(path)
    assert (header.application_id, header.user_version) == (APPLICATION_ID, SCHEMA_VERSION)
    assert listing(path.parent).count(path.name) == 1
    assert not [n for n in listing(path.parent) if n.startswith(path.name) and n != path.name]
    assert not [n for n in listing(path.parent) if n.endswith(".partial")]
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


def test_27_share_writes_one_sound_file(new_file: Callable[..., Path], tmp_path: Path, cli: Cli) -> None:
    own = new_file("mine.stancedesk")
    before = fingerprint(own)
    out = tmp_path / "out" / "to-bob.stancedesk"
    out.parent.mkdir()
    result = cli("share", str(own), str(out))
    assert result.code == 0, result.err
    _assert_sound_copy(out)
    assert fingerprint(own) == before
    assert cli("check", str(out)).code == 0


def test_28_copy_made_while_the_file_is_open_holds_every_committed_edit(
        new_file: Callable[..., Path], tmp_path: Path) -> None:
    own = new_file("mine.stancedesk", ALICE, None)
    db = Database.open(own)
    try:
        for n in range(50):
            add_claim(db, ALICE, f"claim {n}")
        share(own, tmp_path / "copy.stancedesk")
        add_claim(db, ALICE, "after the copy")
    finally:
        db.close()
    conn = sqlite3.connect(f"file:{tmp_path / 'copy.stancedesk'}?mode=ro", uri=True)
    assert conn.execute("SELECT count(*) FROM claim").fetchone()[0] == 50
    conn.close()


def test_29_save_over_replaces_only_on_success(new_file: Callable[..., Path], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    own = new_file("mine.stancedesk")
    out = tmp_path / "shared.stancedesk"
    out.write_bytes(b"an older copy")
    inode = out.stat().st_ino
    share(own, out)
    _assert_sound_copy(out)
    assert out.stat().st_ino != inode  # a new file renamed into place, not rewritten in place

    previous = fingerprint(out)

    def broken(_path: Path) -> None:
        raise FileProblem(_path, "the copy failed its check")

    monkeypatch.setattr("stancedesk.storage.foreign.copy_is_sound", broken)
    with pytest.raises(FileProblem, match="failed its check"):
        share(own, out)
    assert fingerprint(out) == previous
    assert not [n for n in listing(tmp_path) if n.endswith(".partial")]


def test_share_refuses_bad_targets(new_file: Callable[..., Path], tmp_path: Path, cli: Cli) -> None:
    own = new_file("mine.stancedesk")
    same = cli("share", str(own), str(own))
    assert same.code == 1 and "is the file being copied" in same.err
    folder = cli("share", str(own), str(tmp_path))
    assert folder.code == 1 and "is a folder" in folder.err
    missing = cli("share", str(own), str(tmp_path / "no" / "such.stancedesk"))
    assert missing.code == 1 and "folder does not exist" in missing.err
    assert share_module.share  # the service the window will call
