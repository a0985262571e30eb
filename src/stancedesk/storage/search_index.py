"""Full-text search with SQLite FTS5: one document per claim, source, event, verdict and actor.

The index is derived data: it is rebuilt from the rows, never merged, and kept in step at each commit.
All FTS5-specific SQL lives in this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    Float,
    String,
    case,
    column,
    delete,
    func,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from stancedesk.domain.rules import searchable
from stancedesk.storage.schema import (
    ActorAliasRow,
    ActorRoleRow,
    ActorRow,
    ClaimRow,
    EventRow,
    SearchDoc,
    SourceRow,
    VerdictRow,
)

CHUNK_CHARS = 4000  # snippet() cost grows with document size times hits; a source is indexed in pieces
INDEXED_KINDS = ("claim", "source", "event", "verdict", "actor")
_PARENT_FOR_INDEX = {"actor_alias": "actor", "actor_role": "actor"}

CREATE_FTS_SQL = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "title, body, tokenize = 'unicode61 remove_diacritics 2')"
)
SNIPPET_OPEN, SNIPPET_CLOSE = "[", "]"


@dataclass(frozen=True)
class IndexHit:
    kind: str
    row_id: str
    snippet: str
    rank: float


def _document(session: Session, kind: str, row_id: str) -> tuple[str, str] | None:
    """(title, body) of a row's search document, or None when the row is gone."""
    if kind == "claim":
        claim = session.get(ClaimRow, row_id)
        if claim is None or claim.deleted:
            return None
        return claim.summary or "", claim.quote
    if kind == "source":
        source = session.get(SourceRow, row_id)
        if source is None or source.deleted:
            return None
        return source.title, " ".join(filter(None, [source.publisher, source.text, source.notes]))
    if kind == "event":
        event = session.get(EventRow, row_id)
        if event is None or event.deleted:
            return None
        return event.place or "", event.description
    if kind == "verdict":
        verdict = session.get(VerdictRow, row_id)
        if verdict is None or verdict.deleted:
            return None
        return verdict.label, verdict.rationale
    if kind == "actor":
        actor = session.get(ActorRow, row_id)
        if actor is None or actor.deleted:
            return None
        aliases = session.scalars(select(ActorAliasRow.alias).where(
            ActorAliasRow.actor_id == row_id, ActorAliasRow.deleted.is_(False)))
        roles = session.scalars(select(ActorRoleRow.title).where(
            ActorRoleRow.actor_id == row_id, ActorRoleRow.deleted.is_(False)))
        return actor.name, " · ".join([*aliases, *roles])
    return None


def _targets(touched: Iterable[tuple[str, str]], session: Session) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for kind, row_id in touched:
        if kind in INDEXED_KINDS:
            out.add((kind, row_id))
        elif kind in _PARENT_FOR_INDEX:
            child: ActorAliasRow | ActorRoleRow | None = (
                session.get(ActorAliasRow, row_id) if kind == "actor_alias" else session.get(ActorRoleRow, row_id))
            if child is not None:
                out.add((_PARENT_FOR_INDEX[kind], child.actor_id))
    return out


def reindex(session: Session, touched: Iterable[tuple[str, str]]) -> None:
    """Bring the documents of the touched rows up to date, inside the caller's transaction."""
    session.flush()
    for kind, row_id in sorted(_targets(touched, session)):
        old_rowids = list(session.scalars(
            select(SearchDoc.rowid).where(SearchDoc.kind == kind, SearchDoc.row_id == row_id)))
        for rowid in old_rowids:
            session.execute(text("DELETE FROM search_index WHERE rowid = :r"), {"r": rowid})
        # A statement, not session.delete(): the ORM would insert the new pieces before deleting the old.
        session.execute(delete(SearchDoc).where(SearchDoc.kind == kind, SearchDoc.row_id == row_id))
        content = _document(session, kind, row_id)
        if content is None:
            continue
        title, body = content
        for number, part in enumerate(chunks(body)):
            doc = SearchDoc(kind=kind, row_id=row_id, chunk=number)
            session.add(doc)
            session.flush()
            session.execute(
                text("INSERT INTO search_index(rowid, title, body) VALUES (:r, :t, :b)"),
                {"r": doc.rowid, "t": title if number == 0 else "", "b": part},
            )


