"""Helpers shared by the tidyslug Codex hooks. Standard library only, Python 3.9+."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

PATCH_HEADER = re.compile(
    r"^\*\*\* (?:Add File|Update File|Delete File|Move to): (.+?)\s*$", re.MULTILINE
)


def read_payload() -> dict[str, Any]:
    """Read the JSON payload Codex sends on stdin; an unreadable payload counts as empty."""
    try:
        payload = json.load(sys.stdin)
    except ValueError:
        return {}
    return payload if isinstance(payload, dict) else {}


def repo_root(cwd: str | os.PathLike[str] | None = None) -> Path | None:
    """Return the git top-level directory containing ``cwd``, or None outside a checkout."""
    result = subprocess.run(
        ["git", "-C", str(cwd or os.getcwd()), "rev-parse", "--show-toplevel"],
        capture_output=True,
        text=True,
    )
    return Path(result.stdout.strip()) if result.returncode == 0 else None


def _strings(value: Any):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def touched_paths(payload: dict[str, Any], root: Path) -> list[str]:
    """Files a tool call touches, relative to ``root``, from apply_patch or file_path input."""
    cwd = Path(payload.get("cwd") or os.getcwd())
    tool_input = payload.get("tool_input") or {}
    candidates = [m for text in _strings(tool_input) for m in PATCH_HEADER.findall(text)]
    if isinstance(tool_input, dict):
        candidates += [tool_input[k] for k in ("file_path", "path") if isinstance(tool_input.get(k), str)]
    result: list[str] = []
    for raw in candidates:
        path = Path(os.path.normpath(Path(raw) if Path(raw).is_absolute() else cwd / raw))
        try:
            relative = path.relative_to(root).as_posix()
        except ValueError:
            continue
        if relative not in result:
            result.append(relative)
    return result


def command_of(payload: dict[str, Any]) -> str:
    """The shell command of a Bash tool call, as one string."""
    tool_input = payload.get("tool_input")
    command = tool_input.get("command", "") if isinstance(tool_input, dict) else ""
    return " ".join(command) if isinstance(command, list) else str(command)


def changed_since_head(root: Path) -> list[str]:
    """Tracked files changed since HEAD plus untracked files, relative to ``root``."""
    def git(*args: str) -> list[str]:
        result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True)
        return result.stdout.split("\n") if result.returncode == 0 else []

    files = git("diff", "--name-only", "HEAD") + git("ls-files", "--others", "--exclude-standard")
    return sorted({f for f in files if f})
