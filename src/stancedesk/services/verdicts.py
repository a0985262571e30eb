"""Verdicts: never overwritten; a new verdict supersedes the last, and a published one needs a correction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from stancedesk.domain.changes import Outcome
from stancedesk.domain.dates import iso_timestamp, utc_now
from stancedesk.domain.enums import ClaimKind, ScaleKind, VerdictStatus
from stancedesk.domain.errors import InputError, NotFoundError, RuleError
from stancedesk.domain.model import RatingLabel, RatingScale, Verdict
from stancedesk.domain.rules import (
    check_correction,
    check_publishable,
    check_status_step,
    clean_text,
    optional_text,
)
from stancedesk.domain.scales import DEFAULT_SCALE_FOR_KIND, SHIPPED_SCALES
from stancedesk.services import dto
from stancedesk.services.base import Service
from stancedesk.storage.repository import Repository
from stancedesk.storage.schema import RatingScaleRow, VerdictRow
from stancedesk.storage.unit_of_work import Store

# Shipped scales get the same ids in every file, so that two files made apart merge into one scale.
_SCALE_NAMESPACE = uuid.UUID("6f1d8a52-3c1e-4b7e-9a55-2f7c1e0b9d41")


def shipped_id(*parts: str) -> str:
    return str(uuid.uuid5(_SCALE_NAMESPACE, "/".join(parts)))


def ensure_shipped_scales(store: Store) -> None:
    for name, (kind, labels) in SHIPPED_SCALES.items():
        scale_id = shipped_id("scale", name)
        if store.session.get(RatingScaleRow, scale_id) is None:
            store.create("rating_scale", {"name": name, "kind": kind.value}, row_id=scale_id)
            for label in labels:
                store.create("rating_label", {
                    "scale_id": scale_id, "label": label.label, "value": label.value,
                    "description": label.description,
                }, row_id=shipped_id("label", name, label.label))


def create_scale(store: Store, repo: Repository, name: str, kind: ScaleKind, labels: Sequence[RatingLabel]) -> str:
    clean = optional_text(name, "scale name", limit=200)
    if clean is None:
        raise InputError("scale name is empty")
    if repo.scale_named(clean) is not None:
        raise InputError(f"a scale called '{clean}' already exists")
    if not labels:
        raise InputError(f"scale '{clean}' needs at least one label")
    scale_id = store.create("rating_scale", {"name": clean, "kind": kind.value})
    for label in labels:
        store.create("rating_label", {"scale_id": scale_id, "label": label.label, "value": label.value,
                                      "description": label.description})
    return scale_id


def current_verdict(repo: Repository, claim_id: str) -> VerdictRow | None:
    """The newest verdict nothing supersedes (after a merge two may exist; the newest is shown)."""
    rows = repo.verdicts_of(claim_id)
    superseded = {r.supersedes_id for r in rows if r.supersedes_id}
    heads = [r for r in rows if r.id not in superseded]
    return max(heads, key=lambda r: (r.created_at, r.id)) if heads else None


def _publish(store: Store, repo: Repository, verdict_id: str, signer: str) -> None:
    row = store.require("verdict", verdict_id)
    if row.status == VerdictStatus.PUBLISHED.value:
        raise RuleError(f"this verdict is already published (signed off by {row.signed_off_by} "
                        f"on {(row.signed_off_at or '')[:10]})")
    current = current_verdict(repo, row.claim_id)
    if current is not None and current.id != row.id:
        raise RuleError("this verdict has been superseded by a newer one; publish the current verdict instead")
    check_status_step(VerdictStatus(row.status), VerdictStatus.PUBLISHED)
    check_publishable(bool(repo.appearances_of(row.claim_id)), repo.has_live_evidence(row.claim_id))
    store.update("verdict", verdict_id, {
        "status": VerdictStatus.PUBLISHED.value, "signed_off_by": signer,
        "signed_off_at": iso_timestamp(utc_now()),
    })


class VerdictService(Service):
    def record(self, claim_id: str, *, label: str, rationale: str, reviewer: str, scale: str | None = None,
               publish: bool = False, correction_what: str | None = None,
               correction_why: str | None = None) -> Outcome[Verdict]:
        """A new verdict for the claim, superseding its current one."""
        def work(store: Store, repo: Repository) -> Verdict:
            claim = store.require("claim", claim_id)
            scale_name = scale or DEFAULT_SCALE_FOR_KIND[ClaimKind(claim.kind)]
            scale_row = repo.scale_named(scale_name)
            if scale_row is None:
                raise NotFoundError(f"no rating scale called '{scale_name}'")
            rating = dto.scale(repo, scale_row).find(label)
            if rating is None:
                choices = ", ".join(lab.label for lab in dto.scale(repo, scale_row).labels)
                raise InputError(f"'{label}' is not on the {scale_row.name} scale ({choices})")
            previous = current_verdict(repo, claim_id)
            was_published = any(v.status == VerdictStatus.PUBLISHED.value for v in repo.verdicts_of(claim_id))
            corrected = check_correction(was_published, correction_what, correction_why)
            reviewer_name = optional_text(reviewer, "reviewer", limit=200)
            if reviewer_name is None:
                raise InputError("reviewer is empty")
            verdict_id = store.create("verdict", {
                "claim_id": claim_id, "scale_id": scale_row.id, "label": rating.label,
                "rating_value": rating.value,
                "rationale": clean_text(rationale.strip(), "rationale", limit=200_000),
                "reviewer": reviewer_name, "status": VerdictStatus.DRAFT.value,
                "signed_off_by": None, "signed_off_at": None,
                "supersedes_id": previous.id if previous is not None else None,
                "correction_what": correction_what.strip() if corrected and correction_what else None,
                "correction_why": correction_why.strip() if corrected and correction_why else None,
                "corrected_at": iso_timestamp(utc_now()) if corrected else None,
            })
            if publish:
                _publish(store, repo, verdict_id, self._ctx.profile.name)
            return dto.verdict(repo, store.require("verdict", verdict_id))

        return self._write(work)

    def submit_for_review(self, verdict_id: str) -> Outcome[Verdict]:
        def work(store: Store, repo: Repository) -> Verdict:
            row = store.require("verdict", verdict_id)
            check_status_step(VerdictStatus(row.status), VerdictStatus.IN_REVIEW)
            store.update("verdict", verdict_id, {"status": VerdictStatus.IN_REVIEW.value})
            return dto.verdict(repo, row)

        return self._write(work)

    def publish(self, verdict_id: str) -> Outcome[Verdict]:
        """Sign off and publish: refused while the claim has neither a source nor evidence."""
        def work(store: Store, repo: Repository) -> Verdict:
            _publish(store, repo, verdict_id, self._ctx.profile.name)
            return dto.verdict(repo, store.require("verdict", verdict_id))

        return self._write(work)

    def history(self, claim_id: str) -> list[Verdict]:
        """Every verdict the claim has had, newest first."""
        def work(repo: Repository) -> list[Verdict]:
            return [dto.verdict(repo, r) for r in reversed(repo.verdicts_of(claim_id))]

        return self._read(work)

    def current(self, claim_id: str) -> Verdict | None:
        def work(repo: Repository) -> Verdict | None:
            row = current_verdict(repo, claim_id)
            return dto.verdict(repo, row) if row is not None else None

        return self._read(work)

    def get(self, verdict_id: str) -> Verdict:
        def work(repo: Repository) -> Verdict:
            row = repo.session.get(VerdictRow, verdict_id)
            if row is None or row.deleted:
                raise NotFoundError(f"no verdict with id {verdict_id}")
            return dto.verdict(repo, row)

        return self._read(work)

    def scales(self) -> list[RatingScale]:
        return self._read(lambda repo: [dto.scale(repo, r) for r in repo.scales()])

    def add_scale(self, name: str, labels: Sequence[RatingLabel], kind: ScaleKind = ScaleKind.CUSTOM
                  ) -> Outcome[RatingScale]:
        def work(store: Store, repo: Repository) -> RatingScale:
            return dto.scale(repo, store.require("rating_scale", create_scale(store, repo, name, kind, labels)))

        return self._write(work)
