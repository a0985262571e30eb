"""Speed of quote extraction on a ~5,000-word article, against a bare regex pass over the same text.

Run: .venv/bin/python bench/bench_intake.py   (target: under 100 ms per 5,000-word article)
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from datetime import date
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
if str(_ROOT / "src") not in sys.path:
    sys.path.insert(0, str(_ROOT / "src"))

from stancedesk.services.intake import extract_quotes, load_article  # noqa: E402

ARTICLES = _ROOT / "tests" / "intake" / "articles"
TARGET_WORDS = 5_000
RUNS = 15


def build_article() -> str:
    """Concatenate the annotated test articles until the text reaches the target length."""
    parts: list[str] = []
    sources = sorted(p for p in ARTICLES.iterdir() if p.suffix in (".txt", ".md", ".html"))
    words = 0
    while words < TARGET_WORDS:
        for path in sources:
            text = load_article(path.read_bytes()).text
            parts.append(text)
            words += len(text.split())
            if words >= TARGET_WORDS:
                break
    return "\n\n".join(parts)


def best_of(runs: int, action: object) -> tuple[float, float]:
    timings: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        if callable(action):
            action()
        timings.append(time.perf_counter() - started)
    return min(timings), statistics.median(timings)


def main() -> None:
    text = build_article()
    published = date(2024, 10, 2)
    quote_pattern = re.compile(r"[\"“”«»„'‘’]")
    extract_quotes(text, published=published)  # warm caches and compiled patterns
    found = len(extract_quotes(text, published=published))
    baseline_best, baseline_median = best_of(RUNS, lambda: sum(1 for _ in quote_pattern.finditer(text)))
    best, median = best_of(RUNS, lambda: extract_quotes(text, published=published))
    print(f"article: {len(text.split()):,} words, {len(text):,} characters, {found} quotes found")
    print(f"extract_quotes: best {best * 1000:.1f} ms, median {median * 1000:.1f} ms  (target < 100 ms)")
    print(f"baseline re.finditer over quote marks: best {baseline_best * 1000:.2f} ms, "
          f"median {baseline_median * 1000:.2f} ms")
    print(f"ratio to baseline (median): {median / baseline_median:.0f}x")
    print("PASS" if median < 0.1 else "SLOW")
    hostile_inputs(quote_pattern)


def hostile_inputs(quote_pattern: re.Pattern[str]) -> None:
    """Pastes that once made the engine slow (a review found them): each should scale with its length.

    Reported per kilobyte against the same regex baseline, so a quadratic path shows as a ratio that grows."""
    names = " ".join(f"Anna{i % 97} Lee{i % 89} met Omar{i % 83} Diaz." for i in range(10_000))  # one line, ~300 KB
    openers = "Results: the vote was close.\n" * 8_000  # capitalised plural openers, one per line
    byline = "Owen Marchbanks | ASSOCIATED PRESS WRITER, WASHINGTON (AP)\n\n“Fine,” said Anna Lee.\n"
    for label, text in (("one-line names", names), ("plural openers", openers), ("wire byline", byline)):
        best, _ = best_of(3, lambda text=text: extract_quotes(text))
        baseline, _ = best_of(3, lambda text=text: sum(1 for _ in quote_pattern.finditer(text)))
        print(f"hostile {label}: {len(text):,} characters, {best * 1000:.0f} ms "
              f"({best / max(baseline, 1e-6):.0f}x the quote-mark scan)")


if __name__ == "__main__":
    main()
