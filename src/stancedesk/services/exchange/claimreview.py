"""schema.org ClaimReview: publish verdicts the way search engines and fact-check databases read them,
and take in other publishers' reviews (any JSON shape that holds ClaimReview objects)."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from stancedesk.domain.changes import Outcome
from stancedesk.domain.dates import DatePrecision, PartialDate, iso_timestamp, utc_now
from stancedesk.domain.enums import ActorKind, ClaimKind, Relation, ScaleKind, SourceKind, VerdictStatus
from stancedesk.domain.errors import FileProblem, InputError
from stancedesk.domain.model import Actor, ClaimDetail, SourceSummary, Verdict
from stancedesk.domain.rules import MAX_QUOTE_CHARS, MAX_SUMMARY_CHARS, clean_text, optional_text
from stancedesk.services import dto
from stancedesk.services.actors import RoleInput, create_actor
from stancedesk.services.claims import ClaimInput, add_appearance, create_claim
from stancedesk.services.evidence import create_link
from stancedesk.services.exchange import read_text, write_atomically
from stancedesk.services.sources import create_source
from stancedesk.services.verdicts import current_verdict
from stancedesk.services.workspace import Workspace
from stancedesk.storage.repository import Repository
from stancedesk.storage.schema import ClaimRow, RatingLabelRow
from stancedesk.storage.unit_of_work import Store

JsonObject = dict[str, Any]
SCHEMA = "https://schema.org"
WIKIDATA = "https://www.wikidata.org/wiki/"
IMPORTED_SCALE = "imported"
# Marks the source that stands for a review page, so re-export keeps the publisher's URL and name.
REVIEW_NOTE = "ClaimReview page (imported)"
_LABEL_LIMIT = 200


# -- export -------------------------------------------------------------------------------------------

def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= MAX_SUMMARY_CHARS else flat[: MAX_SUMMARY_CHARS - 1].rstrip() + "…"


def _published_verdict(detail: ClaimDetail) -> Verdict | None:
    """The newest published verdict: a later draft does not unpublish what readers saw."""
    return next((v for v in detail.verdicts if v.status is VerdictStatus.PUBLISHED), None)


def _person(actor: Actor | None, fallback: str | None, said: PartialDate | None) -> JsonObject | None:
    if actor is None:
        return {"@type": "Person", "name": fallback} if fallback else None
    out: JsonObject = {"@type": "Person" if actor.kind is ActorKind.PERSON else "Organization", "name": actor.name}
    undated_only = len(actor.roles) == 1 and actor.roles[0].start is None and actor.roles[0].end is None
    role = actor.role_on(said.value) if said else (actor.roles[0] if undated_only else None)
    if role is not None:
        out["jobTitle"] = role.title
        if role.affiliation:
            out["affiliation"] = {"@type": "Organization", "name": role.affiliation}
    if actor.wikidata_id:
        out["sameAs"] = WIKIDATA + actor.wikidata_id
    return out


def _review_page(ws: Workspace, detail: ClaimDetail) -> SourceSummary | None:
    """The imported review page linked to the claim, if there is one."""
    for item in detail.evidence:
        for src in item.sources:
            if (item.link.relation is Relation.CONTEXT and item.link.target_id == src.id
                    and ws.sources.get(src.id).notes == REVIEW_NOTE):
                return src
    return None


def claimreview_for(ws: Workspace, detail: ClaimDetail, verdict: Verdict) -> JsonObject:
    """One ClaimReview object for a published verdict."""
    claim = detail.claim
    profile = ws.profile
    page = _review_page(ws, detail)
    page_url, page_publisher = (page.url, page.publisher) if page is not None else (None, None)
    appearance_urls = [a.url for a in claim.appearances if a.url]
    first = next((a.url for a in claim.appearances if a.is_first and a.url), None)
    url: str | None
    if page_url:
        url = page_url
    elif profile.organization_url:
        url = profile.organization_url.rstrip("/") + f"#claim-{claim.id}"
    else:
        url = None  # the claim's own page is not a review page; set the organisation's URL in the profile
    author_name = page_publisher or profile.organization or verdict.reviewer
    author: JsonObject = {"@type": "Organization" if page_publisher or profile.organization else "Person",
                          "name": author_name}
    if author_name == profile.organization and profile.organization_url:
        author["url"] = profile.organization_url
    scale = next((s for s in ws.verdicts.scales() if s.name == verdict.scale_name), None)
    rating: JsonObject = {"@type": "Rating", "alternateName": verdict.label}
    if verdict.rating_value is not None:
        rating["ratingValue"] = verdict.rating_value
        if scale is not None and scale.kind is not ScaleKind.IMPORTED:
            rating["bestRating"] = scale.best
            rating["worstRating"] = scale.worst
    if verdict.rationale.strip():
        rating["ratingExplanation"] = verdict.rationale
    item: JsonObject = {"@type": "Claim", "text": claim.quote}
    speaker = _person(detail.speaker, claim.speaker_name, claim.said_on)
    if speaker is not None:
        item["author"] = speaker
    if claim.said_on is not None:
        item["datePublished"] = claim.said_on.iso().lstrip("~")
    if appearance_urls:
        item["appearance"] = [{"@type": "CreativeWork", "url": u} for u in appearance_urls]
    if first:
        item["firstAppearance"] = {"@type": "CreativeWork", "url": first}
    review: JsonObject = {"@context": SCHEMA, "@type": "ClaimReview"}
    if url:
        review["url"] = url
    review["claimReviewed"] = claim.summary or _short(claim.quote)
    review["reviewRating"] = rating
    review["author"] = author
    signed = verdict.signed_off_at or verdict.provenance.updated_at
    review["datePublished"] = signed[:10]
    review["itemReviewed"] = item
    language = next((s.language for s in detail.sources if s.language), page.language if page else None)
    if language:
        review["inLanguage"] = language
    return review


def export_claimreviews(ws: Workspace, claim_ids: Sequence[str] | None = None) -> list[JsonObject]:
    """A ClaimReview for every claim (or each given claim) that has a published verdict."""
    ids = list(claim_ids) if claim_ids is not None else [r.id for r in ws.claims.page(limit=1_000_000)]
    out = []
    for claim_id in ids:
        detail = ws.details.claim(claim_id)
        verdict = _published_verdict(detail)
        if verdict is not None:
            out.append(claimreview_for(ws, detail, verdict))
    return out


def as_document(reviews: Sequence[JsonObject]) -> JsonObject | list[JsonObject]:
    """One review stays a single object; several become a schema.org DataFeed."""
    if len(reviews) == 1:
        return reviews[0]
    items = [{k: v for k, v in r.items() if k != "@context"} for r in reviews]
    return {"@context": SCHEMA, "@type": "DataFeed", "dataFeedElement": [
        {"@type": "DataFeedItem", "item": item} for item in items]}


def write_claimreview(ws: Workspace, out: Path, claim_ids: Sequence[str] | None = None) -> int:
    reviews = export_claimreviews(ws, claim_ids)
    document = as_document(reviews)
    write_atomically(out, lambda h: h.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n"))
    return len(reviews)


# -- import: finding reviews ---------------------------------------------------------------------------

@dataclass(frozen=True)
class FoundReview:
    """A ClaimReview read from any JSON shape, reduced to what StanceDesk keeps."""

    url: str | None
    claim_text: str
    claim_reviewed: str | None
    label: str
    rating_value: int | None
    best: int | None
    worst: int | None
    explanation: str
    author: str
    published: str | None
    title: str | None
    language: str | None
    speaker: str | None
    speaker_kind: ActorKind
    job_title: str | None
    affiliation: str | None
    wikidata: str | None
    said_on: str | None
    appearances: tuple[str, ...]
    first_appearance: str | None


def _is_type(obj: JsonObject, name: str) -> bool:
    kind = obj.get("@type")
    return kind == name or (isinstance(kind, list) and name in kind)


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _text(value.get("name"))
    if isinstance(value, list) and value:
        return _text(value[0])
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _int(value: Any) -> int | None:
    """A whole rating number in a sane range; anything else (fractions, huge, infinite, text) is dropped."""
    try:
        number = float(value) if value is not None and not isinstance(value, bool) else None
    except (TypeError, ValueError, OverflowError):
        return None
    if number is None or not math.isfinite(number) or abs(number) > 1_000_000 or number != int(number):
        return None
    return int(number)


def _urls(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    out = []
    for v in values:
        url = v if isinstance(v, str) else v.get("url") if isinstance(v, dict) else None
        if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
            out.append(url.strip())
    return out


def _qid(value: Any) -> str | None:
    for url in _urls(value):
        tail = url.rstrip("/").rsplit("/", 1)[-1]
        if "wikidata.org" in url and tail.startswith("Q") and tail[1:].isdigit():
            return tail
    return None


def _from_claimreview(obj: JsonObject) -> FoundReview | None:
    item = obj.get("itemReviewed")
    item = item[0] if isinstance(item, list) and item else item
    item = item if isinstance(item, dict) else {}
    rating = obj.get("reviewRating")
    rating = rating[0] if isinstance(rating, list) and rating else rating
    rating = rating if isinstance(rating, dict) else {}
    reviewed = _text(obj.get("claimReviewed"))
    text = _text(item.get("text")) or reviewed
    label = _text(rating.get("alternateName")) or _text(rating.get("name"))
    if not text or not label:
        return None
    person = item.get("author")
    person = person[0] if isinstance(person, list) and person else person
    person = person if isinstance(person, dict) else {"name": person} if isinstance(person, str) else {}
    appearances = _urls(item.get("appearance"))
    first = next(iter(_urls(item.get("firstAppearance"))), None)
    if first and first not in appearances:
        appearances.insert(0, first)
    url = next(iter(_urls(obj.get("url"))), None)
    return FoundReview(
        url=url, claim_text=text, claim_reviewed=reviewed, label=label,
        rating_value=_int(rating.get("ratingValue")), best=_int(rating.get("bestRating")),
        worst=_int(rating.get("worstRating")), explanation=_text(rating.get("ratingExplanation")) or "",
        author=_text(obj.get("author")) or "unknown publisher", published=_text(obj.get("datePublished")),
        title=_text(obj.get("name")) or _text(obj.get("headline")), language=_text(obj.get("inLanguage")),
        speaker=_text(person.get("name")),
        speaker_kind=ActorKind.PERSON if person.get("@type", "Person") == "Person" else ActorKind.ORGANIZATION,
        job_title=_text(person.get("jobTitle")), affiliation=_text(person.get("affiliation")),
        wikidata=_qid(person.get("sameAs")), said_on=_text(item.get("datePublished")),
        appearances=tuple(dict.fromkeys(appearances)), first_appearance=first,
    )


def _from_factcheck_api(claim: JsonObject, review: JsonObject) -> FoundReview | None:
    """Google Fact Check Tools API: {"text", "claimant", "claimDate", "claimReview": [...]}."""
    text = _text(claim.get("text"))
    label = _text(review.get("textualRating"))
    if not text or not label:
        return None
    raw_publisher = review.get("publisher")
    publisher: JsonObject = raw_publisher if isinstance(raw_publisher, dict) else {}
    return FoundReview(
        url=next(iter(_urls(review.get("url"))), None), claim_text=text, claim_reviewed=None, label=label,
        rating_value=None, best=None, worst=None, explanation="",
        author=_text(publisher.get("name")) or _text(publisher.get("site")) or "unknown publisher",
        published=_text(review.get("reviewDate")), title=_text(review.get("title")),
        language=_text(review.get("languageCode")), speaker=_text(claim.get("claimant")),
        speaker_kind=ActorKind.PERSON, job_title=None, affiliation=None, wikidata=None,
        said_on=_text(claim.get("claimDate")), appearances=(), first_appearance=None,
    )


def find_reviews(document: Any) -> Iterator[FoundReview]:
    """Every usable ClaimReview anywhere in a JSON value: objects, lists, DataFeeds, @graph, API wrappers."""
    return (review for review in scan_reviews(document) if review is not None)


def scan_reviews(document: Any) -> Iterator[FoundReview | None]:
    """Like find_reviews, but a review lacking claim text or a rating yields None, so it can be counted."""
    stack = [document]  # walked depth-first in document order: children are pushed reversed, popped from the end
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, dict):
            if _is_type(value, "ClaimReview"):
                yield _from_claimreview(value)
            elif isinstance(value.get("claimReview"), list) and "text" in value:
                for review in value["claimReview"]:
                    if isinstance(review, dict):
                        yield _from_factcheck_api(value, review)
            else:
                stack.extend(reversed(list(value.values())))


def parse_json(text: str, what: str = "input") -> Any:
    """One JSON document, or JSON Lines (one document a line), as feeds are shipped both ways."""
    try:
        return json.loads(text)
    except RecursionError:
        raise InputError(f"{what} is not usable JSON (nested too deeply)") from None
    except ValueError as first_error:
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) > 1:
            try:
                return [json.loads(line) for line in lines]
            except (ValueError, RecursionError):
                pass
        raise InputError(f"{what} is not JSON ({first_error})") from None


# -- import: writing -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportSummary:
    found: int
    created_claims: tuple[str, ...] = ()
    created_verdicts: tuple[str, ...] = ()
    skipped: int = 0  # already in the file (same review URL and claim text)
    incomplete: int = 0  # found but unusable: no claim text or no rating
    rejected: tuple[str, ...] = ()  # found but refused, each with its number and reason
    corrected_verdicts: tuple[str, ...] = ()  # publishers' changed ratings, recorded as corrections


def _day(text: str | None) -> PartialDate | None:
    if not text:
        return None
    try:
        return PartialDate(date.fromisoformat(text.strip()[:10]), DatePrecision.DAY)
    except ValueError:
        return None


def _already_imported(repo: Repository, review: FoundReview) -> ClaimRow | None:
    """The claim an earlier import of this review made, if any (so a feed can be imported twice).

    A review page is recognised by its URL and claim text; a review without a page of its own by its claim
    text, reviewer and rating.
    """
    quote = review.claim_text[:MAX_QUOTE_CHARS].strip()  # compared as create_claim stores it
    if not review.url:
        label = _stored_label(review.label).casefold()
        return next((claim for claim in repo.claims_with_quote(quote) for v in repo.verdicts_of(claim.id)
                     if v.reviewer == review.author[:200] and v.label.casefold() == label), None)
    for source in repo.sources_with_url(review.url):
        for link in repo.links_to(source.id):
            claim = repo.session.get(ClaimRow, link.claim_id)
            if claim is not None and not claim.deleted and claim.quote == quote:
                return claim
    return None


def _publisher_correction(store: Store, repo: Repository, claim: ClaimRow, review: FoundReview) -> str | None:
    """A publisher that changed its rating since the last import: their new verdict, as a correction."""
    current = current_verdict(repo, claim.id)
    label = _stored_label(review.label)
    if current is None or current.reviewer != review.author[:200] or current.label.casefold() == label.casefold():
        return None
    scale_id, label, value = _rating(store, repo, review)
    published = _day(review.published)
    return store.create("verdict", {
        "claim_id": claim.id, "scale_id": scale_id, "label": label, "rating_value": value,
        "rationale": review.explanation, "reviewer": review.author[:200],
        "status": VerdictStatus.PUBLISHED.value, "signed_off_by": review.author[:200],
        "signed_off_at": f"{published.value.isoformat()}T00:00:00.000+00:00" if published else None,
        "supersedes_id": current.id,
        "correction_what": f"Rating changed from {current.label} to {label}",
        "correction_why": f"{review.author[:200]} updated its ClaimReview",
        "corrected_at": iso_timestamp(utc_now()),
    })


def _speaker(store: Store, repo: Repository, review: FoundReview) -> str | None:
    if not review.speaker:
        return None
    rows = repo.actors_named(review.speaker)
    if rows:
        actor = rows[0]
        if review.job_title and not any(r.title == review.job_title for r in repo.roles_of(actor.id)):
            store.create("actor_role", {"actor_id": actor.id, "title": review.job_title,
                                        "affiliation": review.affiliation, "start_on": None, "end_on": None})
        return actor.id
    roles = [RoleInput(review.job_title, review.affiliation)] if review.job_title else []
    return create_actor(store, repo, review.speaker, review.speaker_kind, roles=roles, wikidata_id=review.wikidata)


def _stored_label(label: str) -> str:
    """A publisher's rating text as the imported scale keeps it: spacing folded, at most _LABEL_LIMIT long."""
    flat = " ".join(label.split())
    return flat if len(flat) <= _LABEL_LIMIT else flat[: _LABEL_LIMIT - 1] + "…"


