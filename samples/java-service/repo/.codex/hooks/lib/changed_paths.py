#!/usr/bin/env python3
"""Print the files a tool call touches, one per line, relative to the repository root.

Reads a Codex PreToolUse or PostToolUse payload on stdin. It understands apply_patch input
(the "*** Add File:", "*** Update File:", "*** Delete File:" and "*** Move to:" lines, found in any
string inside tool_input) and tools that pass a "file_path" or "path" field. Paths outside the
repository are left out. Prints nothing for payloads it does not understand.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

PATCH_HEADER = re.compile(r"^\*\*\* (?:Add File|Update File|Delete File|Move to): (.+?)\s*$", re.MULTILINE)


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def repo_root(cwd: Path) -> Path:
    result = subprocess.run(
        ["git", "-C", str(cwd), "rev-parse", "--show-toplevel"], capture_output=True, text=True
    )
    return Path(result.stdout.strip()) if result.returncode == 0 else cwd


def main() -> int:
    try:
        payload = json.load(sys.stdin)
    except ValueError:
        return 0
    cwd = Path(payload.get("cwd") or os.getcwd())
    tool_input = payload.get("tool_input") or {}

    candidates: list[str] = []
    for text in strings(tool_input):
        candidates.extend(PATCH_HEADER.findall(text))
    if isinstance(tool_input, dict):
        for key in ("file_path", "path"):
            if isinstance(tool_input.get(key), str):
                candidates.append(tool_input[key])

    root = repo_root(cwd)
    seen: set[str] = set()
    for raw in candidates:
        path = Path(raw)
        absolute = Path(os.path.normpath(path if path.is_absolute() else cwd / path))
        try:
            relative = absolute.relative_to(root).as_posix()
        except ValueError:
            continue
        if relative not in seen:
            seen.add(relative)
            print(relative)
    return 0


if __name__ == "__main__":
    sys.exit(main())
