"""Reading and writing change logs and heads during a merge, and bringing rows in line with their heads.

Heads are a pure function of the log: the changes of one field that no other change of that field lists in
its `replaces`. So the same union of logs gives the same heads and rows on every copy, in any order.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from stancedesk.domain.dates import iso_timestamp
from stancedesk.domain.hlc import HlcStamp
from stancedesk.storage.schema import ENTITY_TABLES, ChangeRecord, FieldHead, FileInfo, data_fields
from stancedesk.storage.unit_of_work import encode_value

_MARKER_NAMESPACE = uuid.UUID("5d1e0c55-7a0b-4a4e-9a57-0f3c2b3d9e10")
RowKey = tuple[str, str]  # (entity, row_id)
Target = tuple[str, str, str]  # (entity, row_id, field)


@dataclass(frozen=True)
class Change:
    id: str
    entity: str
    row_id: str
    field: str
    value: str  # JSON
    hlc: str
    site: str
    author: str
    replaces: tuple[str, ...]
    origin: str | None

    @property
    def decoded(self) -> Any:
        return json.loads(self.value)

    @property
    def order_key(self) -> tuple[str, str]:
        return (self.hlc, self.id)


def _from_record(rec: ChangeRecord) -> Change:
    return Change(rec.id, rec.entity, rec.row_id, rec.field, rec.value, rec.hlc, rec.site, rec.author,
                  tuple(json.loads(rec.replaces or "[]")), rec.origin)


def change_from_dict(data: Mapping[str, Any]) -> Change:
    return Change(data["id"], data["entity"], data["row_id"], data["field"], data["value"], data["hlc"],
                  data["site"], data["author"], tuple(json.loads(data["replaces"])), data["origin"])


def conflict_id(entity: str, row_id: str, field: str) -> str:
    """Stable and printable: the same on every copy and across sessions."""
    return hashlib.sha256(f"{entity}:{row_id}:{field}".encode()).hexdigest()[:10]


# -- reading ------------------------------------------------------------------------------------------

def all_change_ids(session: Session) -> set[str]:
    return set(session.scalars(select(ChangeRecord.id)))


def newest_hlc(session: Session) -> str | None:
    return session.scalar(select(func.max(ChangeRecord.hlc)))


def changes_of_rows(session: Session, rows: Iterable[RowKey]) -> dict[RowKey, list[Change]]:
    out: dict[RowKey, list[Change]] = defaultdict(list)
    for entity, row_id in rows:
        query = select(ChangeRecord).where(ChangeRecord.entity == entity, ChangeRecord.row_id == row_id)
        out[(entity, row_id)] = [_from_record(r) for r in session.scalars(query)]
    return out


def heads_of(changes: Sequence[Change]) -> list[Change]:
    """The changes no other change (of the same field) had seen, oldest clock first."""
    seen = {old for change in changes for old in change.replaces}
    return sorted((c for c in changes if c.id not in seen), key=lambda c: c.order_key)


def winner(field: str, heads: Sequence[Change]) -> Any:
    """Deterministic displayed value: the newest clock; a delete meeting a concurrent edit keeps the row."""
    values = [h.decoded for h in heads]
    if field == "deleted" and len({json.dumps(v) for v in values}) > 1:
        return False
    return values[-1] if values else None


def open_conflicts(session: Session) -> list[tuple[Target, list[Change]]]:
    """Fields with two or more heads holding different values (identical values are no conflict)."""
    query = (select(FieldHead.entity, FieldHead.row_id, FieldHead.field)
             .group_by(FieldHead.entity, FieldHead.row_id, FieldHead.field).having(func.count() > 1))
    out = []
    for entity, row_id, field in session.execute(query).all():
        heads = head_changes(session, (entity, row_id, field))
        if len({h.value for h in heads}) > 1:
            out.append(((entity, row_id, field), heads))
    return out


def head_changes(session: Session, target: Target) -> list[Change]:
    entity, row_id, field = target
    query = (select(ChangeRecord).join(FieldHead, FieldHead.change_id == ChangeRecord.id)
             .where(FieldHead.entity == entity, FieldHead.row_id == row_id, FieldHead.field == field))
    return sorted((_from_record(r) for r in session.scalars(query)), key=lambda c: c.order_key)


def row_values(session: Session, entity: str, row_id: str) -> dict[str, Any] | None:
    table = ENTITY_TABLES[entity].__table__  # type: ignore[attr-defined]
    found = session.execute(select(table).where(table.c.id == row_id)).mappings().first()
    return None if found is None else dict(found)


# -- writing ------------------------------------------------------------------------------------------

def insert_changes(session: Session, changes: Iterable[Change]) -> None:
    rows = [{"id": c.id, "entity": c.entity, "row_id": c.row_id, "field": c.field, "value": c.value,
             "hlc": c.hlc, "site": c.site, "author": c.author, "replaces": encode_value(sorted(c.replaces)),
             "origin": c.origin} for c in changes]
    if rows:
        session.execute(insert(ChangeRecord), rows)


def keep_row_marker(tombstone: Change, edit: Change) -> Change:
    """The change a merge adds when a delete meets an edit it had not seen: the edit keeps the row.

    Every field is derived from the two changes, so two copies that notice the same clash write the very
    same record (same id), and logs still converge.
    """
    marker_id = str(uuid.uuid5(_MARKER_NAMESPACE, f"{tombstone.id}:{edit.id}"))
    return Change(marker_id, edit.entity, edit.row_id, "deleted", "false", edit.hlc, edit.site, edit.author,
                  (), f"kept: edited while deleted elsewhere ({edit.field})")


def set_heads(session: Session, target: Target, change_ids: Iterable[str]) -> None:
    entity, row_id, field = target
    session.execute(delete(FieldHead).where(
        FieldHead.entity == entity, FieldHead.row_id == row_id, FieldHead.field == field))
    rows = [{"entity": entity, "row_id": row_id, "field": field, "change_id": cid} for cid in sorted(change_ids)]
    if rows:
        session.execute(insert(FieldHead), rows)


def stamp_time(hlc: str) -> str:
    """The wall time of a stamp, clamped to what datetime can hold (a hostile clock must not crash a merge)."""
    wall_ms = min(max(HlcStamp.decode(hlc).wall_ms, 0), 253_402_300_799_999)
    return iso_timestamp(datetime.fromtimestamp(wall_ms / 1000, UTC))


def apply_row(session: Session, entity: str, row_id: str, changes: Sequence[Change], origin: str | None) -> str | None:
    """Recompute every field's heads from the row's changes and write the row; 'added', 'updated' or None."""
    by_field: dict[str, list[Change]] = defaultdict(list)
    for change in changes:
        by_field[change.field].append(change)
    values: dict[str, Any] = {}
    table = ENTITY_TABLES[entity].__table__  # type: ignore[attr-defined]
    existing = row_values(session, entity, row_id)
    for field in data_fields(entity):
        if field not in by_field:  # never set through a change: keep what the row has, or the default
            if existing is None:
                default = table.c[field].default
                values[field] = default.arg if default is not None and default.is_scalar else None
            continue
        heads = heads_of(by_field[field])
        set_heads(session, (entity, row_id, field), (h.id for h in heads))
        values[field] = winner(field, heads)
    values["deleted"] = bool(values.get("deleted"))
    ordered = sorted(changes, key=lambda c: c.order_key)
    last = ordered[-1]
    if existing is None:
        first = ordered[0]
        session.execute(insert(table).values(
            id=row_id, created_at=stamp_time(first.hlc), created_by=first.author, updated_at=stamp_time(last.hlc),
            updated_by=last.author, origin=origin, **values))
        return "added"
    if all(existing.get(k) == v for k, v in values.items()):
        return None
    session.execute(update(table).where(table.c.id == row_id).values(
        updated_at=stamp_time(last.hlc), updated_by=last.author, **values))
    return "updated"


def set_file_info(session: Session, key: str, value: str) -> None:
    session.execute(delete(FileInfo).where(FileInfo.key == key))
    session.execute(insert(FileInfo).values(key=key, value=value))


def file_info(session: Session, prefix: str) -> list[tuple[str, str]]:
    query = select(FileInfo.key, FileInfo.value).where(FileInfo.key.startswith(prefix)).order_by(FileInfo.key)
    return [(k, v) for k, v in session.execute(query).all()]


def duplicate_sources(session: Session) -> list[tuple[str, list[str]]]:
    """Sources sharing one URL under different ids (added apart on two copies): kept, offered to combine."""
    query = text("SELECT url, group_concat(id) FROM source WHERE deleted = 0 AND url IS NOT NULL "
                 "GROUP BY url HAVING count(*) > 1 ORDER BY url")
    return [(url, sorted(ids.split(","))) for url, ids in session.execute(query).all()]


def post_merge_problems(session: Session) -> list[str]:
    """Pages and keys as they stand inside the open transaction."""
    problems = [r[0] for r in session.execute(text("PRAGMA integrity_check(5)")) if r[0] != "ok"]
    problems += [f"{table} row {rowid} points to a missing {parent}"
                 for table, rowid, parent, _fk in session.execute(text("PRAGMA foreign_key_check"))]
    return problems