def _rating(store: Store, repo: Repository, review: FoundReview) -> tuple[str, str, int | None]:
    """(scale id, label, value): a known scale's label when it fits, else the publisher's text kept as is."""
    for scale_row in repo.scales():
        if scale_row.kind == ScaleKind.IMPORTED.value:
            continue
        scale = dto.scale(repo, scale_row)
        found = scale.find(review.label)
        if found is None:
            continue
        if review.rating_value is not None and review.rating_value != found.value:
            continue
        if (review.best, review.worst) != (None, None) and (review.best, review.worst) != (scale.best, scale.worst):
            continue
        return scale_row.id, found.label, found.value
    imported = repo.scale_named(IMPORTED_SCALE)
    scale_id = imported.id if imported is not None else store.create(
        "rating_scale", {"name": IMPORTED_SCALE, "kind": ScaleKind.IMPORTED.value})
    short = _stored_label(review.label)
    existing: RatingLabelRow | None = next(
        (lab for lab in repo.labels_of(scale_id) if lab.label.casefold() == short.casefold()), None)
    if existing is None:
        store.create("rating_label", {"scale_id": scale_id, "label": short, "value": review.rating_value or 0,
                                      "description": review.label})
    return scale_id, short, review.rating_value


def _checked(review: FoundReview) -> FoundReview:
    """The review with every text held to the limits the services apply; InputError names the problem."""
    clean_text(review.claim_text[:MAX_QUOTE_CHARS], "claim text", limit=MAX_QUOTE_CHARS)
    clean_text(review.label, "rating label", limit=1_000)
    clean_text(review.explanation, "rating explanation", limit=200_000, required=False)
    for what, value in (("publisher", review.author), ("speaker", review.speaker), ("job title", review.job_title),
                        ("affiliation", review.affiliation), ("title", review.title)):
        optional_text(value, what, limit=500)
    if review.rating_value is not None and review.best is not None and review.worst is not None and not (
            min(review.best, review.worst) <= review.rating_value <= max(review.best, review.worst)):
        return replace(review, rating_value=None, best=None, worst=None)  # a number off its own scale says nothing
    return review


