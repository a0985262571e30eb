"""Row keys are random UUIDs made where the row is created, so copies of a file can be merged."""

from __future__ import annotations

import re
import uuid

_UUID_TEXT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_PREFIX = re.compile(r"^[0-9a-f-]{1,36}$")


def new_id() -> str:
    return str(uuid.uuid4())


def is_uuid(text: str) -> bool:
    return bool(_UUID_TEXT.match(text))


def is_id_prefix(text: str) -> bool:
    return bool(_PREFIX.match(text.lower()))
