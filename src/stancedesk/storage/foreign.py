"""The one way in for a file we did not write: a private copy, a hardened read-only connection, checks.

The original is only ever read (bytes and mtime unchanged, nothing created beside it). Everything else
happens on a copy in a private temporary folder, opened so that hostile schema objects cannot run code,
huge cells are refused, runaway queries are stopped and nothing but reads is authorised.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Integer, String

from stancedesk.domain.dates import DatePrecision
from stancedesk.domain.enums import (
    ActorKind,
    ClaimKind,
    Relation,
    ScaleKind,
    SourceKind,
    StancePosition,
    TargetKind,
    VerdictStatus,
)
from stancedesk.domain.errors import FileProblem
from stancedesk.domain.hlc import HlcStamp
from stancedesk.domain.ids import is_uuid
from stancedesk.storage.connection import describe_sqlite_error, make_engine, sqlite_uri
from stancedesk.storage.file_format import APPLICATION_ID, SCHEMA_VERSION, FileHeader, read_header
from stancedesk.storage.health import schema_surprises
from stancedesk.storage.schema import ENTITY_TABLES, PROVENANCE_COLUMNS, data_fields
from stancedesk.storage.schema_upgrades import upgrade_to_current
from stancedesk.storage.unit_of_work import encode_value

FOREIGN_MAX_CELL = 16 * 1024 * 1024  # a larger value in a colleague's file is refused (SQLITE_TOOBIG)
MAX_TEXT_CHARS = 4 * 1024 * 1024  # the longest text a column of unbounded length may hold
DEADLINE_S = 20.0  # a query on a foreign file running longer than this is stopped
MAX_WALL_MS = 253_402_300_799_999  # the last millisecond of the year 9999
LOCK_WAIT_S = 2.0  # how long to wait for another program's write lock on the original
_SIDE_FILES = ("-journal", "-wal")
_READ_PRAGMAS = frozenset({
    "quick_check", "integrity_check", "foreign_key_check", "user_version", "application_id", "journal_mode",
    "page_size", "page_count", "table_info", "table_xinfo", "index_list", "index_info", "data_version",
})

ENUM_COLUMNS: dict[tuple[str, str], frozenset[str]] = {
    ("actor", "kind"): frozenset(ActorKind),
    ("source", "kind"): frozenset(SourceKind),
    ("claim", "kind"): frozenset(ClaimKind),
    ("evidence_link", "relation"): frozenset(Relation),
    ("evidence_link", "target_kind"): frozenset(TargetKind),
    ("stance", "position"): frozenset(StancePosition),
    ("verdict", "status"): frozenset(VerdictStatus),
    ("rating_scale", "kind"): frozenset(ScaleKind),
}
_PRECISIONS = frozenset(DatePrecision)
_ID_COLUMNS = frozenset({"id", "target_id"})


class BadValueError(ValueError):
    """One value that may not enter the user's database; the message names the column and the problem."""


def _authorizer(action: int, arg1: str | None, _arg2: str | None, _db: str | None, _trigger: str | None) -> int:
    """Reads only: SELECT, reading columns, functions, recursive CTEs and a short list of read pragmas."""
    if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in _READ_PRAGMAS:
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def _lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def hardened_connect(path: Path, *, deadline_s: float = DEADLINE_S) -> sqlite3.Connection:
    """A read-only connection that cannot be made to write, run our functions, map memory or run forever."""
    conn = sqlite3.connect(sqlite_uri(path, read_only=True), uri=True, timeout=LOCK_WAIT_S,
                           isolation_level=None, check_same_thread=False)
    conn.text_factory = _lenient_text  # damaged text must not crash a check; values are checked strictly
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, FOREIGN_MAX_CELL)
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 100_000)
    for pragma in ("trusted_schema=OFF", "cell_size_check=ON", "mmap_size=0", "query_only=ON"):
        conn.execute(f"PRAGMA {pragma}")
    started = time.monotonic()
    conn.set_progress_handler(lambda: int(time.monotonic() - started > deadline_s), 10_000)
    conn.set_authorizer(_authorizer)
    return conn


