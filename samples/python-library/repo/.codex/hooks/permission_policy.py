#!/usr/bin/env python3
"""PermissionRequest hook (matcher: Bash).

Runs when Codex is about to ask the user to approve a command that needs more than the sandbox
allows (usually network access). Requests that should never be approved are denied here, with a
message for the model; for everything else the hook prints nothing and the user decides as usual.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hooklib import command_of, read_payload  # noqa: E402

TRUSTED_INDEX_HOSTS = {"pypi.org", "files.pythonhosted.org"}
INDEX_OPTION = re.compile(r"(?:--index-url|--extra-index-url|-i)[=\s]+(\S+)")
PIPE_TO_INTERPRETER = re.compile(r"\b(curl|wget)\b[^|]*\|\s*(sudo\s+)?((ba|z)?sh|python3?)\b")
UPLOAD = re.compile(r"\bcurl\b.*\s(-T|--upload-file|-F|--form|--data-binary\s+@)|\btwine\b")


def host_of(url: str) -> str:
    without_scheme = re.sub(r"^[a-z+]+://", "", url)
    return without_scheme.split("/")[0].split("@")[-1].split(":")[0]


def reason_for(command: str) -> str | None:
    if PIPE_TO_INTERPRETER.search(command):
        return "piping a download into a shell or Python runs code nobody reviewed."
    for url in INDEX_OPTION.findall(command):
        if host_of(url) not in TRUSTED_INDEX_HOSTS:
            return f"{host_of(url)} is not PyPI; tidyslug installs packages only from PyPI."
    if UPLOAD.search(command):
        return "uploading files from this machine is never part of a task here."
    return None


def main() -> int:
    reason = reason_for(command_of(read_payload()))
    if reason:
        decision = {
            "behavior": "deny",
            "message": f"Denied by .codex/hooks/permission_policy.py: {reason}",
        }
        print(json.dumps({"hookSpecificOutput": {"hookEventName": "PermissionRequest", "decision": decision}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
