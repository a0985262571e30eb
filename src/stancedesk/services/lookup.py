"""Ids as people type them: a unique prefix of any row's UUID."""

from __future__ import annotations

from collections.abc import Sequence

from stancedesk.domain.errors import InputError, NotFoundError
from stancedesk.domain.ids import is_id_prefix
from stancedesk.services.base import Service
from stancedesk.storage.repository import PREFIX_KINDS


class LookupService(Service):
    def resolve(self, prefix: str, kinds: Sequence[str] = PREFIX_KINDS) -> tuple[str, str]:
        """(kind, full id) for a unique prefix, or a message saying none or several match."""
        text = prefix.strip().lower()
        what = " or ".join(k.replace("_", " ") for k in kinds) if len(kinds) <= 3 else "item"
        if not text or not is_id_prefix(text):
            raise InputError(f"'{prefix}' is not an id (ids look like 3f2a9c1e-…)")
        found = self._read(lambda repo: repo.find_by_prefix(text, kinds))
        if not found:
            raise NotFoundError(f"no {what} with id starting '{prefix}'")
        if len(found) > 1:
            raise NotFoundError(f"id prefix '{prefix}' is ambiguous ({len(found)}+ matches); type more of it")
        return found[0]

    def resolve_id(self, prefix: str, kind: str) -> str:
        return self.resolve(prefix, (kind,))[1]
