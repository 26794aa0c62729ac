#!/usr/bin/env python3
"""Check that a CHANGELOG.md follows Keep a Changelog as tidyslug uses it.

Usage: check_changelog.py [CHANGELOG.md]
Prints one problem per line and exits with 1 if there is any.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

VERSION = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\S+))?\s*$")
SUBSECTION = re.compile(r"^### (?P<name>.+?)\s*$")
LINK = re.compile(r"^\[(?P<label>[^\]]+)\]: \S+\s*$")
SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
SECTIONS = ["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"]


def check(text: str) -> list[str]:
    problems: list[str] = []
    lines = text.splitlines()
    if not lines or not lines[0].startswith("# "):
        problems.append("line 1: the file must start with a '# ' title")

    versions: list[tuple[int, str]] = []
    links = {m["label"] for m in map(LINK.match, lines) if m}
    current_sub: tuple[int, str] | None = None
    sub_has_entries = False
    sub_order: list[str] = []

    def close_subsection() -> None:
        if current_sub and not sub_has_entries:
            problems.append(f"line {current_sub[0]}: '### {current_sub[1]}' has no entries")

    for number, line in enumerate(lines, start=1):
        heading = VERSION.match(line)
        if heading:
            close_subsection()
            current_sub, sub_has_entries, sub_order = None, False, []
            versions.append((number, heading["version"]))
            if heading["version"] == "Unreleased":
                if heading["date"]:
                    problems.append(f"line {number}: [Unreleased] must not have a date")
                continue
            if not SEMVER.match(heading["version"]):
                problems.append(f"line {number}: '{heading['version']}' is not a x.y.z version")
            if not heading["date"]:
                problems.append(f"line {number}: version {heading['version']} has no date")
            else:
                try:
                    date.fromisoformat(heading["date"])
                except ValueError:
                    problems.append(f"line {number}: '{heading['date']}' is not a YYYY-MM-DD date")
            continue
        if line.startswith("## "):
            problems.append(f"line {number}: use '## [x.y.z] - YYYY-MM-DD' for level-2 headings")
            continue
        sub = SUBSECTION.match(line)
        if sub:
            close_subsection()
            name = sub["name"]
            current_sub, sub_has_entries = (number, name), False
            if name not in SECTIONS:
                allowed = ", ".join(SECTIONS)
                problems.append(f"line {number}: unknown section '{name}' (use {allowed})")
            elif sub_order and SECTIONS.index(name) <= SECTIONS.index(sub_order[-1]):
                problems.append(f"line {number}: '{name}' is out of order or repeated")
            if name in SECTIONS:
                sub_order.append(name)
            continue
        if current_sub and line.startswith("- "):
            sub_has_entries = True
    close_subsection()

    names = [name for _, name in versions]
    if not names or names[0] != "Unreleased":
        problems.append("the first version section must be '## [Unreleased]'")
    for name in {n for n in names if names.count(n) > 1}:
        problems.append(f"version {name} appears more than once")
    released = []
    for line_no, name in versions:
        match = SEMVER.match(name)
        if match:
            released.append((line_no, tuple(int(part) for part in match.groups())))
    for (_, newer), (line_no, older) in zip(released, released[1:]):
        if older >= newer:
            problems.append(f"line {line_no}: versions must go from newest to oldest")
    for line_no, name in versions:
        if name not in links:
            problems.append(f"line {line_no}: no link reference '[{name}]: <url>' at the end")
    return problems


def main(argv: list[str]) -> int:
    path = Path(argv[0] if argv else "CHANGELOG.md")
    if not path.is_file():
        print(f"{path}: not found", file=sys.stderr)
        return 2
    problems = check(path.read_text(encoding="utf-8"))
    for problem in problems:
        print(f"{path}: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
