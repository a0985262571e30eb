"""The annotated articles: every gold quote is in its text, and the engine clears the quality bar."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from stancedesk.services.intake import load_article


def _evaluation() -> ModuleType:
    path = Path(__file__).with_name("evaluate.py")
    spec = importlib.util.spec_from_file_location("intake_evaluate", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


evaluation = _evaluation()


def test_corpus_is_large_and_varied_enough() -> None:
    files = evaluation.article_files()
    assert len(files) >= 10
    assert {path.suffix for path in files} == {".txt", ".md", ".html"}


@pytest.mark.parametrize("path", evaluation.article_files(), ids=lambda path: path.name)
def test_gold_quotes_occur_in_the_loaded_text(path: Path) -> None:
    gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    text = load_article(path.read_bytes()).text
    for quote in gold["quotes"]:
        assert quote["quote"] in text, quote["quote"]


def test_precision_recall_and_speaker_accuracy_over_the_corpus() -> None:
    score = evaluation.evaluate_corpus()
    assert score.recall >= 0.95, score.notes
    assert score.speaker_accuracy >= 0.90, score.notes
    assert score.precision >= 0.90, score.notes


# Floors a little under what each set measures now (speaker accuracy two points under). Each set was written
# blind by a helper who never saw the code, scored once as it came, then served as a development set (first
# blind speaker accuracy listed here):
# heldout .746, heldout2 .680, heldout3 .727, heldout4 .784, heldout5 .780, heldout6 .812, heldout7 .741,
# heldout8 .829, heldout9 .786, heldout10 .917, heldout11 .815, heldout12 .814, heldout13 .766,
# heldout14 .928, heldout15 .831, heldout16 .879, heldout17 .877, heldout18 .900, heldout19 .849,
# heldout20 .923, heldout21 .826, heldout22 .880, heldout23 .895; seventh round: heldout24 .923, heldout25 .911,
# heldout26 .818, heldout27 .681 (written to stress families sharing a surname), heldout28 .921, heldout29 .874,
# heldout30 .803, heldout31 .907, heldout32 .862, heldout33 .922, heldout34 .897, heldout35 .828,
# heldout36 .905, heldout37 .871, heldout38 .783, heldout39 .938, heldout40 .876, heldout41 .872, heldout42 .827,
# heldout43 .886 (all eight with ee16677), heldout44 .966, heldout45 .921, heldout46 .881, heldout47 .867
# (all four with ead3187), heldout48 .878, heldout49 .897, heldout50 .889, heldout51 .967 (all four with
# 31ecf15).
HELD_OUT_FLOORS = {
    "heldout": (0.95, 0.95, 0.97), "heldout2": (0.95, 0.95, 0.97), "heldout3": (0.95, 0.95, 0.94),
    "heldout4": (0.95, 0.95, 0.90), "heldout5": (0.95, 0.95, 0.96), "heldout6": (0.95, 0.95, 0.94),
    "heldout7": (0.95, 0.95, 0.93), "heldout8": (0.95, 0.95, 0.87), "heldout9": (0.92, 0.95, 0.92),
    "heldout10": (0.95, 0.95, 0.98), "heldout11": (0.95, 0.95, 0.93), "heldout12": (0.95, 0.95, 0.95),
    "heldout13": (0.95, 0.95, 0.87), "heldout14": (0.95, 0.95, 0.93), "heldout15": (0.95, 0.95, 0.85),
    "heldout16": (0.95, 0.95, 0.91), "heldout17": (0.95, 0.95, 0.90), "heldout18": (0.95, 0.95, 0.92),
    "heldout19": (0.95, 0.95, 0.90), "heldout20": (0.95, 0.95, 0.92), "heldout21": (0.95, 0.95, 0.87),
    "heldout22": (0.95, 0.95, 0.93), "heldout23": (0.95, 0.95, 0.95), "heldout24": (0.95, 0.95, 0.93),
    "heldout25": (0.94, 0.95, 0.93), "heldout26": (0.95, 0.95, 0.91), "heldout27": (0.95, 0.95, 0.86),
    "heldout28": (0.93, 0.95, 0.94), "heldout29": (0.95, 0.95, 0.93), "heldout30": (0.95, 0.95, 0.91),
    "heldout31": (0.95, 0.95, 0.96), "heldout32": (0.95, 0.95, 0.89), "heldout33": (0.95, 0.95, 0.93),
    "heldout34": (0.95, 0.95, 0.91), "heldout35": (0.95, 0.95, 0.89), "heldout36": (0.95, 0.95, 0.90),
    "heldout37": (0.95, 0.95, 0.86), "heldout38": (0.95, 0.95, 0.83), "heldout39": (0.95, 0.95, 0.91),
    "heldout40": (0.95, 0.95, 0.89), "heldout41": (0.95, 0.95, 0.86), "heldout42": (0.95, 0.95, 0.88),
    "heldout43": (0.95, 0.95, 0.86), "heldout44": (0.95, 0.95, 0.94), "heldout45": (0.95, 0.95, 0.90),
    "heldout46": (0.95, 0.95, 0.87), "heldout47": (0.95, 0.95, 0.86), "heldout48": (0.95, 0.95, 0.85),
    "heldout49": (0.95, 0.95, 0.87), "heldout50": (0.95, 0.95, 0.86), "heldout51": (0.95, 0.95, 0.94),
}


@pytest.mark.parametrize("name", sorted(HELD_OUT_FLOORS))
def test_held_out_sets_stay_above_their_floors(name: str) -> None:
    precision, recall, speaker = HELD_OUT_FLOORS[name]
    score = evaluation.evaluate_corpus(evaluation.HERE / name)
    assert score.gold >= 80
    assert score.precision >= precision and score.recall >= recall, score.notes
    assert score.speaker_accuracy >= speaker, score.notes
