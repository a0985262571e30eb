"""The one thread that touches the database: the window submits work here and never blocks on SQLite."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


class DatabaseWorker:
    """A single-worker executor: jobs run one at a time, in the order submitted, on one thread."""

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stancedesk-db")
        self._thread_id: int | None = None

    def submit(self, work: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        def job() -> T:
            self._thread_id = threading.get_ident()
            return work(*args, **kwargs)

        return self._executor.submit(job)

    def call(self, work: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run on the worker and wait: for scripts and tests, never for the ui thread."""
        return self.submit(work, *args, **kwargs).result()

    @property
    def thread_id(self) -> int | None:
        return self._thread_id

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)
