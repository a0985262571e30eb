"""The PDF verdict report: its text, pages, fonts, and how it fails."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import unicodedata
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtGui")
pypdf = pytest.importorskip("pypdf")

from stancedesk.cli.main import main  # noqa: E402
from stancedesk.domain.errors import FileProblem, InputError  # noqa: E402
from stancedesk.reporting.pdf_report import render_pdf_bytes, write_pdf  # noqa: E402
from stancedesk.services.claims import ClaimInput  # noqa: E402
from stancedesk.services.report_tree import build_report  # noqa: E402
from stancedesk.services.workspace import Workspace  # noqa: E402

Sample = tuple[Workspace, dict[str, str]]


_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def _clean(text: str) -> str:
    """Arabic comes out as presentation forms (NFKC folds them back) wrapped in direction marks."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_BIDI_MARKS).split())


def _text(path: Path) -> tuple[int, list[str]]:
    """Page count and each page's text: pdftotext (logical order) when installed, else pypdf."""
    count = len(pypdf.PdfReader(str(path)).pages)
    if shutil.which("pdftotext"):
        pages = [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-enc", "UTF-8", str(path), "-"],
                                check=True, capture_output=True, text=True).stdout for n in range(1, count + 1)]
    else:
        pages = [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]
    return count, [_clean(p) for p in pages]


def _has(text: str, phrase: str) -> bool:
    """pypdf gives right-to-left words in visual order; accept either order, word by word."""
    return phrase in text or all(w in text or w[::-1] in text for w in phrase.split())


def test_dossier_report_text_and_pages(report_sample: Sample, tmp_path: Path) -> None:
    ws, _ = report_sample
    out = tmp_path / "report.pdf"
    pages = write_pdf(build_report(ws, dossier="Summit 2024"), out)
    count, texts = _text(out)
    assert count == pages >= 5  # cover, three claims, appendix
    everything = " ".join(texts)
    assert "Summit 2024" in texts[0] and "Ana Checker" in texts[0] and "report.stancedesk" in texts[0]
    for name in ("Зеленський", "Ερντογάν", "عبد الله"):
        assert _has(everything, name), name
    assert "President of the Invented Republic" in everything
    assert "Full flop" in everything and "Opened to talks after refusing them outright." in everything
    assert "Rating changed to Full flop" in everything  # the correction
    assert "The delegation walked out of the summit on day two" in everything  # evidence timeline
    assert "contradicts" in everything and "reverses" in everything
    assert "Stance timeline" in everything
    assert "Appendix" in texts[-1] and "SHA-256" in texts[-1]
    assert "https://times.example.com/summit" in texts[-1]
    for number, text in enumerate(texts, 1):
        assert f"Page {number} of {count}" in text  # footer on every page
    assert "StanceDesk · Summit 2024" in texts[1]  # running header


def test_font_is_embedded(report_sample: Sample) -> None:
    ws, ids = report_sample
    data, _ = render_pdf_bytes(build_report(ws, [ids["agreed"]]))
    assert b"DejaVuSans" in data and b"/FontFile2" in data


def test_urdu_letters_fall_back_to_the_shipped_arabic_font(report_sample: Sample) -> None:
    ws, _ = report_sample
    claim = ws.claims.add(ClaimInput(quote="یہ ہے ایک جملہ", speaker_name="عبد الله")).value
    data, _ = render_pdf_bytes(build_report(ws, [claim.id]))
    assert b"NotoSansArabic" in data


def test_page_sizes(report_sample: Sample, tmp_path: Path) -> None:
    ws, ids = report_sample
    tree = build_report(ws, [ids["host"]])
    write_pdf(tree, tmp_path / "a4.pdf", "A4")
    write_pdf(tree, tmp_path / "letter.pdf", "Letter")
    a4 = pypdf.PdfReader(str(tmp_path / "a4.pdf")).pages[0].mediabox
    letter = pypdf.PdfReader(str(tmp_path / "letter.pdf")).pages[0].mediabox
    assert round(float(a4.width)) == 595 and round(float(a4.height)) == 842
    assert round(float(letter.width)) == 612 and round(float(letter.height)) == 792
    with pytest.raises(InputError, match="page size"):
        write_pdf(tree, tmp_path / "x.pdf", "A3")


