#!/usr/bin/env python3
"""SessionStart hook (matcher: startup|resume).

Prints a few facts about the environment; plain stdout becomes context for the model.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hooklib import read_payload, repo_root  # noqa: E402


def unreleased_entries(changelog: Path) -> int:
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else ""
    section = re.search(r"^## \[Unreleased\]\n(.*?)(?=^## \[|\Z)", text, re.MULTILINE | re.DOTALL)
    return len(re.findall(r"^- ", section.group(1), re.MULTILINE)) if section else 0


def main() -> int:
    payload = read_payload()
    root = repo_root(payload.get("cwd"))
    if root is None:
        return 0
    branch = subprocess.run(
        ["git", "-C", str(root), "branch", "--show-current"], capture_output=True, text=True
    ).stdout.strip()
    python = ".".join(map(str, sys.version_info[:3]))
    venv = os.environ.get("VIRTUAL_ENV")
    tools = {
        "pytest": importlib.util.find_spec("pytest") is not None,
        "ruff": shutil.which("ruff") is not None,
        "mypy": shutil.which("mypy") is not None,
    }
    present = [name for name, ok in tools.items() if ok]
    missing = [name for name, ok in tools.items() if not ok]
    entries = unreleased_entries(root / "CHANGELOG.md")

    print("tidyslug session context (from .codex/hooks/session_context.py):")
    print(f"- git branch: {branch or 'detached HEAD'}")
    where = f"virtualenv {Path(venv).name}" if venv else "no virtualenv active"
    print(f"- python3 is {python} ({where}); the package supports 3.9+, so avoid newer syntax")
    print(f"- dev tools present: {', '.join(present) or 'none'}")
    if missing:
        print(f"- missing: {', '.join(missing)}; installing them needs a human (no network)")
    print(f"- CHANGELOG.md has {entries} {'entry' if entries == 1 else 'entries'} under [Unreleased]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
