#!/usr/bin/env python3
"""PreToolUse hook (matcher: Bash).

Denies releases, tags, ad-hoc installs, history rewrites and broad deletes. It answers with JSON
(permissionDecision "deny" plus a reason the model sees) instead of exit code 2; both block the
command. Commands it does not recognise get no output and run under the normal sandbox rules.
"""

from __future__ import annotations

import json
import re
import shlex
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hooklib import command_of, read_payload  # noqa: E402

SEGMENT_SPLIT = re.compile(r"&&|\|\||[;|&\n]")
PUBLISH = re.compile(r"\b(twine\s+upload|(hatch|flit|uv|poetry)\s+publish)\b")
BROAD_DELETE_TARGETS = {"/", "/*", "~", "~/", "$HOME", ".", "./", "..", "../", "*"}
VERSION_TAG = re.compile(r"v?\d+\.\d+\.\d+")
BUILD_TOOLS = {"pip", "setuptools", "wheel"}


def words(segment: str) -> list[str]:
    try:
        return shlex.split(segment)
    except ValueError:  # unbalanced quotes: fall back to whitespace
        return segment.split()


def pip_install_targets(w: list[str]) -> list[str] | None:
    """Packages named in a pip install command, or None if ``w`` is not one."""
    if w[:3] in (["python", "-m", "pip"], ["python3", "-m", "pip"]):
        args = w[3:]
    elif w[:1] in (["pip"], ["pip3"]):
        args = w[1:]
    else:
        return None
    if args[:1] != ["install"]:
        return None
    targets, skip = [], False
    for arg in args[1:]:
        if skip:
            skip = False
        elif arg in ("-r", "--requirement", "-c", "--constraint"):
            skip = True
        elif arg.startswith("-") or arg == "." or arg.startswith((".[", "./")):
            continue  # options and the project itself
        elif arg not in BUILD_TOOLS:
            targets.append(arg)
    return targets


def reason_for(command: str) -> str | None:
    if PUBLISH.search(command):
        return "releases are built and uploaded by CI from tags. Never publish from a working copy."
    for segment in SEGMENT_SPLIT.split(command):
        w = words(segment.strip())
        while w and "=" in w[0] and not w[0].startswith("-"):  # skip FOO=bar prefixes
            w = w[1:]
        if not w:
            continue
        if w[0] == "sudo":
            return "no sudo: nothing in this project needs root."
        if w[:2] == ["git", "tag"] and len(w) > 2 and w[2] not in ("-l", "--list", "-n"):
            return "tags trigger releases and are created by the maintainers. 'git tag -l' is fine."
        if w[:2] == ["git", "push"]:
            rest = [a for a in w[2:] if not a.startswith("--force-with-lease")]
            if "--tags" in rest or any(VERSION_TAG.fullmatch(a) for a in rest):
                return "pushing tags starts a release. Leave that to the maintainers."
            if "--force" in rest or "-f" in rest or any(a.startswith("+") for a in rest):
                return "force-pushing rewrites shared history. Push a new commit instead."
        if w[:2] == ["git", "reset"] and "--hard" in w:
            return "git reset --hard discards uncommitted work. Use git stash or git restore <file>."
        targets = pip_install_targets(w)
        if targets is not None and "--break-system-packages" in w:
            return "never install into the system Python."
        if targets:
            return (
                f"installing {' '.join(targets)} is not part of the project setup. The only install "
                "is pip install -e \".[dev]\"; propose new dependencies in your summary instead."
            )
        recursive = any(a.startswith("-") and "r" in a.lower() for a in w[1:])
        if w[0] == "rm" and recursive and any(a in BROAD_DELETE_TARGETS for a in w[1:]):
            return "recursive delete of /, ~, ., .. or * is far too broad. Name the paths you mean."
    return None


def main() -> int:
    reason = reason_for(command_of(read_payload()))
    if reason:
        decision = {
            "hookEventName": "PreToolUse",
            "permissionDecision": "deny",
            "permissionDecisionReason": f"Blocked by .codex/hooks/guard_shell.py: {reason}",
        }
        print(json.dumps({"hookSpecificOutput": decision}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
