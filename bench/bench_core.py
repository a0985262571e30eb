"""Core speed on a file with years of claims, as ratios to raw SQLite doing the same reads in the same run.

Usage: python bench/bench_core.py [N_CLAIMS]   (default 5,000; the window's lazy list asks for 200 rows a page)
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from stancedesk.domain.dates import parse_partial_date
from stancedesk.domain.profile import ReviewerProfile
from stancedesk.services.claims import ClaimInput, create_claim
from stancedesk.services.workspace import Workspace
from stancedesk.storage.repository import Repository

WORDS = (
    "ceasefire", "truce", "talks", "energy", "grid", "strike", "border", "treaty", "sanctions", "grain", "port",
    "pipeline", "vote", "budget", "tax", "school", "hospital", "bridge", "election", "protest", "summit", "envoy",
    "minister", "army", "drone", "refinery",
)
SPEAKERS = [f"Speaker {n}" for n in range(200)]


def best_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def build(path: Path, count: int) -> float:
    rng = random.Random(7)
    profile = ReviewerProfile("Bench", "33333333-3333-4333-8333-333333333333")
    start = time.perf_counter()
    with Workspace.create(path, profile) as ws, ws.db.writing(profile) as store:
        repo = Repository(store.session)
        for n in range(count):
            quote = " ".join(rng.choice(WORDS) for _ in range(14)) + f" number {n}"
            day = f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            create_claim(store, repo, ClaimInput(quote=quote, speaker_name=rng.choice(SPEAKERS),
                                                 said_on=parse_partial_date(day)))
    return time.perf_counter() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else int(os.environ.get("BENCH_CLAIMS", "5000"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.stancedesk"
        build_s = build(path, count)
        profile = ReviewerProfile("Bench", "33333333-3333-4333-8333-333333333333")
        raw = sqlite3.connect(path)
        middle = count // 2
        with Workspace.open(path, profile, read_only=True) as ws:
            near_end = ws.claims.page(offset=count - 201, limit=1)[0].cursor
            rows = [
                ("claims page of 200 after a cursor (end of list)",
                 lambda: ws.claims.page(limit=200, after=near_end),
                 lambda: raw.execute(
                     "SELECT c.id, c.quote, a.name FROM claim c LEFT JOIN actor a ON a.id = c.speaker_id "
                     "WHERE c.deleted = 0 AND (c.said_on < ? OR (c.said_on = ? AND c.created_at < ?)) "
                     "ORDER BY c.said_on DESC LIMIT 200",
                     (near_end.said_on, near_end.said_on, near_end.created_at)).fetchall()),
                ("claims page of 200 by offset (end of list)",
                 lambda: ws.claims.page(offset=count - 200, limit=200),
                 lambda: raw.execute(
                     "SELECT c.id, c.quote, a.name FROM claim c LEFT JOIN actor a ON a.id = c.speaker_id "
                     "WHERE c.deleted = 0 ORDER BY c.said_on DESC LIMIT 200 OFFSET ?", (count - 200,)).fetchall()),
                ("claims page of 200 (middle of the list)",
                 lambda: ws.claims.page(offset=middle, limit=200),
                 lambda: raw.execute(
                     "SELECT c.id, c.quote, a.name FROM claim c LEFT JOIN actor a ON a.id = c.speaker_id "
                     "WHERE c.deleted = 0 ORDER BY c.said_on DESC LIMIT 200 OFFSET ?", (middle,)).fetchall()),
                ("claim count",
                 ws.claims.count,
                 lambda: raw.execute("SELECT count(*) FROM claim WHERE deleted = 0").fetchone()),
                ("search 'treaty sanctions', 50 hits",
                 lambda: ws.search.search("treaty sanctions", limit=50),
                 lambda: raw.execute(
                     "SELECT rowid, snippet(search_index, -1, '[', ']', '…', 16) FROM search_index "
                     "WHERE search_index MATCH '\"treaty\" \"sanctions\"' ORDER BY bm25(search_index) LIMIT 50"
                 ).fetchall()),
            ]
            print(f"file: {count:,} claims, {path.stat().st_size / 1e6:.1f} MB, built in {build_s:.1f} s "
                  f"({count / build_s:,.0f} claims/s in one transaction)")
            print(f"{'operation':<42} {'service':>10} {'raw sqlite':>11} {'ratio':>7}")
            for name, service, baseline in rows:
                service_s = best_of(5, service)
                raw_s = best_of(5, baseline)
                print(f"{name:<42} {service_s * 1000:>8.1f}ms {raw_s * 1000:>9.1f}ms {service_s / raw_s:>6.1f}x")
        raw.close()


if __name__ == "__main__":
    main()
