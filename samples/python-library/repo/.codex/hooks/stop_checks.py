#!/usr/bin/env python3
"""Stop hook. Runs before Codex ends its turn.

Answers with JSON: {"decision": "block", "reason": ...} keeps the turn going and the reason
becomes the next instruction. No output lets the turn end. Checks, only when files changed:
the tests (if pytest is installed), the docstring audit, and a CHANGELOG.md entry for src/ changes.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hooklib import changed_since_head, read_payload, repo_root  # noqa: E402


def run(root: Path, *args: str, timeout: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=root, capture_output=True, text=True, timeout=timeout
    )


def main() -> int:
    payload = read_payload()
    # Already continued once by a Stop hook in this turn: let it end, so a check the model cannot
    # satisfy never loops.
    if payload.get("stop_hook_active"):
        return 0
    root = repo_root(payload.get("cwd"))
    if root is None:
        return 0
    changed = changed_since_head(root)
    if not changed:
        return 0

    reasons: list[str] = []
    if any(f.endswith(".py") for f in changed) and importlib.util.find_spec("pytest"):
        try:
            tests = run(root, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", timeout=90)
            if tests.returncode not in (0, 5):  # 5 = no tests collected
                tail = "\n".join(tests.stdout.strip().splitlines()[-15:])
                reasons.append(f"The tests fail:\n{tail}")
        except subprocess.TimeoutExpired:
            reasons.append("The tests took longer than 90 s; they normally take under a second.")
    if any(f.startswith("src/") for f in changed):
        audit = run(
            root, ".agents/skills/docstring-audit/scripts/audit_docstrings.py", "src/tidyslug", timeout=30
        )
        if audit.returncode == 1:
            reasons.append(f"The docstring audit found problems ($docstring-audit):\n{audit.stdout.strip()}")
        if "CHANGELOG.md" not in changed:
            reasons.append(
                "src/ changed but CHANGELOG.md did not. If users can notice the change, add an entry "
                "under [Unreleased] with $changelog; if they cannot, say so in your final message."
            )
    if reasons:
        reason = "Before finishing (from .codex/hooks/stop_checks.py):\n\n" + "\n\n".join(reasons)
        print(json.dumps({"decision": "block", "reason": reason}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
