"""Scores the intake engine against the annotated articles beside this file.

Run as `python tests/intake/evaluate.py [-v] [SET …]` (SET: articles, heldout, heldout2, …; default all);
prints precision, recall, speaker, date and fragment accuracy per set.

`articles` is the engine's own corpus. The heldout sets were each written blind, without sight of the code
or of each other, and scored once on arrival; most then served as development sets, so only sets scored after
the last change measure unseen text.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

_SRC = Path(__file__).resolve().parents[2] / "src"
if str(_SRC) not in sys.path:
    sys.path.insert(0, str(_SRC))

from stancedesk.services.intake import ExtractedQuote, extract_quotes, load_article  # noqa: E402

HERE = Path(__file__).parent
ARTICLES = HERE / "articles"
SETS = ("articles", *sorted((folder.name for folder in HERE.glob("heldout*") if folder.is_dir()),
                             key=lambda name: int(name[len("heldout"):] or 1)))
_QUOTE_CHARS = "\"'“”‘’«»„‚‹›"


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0
    wrong_names: int = 0  # speaker misses that name someone (a blank is a miss, but not a misleading one)
    dated: int = 0
    date_right: int = 0
    fragment_right: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("gold", "predicted", "matched", "speaker_right", "wrong_names", "dated", "date_right",
                     "fragment_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.notes.extend(other.notes)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.matched if self.matched else 1.0

    @property
    def date_accuracy(self) -> float:
        return self.date_right / self.dated if self.dated else 1.0

    @property
    def fragment_accuracy(self) -> float:
        return self.fragment_right / self.matched if self.matched else 1.0


def normalise_quote(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = "".join(ch for ch in text if ch not in _QUOTE_CHARS)
    return text.strip(" .,;:").lower()


def normalise_speaker(name: str | None) -> str | None:
    if name is None:
        return None
    words = re.sub(r"[^\w\s.\-’']", " ", name.lower()).split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words).strip(". ")


def same_quote(gold: str, predicted: str) -> bool:
    a, b = normalise_quote(gold), normalise_quote(predicted)
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return bool(shorter) and shorter in longer and len(shorter) >= 0.8 * len(longer)


def article_files(folder: Path = ARTICLES) -> list[Path]:
    return sorted(path for path in folder.iterdir() if path.suffix in (".txt", ".md", ".html"))


def score_article(path: Path) -> Score:
    gold_doc = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    published = date.fromisoformat(gold_doc["published"]) if gold_doc.get("published") else None
    text = load_article(path.read_bytes()).text
    predictions = extract_quotes(text, published=published)
    return score_predictions(path.name, gold_doc["quotes"], predictions)


def score_predictions(label: str, gold_quotes: list[dict[str, object]],
                      predictions: list[ExtractedQuote]) -> Score:
    score = Score(gold=len(gold_quotes), predicted=len(predictions))
    unused = list(predictions)
    for gold in gold_quotes:
        gold_text = str(gold["quote"])
        match = next((p for p in unused if same_quote(gold_text, p.quote)), None)
        if match is None:
            score.notes.append(f"{label}: MISSED {gold_text[:70]!r}")
            continue
        unused.remove(match)
        score.matched += 1
        accepted = gold["speaker"] if isinstance(gold["speaker"], list) else [gold["speaker"]]
        wanted = {normalise_speaker(s if isinstance(s, str) else None) for s in accepted}
        if normalise_speaker(match.speaker) in wanted:
            score.speaker_right += 1
        else:
            score.wrong_names += match.speaker is not None
            score.notes.append(f"{label}: SPEAKER {match.speaker!r} (as {match.speaker_as_written!r}) "
                               f"should be {accepted} for {gold_text[:50]!r}")
        if gold.get("said_on"):
            score.dated += 1
            if match.said_on is not None and match.said_on.isoformat() == gold["said_on"]:
                score.date_right += 1
            else:
                score.notes.append(f"{label}: DATE {match.said_on} ({match.said_on_precision}) "
                                   f"should be {gold['said_on']} for {gold_text[:50]!r}")
        if bool(gold.get("fragment")) == match.fragment:
            score.fragment_right += 1
        else:
            score.notes.append(f"{label}: FRAGMENT {match.fragment} for {gold_text[:50]!r}")
    for extra in unused:
        score.notes.append(f"{label}: EXTRA {extra.quote[:70]!r} ({extra.speaker})")
    return score


def evaluate_corpus(folder: Path = ARTICLES) -> Score:
    total = Score()
    for path in article_files(folder):
        total.add(score_article(path))
    return total


def main() -> None:
    names = [a for a in sys.argv[1:] if not a.startswith("-")] or [n for n in SETS if (HERE / n).is_dir()]
    for name in names:
        total = evaluate_corpus(HERE / name)
        if "-v" in sys.argv:
            for note in total.notes:
                print(note)
        print(f"{name}: {len(article_files(HERE / name))} articles, gold quotes: {total.gold}, "
              f"predicted: {total.predicted}")
        print(f"  precision {total.precision:.3f}  recall {total.recall:.3f}  speaker accuracy "
              f"{total.speaker_accuracy:.3f}  wrong names {total.wrong_names}  said_on accuracy "
              f"{total.date_accuracy:.3f} ({total.dated} dated)  "
              f"fragment agreement {total.fragment_accuracy:.3f}")


if __name__ == "__main__":
    main()