def foreign_error(path: Path, exc: BaseException) -> FileProblem:
    if isinstance(exc, UnicodeDecodeError):
        return FileProblem(path, "damaged file (unreadable text in its schema or messages)")
    message = str(exc).lower()
    if "interrupt" in message:
        return FileProblem(path, "a query ran too long and was stopped (damaged or hostile file)")
    if "not authorized" in message:
        return FileProblem(path, "the file tried to do more than read (hostile file)")
    if "malformed database schema" in message:
        return FileProblem(path, "damaged file (the schema text is malformed)")
    return FileProblem(path, describe_sqlite_error(exc))


def _copy_under_shared_lock(original: Path, folder: Path) -> Path:
    """Copy the file and any -journal/-wal while holding SQLite's shared lock, so no writer is mid-way."""
    copy = folder / "foreign.stancedesk"
    if Path(f"{original}-wal").exists():
        # Opening a WAL file through SQLite, even read-only, creates a -shm beside it: copy the bytes instead.
        return _copy_while_unchanged(original, copy)
    probe: sqlite3.Connection | None = None
    try:
        probe = sqlite3.connect(sqlite_uri(original, read_only=True), uri=True, timeout=LOCK_WAIT_S,
                                isolation_level=None)
        probe.execute("PRAGMA trusted_schema=OFF")
        probe.execute("BEGIN")
        probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        message = str(exc).lower()
        if "locked" in message or "busy" in message:
            if probe is not None:
                probe.close()
            raise FileProblem(original, "in use by another program (the file is locked); "
                                        "close it there and try again") from None
        # damaged, hostile or with a hot journal: copy as it is, the checks on the copy say what is wrong
    try:
        shutil.copyfile(original, copy)
        for suffix in _SIDE_FILES:
            side = Path(f"{original}{suffix}")
            if side.is_file():
                shutil.copyfile(side, Path(f"{copy}{suffix}"))
    except OSError as exc:
        raise FileProblem(original, f"cannot read ({exc.strerror or exc})") from None
    finally:
        if probe is not None:
            probe.close()
    return copy


def _copy_while_unchanged(original: Path, copy: Path, attempts: int = 3) -> Path:
    """Copy the file and its sidecars, trusting the copy only if nothing changed while copying."""
    def state() -> list[tuple[int, int] | None]:
        out: list[tuple[int, int] | None] = []
        for path in (original, *(Path(f"{original}{s}") for s in _SIDE_FILES)):
            try:
                info = path.stat()
                out.append((info.st_size, info.st_mtime_ns))
            except FileNotFoundError:
                out.append(None)
        return out

    try:
        for _attempt in range(attempts):
            before = state()
            shutil.copyfile(original, copy)
            for suffix in _SIDE_FILES:
                side = Path(f"{original}{suffix}")
                if side.is_file():
                    shutil.copyfile(side, Path(f"{copy}{suffix}"))
            if state() == before:
                return copy
            time.sleep(LOCK_WAIT_S / attempts)
    except OSError as exc:
        raise FileProblem(original, f"cannot read ({exc.strerror or exc})") from None
    raise FileProblem(original, "in use by another program (it kept changing while being read); "
                                "close it there and try again")


