"""Cases 19-21 with kill -9: saves, merges and copies are all-or-nothing; leftovers are cleaned."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from stancedesk.services.sharing.backups import clean_leftovers
from stancedesk.storage.database import Database
from stancedesk.storage.file_format import read_header
from tests.sharing.conftest import BOB, add_claim

pytestmark = pytest.mark.slow
LOOPS = int(os.environ.get("STANCEDESK_KILL_LOOPS", "4"))


def _count(path: Path) -> int:
    """Reopen as the application would (read-write, so a hot journal is rolled back)."""
    conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(conn.execute("SELECT count(*) FROM claim").fetchone()[0])
    finally:
        conn.close()


def _run_and_kill(code: str, args: list[str], env: dict[str, str], after_s: float) -> str:
    """Run `code` in a child, kill -9 it after `after_s`; returns what it printed (its acknowledgements)."""
    proc = subprocess.Popen([sys.executable, "-c", code, *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    time.sleep(after_s)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    out, _err = proc.communicate()
    return out


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "STANCEDESK_CONFIG_DIR": str(tmp_path / "config"),
            "STANCEDESK_DATA_DIR": str(tmp_path / "data")}


SAVES = """
import sys
from pathlib import Path
from stancedesk.domain.profile import ReviewerProfile
from stancedesk.storage.database import Database
who = ReviewerProfile("Saver", "dddddddd-dddd-4ddd-8ddd-dddddddddddd")
db = Database.open(Path(sys.argv[1]))
n = 0
while True:
    with db.writing(who) as store:
        for k in range(200):
            store.create("claim", {"quote": f"batch {n} item {k}", "kind": "statement"})
    n += 1
    print(n, flush=True)
"""


def test_19_kill_during_saves_leaves_whole_batches(new_file: Callable[..., Path], tmp_path: Path) -> None:
    own = new_file("mine.stancedesk", quote=None)
    rng = random.Random(19)
    for _ in range(LOOPS):
        before = _count(own)
        acknowledged = _run_and_kill(SAVES, [str(own)], _env(tmp_path), rng.uniform(0.8, 2.5)).split()
        after = _count(own)
        assert after % 200 == 0  # never a partial batch
        if acknowledged:
            assert after >= before + 200 * int(acknowledged[-1])  # the last acknowledged save is there


MERGE = """
import sys
from pathlib import Path
from stancedesk.cli.main import main
sys.exit(main(["merge", sys.argv[1], sys.argv[2]]))
"""


def test_20_kill_during_merge_leaves_old_state_or_complete_merge(
        new_file: Callable[..., Path], tmp_path: Path) -> None:
    own = new_file("mine.stancedesk")
    other = new_file("bob.stancedesk", BOB)
    db = Database.open(other)
    try:
        for n in range(10):
            with db.writing(BOB) as store:
                for k in range(100):
                    store.create("claim", {"quote": f"bob {n}.{k}", "kind": "statement"})
    finally:
        db.close()
    before = _count(own)
    complete = before + _count(other)
    rng = random.Random(20)
    for _ in range(LOOPS):
        _run_and_kill(MERGE, [str(own), str(other)], _env(tmp_path), rng.uniform(0.5, 3.0))
        assert _count(own) in (before, complete)
        if _count(own) == complete:
            break


SHARE = """
import sys
from pathlib import Path
from stancedesk.services.sharing.share import share
share(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_21_kill_during_a_copy_leaves_no_file_at_the_final_path(
        new_file: Callable[..., Path], tmp_path: Path) -> None:
    own = new_file("mine.stancedesk", quote=None)
    db = Database.open(own)
    try:
        for n in range(300):
            add_claim(db, BOB, f"claim {n} " + "x" * 2000)
    finally:
        db.close()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    rng = random.Random(21)
    for n in range(LOOPS):
        target = out_dir / f"copy{n}.stancedesk"
        _run_and_kill(SHARE, [str(own), str(target)], _env(tmp_path), rng.uniform(0.3, 1.5))
        if target.exists():
            read_header(target)
            assert _count(target) == 300
    clean_leftovers(out_dir)
    assert not [p for p in out_dir.iterdir() if p.name.endswith(".partial")]
