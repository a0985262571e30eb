"""Database work funnels through one thread, in order, with errors delivered to the caller."""

from __future__ import annotations

import threading

import pytest

from stancedesk.domain.errors import InputError
from stancedesk.services.claims import ClaimInput
from stancedesk.services.db_worker import DatabaseWorker
from stancedesk.services.workspace import Workspace


def test_jobs_run_in_order_on_one_thread_that_is_not_the_callers(workspace: Workspace) -> None:
    worker = DatabaseWorker()
    try:
        seen: list[tuple[int, str]] = []

        def add(quote: str) -> str:
            seen.append((threading.get_ident(), quote))
            return workspace.claims.add(ClaimInput(quote=quote)).value.id

        futures = [worker.submit(add, f"quote {n}") for n in range(5)]
        ids = [f.result(timeout=10) for f in futures]
        assert [q for _t, q in seen] == [f"quote {n}" for n in range(5)]
        assert {t for t, _q in seen} == {worker.thread_id}
        assert worker.thread_id != threading.get_ident()
        assert workspace.claims.count() == 5 and len(set(ids)) == 5
        failing = worker.submit(workspace.claims.add, ClaimInput(quote="   "))
        with pytest.raises(InputError, match="quote is empty"):
            failing.result(timeout=10)
        assert worker.call(workspace.claims.count) == 5
    finally:
        worker.shutdown()
