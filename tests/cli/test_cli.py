"""stancedesk-cli as a user scripts it: the round trip of issue 2 and the one-line error contract."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ARTICLE, CliResult

Cli = Callable[..., CliResult]


def _fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def test_round_trip_from_article_to_published_verdict(tmp_path: Path, cli: Cli) -> None:
    db = tmp_path / "desk.stancedesk"
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert cli("init", str(db)).code == 0

    imported = cli("import-article", str(db), str(article), "--title", "Kessel rules out fuel tax rise",
                   "--publisher", "Valdoria Wire", "--published", "2025-03-04", "--json")
    assert imported.code == 0, imported.err
    source_id = json.loads(imported.out)["source_id"]

    claim = cli("claim", "add", str(db), "--speaker", "Anna Kessel", "--quote",
                "will not raise the fuel tax this year", "--said-on", "2025-03-03", "--source", source_id[:8],
                "--kind", "promise", "--topic", "fuel tax")
    assert claim.code == 0, claim.err
    claim_id = claim.out.strip()
    event = cli("event", "add", str(db), "--actor", "Anna Kessel", "--description",
                "Cabinet approved a fuel levy increase", "--occurred-on", "2025-03-17", "--source", source_id)
    event_id = event.out.strip()
    assert cli("link", str(db), claim_id[:8], event_id[:8], "--relation", "breaks").code == 0
    verdict = cli("verdict", str(db), claim_id[:8], "--rating", "Broken", "--rationale", "The levy rose.",
                  "--reviewer", "Ana Reviewer", "--publish")
    assert verdict.code == 0 and "published" in verdict.out

    found = json.loads(cli("search", str(db), "fuel tax", "--json").out)
    hit = next(h for h in found if h["id"] == claim_id)
    assert "[fuel]" in hit["snippet"]

    shown = json.loads(cli("show", str(db), claim_id[:8], "--json").out)
    detail = shown["detail"]
    assert detail["claim"]["speaker_name"] == "Anna Kessel"
    assert detail["evidence"][0]["link"]["relation"] == "breaks"
    assert detail["current_verdict"]["label"] == "Broken"
    assert detail["current_verdict"]["status"] == "published"
    assert detail["sources"][0]["text_sha256"] == hashlib.sha256(ARTICLE.encode()).hexdigest()

    stance = cli("stance", str(db), "Anna Kessel")
    assert stance.code == 0 and "no recorded stances" in stance.out
    health = cli("check", str(db))
    assert health.code == 0 and "healthy" in health.out


def test_demo_file_tells_the_story(tmp_path: Path, cli: Cli) -> None:
    sample = Path(__file__).resolve().parents[3] / "shared" / "samples" / "ceasefire-2025-04-22.txt"
    if not sample.is_file():
        pytest.skip("the shared sample article is not beside this checkout")
    db = tmp_path / "demo.stancedesk"
    made = cli("demo", str(db), "--article", str(sample))
    assert made.code == 0, made.err
    timeline = json.loads(cli("stance", str(db), "the Russian president", "--json").out)
    assert timeline[0]["topic_name"] == "direct talks with Kyiv"
    assert timeline[0]["suggestion"] == "Full flop"
    hits = json.loads(cli("search", str(db), "positive attitude", "--status", "published", "--json").out)
    assert hits and hits[0]["title"].startswith("Vladimir Putin")
    assert cli("check", str(db)).code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "{db}", "deadbeef"), "no item with id starting 'deadbeef'"),
        (("claim", "add", "{db}", "--quote", "x", "--said-on", "2024-02-30"), "--said-on '2024-02-30' does not exist"),
        (("claim", "add", "{db}", "--quote", "x", "--said-on", "31/02/2024"), "is not a date"),
        (("verdict", "{db}", "0000", "--rating", "True", "--rationale", "r", "--reviewer", "me"), "no claim"),
        (("link", "{db}", "abc", "def", "--relation", "loves"), "unknown relation 'loves'"),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(tmp_path: Path, cli: Cli, args: tuple[str, ...],
                                                   message: str) -> None:
    db = tmp_path / "desk.stancedesk"
    cli("init", str(db))
    before = _fingerprint(db)
    result = cli(*(a.format(db=db) for a in args))
    assert result.code == 1
    assert message in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert _fingerprint(db) == before


@pytest.mark.parametrize("content", [None, b"Dear colleague,\nhere are my notes.\n"])
def test_missing_or_text_file_as_database(tmp_path: Path, cli: Cli, content: bytes | None) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    db = folder / "notes.stancedesk"
    if content is not None:
        db.write_bytes(content)
    for args in (("check", str(db)), ("show", str(db), "abcd"), ("claim", "add", str(db), "--quote", "q")):
        result = cli(*args)
        assert result.code == 1
        assert result.err.startswith(f"stancedesk-cli: {db}: ")
        assert ("no such file" if content is None else "not a StanceDesk file") in result.err
    assert (db.read_bytes() if content else None) == content
    assert sorted(p.name for p in folder.iterdir()) == ([] if content is None else ["notes.stancedesk"])


def test_usage_errors_exit_2(cli: Cli) -> None:
    assert cli("frobnicate").code == 2
    assert cli("claim", "add").code == 2


def test_console_scripts_and_core_without_qt(tmp_path: Path) -> None:
    """The core and the CLI never load Qt; `stancedesk --version` works."""
    bindir = Path(sys.executable).parent
    version = subprocess.run([bindir / "stancedesk", "--version"], capture_output=True, text=True, check=False)
    assert version.returncode == 0 and version.stdout.startswith("stancedesk ")
    probe = ("import sys, stancedesk.services.workspace, stancedesk.cli.main; "
             "print(any(m.startswith('PySide6') for m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "False"


def test_dossiers_and_custom_scales(tmp_path: Path, cli: Cli) -> None:
    db = tmp_path / "desk.stancedesk"
    cli("init", str(db))
    first = cli("claim", "add", str(db), "--quote", "Bridges by spring", "--speaker", "Anna Kessel").out.strip()
    second = cli("claim", "add", str(db), "--quote", "Trains by summer", "--speaker", "Anna Kessel").out.strip()
    assert cli("dossier", "create", str(db), "Transport", "--claim", second[:8]).code == 0
    added = cli("dossier", "add", str(db), "transport", "--claim", first[:8], "--claim", second[:8])
    assert added.code == 0 and "2 claims" in added.out
    [dossier] = json.loads(cli("dossier", "list", str(db), "--json").out)
    assert dossier["claim_ids"] == [second, first]

    bad = cli("scale", "add", str(db), "accuracy", "--label", "Accurate")
    assert bad.code == 1 and "must look like 'Label=NUMBER'" in bad.err
    made = cli("scale", "add", str(db), "accuracy", "--label", "Accurate=3", "--label", "Inaccurate=1")
    assert made.code == 0
    verdict = cli("verdict", str(db), first[:8], "--scale", "accuracy", "--rating", "inaccurate",
                  "--rationale", "No bridge yet", "--reviewer", "Ana", "--json")
    assert json.loads(verdict.out)["rating_value"] == 1
    scales = {s["name"]: s for s in json.loads(cli("scale", "list", str(db), "--json").out)}
    assert scales["accuracy"]["kind"] == "custom" and len(scales["truth"]["labels"]) == 6


def test_errors_name_the_file_and_odd_input_stays_one_line(tmp_path: Path, cli: Cli) -> None:
    db = tmp_path / "desk.stancedesk"
    cli("init", str(db))
    unknown = cli("show", str(db), "abcdef12")
    assert unknown.err == f"stancedesk-cli: {db}: no item with id starting 'abcdef12'\n"
    for args in (("search", str(db), "bad\x00query"), ("search", str(db), "x", "--speaker", "\udcff"),
                 ("stance", str(db), "\ud800")):
        result = cli(*args)
        assert result.err.count("\n") <= 1 and "unexpected error" not in result.err and "Traceback" not in result.err


def test_init_in_a_folder_that_cannot_be_written(tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # root ignores chmod, so simulate the refusal
    result = cli("init", str(tmp_path / "new.stancedesk"))
    assert result.code == 1
    assert result.err == f"stancedesk-cli: {tmp_path / 'new.stancedesk'}: cannot write (Permission denied)\n"


def test_output_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    db = tmp_path / "desk.stancedesk"
    cli_path = Path(sys.executable).parent / "stancedesk-cli"
    subprocess.run([cli_path, "init", str(db)], check=True, capture_output=True)
    for n in range(30):
        subprocess.run([cli_path, "claim", "add", str(db), "--quote", f"line {n}"], check=True, capture_output=True)
    piped = subprocess.run(f"'{cli_path}' search '{db}' line | head -1", shell=True, capture_output=True, text=True,
                           check=False)
    assert piped.stdout.count("\n") == 1 and piped.stderr == ""


def test_a_colleagues_claim_arrives_by_merge_with_its_provenance(tmp_path: Path, cli: Cli) -> None:
    mine, copy = tmp_path / "mine.stancedesk", tmp_path / "for-bo.stancedesk"
    cli("init", str(mine))
    assert cli("share", str(mine), str(copy)).code == 0
    claim_id = cli("--author", "Bo", "claim", "add", str(copy), "--quote", "Bridges by spring",
                   "--speaker", "Anna Kessel").out.strip()
    preview = json.loads(cli("merge", str(mine), str(copy), "--dry-run", "--json").out)
    assert preview["added"]["claim"] == 1 and preview["conflicts"] == 0
    assert cli("merge", str(mine), str(copy)).code == 0
    shown = cli("show", str(mine), claim_id[:8])
    assert "added by Bo" in shown.out and "merged from for-bo.stancedesk" in shown.out
    again = json.loads(cli("merge", str(mine), str(copy), "--json").out)
    assert sum(again["added"].values()) == 0  # merging twice adds nothing


def test_actors_can_be_named_by_surname_and_ambiguity_is_spelled_out(tmp_path: Path, cli: Cli) -> None:
    db = tmp_path / "desk.stancedesk"
    cli("init", str(db))
    cli("claim", "add", str(db), "--quote", "Roads first", "--speaker", "Anna Kessel")
    cli("claim", "add", str(db), "--quote", "Rails first", "--speaker", "Jonas Kessel-Berg")
    cli("claim", "add", str(db), "--quote", "Ports first", "--speaker", "Marek Dobrin")
    found = json.loads(cli("search", str(db), "first", "--speaker", "dobrin", "--json").out)
    assert [h["title"] for h in found] == ["Marek Dobrin: “Ports first”"]
    both = cli("stance", str(db), "Kessel")
    assert both.code == 1 and "could be Anna Kessel, Jonas Kessel-Berg" in both.err
    assert cli("stance", str(db), "Anna Kessel").code == 0
    missing = cli("stance", str(db), "Nobody")
    assert missing.code == 1 and "no actor called 'Nobody'" in missing.err