def _import_one(store: Store, repo: Repository, review: FoundReview) -> tuple[str, str]:
    speaker_id = _speaker(store, repo, review)
    summary = review.claim_reviewed if review.claim_reviewed and len(
        " ".join(review.claim_reviewed.split())) <= MAX_SUMMARY_CHARS else None
    claim_id = create_claim(store, repo, ClaimInput(
        quote=review.claim_text[:MAX_QUOTE_CHARS], speaker_id=speaker_id, said_on=_day(review.said_on),
        kind=ClaimKind.STATEMENT, summary=summary))
    for url in review.appearances:
        add_appearance(store, claim_id, None, review.claim_text, url=url,
                       is_first=url == (review.first_appearance or review.appearances[0]))
    if review.url:
        title = review.title or f"{review.author}: fact check"
        page = create_source(store, title=title, kind=SourceKind.ARTICLE, publisher=review.author,
                             url=review.url, published_on=_day(review.published), language=review.language,
                             notes=REVIEW_NOTE)
        create_link(store, claim_id, page, Relation.CONTEXT, f"ClaimReview by {review.author}")
    scale_id, label, value = _rating(store, repo, review)
    published = _day(review.published)
    verdict_id = store.create("verdict", {
        "claim_id": claim_id, "scale_id": scale_id, "label": label, "rating_value": value,
        "rationale": review.explanation, "reviewer": review.author[:200],
        "status": VerdictStatus.PUBLISHED.value, "signed_off_by": review.author[:200],
        "signed_off_at": f"{published.value.isoformat()}T00:00:00.000+00:00" if published else None,
        "supersedes_id": None, "correction_what": None, "correction_why": None, "corrected_at": None,
    })
    return claim_id, verdict_id