def _settle_side_files(copy: Path) -> None:
    """Roll back a hot journal or fold a WAL into the private copy, so it can be opened read-only."""
    if not any(Path(f"{copy}{suffix}").exists() for suffix in _SIDE_FILES):
        return
    conn = sqlite3.connect(sqlite_uri(copy, read_only=False), uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.execute("PRAGMA journal_mode=DELETE").fetchone()
    finally:
        conn.close()


@dataclass
class ForeignFile:
    """A checked private copy of a colleague's file and the hardened connection to it."""

    original: Path
    header: FileHeader
    conn: sqlite3.Connection
    _folder: tempfile.TemporaryDirectory[str]
    problems: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.conn.close()
        self._folder.cleanup()

    def __enter__(self) -> ForeignFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Run one read on the copy; SQLite failures become a FileProblem naming the original."""
        try:
            return self.conn.execute(sql, params).fetchall()
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise foreign_error(self.original, exc) from None


def open_foreign(path: Path, *, full_check: bool = False, validate: bool = True,
                 deadline_s: float = DEADLINE_S) -> ForeignFile:
    """Header, private copy, hardened connection, page check, schema allow-list and value validation.

    Schema surprises and bad values raise at once unless `full_check`, which collects them in `problems`
    (the `check` command reports them all; a merge or a read-only view stops at the first).
    """
    path = Path(path)
    header = read_header(path)
    folder = tempfile.TemporaryDirectory(prefix="stancedesk-foreign-")
    try:
        copy = _copy_under_shared_lock(path, Path(folder.name))
        try:
            _settle_side_files(copy)
            if header.user_version < SCHEMA_VERSION:
                _upgrade_private_copy(path, copy, header)
            conn = hardened_connect(copy, deadline_s=deadline_s)
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise foreign_error(path, exc) from None
        foreign = ForeignFile(path, header, conn, folder)
        try:
            _check_pages_and_schema(foreign, full_check=full_check)
            if validate and not foreign.problems:
                foreign.problems.extend(validate_rows(foreign, limit=20 if full_check else 1))
            if foreign.problems and not full_check:
                raise FileProblem(path, foreign.problems[0])
        except BaseException:
            conn.close()
            raise
        return foreign
    except BaseException:
        folder.cleanup()
        raise


def _upgrade_private_copy(original: Path, copy: Path, header: FileHeader) -> None:
    """An older file: check it against its own version's schema, then migrate the private copy only."""
    if header.user_version < 1:
        raise FileProblem(original, f"unknown StanceDesk schema {header.user_version} (damaged or unfinished file)")
    conn = hardened_connect(copy)
    try:
        if conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
            raise FileProblem(original, "damaged file (failed its page check)")
        surprises = schema_surprises(conn, header.user_version)
    finally:
        conn.close()
    if surprises:
        raise FileProblem(original, surprises[0])
    engine = make_engine(copy)
    try:
        with engine.begin() as connection:
            upgrade_to_current(connection)
    finally:
        engine.dispose()


def _check_pages_and_schema(foreign: ForeignFile, *, full_check: bool) -> None:
    pragma = "integrity_check(20)" if full_check else "quick_check(20)"
    result = [r[0] for r in foreign.rows(f"PRAGMA {pragma}")]
    if result != ["ok"]:
        raise FileProblem(foreign.original, f"damaged file ({result[0]}; {len(result)} problem(s) found)")
    found = foreign.rows("PRAGMA application_id")[0][0], foreign.rows("PRAGMA user_version")[0][0]
    if found != (APPLICATION_ID, max(foreign.header.user_version, SCHEMA_VERSION)):
        raise FileProblem(foreign.original, "damaged file (the header changed while it was copied)")
    try:
        foreign.problems.extend(schema_surprises(foreign.conn, SCHEMA_VERSION))
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise foreign_error(foreign.original, exc) from None


# -- values ------------------------------------------------------------------------------------------


def _text(raw: object, limit: int | None) -> str:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise BadValueError("invalid text (bad UTF-8 or a lone surrogate)") from None
    if not isinstance(raw, str):
        raise BadValueError(f"expected text, found {type(raw).__name__}")
    if "\x00" in raw:
        raise BadValueError("text contains a NUL character")
    if any("\ud800" <= ch <= "\udfff" for ch in raw):
        raise BadValueError("text contains a lone surrogate")
    if len(raw) > (limit or MAX_TEXT_CHARS):
        raise BadValueError(f"text too long ({len(raw):,} characters, max {limit or MAX_TEXT_CHARS:,})")
    return raw


def check_value(kind: str, column: str, raw: object) -> object:
    """The Python value of one column, or BadValueError: types, UUIDs, enums, dates, length, NUL, surrogates."""
    sa_column = ENTITY_TABLES[kind].__table__.columns[column]  # type: ignore[attr-defined]
    if raw is None:
        if sa_column.nullable and column != "id":
            return None
        raise BadValueError("missing value")
    sa_type = sa_column.type
    if isinstance(sa_type, Boolean):
        if raw in (0, 1) and not isinstance(raw, float):
            return bool(raw)
        raise BadValueError(f"not a yes/no value ({raw!r:.40})")
    if isinstance(sa_type, Integer):
        if isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) < 2**53:
            return raw
        raise BadValueError(f"not a whole number ({raw!r:.40})")
    limit = sa_type.length if isinstance(sa_type, String) else None
    value = _text(raw, limit)
    if column in _ID_COLUMNS or (column.endswith("_id") and column != "wikidata_id"):
        if not is_uuid(value):
            raise BadValueError(f"not a valid id ({value!r:.40})")
    elif (kind, column) in ENUM_COLUMNS and value not in ENUM_COLUMNS[(kind, column)]:
        raise BadValueError(f"unknown value {value!r:.40}")
    elif column.endswith("_precision") and value not in _PRECISIONS:
        raise BadValueError(f"unknown date precision {value!r:.40}")
    elif column.endswith("_on") or column == "as_of":
        try:
            if len(value) != 10:
                raise ValueError
            date.fromisoformat(value)
        except ValueError:
            raise BadValueError(f"not a valid date ({value!r:.40})") from None
    elif column.endswith("_at"):
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise BadValueError(f"not a valid timestamp ({value!r:.40})") from None
    return value


