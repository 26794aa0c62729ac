#!/usr/bin/env python3
"""UserPromptSubmit hook: refuse prompts that contain something that looks like a credential.

A pasted token would be sent to the model and stored in the session transcript. Exit code 2
blocks the prompt, and the message on stderr tells the user what was found (never the secret
itself). Matching is deliberately narrow: well-known token formats and private key blocks.
"""

from __future__ import annotations

import json
import re
import sys

PATTERNS = {
    "a PyPI API token": re.compile(r"\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}"),
    "a GitHub token": re.compile(r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}\b|\bgithub_pat_[A-Za-z0-9_]{50,}"),
    "an AWS access key id": re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    "an OpenAI API key": re.compile(r"\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}"),
    "a Slack token": re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}"),
    "a private key": re.compile(r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----"),
}


def main() -> int:
    try:
        prompt = json.load(sys.stdin).get("prompt", "")
    except (ValueError, AttributeError):
        return 0
    found = [name for name, pattern in PATTERNS.items() if pattern.search(prompt or "")]
    if found:
        print(
            f"This prompt seems to contain {' and '.join(found)}. It was not sent. Remove the secret, "
            "and revoke it if it was real: it may be in your clipboard history or terminal scrollback.",
            file=sys.stderr,
        )
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
