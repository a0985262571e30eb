"""Packaged resources (fonts) and the Qt GUI application that QTextDocument and QPdfWriter need."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLoggingCategory
from PySide6.QtGui import QFontDatabase, QGuiApplication

FONT_FAMILY_FALLBACK = "DejaVu Sans"
# DejaVu Sans covers Latin, Cyrillic, Greek and basic Arabic; the others are per-character fallbacks:
# Noto Sans Arabic for Urdu and Persian letters (ے, ہ, ...), Noto Sans Devanagari for Hindi and Marathi,
# Droid Sans Fallback for Chinese, Japanese and Korean. All are embedded in the PDF, none comes from the system.
_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
               "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf", "DroidSansFallbackFull.ttf")
_state: dict[str, object] = {}  # the app we started (kept alive) and the loaded font family


def resource_path(*parts: str) -> Path:
    """A file under stancedesk/resources, wherever the package is installed."""
    return Path(__file__).resolve().parent.parent.joinpath("resources", *parts)


def ensure_gui() -> None:
    """Reports can be made headless (CLI, tests): start an offscreen QGuiApplication when none runs."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _state["app"] = QGuiApplication(["stancedesk-report"])
    # Qt notes each main font lacking shaping tables for a script before it falls back to a shipped font
    # that has them (Devanagari renders correctly); that note is noise on a user's terminal.
    QLoggingCategory.setFilterRules("qt.text.font.db=false")


def report_font_families() -> list[str]:
    """Load the shipped wide-coverage fonts once, so they are embedded; the first is the main face."""
    ensure_gui()
    loaded = _state.get("families")
    if not isinstance(loaded, list):
        families: list[str] = []
        for name in _FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
            if font_id >= 0:
                families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
        loaded = families or [FONT_FAMILY_FALLBACK]
        _state["families"] = loaded
    return [str(f) for f in loaded]