def check_change(row: tuple[Any, ...]) -> dict[str, Any]:
    """One change_log row as a dict, or BadValueError: known entity and field, a valid value, clock and ids."""
    change_id, entity, row_id, field_name, value, hlc, site, author, replaces, origin = row
    change_id, row_id = _text(change_id, 36), _text(row_id, 36)
    entity, field_name = _text(entity, 32), _text(field_name, 64)
    for name, text_value in (("id", change_id), ("row_id", row_id)):
        if not is_uuid(text_value):
            raise BadValueError(f"{name} is not a valid id ({text_value!r:.40})")
    if entity not in ENTITY_TABLES:
        raise BadValueError(f"unknown kind {entity!r:.40}")
    if field_name not in data_fields(entity):
        raise BadValueError(f"unknown field {entity}.{field_name!s:.40}")
    try:
        value = _text(value, None)
        decoded = json.loads(value)
        hlc = _text(hlc, 80)
        stamp = HlcStamp.decode(hlc)
        seen = json.loads(_text(replaces, None))
    except (ValueError, TypeError, RecursionError):
        raise BadValueError("unreadable value, clock or version list") from None
    if stamp.encode() != hlc or not 0 <= stamp.wall_ms <= MAX_WALL_MS:
        raise BadValueError(f"invalid clock {hlc!r:.40}")
    site = _text(site, 36)
    if not is_uuid(site) or site != stamp.site:
        raise BadValueError(f"invalid site {site!r:.40} (must be the id in its clock)")
    if not isinstance(seen, list) or not all(isinstance(s, str) and is_uuid(s) for s in seen):
        raise BadValueError("invalid list of replaced versions")
    try:
        check_value(entity, field_name, decoded)
    except BadValueError as exc:
        raise BadValueError(f"{entity}.{field_name}: {exc}") from None
    # Re-encoded the way StanceDesk writes values, so equal values compare equal ("\u0061" is "a").
    return {"id": change_id, "entity": entity, "row_id": row_id, "field": field_name,
            "value": encode_value(decoded), "hlc": hlc,
            "site": site, "author": _text(author, 200), "replaces": encode_value(sorted(seen)),
            "origin": None if origin is None else _text(origin, 500)}


CHANGE_COLUMNS = ("id", "entity", "row_id", "field", "value", "hlc", "site", "author", "replaces", "origin")


def iter_changes(foreign: ForeignFile) -> Iterator[dict[str, Any]]:
    """Every change record of the foreign file, validated; the first bad one raises, naming its id."""
    sql = f"SELECT {', '.join(CHANGE_COLUMNS)} FROM change_log ORDER BY hlc, id"  # noqa: S608 - fixed names
    previous = foreign.conn.text_factory
    foreign.conn.text_factory = bytes
    try:
        rows = foreign.rows(sql)
    finally:
        foreign.conn.text_factory = previous
    for row in rows:
        try:
            yield check_change(row)
        except BadValueError as exc:
            raise FileProblem(foreign.original, f"change {_show_id(row[0])}: {exc}") from None


