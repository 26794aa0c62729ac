#!/usr/bin/env python3
"""Fast checks for the conventions in AGENTS.md that a formatter cannot fix.

Usage: java_lint.py FILE.java...   Prints "path:line: problem" lines; exits 1 if it found any.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

WILDCARD_IMPORT = re.compile(r"^import\s+(?:static\s+)?[\w.]+\.\*;")
CONSOLE = re.compile(r"\bSystem\.(?:out|err)\.|\.printStackTrace\(\)")
FIELD_DECL = re.compile(r"^\s*(?:(?:private|protected|public|final|static)\s+)*[\w<>\[\]?, .]+\s+\w+\s*(?:=.*)?;\s*$")
AUTOWIRED = re.compile(r"^\s*@Autowired\b(.*)$")
FLOAT_MONEY = re.compile(r"\b(?:double|float|Double|Float)\s+\w*(?:amount|price|total|balance|money)\w*", re.IGNORECASE)
DISABLED_WITHOUT_REASON = re.compile(r"@Disabled\s*(?:\(\s*\))?\s*$")


def lint(path: Path) -> list[str]:
    problems = []
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    for number, line in enumerate(lines, start=1):
        where = f"{path}:{number}"
        if WILDCARD_IMPORT.match(line):
            problems.append(f"{where}: wildcard import; import each type explicitly")
        if CONSOLE.search(line):
            problems.append(f"{where}: System.out/err or printStackTrace(); log through SLF4J instead")
        if line.startswith("\t"):
            problems.append(f"{where}: tab indentation; use four spaces")
        if FLOAT_MONEY.search(line):
            problems.append(f"{where}: money in a floating-point type; use BigDecimal with scale 2")
        if DISABLED_WITHOUT_REASON.search(line):
            problems.append(f"{where}: @Disabled without a reason; never disable a failing test to get green")
        autowired = AUTOWIRED.match(line)
        if autowired:
            rest = autowired.group(1).strip()
            following = next((l for l in lines[number:] if l.strip()), "")
            if (rest and FIELD_DECL.match(rest)) or (not rest and FIELD_DECL.match(following)):
                problems.append(f"{where}: @Autowired field; use constructor injection")
    return problems


def main(argv: list[str]) -> int:
    problems = []
    for name in argv:
        path = Path(name)
        if path.suffix == ".java" and path.is_file():
            problems.extend(lint(path))
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
