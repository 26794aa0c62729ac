#!/usr/bin/env python3
"""PostToolUse hook (matcher: apply_patch|Edit|Write).

For each Python file the edit touched: reports syntax errors and code that breaks the Python 3.9
floor of the package, then formats and lints with ruff when it is installed. Problems go back to
the model through exit code 2 and stderr; a reformat only adds context (re-read before editing).
"""

from __future__ import annotations

import ast
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hooklib import read_payload, repo_root, touched_paths  # noqa: E402

FUTURE = "from __future__ import annotations"


def py39_problems(relative: str, tree: ast.AST, source: str) -> list[str]:
    """Constructs that parse on the running Python but not on 3.9, in package code."""
    problems = []
    if source.strip() and FUTURE not in source:
        problems.append(f"{relative}: missing '{FUTURE}' (needed for 3.9-compatible annotations)")
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if type(node).__name__ == "Match":
            problems.append(f"{relative}:{line}: 'match' needs Python 3.10")
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "zip":
            if any(k.arg == "strict" for k in node.keywords):
                problems.append(f"{relative}:{line}: zip(strict=...) needs Python 3.10")
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("isinstance", "issubclass"):
            if len(node.args) == 2 and isinstance(node.args[1], ast.BinOp):
                problems.append(f"{relative}:{line}: 'X | Y' in {node.func.id}() needs Python 3.10")
    return problems


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> int:
    payload = read_payload()
    root = repo_root(payload.get("cwd"))
    if root is None:
        return 0
    files = [p for p in touched_paths(payload, root) if p.endswith(".py") and (root / p).is_file()]
    if not files:
        return 0

    problems: list[str] = []
    for relative in files:
        source = (root / relative).read_text(encoding="utf-8")
        try:
            tree = ast.parse(source, filename=relative)
        except SyntaxError as error:
            problems.append(f"{relative}:{error.lineno}:{error.offset}: syntax error: {error.msg}")
            continue
        if relative.startswith("src/"):
            problems.extend(py39_problems(relative, tree, source))

    reformatted = []
    ruff = shutil.which("ruff")
    if ruff and not problems:
        before = {f: digest(root / f) for f in files}
        subprocess.run([ruff, "format", "--quiet", *files], cwd=root, capture_output=True)
        lint = subprocess.run(
            [ruff, "check", "--fix", "--quiet", "--output-format", "concise", *files],
            cwd=root, capture_output=True, text=True,
        )
        problems.extend(line for line in lint.stdout.splitlines() if line.strip())
        reformatted = [f for f in files if digest(root / f) != before[f]]

    if problems:
        print("Fix these in the files you just edited:", *problems, sep="\n", file=sys.stderr)
        return 2
    if reformatted:
        context = f"ruff reformatted {', '.join(reformatted)}; re-read before the next edit."
        print(json.dumps({"hookSpecificOutput": {"hookEventName": "PostToolUse", "additionalContext": context}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