def _show_id(raw: object) -> str:
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    return repr(raw)[:40] if not isinstance(raw, str) else raw[:36]


def validate_rows(foreign: ForeignFile, *, limit: int) -> list[str]:
    """Read every replicated row with an explicit column list and check each value; bad rows named by id."""
    problems: list[str] = []
    previous = foreign.conn.text_factory
    foreign.conn.text_factory = bytes
    try:
        for kind in ENTITY_TABLES:
            columns = ["id", *[c for c in PROVENANCE_COLUMNS if c != "id"], *data_fields(kind)]
            sql = f"SELECT {', '.join(columns)} FROM {kind}"  # noqa: S608 - names from the mapped schema
            for row in foreign.rows(sql):
                for column, raw in zip(columns, row, strict=True):
                    try:
                        check_value(kind, column, raw)
                    except BadValueError as exc:
                        problems.append(f"{kind.replace('_', ' ')} {_show_id(row[0])}: {column} {exc}")
                        break
                if len(problems) >= limit:
                    return problems
    finally:
        foreign.conn.text_factory = previous
    if not problems:
        try:
            problems.extend(log_mismatches(foreign, list(iter_changes(foreign)), limit=limit))
        except FileProblem as exc:
            problems.append(exc.problem)
    return problems


def log_mismatches(foreign: ForeignFile, changes: list[dict[str, Any]], *, limit: int) -> list[str]:
    """Rows that are not what their change log says: a merge takes the log, so the two must agree."""
    replaced = {seen for change in changes for seen in json.loads(change["replaces"])}
    heads: dict[tuple[str, str, str], set[str]] = {}
    logged_rows: set[tuple[str, str]] = set()
    for change in changes:
        logged_rows.add((change["entity"], change["row_id"]))
        if change["id"] not in replaced:
            heads.setdefault((change["entity"], change["row_id"], change["field"]), set()).add(change["value"])
    problems: list[str] = []
    for kind in ENTITY_TABLES:
        fields = data_fields(kind)
        booleans = {f for f in fields if isinstance(ENTITY_TABLES[kind].__table__.columns[f].type, Boolean)}  # type: ignore[attr-defined]
        sql = f"SELECT id, {', '.join(fields)} FROM {kind}"  # noqa: S608 - names from the mapped schema
        for row_id, *values in foreign.rows(sql):
            if (kind, row_id) not in logged_rows:
                problems.append(f"{kind.replace('_', ' ')} {_show_id(row_id)} has no entry in the change log")
            else:
                for name, value in zip(fields, values, strict=True):
                    logged = heads.get((kind, row_id, name))
                    stored = encode_value(bool(value) if name in booleans else value)
                    expected = {encode_value(False if name == "deleted" else None)} if logged is None else logged
                    if len(expected) == 1 and stored not in expected:
                        problems.append(f"{kind.replace('_', ' ')} {_show_id(row_id)}: {name} differs from "
                                        "its change log")
                        break
            if len(problems) >= limit:
                return problems
    return problems


def copy_is_sound(path: Path) -> None:
    """What every backup and shared copy must be: one file, pages ok, our id and version, rollback journal."""
    read_header(path)
    if any(Path(f"{path}{suffix}").exists() for suffix in _SIDE_FILES):
        raise FileProblem(path, "the copy has a journal beside it")
    conn = hardened_connect(path)
    try:
        if conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
            raise FileProblem(path, "the copy failed its check")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "delete":
            raise FileProblem(path, "the copy is not in rollback-journal mode")
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise foreign_error(path, exc) from None
    finally:
        conn.close()


def snapshot_into(source: sqlite3.Connection, target: Path, *, verify: bool = True) -> None:
    """VACUUM INTO a temporary name beside `target`, verify it, then replace atomically (only on success)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    os.close(handle)
    temp = Path(temp_name)
    temp.unlink()  # VACUUM INTO refuses an existing file
    try:
        source.execute("VACUUM INTO ?", (str(temp),))
        with temp.open("rb") as f:
            os.fsync(f.fileno())
        if verify:
            copy_is_sound(temp)
        os.replace(temp, target)
        _fsync_dir(target.parent)
    finally:
        temp.unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
