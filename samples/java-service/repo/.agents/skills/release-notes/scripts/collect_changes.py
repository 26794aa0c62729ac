#!/usr/bin/env python3
"""Print a Markdown draft of release notes from Conventional Commits since the last tag.

Usage:
    collect_changes.py [--since <ref>] [--until <ref>] [--version <x.y.z>] [--all]
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import defaultdict

SUBJECT_RE = re.compile(r"^(?P<type>[a-z]+)(?:\((?P<scope>[^)]+)\))?(?P<bang>!)?: (?P<text>.+)$")
SECTIONS = {
    "feat": "Added",
    "fix": "Fixed",
    "perf": "Changed",
    "revert": "Changed",
}
INTERNAL = {"chore", "ci", "build", "test", "style", "docs", "refactor"}
ORDER = ["Breaking changes", "Added", "Changed", "Fixed", "Internal", "Unsorted"]


def git(*args: str) -> str:
    result = subprocess.run(["git", *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"git {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


def latest_tag() -> str | None:
    result = subprocess.run(["git", "describe", "--tags", "--abbrev=0"], capture_output=True, text=True)
    return result.stdout.strip() or None


def commits(since: str | None, until: str) -> list[tuple[str, str, str]]:
    """Return (short hash, subject, body) for each non-merge commit in the range, oldest first."""
    rev_range = f"{since}..{until}" if since else until
    raw = git("log", "--no-merges", "--reverse", "--format=%h%x1f%s%x1f%b%x1e", rev_range)
    result = []
    for record in raw.split("\x1e"):
        record = record.strip("\n")
        if record:
            short, subject, body = (record.split("\x1f") + ["", ""])[:3]
            result.append((short, subject.strip(), body.strip()))
    return result


def group(entries: list[tuple[str, str, str]], include_internal: bool) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = defaultdict(list)
    for short, subject, body in entries:
        match = SUBJECT_RE.match(subject)
        if not match:
            sections["Unsorted"].append(f"{subject} ({short})")
            continue
        kind, scope, text = match["type"], match["scope"], match["text"]
        line = f"{'**' + scope + ':** ' if scope else ''}{text} ({short})"
        if match["bang"] or "BREAKING CHANGE:" in body:
            note = body.split("BREAKING CHANGE:", 1)[1].strip().splitlines()[0] if "BREAKING CHANGE:" in body else ""
            sections["Breaking changes"].append(line + (f" - {note}" if note else ""))
        elif kind in SECTIONS:
            sections[SECTIONS[kind]].append(line)
        elif kind in INTERNAL:
            if include_internal:
                sections["Internal"].append(line)
        else:
            sections["Unsorted"].append(f"{subject} ({short})")
    return sections


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--since", help="start after this ref (default: the latest tag)")
    parser.add_argument("--until", default="HEAD")
    parser.add_argument("--version", default="Unreleased", help="heading for the draft")
    parser.add_argument("--all", action="store_true", help="include chore/ci/build/test/style/docs/refactor")
    args = parser.parse_args(argv)

    since = args.since or latest_tag()
    entries = commits(since, args.until)
    sections = group(entries, args.all)

    origin = f"since {since}" if since else "from the first commit"
    print(f"## {args.version}\n")
    print(f"<!-- draft from {len(entries)} commits {origin}; edit before publishing -->\n")
    if not any(sections.values()):
        print("No user-facing changes found.")
        return 0
    for name in ORDER:
        if sections.get(name):
            print(f"### {name}\n")
            for line in sections[name]:
                print(f"- {line}")
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
