"""Cases 32-36, 38, 39, 41, 42 and the merge/conflicts/resolve commands."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from stancedesk.domain.errors import FileProblem
from stancedesk.domain.profile import ReviewerProfile
from stancedesk.services.sharing import merge as merge_module
from stancedesk.services.sharing.conflicts import list_conflicts, resolve_conflict
from stancedesk.services.sharing.merge import MergeResult, merge_file, receipts
from stancedesk.storage import merge_log
from stancedesk.storage.database import Database
from tests.conftest import CliResult
from tests.sharing.conftest import ALICE, BOB, add_claim, delete, edit, fingerprint, listing

Cli = Callable[..., CliResult]


@contextmanager
def opened(path: Path) -> Iterator[Database]:
    db = Database.open(path)
    try:
        yield db
    finally:
        db.close()


def claims(path: Path) -> dict[str, tuple[Any, ...]]:
    with opened(path) as db, db.reading() as session:
        rows = session.execute(text("SELECT id, quote, summary, deleted FROM claim")).all()
    return {r[0]: tuple(r[1:]) for r in rows}


def merge(own: Path, other: Path, who: ReviewerProfile = ALICE, **kw: Any) -> MergeResult:
    with opened(own) as db:
        return merge_file(db, who, other, **kw)


@pytest.fixture
def pair(new_file: Callable[..., Path], tmp_path: Path) -> tuple[Path, Path, str]:
    """Alice's file with one claim, and Bob's file that started as a copy of it."""
    alice = new_file("alice.stancedesk", ALICE, "The tax will not rise.")
    bob = tmp_path / "bob.stancedesk"
    shutil.copyfile(alice, bob)
    (claim_id,) = claims(alice)
    return alice, bob, claim_id


def test_32_disjoint_additions_union_without_conflicts(new_file: Callable[..., Path]) -> None:
    alice = new_file("alice.stancedesk", ALICE, "Alice's claim.")
    bob = new_file("bob.stancedesk", BOB, "Bob's claim.")
    bob_before = fingerprint(bob)
    result = merge(alice, bob)
    assert result.added == {"claim": 1} and result.conflicts == 0 and result.open_conflicts == 0
    assert sorted(q for q, _s, _d in claims(alice).values()) == ["Alice's claim.", "Bob's claim."]
    assert fingerprint(bob) == bob_before
    back = merge(bob, alice, BOB)
    assert back.added == {"claim": 1} and back.conflicts == 0
    assert claims(alice) == claims(bob)


def test_33_same_field_edited_on_both_sides_is_one_conflict(pair: tuple[Path, Path, str]) -> None:
    alice, bob, claim_id = pair
    with opened(alice) as db:
        edit(db, ALICE, "claim", claim_id, summary="Alice's summary")
    with opened(bob) as db:
        edit(db, BOB, "claim", claim_id, summary="Bob's summary")
    result = merge(alice, bob)
    assert result.conflicts == 1 and result.updated == {"claim": 1}
    merge(bob, alice, BOB)
    with opened(alice) as db:
        (conflict,) = list_conflicts(db, ALICE)
    assert {v.value for v in conflict.versions} == {"Alice's summary", "Bob's summary"}
    assert [v.mine for v in conflict.versions if v.value == "Alice's summary"] == [True]
    shown = claims(alice)[claim_id][1]
    assert shown == conflict.shown == claims(bob)[claim_id][1]  # deterministic: the same on both copies


def test_34_different_fields_of_one_claim_both_kept(pair: tuple[Path, Path, str]) -> None:
    alice, bob, claim_id = pair
    with opened(alice) as db:
        edit(db, ALICE, "claim", claim_id, summary="new summary")
    with opened(bob) as db:
        edit(db, BOB, "claim", claim_id, quote="The tax will not rise this year.")
    result = merge(alice, bob)
    assert result.conflicts == 0
    assert claims(alice)[claim_id] == ("The tax will not rise this year.", "new summary", False)


def test_35_delete_against_edit_is_a_conflict_and_the_row_stays(pair: tuple[Path, Path, str]) -> None:
    alice, bob, claim_id = pair
    with opened(alice) as db:
        delete(db, ALICE, "claim", claim_id)
    with opened(bob) as db:
        edit(db, BOB, "claim", claim_id, summary="Bob kept working on it")
    result = merge(alice, bob)
    assert result.conflicts == 1
    assert claims(alice)[claim_id] == ("The tax will not rise.", "Bob kept working on it", False)
    merge(bob, alice, BOB)
    assert claims(bob)[claim_id] == claims(alice)[claim_id]
    with opened(bob) as db:
        (conflict,) = list_conflicts(db, BOB)
    assert conflict.field == "deleted" and {v.value for v in conflict.versions} == {True, False}


def test_36_merging_twice_or_back_and_forth_adds_nothing(pair: tuple[Path, Path, str]) -> None:
    alice, bob, claim_id = pair
    with opened(bob) as db:
        add_claim(db, BOB, "Another claim.")
        edit(db, BOB, "claim", claim_id, summary="edited by Bob")
    first = merge(alice, bob)
    assert first.changes_in > 0
    again = merge(alice, bob)
    assert (again.added, again.updated, again.conflicts, again.changes_in) == ({}, {}, 0, 0)
    merge(bob, alice, BOB)
    back = merge(alice, bob)
    assert (back.added, back.updated, back.changes_in) == ({}, {}, 0)
    assert claims(alice) == claims(bob)


def test_38_clock_a_year_ahead_warns_and_a_later_edit_still_wins(
        pair: tuple[Path, Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    alice, bob, claim_id = pair
    year_ms = 365 * 86_400_000
    real = time.time_ns
    with monkeypatch.context() as patch:
        patch.setattr(time, "time_ns", lambda: real() + year_ms * 1_000_000)
        with opened(bob) as db:
            edit(db, BOB, "claim", claim_id, summary="from the future")
    result = merge(alice, bob)
    assert result.warnings and "Bob's clock is 36" in result.warnings[0]
    with opened(alice) as db:
        edit(db, ALICE, "claim", claim_id, summary="seen and corrected")
    merge(bob, alice, BOB)
    assert claims(bob)[claim_id][1] == "seen and corrected"


def test_39_a_resolved_conflict_stays_resolved_everywhere(pair: tuple[Path, Path, str],
                                                          tmp_path: Path) -> None:
    alice, bob, claim_id = pair
    carol = tmp_path / "carol.stancedesk"
    shutil.copyfile(bob, carol)
    with opened(alice) as db:
        edit(db, ALICE, "claim", claim_id, summary="A")
    with opened(bob) as db:
        edit(db, BOB, "claim", claim_id, summary="B")
    merge(alice, bob)
    merge(carol, bob)
    merge(carol, alice)
    with opened(alice) as db:
        (conflict,) = list_conflicts(db, ALICE)
        resolve_conflict(db, ALICE, conflict.id[:6], "theirs")
        assert list_conflicts(db, ALICE) == []
    assert claims(alice)[claim_id][1] == "B"
    for other in (bob, carol):
        merge(other, alice, BOB)
        with opened(other) as db:
            assert list_conflicts(db, BOB) == []
        assert claims(other)[claim_id][1] == "B"
    merge(alice, carol)
    with opened(alice) as db:
        assert list_conflicts(db, ALICE) == []


def test_41_failure_halfway_rolls_back_and_keeps_the_snapshot(
        pair: tuple[Path, Path, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    alice, bob, _claim_id = pair
    with opened(bob) as db:
        for n in range(5):
            add_claim(db, BOB, f"Claim {n}.")
    before = claims(alice)
    calls = {"n": 0}
    real_apply = merge_log.apply_row

    def failing(*args: Any, **kwargs: Any) -> str | None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        return real_apply(*args, **kwargs)

    monkeypatch.setattr(merge_log, "apply_row", failing)
    with opened(alice) as db, pytest.raises(FileProblem, match="cannot write"):
        merge_file(db, ALICE, bob, backup_dir=tmp_path / "backups")
    assert claims(alice) == before
    (snapshot,) = (tmp_path / "backups").iterdir()
    assert claims(snapshot) == before
    with opened(alice) as db:
        db.quick_check()


def test_merge_result_breaking_a_rule_is_refused(pair: tuple[Path, Path, str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    alice, bob, claim_id = pair
    with opened(bob) as db:
        edit(db, BOB, "claim", claim_id, summary="x")
    before = claims(alice)
    monkeypatch.setattr(merge_module, "rule_problems", _rules_after_first_call())
    with pytest.raises(FileProblem, match="would break a rule"):
        merge(alice, bob)
    assert claims(alice) == before


def _rules_after_first_call() -> Callable[[object], list[str]]:
    calls = {"n": 0}

    def rules(_conn: object) -> list[str]:
        calls["n"] += 1
        return [] if calls["n"] == 1 else ["claim 1 has a summary longer than 75 characters"]
    return rules


def test_42_preview_counts_equal_what_is_committed(pair: tuple[Path, Path, str]) -> None:
    alice, bob, claim_id = pair
    with opened(alice) as db:
        edit(db, ALICE, "claim", claim_id, summary="mine")
    with opened(bob) as db:
        edit(db, BOB, "claim", claim_id, summary="theirs")
        add_claim(db, BOB, "New one.")
    before = fingerprint(alice)[0]
    preview = merge(alice, bob, dry_run=True)
    assert fingerprint(alice)[0] == before
    done = merge(alice, bob)
    assert (preview.added, preview.updated, preview.conflicts, preview.changes_in) == \
           (done.added, done.updated, done.conflicts, done.changes_in)
    assert done.added == {"claim": 1} and done.conflicts == 1


def test_receipt_and_provenance(new_file: Callable[..., Path]) -> None:
    alice = new_file("alice.stancedesk", ALICE, "Alice's claim.")
    bob = new_file("bob.stancedesk", BOB, "Bob's claim.")
    merge(alice, bob)
    with opened(alice) as db:
        (receipt,) = receipts(db)
        with db.reading() as session:
            row = session.execute(text(
                "SELECT created_by, updated_by, origin FROM claim WHERE quote = 'Bob''s claim.'")).one()
    assert receipt["added"] == {"claim": 1} and receipt["from"] == str(bob) and receipt["by"] == "Alice"
    assert tuple(row) == ("Bob", "Bob", "merged from bob.stancedesk")


def test_cli_merge_conflicts_resolve(pair: tuple[Path, Path, str], cli: Cli) -> None:
    alice, bob, claim_id = pair
    with opened(alice) as db:
        edit(db, ALICE, "claim", claim_id, summary="mine")
    with opened(bob) as db:
        edit(db, BOB, "claim", claim_id, summary="theirs")
    preview = cli("merge", str(alice), str(bob), "--dry-run", "--json")
    assert preview.code == 0, preview.err
    assert json.loads(preview.out)["conflicts"] == 1
    done = cli("merge", str(alice), str(bob), "--json")
    data = json.loads(done.out)
    assert data["added"] == {} and data["updated"] == {"claim": 1} and data["conflicts"] == 1
    listed = json.loads(cli("conflicts", str(alice), "--json").out)
    assert len(listed) == 1
    text = cli("conflicts", str(alice))
    assert listed[0]["id"] in text.out
    bad = cli("resolve", str(alice), "zzzz", "--keep", "mine")
    assert bad.code == 1 and "no conflict with id zzzz" in bad.err
    ok = cli("resolve", str(alice), listed[0]["id"], "--keep", "A third summary")
    assert ok.code == 0, ok.err
    assert claims(alice)[claim_id][1] == "A third summary"
    assert cli("conflicts", str(alice)).out.strip() == "no conflicts"
    assert cli("check", str(alice)).code == 0


def test_resolve_value_is_validated(pair: tuple[Path, Path, str], cli: Cli) -> None:
    alice, bob, claim_id = pair
    with opened(alice) as db:
        edit(db, ALICE, "claim", claim_id, summary="mine")
    with opened(bob) as db:
        edit(db, BOB, "claim", claim_id, summary="theirs")
    merge(alice, bob)
    with opened(alice) as db:
        (conflict,) = list_conflicts(db, ALICE)
    too_long = cli("resolve", str(alice), conflict.id, "--keep", "x" * 200)
    assert too_long.code == 1 and "too long" in too_long.err


def test_40_same_url_added_twice_is_kept_and_offered_as_duplicates(new_file: Callable[..., Path]) -> None:
    alice = new_file("alice.stancedesk", ALICE, None)
    bob = new_file("bob.stancedesk", BOB, None)
    for path, who in ((alice, ALICE), (bob, BOB)):
        with opened(path) as db, db.writing(who) as store:
            store.create("source", {"kind": "article", "title": f"seen by {who.name}",
                                    "url": "https://news.example/fuel-tax"})
    result = merge(alice, bob)
    assert result.added == {"source": 1}
    ((url, ids),) = result.possible_duplicates
    assert url == "https://news.example/fuel-tax" and len(ids) == 2


def test_a_colleagues_file_of_an_older_schema_merges_after_upgrading_a_private_copy(tmp_path: Path) -> None:
    """Case 8: the schema-1 fixture stands in for a colleague on an older StanceDesk."""
    from stancedesk.services.workspace import Workspace, check
    from stancedesk.storage.file_format import SCHEMA_VERSION, read_header

    theirs = tmp_path / "inbox" / "colleague.stancedesk"
    theirs.parent.mkdir()
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "schema-1.stancedesk", theirs)
    assert read_header(theirs).user_version == 1 < SCHEMA_VERSION
    before = fingerprint(theirs)
    mine = tmp_path / "mine.stancedesk"
    Workspace.create(mine, ALICE).close()
    with Workspace.open(mine, ALICE) as ws:
        result = ws.merge(theirs)
        assert result.added["claim"] == 3 and result.conflicts == 0
        assert ws.actors.find("Anna Kessel") is not None
    assert fingerprint(theirs) == before and listing(theirs.parent) == ["colleague.stancedesk"]
    assert check(mine).healthy