def import_claimreviews(ws: Workspace, document: Any) -> Outcome[ImportSummary]:
    """Create sources, actors, claims and published verdicts for reviews not already in the file."""
    scanned = list(scan_reviews(document))
    reviews = [r for r in scanned if r is not None]
    claims: list[str] = []
    verdicts: list[str] = []
    skipped = 0
    rejected: list[str] = []
    corrected: list[str] = []
    with ws.db.writing(ws.profile) as store:
        repo = Repository(store.session)
        for number, found in enumerate(reviews, start=1):
            try:
                review = _checked(found)
            except InputError as exc:
                rejected.append(f"review {number}" + (f" ({found.url})" if found.url else "") + f": {exc}")
                continue
            earlier = _already_imported(repo, review)
            if earlier is not None:
                correction = _publisher_correction(store, repo, earlier, review)
                if correction is None:
                    skipped += 1
                else:
                    corrected.append(correction)
                continue
            claim_id, verdict_id = _import_one(store, repo, review)
            store.session.flush()
            claims.append(claim_id)
            verdicts.append(verdict_id)
    summary = ImportSummary(len(reviews), tuple(claims), tuple(verdicts), skipped, len(scanned) - len(reviews),
                            tuple(rejected), tuple(corrected))
    return Outcome(summary, store.change_set())


def import_claimreview_file(ws: Workspace, path: Path) -> Outcome[ImportSummary]:
    document = parse_json(read_text(path), str(path))
    outcome = import_claimreviews(ws, document)
    if outcome.value.found == 0:
        reason = (f"{outcome.value.incomplete} ClaimReview(s) found, none with both claim text and a rating"
                  if outcome.value.incomplete else "no ClaimReview found in this JSON")
        raise FileProblem(path, reason)
    return outcome
