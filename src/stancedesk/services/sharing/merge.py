"""Merging a colleague's file into the user's own: the union of both change logs, in one transaction.

Nothing is overwritten: a change joins the log, heads are recomputed from the log, rows follow their heads.
Two heads with different values are a conflict that keeps both. A delete that meets an edit it had not seen
adds a deterministic "keep" change, so the row stays visible and the clash is listed as a conflict.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from stancedesk.domain.dates import iso_timestamp, utc_now
from stancedesk.domain.errors import FileProblem, RuleError
from stancedesk.domain.hlc import FUTURE_TOLERANCE_MS, HlcStamp
from stancedesk.domain.profile import ReviewerProfile
from stancedesk.services.sharing.backups import snapshot_before
from stancedesk.storage import merge_log, search_index
from stancedesk.storage.database import Database, sqlite_errors
from stancedesk.storage.foreign import iter_changes, open_foreign
from stancedesk.storage.health import rule_problems
from stancedesk.storage.merge_log import Change, RowKey

RECEIPT_PREFIX = "merge_receipt:"


@dataclass
class MergeResult:
    source: str
    dry_run: bool
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0  # conflicts this merge brought
    open_conflicts: int = 0  # all unresolved conflicts after it
    changes_in: int = 0
    warnings: list[str] = field(default_factory=list)
    snapshot: str | None = None
    possible_duplicates: list[tuple[str, list[str]]] = field(default_factory=list)  # (url, source ids)

    def as_json(self) -> dict[str, Any]:
        return {"source": self.source, "dry_run": self.dry_run, "added": self.added, "updated": self.updated,
                "conflicts": self.conflicts, "open_conflicts": self.open_conflicts,
                "changes_in": self.changes_in, "warnings": self.warnings, "snapshot": self.snapshot,
                "possible_duplicates": [{"url": u, "ids": ids} for u, ids in self.possible_duplicates]}


class _DryRunError(Exception):
    """Raised inside the transaction to roll a preview back."""


def merge_file(db: Database, profile: ReviewerProfile, other: Path, *, dry_run: bool = False,
               backup_dir: Path | None = None) -> MergeResult:
    """Merge `other` into `db`; `dry_run` runs the very same merge and rolls it back (the preview)."""
    other = Path(other)
    if db.read_only:
        raise RuleError(f"{db.path} is open read-only; merging into it is not possible")
    try:
        if other.resolve() == db.path.resolve() or (other.exists() and other.samefile(db.path)):
            raise FileProblem(other, "is the file being merged into; choose a colleague's file")
    except OSError:
        pass
    with open_foreign(other) as foreign:
        incoming = [merge_log.change_from_dict(c) for c in iter_changes(foreign)]
        sender_id = next(iter(foreign.rows("SELECT value FROM file_info WHERE key = 'file_id'")), (None,))[0]
    result = MergeResult(str(other), dry_run)
    if not dry_run:
        result.snapshot = str(snapshot_before(db.path, "merge", backup_dir))
    try:
        with sqlite_errors(db.path), Session(db.engine) as session, session.begin():
            _merge_in(session, incoming, result, other, profile, sender_id)
            if dry_run:
                raise _DryRunError
    except _DryRunError:
        pass
    return result


def _merge_in(session: Session, remote: list[Change], result: MergeResult, other: Path,
              profile: ReviewerProfile, sender_id: object) -> None:
    raw = session.connection().connection.dbapi_connection
    assert raw is not None
    rules_before = set(rule_problems(raw))  # type: ignore[arg-type]
    conflicts_before = {t for t, _h in merge_log.open_conflicts(session)}
    local_ids = merge_log.all_change_ids(session)
    remote_ids = {c.id for c in remote}
    new = [c for c in remote if c.id not in local_ids]
    result.changes_in = len(new)
    result.warnings.extend(_clock_warnings(new))
    merge_log.insert_changes(session, new)
    touched: set[RowKey] = {(c.entity, c.row_id) for c in new}
    row_changes = merge_log.changes_of_rows(session, sorted(touched))
    for changes in row_changes.values():
        markers = _keep_markers(changes, local_ids, remote_ids)
        if markers:
            merge_log.insert_changes(session, markers)
            changes.extend(markers)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    origin = f"merged from {other.name}"
    for (entity, row_id), changes in sorted(row_changes.items()):
        outcome = merge_log.apply_row(session, entity, row_id, changes, origin)
        if outcome is not None:
            counts[outcome][entity] += 1
    if new:
        search_index.rebuild(session)
    after = merge_log.open_conflicts(session)
    result.added, result.updated = dict(sorted(counts["added"].items())), dict(sorted(counts["updated"].items()))
    result.conflicts = len({t for t, _h in after} - conflicts_before)
    result.open_conflicts = len(after)
    result.possible_duplicates = merge_log.duplicate_sources(session)
    problems = merge_log.post_merge_problems(session)
    problems += sorted(set(rule_problems(raw)) - rules_before)  # type: ignore[arg-type]
    if problems:
        raise FileProblem(other, f"not merged: the result would break a rule ({problems[0]})")
    if not result.changes_in:
        return  # nothing came in: merging the same file again leaves no trace
    receipt = {"from": str(other), "from_file_id": sender_id, "at": iso_timestamp(utc_now()),
               "by": profile.name, "changes_in": result.changes_in, "added": result.added,
               "updated": result.updated, "conflicts": result.conflicts, "warnings": result.warnings}
    merge_log.set_file_info(session, f"{RECEIPT_PREFIX}{receipt['at']}:{sender_id}", json.dumps(receipt))


def _keep_markers(changes: list[Change], local_ids: set[str], remote_ids: set[str]) -> list[Change]:
    """A delete on one side and an edit on the other that neither had seen: the edit keeps the row.

    Logs are causally closed (a copy holds everything its edits had seen), so a change present on only
    one side was unknown to the other side's changes.
    """
    tombstones = [c for c in changes if c.field == "deleted" and c.decoded is True]
    edits = [c for c in changes if c.field != "deleted"]
    existing = {c.id for c in changes}
    markers = []
    for tomb in tombstones:
        for edit in edits:
            apart = ((tomb.id in local_ids and tomb.id not in remote_ids and edit.id in remote_ids
                      and edit.id not in local_ids)
                     or (tomb.id in remote_ids and tomb.id not in local_ids and edit.id in local_ids
                         and edit.id not in remote_ids))
            marker = merge_log.keep_row_marker(tomb, edit)
            if apart and marker.id not in existing:
                markers.append(marker)
                existing.add(marker.id)
    return markers


def _clock_warnings(changes: list[Change]) -> list[str]:
    """A clock far ahead is warned about, not trusted: what wins is what an edit had seen."""
    now = time.time_ns() // 1_000_000
    ahead: dict[str, int] = {}
    for change in changes:
        lead = HlcStamp.decode(change.hlc).wall_ms - now
        if lead > FUTURE_TOLERANCE_MS:
            ahead[change.author] = max(ahead.get(change.author, 0), lead)
    return [f"{author}'s clock is {lead // 86_400_000} day(s) ahead; their edits are merged but their "
            "times are not trusted" for author, lead in sorted(ahead.items())]


def receipts(db: Database) -> list[dict[str, Any]]:
    """What came in with each merge, oldest first."""
    with db.reading() as session:
        return [json.loads(v) for _k, v in merge_log.file_info(session, RECEIPT_PREFIX)]