def chunks(body: str, size: int = CHUNK_CHARS) -> list[str]:
    """Long texts in pieces of about `size` characters, cut at white space, so snippets stay cheap."""
    if len(body) <= size:
        return [body]
    parts = []
    start = 0
    while start < len(body):
        end = min(len(body), start + size)
        if end < len(body):
            cut = body.rfind(" ", start + size // 2, end)
            end = cut if cut > start else end
        parts.append(body[start:end])
        start = end
    return parts


def rebuild(session: Session) -> int:
    """Rebuild every document (after a merge or when the index is suspected stale); returns the count."""
    session.execute(text("DELETE FROM search_index"))
    session.execute(text("DELETE FROM search_doc"))
    tables: dict[str, type[ClaimRow | SourceRow | EventRow | VerdictRow | ActorRow]] = {
        "claim": ClaimRow, "source": SourceRow, "event": EventRow, "verdict": VerdictRow, "actor": ActorRow}
    touched = [
        (kind, row_id)
        for kind, table in tables.items()
        for row_id in session.scalars(select(table.id).where(table.deleted.is_(False)))
    ]
    reindex(session, touched)
    return len(touched)


def fts_query(user_text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must appear, "quoted phrases" kept whole."""
    parts: list[str] = []
    remaining = searchable(user_text).strip()
    while remaining:
        if remaining.startswith('"'):
            close = remaining.find('"', 1)
            phrase = remaining[1:close] if close > 0 else remaining[1:]
            remaining = remaining[close + 1:] if close > 0 else ""
            words = phrase.split()
            if words:
                parts.append('"' + " ".join(w.replace('"', "") for w in words) + '"')
        else:
            word, _, remaining = remaining.partition(" ")
            cleaned = word.replace('"', "").strip()
            if cleaned:
                trailing = cleaned.endswith("*")
                core = cleaned.rstrip("*")
                if core:
                    parts.append(f'"{core}"' + ("*" if trailing else ""))
        remaining = remaining.strip()
    return " ".join(parts) if parts else None


_FTS = table("search_index", column("rowid"), column("title"), column("body"))
_SNIPPET: ColumnClause[str] = literal_column(
    f"snippet(search_index, -1, '{SNIPPET_OPEN}', '{SNIPPET_CLOSE}', '…', 16)", String())
_RANK: ColumnClause[float] = literal_column("bm25(search_index, 2.0, 1.0)", Float())


def search(session: Session, user_text: str, *, limit: int, offset: int = 0,
           claim_conditions: Sequence[ColumnElement[bool]] | None = None,
           kinds: Sequence[str] | None = None) -> list[IndexHit]:
    """Ranked hits with a highlighted snippet; bm25 weighs titles above bodies.

    With `claim_conditions`, only hits on claims (or on verdicts of claims) meeting them are kept, and the
    filtering happens in SQL, so that paging stays right however selective the filter is.
    """
    match = fts_query(user_text)
    if match is None:
        return []
    chunk_hits = (
        select(SearchDoc.kind, SearchDoc.row_id, _SNIPPET.label("snippet"), _RANK.label("rank"))
        .select_from(_FTS)
        .join(SearchDoc, SearchDoc.rowid == _FTS.c.rowid)
        .where(text("search_index MATCH :match").bindparams(match=match))
    )
    if kinds is not None:
        chunk_hits = chunk_hits.where(SearchDoc.kind.in_(kinds))
    if claim_conditions is not None:
        verdict_claim = (
            select(VerdictRow.claim_id).where(VerdictRow.id == SearchDoc.row_id).scalar_subquery()
        )
        claim_id = case((SearchDoc.kind == "claim", SearchDoc.row_id), (SearchDoc.kind == "verdict", verdict_claim))
        chunk_hits = chunk_hits.join(ClaimRow, ClaimRow.id == claim_id).where(*claim_conditions)
    hits = chunk_hits.subquery()
    # One hit per row: the best-ranked of its chunks.
    best = select(
        hits.c.kind, hits.c.row_id, hits.c.snippet, hits.c.rank,
        func.row_number().over(partition_by=(hits.c.kind, hits.c.row_id), order_by=hits.c.rank).label("place"),
    ).subquery()
    query = (select(best.c.kind, best.c.row_id, best.c.snippet, best.c.rank)
             .where(best.c.place == 1).order_by(best.c.rank).limit(limit).offset(offset))
    rows = session.execute(query)
    return [IndexHit(kind, row_id, snippet, float(rank)) for kind, row_id, snippet, rank in rows]