def test_existing_file_is_replaced_whole(report_sample: Sample, tmp_path: Path) -> None:
    ws, ids = report_sample
    out = tmp_path / "report.pdf"
    out.write_bytes(b"old")
    write_pdf(build_report(ws, [ids["host"]]), out)
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_unwritable_targets_fail_with_one_line_and_leave_nothing(report_sample: Sample, tmp_path: Path) -> None:
    ws, ids = report_sample
    tree = build_report(ws, [ids["host"]])
    with pytest.raises(FileProblem, match="cannot write"):
        write_pdf(tree, tmp_path / "missing" / "r.pdf")
    with pytest.raises(FileProblem, match="cannot write"):
        write_pdf(tree, Path("/dev/full"))
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    with pytest.raises(FileProblem, match="cannot write"):
        write_pdf(tree, folder)
    leftovers = [p.name for p in tmp_path.iterdir() if "pdf" in p.name or p.name.startswith(".")]
    assert leftovers == ["a-folder.pdf"]


def test_read_only_folder(report_sample: Sample, tmp_path: Path) -> None:
    ws, ids = report_sample
    tree = build_report(ws, [ids["host"]])
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        with pytest.raises(FileProblem, match="cannot write"):
            write_pdf(tree, locked / "r.pdf")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(stat.S_IRWXU)


def test_replace_failure_leaves_no_temp_file(report_sample: Sample, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    ws, ids = report_sample
    tree = build_report(ws, [ids["host"]])

    def refuse(src: str, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(FileProblem, match="cannot write: No space left on device"):
        write_pdf(tree, tmp_path / "r.pdf")
    assert list(tmp_path.glob("*.pdf*")) == [] and list(tmp_path.glob(".r.pdf*")) == []


def test_cli_report(report_sample: Sample, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws, ids = report_sample
    path = str(ws.path)
    ws.close()
    out = tmp_path / "cli.pdf"
    assert main(["report", path, str(out), "--claim", ids["talks"][:8], "--claim", ids["host"][:8],
                 "--page-size", "Letter"]) == 0
    assert "wrote" in capsys.readouterr().out
    count, texts = _text(out)
    assert count >= 4 and "Зеленський" in " ".join(texts)
    assert main(["report", path, str(tmp_path / "nope" / "r.pdf")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("stancedesk-cli: ") and "cannot write" in err and "\n" not in err
    assert main(["report", path, str(out), "--dossier", "Unknown"]) == 1


def test_chinese_and_devanagari_render_from_shipped_fonts(report_sample: Sample, tmp_path: Path) -> None:
    ws, _ = report_sample
    claim = ws.claims.add(ClaimInput(quote="我们准备好进行任何对话 और बातचीत के लिए तैयार", speaker_name="习近平")).value
    out = tmp_path / "scripts.pdf"
    write_pdf(build_report(ws, [claim.id]), out)
    data = out.read_bytes()
    assert b"DroidSansFallback" in data and b"NotoSansDevanagari" in data
    _count, texts = _text(out)
    assert "习近平" in " ".join(texts)


def test_a_long_title_is_shortened_in_the_running_header(report_sample: Sample, tmp_path: Path) -> None:
    ws, ids = report_sample
    title = "A very long report title " * 8
    out = tmp_path / "long.pdf"
    write_pdf(build_report(ws, [ids["host"]], title=title), out)
    _count, texts = _text(out)
    page = " ".join(texts[1].split())  # extractors differ in spacing
    assert ("…" in page or "..." in page) and 0 < page.count("A very long report title") < 8


def test_exports_and_reports_get_the_users_usual_file_mode(report_sample: Sample, tmp_path: Path) -> None:
    ws, ids = report_sample
    old = os.umask(0o022)
    try:
        out = tmp_path / "mode.pdf"
        write_pdf(build_report(ws, [ids["host"]]), out)
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
