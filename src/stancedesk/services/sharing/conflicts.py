"""Listing and resolving conflicts: a resolution is a change that replaces every head, so it travels."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from stancedesk.domain.errors import InputError, NotFoundError, RuleError
from stancedesk.domain.hlc import HlcStamp, HybridClock
from stancedesk.domain.ids import new_id
from stancedesk.domain.profile import ReviewerProfile
from stancedesk.storage import merge_log, search_index
from stancedesk.storage.database import Database, sqlite_errors
from stancedesk.storage.foreign import BadValueError, check_value
from stancedesk.storage.merge_log import Change, Target
from stancedesk.storage.schema import is_text_field


@dataclass(frozen=True)
class ConflictVersion:
    change_id: str
    value: Any
    author: str
    site: str
    hlc: str
    mine: bool


@dataclass(frozen=True)
class Conflict:
    id: str
    kind: str
    row_id: str
    field: str
    shown: Any  # the value the row displays until it is resolved
    versions: tuple[ConflictVersion, ...]


def _conflict(target: Target, heads: list[Change], site: str) -> Conflict:
    entity, row_id, field = target
    versions = tuple(ConflictVersion(h.id, h.decoded, h.author, h.site, h.hlc, h.site == site) for h in heads)
    return Conflict(merge_log.conflict_id(*target), entity, row_id, field, merge_log.winner(field, heads), versions)


def list_conflicts(db: Database, profile: ReviewerProfile) -> list[Conflict]:
    with db.reading() as session:
        return [_conflict(t, h, profile.site_id) for t, h in merge_log.open_conflicts(session)]


def _parse_value(entity: str, field: str, text: str) -> object:
    """What the user typed: literally for text fields ("2024" stays text), parsed for numbers and booleans."""
    if is_text_field(entity, field):
        value: object = text
    else:
        try:
            value = json.loads(text)
        except ValueError:
            value = text
        if isinstance(value, (dict, list)):
            value = text
    try:
        return check_value(entity, field, value)
    except BadValueError as exc:
        raise InputError(f"{field}: {exc}") from None


def resolve_conflict(db: Database, profile: ReviewerProfile, conflict_ref: str, keep: str) -> Conflict:
    """Keep `mine`, `theirs` or a typed VALUE; recorded as one change replacing every version."""
    if db.read_only:
        raise RuleError(f"{db.path} is open read-only; edits are not possible")
    with sqlite_errors(db.path), Session(db.engine) as session, session.begin():
        found = [(t, h) for t, h in merge_log.open_conflicts(session)
                 if merge_log.conflict_id(*t).startswith(conflict_ref.lower())]
        if len(found) != 1:
            raise NotFoundError(f"no conflict with id {conflict_ref}" if not found
                                else f"conflict id {conflict_ref} is ambiguous; type more of it")
        target, heads = found[0]
        conflict = _conflict(target, heads, profile.site_id)
        value = _choose(conflict, keep)
        clock = HybridClock(profile.site_id)
        newest = merge_log.newest_hlc(session)
        if newest:
            clock.observe(HlcStamp.decode(newest))
        entity, row_id, field = target
        change = Change(new_id(), entity, row_id, field, json.dumps(value, ensure_ascii=False,
                        separators=(",", ":")), clock.tick().encode(), profile.site_id, profile.name,
                        tuple(sorted(h.id for h in heads)), None)
        merge_log.insert_changes(session, [change])
        row_changes = merge_log.changes_of_rows(session, [(entity, row_id)])[(entity, row_id)]
        merge_log.apply_row(session, entity, row_id, row_changes, None)
        search_index.rebuild(session)
    return conflict


def _choose(conflict: Conflict, keep: str) -> object:
    if keep in ("mine", "theirs"):
        wanted = {json.dumps(v.value) for v in conflict.versions if v.mine == (keep == "mine")}
        if len(wanted) != 1:
            raise InputError(f"cannot tell which version is {keep} here; give the value to keep instead")
        return json.loads(wanted.pop())
    return _parse_value(conflict.kind, conflict.field, keep)
