"""Change-sets: what a mutation touched, so each view refreshes only that."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


def _freeze(entries: Mapping[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    return {kind: frozenset(ids) for kind, ids in entries.items() if ids}


@dataclass(frozen=True)
class ChangeSet:
    """Ids created, updated and deleted, by entity kind (claim, verdict, actor, ...)."""

    created: Mapping[str, frozenset[str]] = field(default_factory=dict)
    updated: Mapping[str, frozenset[str]] = field(default_factory=dict)
    deleted: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        created: Mapping[str, Iterable[str]] | None = None,
        updated: Mapping[str, Iterable[str]] | None = None,
        deleted: Mapping[str, Iterable[str]] | None = None,
    ) -> ChangeSet:
        made = _freeze(created or {})
        gone = _freeze(deleted or {})
        # A row created or deleted in the same mutation is not also "updated".
        changed = {
            kind: ids - made.get(kind, frozenset()) - gone.get(kind, frozenset())
            for kind, ids in _freeze(updated or {}).items()
        }
        return cls(made, _freeze(changed), gone)

    @property
    def is_empty(self) -> bool:
        return not (self.created or self.updated or self.deleted)

    def kinds(self) -> frozenset[str]:
        return frozenset(self.created) | frozenset(self.updated) | frozenset(self.deleted)

    def ids(self, kind: str) -> frozenset[str]:
        empty: frozenset[str] = frozenset()
        return self.created.get(kind, empty) | self.updated.get(kind, empty) | self.deleted.get(kind, empty)

    def touches(self, kind: str, row_id: str | None = None) -> bool:
        ids = self.ids(kind)
        return bool(ids) if row_id is None else row_id in ids

    def union(self, other: ChangeSet) -> ChangeSet:
        def join(a: Mapping[str, frozenset[str]], b: Mapping[str, frozenset[str]]) -> dict[str, set[str]]:
            out: dict[str, set[str]] = {k: set(v) for k, v in a.items()}
            for kind, ids in b.items():
                out.setdefault(kind, set()).update(ids)
            return out

        return ChangeSet.build(
            join(self.created, other.created),
            join(self.updated, other.updated),
            join(self.deleted, other.deleted),
        )

    def to_json(self) -> dict[str, dict[str, list[str]]]:
        return {
            "created": {k: sorted(v) for k, v in self.created.items()},
            "updated": {k: sorted(v) for k, v in self.updated.items()},
            "deleted": {k: sorted(v) for k, v in self.deleted.items()},
        }


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a mutation returns: its result and the change-set the ui turns into a signal."""

    value: T
    changes: ChangeSet
