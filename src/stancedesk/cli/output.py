"""Turning DTOs into JSON and into short human lines."""

from __future__ import annotations

import dataclasses
import json
import sys
from datetime import date, datetime
from enum import Enum
from typing import Any

from stancedesk.domain.dates import PartialDate


def jsonable(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return {"date": value.value.isoformat(), "precision": value.precision.value, "text": value.iso()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    return value


def emit_json(value: Any) -> None:
    json.dump(jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def short(text: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def emit(args: Any, value: Any, line: str) -> int:
    """Print `value` as JSON under --json, else the one human line; the command's exit code."""
    if getattr(args, "json", False):
        emit_json(value)
    else:
        print(line)
    return 0
