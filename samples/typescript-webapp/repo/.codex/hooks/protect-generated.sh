#!/usr/bin/env bash
# PreToolUse hook (matcher: apply_patch|Edit|Write).
# src/api/generated/ is output of `npm run api:generate`; hand edits would be lost on the next run
# and would hide a contract change from the backend team.
set -u
here=$(cd "$(dirname "$0")" && pwd)
paths=$(node "$here/lib/changed-files.mjs") || exit 0
hits=$(printf '%s\n' "$paths" | grep '^src/api/generated/')
if [ -n "$hits" ]; then
  {
    echo "Blocked by .codex/hooks/protect-generated.sh: these files are generated:"
    printf '  %s\n' $hits
    echo "Change api/openapi.json instead (review it with \$api-review), then run 'npm run api:generate'."
  } >&2
  exit 2
fi
exit 0
