"""The local reviewer profile, kept in the user's settings folder, never inside a shared file."""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path

from stancedesk.domain.ids import is_uuid, new_id
from stancedesk.domain.profile import ReviewerProfile


def config_dir() -> Path:
    override = os.environ.get("STANCEDESK_CONFIG_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "stancedesk"


def data_dir() -> Path:
    """Where backups live; outside the shared file's folder so e-mailing a folder does not send them."""
    override = os.environ.get("STANCEDESK_DATA_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "stancedesk"


def _default_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "reviewer"


def load_profile(name_override: str | None = None) -> ReviewerProfile:
    """Read the profile (creating it on first use); a damaged profile file is replaced, not fatal."""
    path = config_dir() / "profile.json"
    stored: dict[str, object] = {}
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(loaded, dict):
            stored = loaded
    except (OSError, ValueError):
        stored = {}
    site = stored.get("site_id")
    if not isinstance(site, str) or not is_uuid(site):
        site = new_id()
        stored["site_id"] = site
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temp = path.with_suffix(".tmp")
            temp.write_text(json.dumps(stored, indent=2), encoding="utf-8")
            temp.replace(path)
        except OSError:
            pass  # a read-only home still lets people work; the site id then lasts one session
    name = name_override or os.environ.get("STANCEDESK_AUTHOR") or stored.get("name") or _default_name()
    org = stored.get("organization")
    org_url = stored.get("organization_url")
    return ReviewerProfile(str(name), site, org if isinstance(org, str) else None,
                           org_url if isinstance(org_url, str) else None)
