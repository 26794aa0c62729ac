#!/usr/bin/env python3
"""Check that public docstrings follow tidyslug's Google style.

Usage: audit_docstrings.py PATH...   (files or directories; directories are searched for *.py)
Prints "path:line: name: problem" for each finding and exits with 1 if there is any.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path
from typing import Callable

SECTION = re.compile(
    r"^(\s*)(Args|Arguments|Returns|Yields|Raises|Examples|Example|Note|Notes):\s*$"
)
ALIASES = {"Arguments": "Args", "Example": "Examples", "Notes": "Note"}
ENTRY = re.compile(r"^(\s*)\*{0,2}([A-Za-z_][A-Za-z0-9_]*)\s*(?:\([^)]*\))?:")


def sections(doc: str) -> dict[str, list[str]]:
    """Split a Google-style docstring into its sections."""
    result: dict[str, list[str]] = {}
    current = None
    for line in doc.splitlines():
        match = SECTION.match(line)
        if match:
            current = ALIASES.get(match.group(2), match.group(2))
            result[current] = []
        elif current is not None:
            result[current].append(line)
    return result


def entries(lines: list[str]) -> list[str]:
    """Names documented in an Args or Raises section (the least indented entries)."""
    names: list[tuple[int, str]] = []
    for line in lines:
        match = ENTRY.match(line)
        if match:
            names.append((len(match.group(1)), match.group(2)))
    if not names:
        return []
    indent = min(level for level, _ in names)
    return [name for level, name in names if level == indent]


def raised(node: ast.AST) -> set[str]:
    """Names of exceptions raised directly in a function body (not in nested functions)."""
    found: set[str] = set()
    stack = list(ast.iter_child_nodes(node))
    while stack:
        child = stack.pop()
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        if isinstance(child, ast.Raise) and child.exc is not None:
            exc = child.exc.func if isinstance(child.exc, ast.Call) else child.exc
            if isinstance(exc, ast.Name):
                found.add(exc.id)
            elif isinstance(exc, ast.Attribute):
                found.add(exc.attr)
        stack.extend(ast.iter_child_nodes(child))
    return found


def parameters(func: ast.FunctionDef | ast.AsyncFunctionDef, is_method: bool) -> list[str]:
    args = func.args
    names = [a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]]
    if args.vararg:
        names.append(args.vararg.arg)
    if args.kwarg:
        names.append(args.kwarg.arg)
    if is_method and names and names[0] in ("self", "cls"):
        names = names[1:]
    return names


def returns_value(func: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    if func.returns is not None:
        return not (isinstance(func.returns, ast.Constant) and func.returns.value is None)
    return any(isinstance(n, ast.Return) and n.value is not None for n in ast.walk(func))


def check_function(
    func: ast.FunctionDef | ast.AsyncFunctionDef,
    qualname: str,
    is_method: bool,
    report: Callable[[ast.AST, str, str], None],
) -> None:
    doc = ast.get_docstring(func)
    if not doc:
        report(func, qualname, "missing docstring")
        return
    parts = sections(doc)
    params = parameters(func, is_method)
    documented = entries(parts.get("Args", []))
    for name in params:
        if name not in documented:
            report(func, qualname, f"parameter '{name}' is not in Args")
    for name in documented:
        if name not in params:
            report(func, qualname, f"Args lists '{name}', which is not a parameter")
    documents_result = "Returns" in parts or "Yields" in parts
    if returns_value(func) and func.name != "__init__" and not documents_result:
        report(func, qualname, "returns a value but has no Returns section")
    missing = raised(func) - set(entries(parts.get("Raises", [])))
    for name in sorted(missing):
        report(func, qualname, f"raises {name} but Raises does not mention it")
    if not is_method and not any(">>>" in line for line in parts.get("Examples", [])):
        report(func, qualname, "no Examples section with a >>> example")


def audit(path: Path) -> list[str]:
    problems: list[str] = []
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))

    def report(node: ast.AST, name: str, message: str) -> None:
        problems.append(f"{path}:{getattr(node, 'lineno', 1)}: {name}: {message}")

    if not ast.get_docstring(tree):
        report(tree, path.stem, "missing module docstring")
    for node in tree.body:
        is_function = isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        if is_function and not node.name.startswith("_"):
            check_function(node, node.name, False, report)
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            if not ast.get_docstring(node):
                report(node, node.name, "missing docstring")
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and (
                    not item.name.startswith("_") or item.name == "__init__"
                ):
                    if item.name == "__init__" and not ast.get_docstring(item):
                        continue  # documented on the class
                    check_function(item, f"{node.name}.{item.name}", True, report)
    return problems


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    files: list[Path] = []
    for arg in argv:
        path = Path(arg)
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    problems: list[str] = []
    for file in files:
        if file.name.startswith("_") and file.name != "__init__.py":
            continue  # private module
        problems.extend(audit(file))
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
