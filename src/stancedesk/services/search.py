"""Ranked full-text search over quotes, sources, events, rationales and actors, with claim filters."""

from __future__ import annotations

from stancedesk.domain.queries import ClaimFilter, SearchHit
from stancedesk.services.base import Service
from stancedesk.storage.repository import Repository
from stancedesk.storage.schema import ActorRow, ClaimRow, EventRow, SourceRow, VerdictRow


def _title(repo: Repository, kind: str, row_id: str) -> tuple[str, str | None]:
    """A one-line label for a hit, and the claim it belongs to."""
    session = repo.session
    if kind == "claim":
        claim = session.get(ClaimRow, row_id)
        if claim is None:
            return "?", None
        speaker = session.get(ActorRow, claim.speaker_id) if claim.speaker_id else None
        who = f"{speaker.name}: " if speaker else ""
        return f"{who}“{claim.quote[:80]}”", claim.id
    if kind == "verdict":
        verdict = session.get(VerdictRow, row_id)
        return (f"Verdict: {verdict.label}", verdict.claim_id) if verdict else ("?", None)
    if kind == "source":
        source = session.get(SourceRow, row_id)
        return (source.title if source else "?"), None
    if kind == "event":
        event = session.get(EventRow, row_id)
        return (event.description[:100] if event else "?"), None
    actor = session.get(ActorRow, row_id)
    return (actor.name if actor else "?"), None


class SearchService(Service):
    def search(self, text: str, claim_filter: ClaimFilter = ClaimFilter(), *, kinds: frozenset[str] | None = None,
               limit: int = 50, offset: int = 0) -> list[SearchHit]:
        """Best first. With claim filters, only hits on matching claims (or their verdicts) are kept."""
        def work(repo: Repository) -> list[SearchHit]:
            hits = repo.search(text, claim_filter, sorted(kinds) if kinds is not None else None, limit, offset)
            results = []
            for hit in hits:
                title, claim_id = _title(repo, hit.kind, hit.row_id)
                results.append(SearchHit(hit.kind, hit.row_id, title, hit.snippet, hit.rank, claim_id))
            return results

        return self._read(work)
