#!/bin/sh
# SessionStart hook (matcher "startup|resume"): tell Codex where the work stands. Plain text on
# stdout is added to the session as context.
cat >/dev/null
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "This folder is not a git repository."
  exit 0
fi
branch=$(git symbolic-ref --quiet --short HEAD 2>/dev/null || git rev-parse --short HEAD 2>/dev/null)
echo "Current branch: ${branch:-none}"
if git rev-parse --verify --quiet HEAD >/dev/null 2>&1; then
  echo "Recent commits:"
  git log --no-decorate --format='  %h %s (%cr)' -n 5 2>/dev/null
else
  echo "No commits yet."
fi
changed=$(git status --porcelain 2>/dev/null | wc -l | tr -d ' ')
echo "Files with uncommitted changes: $changed"
exit 0
