"""The one way data changes: each field edit becomes a change record, then the row is updated to match."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from stancedesk.domain.changes import ChangeSet
from stancedesk.domain.dates import iso_timestamp, utc_now
from stancedesk.domain.errors import NotFoundError
from stancedesk.domain.hlc import HybridClock
from stancedesk.domain.ids import new_id
from stancedesk.domain.profile import ReviewerProfile
from stancedesk.storage.schema import (
    ENTITY_TABLES,
    PARENT_OF,
    ChangeRecord,
    FieldHead,
    Replicated,
    data_fields,
)

Touched = set[tuple[str, str]]


def encode_value(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def decode_value(text: str) -> Any:
    return json.loads(text)


class Store:
    """A write transaction seen as create/update/delete of entity rows; collects the change-set."""

    def __init__(self, session: Session, clock: HybridClock, author: ReviewerProfile,
                 origin: str | None = None) -> None:
        self.session = session
        self._clock = clock
        self._author = author
        self._origin = origin
        self._created: dict[str, set[str]] = defaultdict(set)
        self._updated: dict[str, set[str]] = defaultdict(set)
        self._deleted: dict[str, set[str]] = defaultdict(set)

    # -- reading inside the transaction -------------------------------------------------------------
    def get(self, kind: str, row_id: str) -> Replicated | None:
        row = self.session.get(ENTITY_TABLES[kind], row_id)
        return None if row is None or row.deleted else row

    def require(self, kind: str, row_id: str) -> Any:
        row = self.get(kind, row_id)
        if row is None:
            raise NotFoundError(f"no {kind.replace('_', ' ')} with id {row_id}")
        return row

    # -- writing ------------------------------------------------------------------------------------
    def create(self, kind: str, fields: Mapping[str, object], row_id: str | None = None) -> str:
        table = ENTITY_TABLES[kind]
        allowed = data_fields(kind)
        unknown = set(fields) - set(allowed)
        if unknown:
            raise ValueError(f"{kind} has no field(s) {sorted(unknown)}")
        key = row_id or new_id()
        now = iso_timestamp(utc_now())
        values = {"deleted": False, **fields}
        row = table(  # type: ignore[call-arg]  # mapped subclasses take their columns as keywords
            id=key, created_at=now, created_by=self._author.name, updated_at=now,
            updated_by=self._author.name, origin=self._origin, **values,
        )
        self.session.add(row)
        for name, value in fields.items():
            # Unset fields and the "not deleted" default are what a row starts as; recording them would
            # only grow the log. A merge creates a missing row with these defaults, then replays its changes.
            if value is not None:
                self._record(kind, key, name, value, replaces=())
        self._created[kind].add(key)
        self._mark_parent(kind, row)
        return key

    def update(self, kind: str, row_id: str, fields: Mapping[str, object]) -> bool:
        """Record only the fields whose value really changes; returns whether anything did."""
        row = self.require(kind, row_id)
        allowed = set(data_fields(kind))
        changed = {k: v for k, v in fields.items() if getattr(row, k) != v}
        if set(changed) - allowed:
            raise ValueError(f"{kind} has no field(s) {sorted(set(changed) - allowed)}")
        if not changed:
            return False
        for name, value in changed.items():
            heads = self._heads(kind, row_id, name)
            self._record(kind, row_id, name, value, replaces=heads)
            setattr(row, name, value)
        row.updated_at = iso_timestamp(utc_now())
        row.updated_by = self._author.name
        if changed.get("deleted"):
            self._deleted[kind].add(row_id)
        else:
            self._updated[kind].add(row_id)
        self._mark_parent(kind, row)
        return True

    def delete(self, kind: str, row_id: str) -> None:
        """A tombstone, so that the delete travels with a merge and can meet a concurrent edit."""
        self.update(kind, row_id, {"deleted": True})

    def delete_where(self, kind: str, rows: Iterable[Replicated]) -> None:
        for row in rows:
            self.delete(kind, row.id)

    # -- results ------------------------------------------------------------------------------------
    def change_set(self) -> ChangeSet:
        return ChangeSet.build(self._created, self._updated, self._deleted)

    def touched(self) -> Touched:
        out: Touched = set()
        for group in (self._created, self._updated, self._deleted):
            out.update((kind, row_id) for kind, ids in group.items() for row_id in ids)
        return out

    # -- internals ----------------------------------------------------------------------------------
    def _heads(self, kind: str, row_id: str, field: str) -> tuple[str, ...]:
        query = select(FieldHead.change_id).where(
            FieldHead.entity == kind, FieldHead.row_id == row_id, FieldHead.field == field
        )
        return tuple(self.session.scalars(query))

    def _record(self, kind: str, row_id: str, field: str, value: object, replaces: tuple[str, ...]) -> None:
        change_id = new_id()
        self.session.add(ChangeRecord(
            id=change_id, entity=kind, row_id=row_id, field=field, value=encode_value(value),
            hlc=self._clock.tick().encode(), site=self._author.site_id, author=self._author.name,
            replaces=encode_value(sorted(replaces)), origin=self._origin,
        ))
        if replaces:
            self.session.execute(delete(FieldHead).where(
                FieldHead.entity == kind, FieldHead.row_id == row_id, FieldHead.field == field
            ))
        self.session.add(FieldHead(entity=kind, row_id=row_id, field=field, change_id=change_id))

    def _mark_parent(self, kind: str, row: Replicated) -> None:
        parent = PARENT_OF.get(kind)
        if parent is not None:
            parent_kind, column = parent
            self._updated[parent_kind].add(getattr(row, column))
