#!/usr/bin/env bash
# Stop hook. Runs fast, offline checks before Codex finishes its turn. Exit code 2 keeps the turn
# going, and stderr becomes the next instruction. stdout stays empty: for Stop hooks it must be
# empty or JSON.
set -u
payload=$(cat)
active=$(printf '%s' "$payload" | python3 -c 'import json, sys
try:
    print(str(json.load(sys.stdin).get("stop_hook_active", False)).lower())
except ValueError:
    print("false")')
# Codex sets stop_hook_active when this turn was already continued by a Stop hook. Let it finish
# then, so a check that cannot be satisfied never loops.
[ "$active" = "true" ] && exit 0

root=$(git rev-parse --show-toplevel 2>/dev/null) || exit 0
cd "$root" || exit 0
git rev-parse --verify -q HEAD >/dev/null || exit 0
migrations=src/main/resources/db/migration
api=src/main/java/com/acme/invoicing/api

problems=""
if ! out=$(python3 .agents/skills/db-migration/scripts/new_migration.py --check 2>&1); then
  problems="${problems}${out}
"
fi
touched=$(git diff --name-only --diff-filter=MDR HEAD -- "$migrations" | grep -E '\.sql(\.conf)?$')
if [ -n "$touched" ]; then
  problems="${problems}- committed migrations were changed: $(echo $touched). Restore them with 'git restore' and fix forward with a new migration.
"
fi
api_changed=$( { git diff --name-only HEAD -- "$api"; git ls-files --others --exclude-standard -- "$api"; } | grep '\.java$')
if [ -n "$api_changed" ] && git diff --quiet HEAD -- CHANGELOG.md; then
  problems="${problems}- API code changed ($(echo $api_changed)) but CHANGELOG.md did not. If clients can see the change, add a line under '## Unreleased'; if they cannot, say so in your summary.
"
fi

if [ -n "$problems" ]; then
  printf 'Before finishing, deal with these (from .codex/hooks/stop_checks.sh):\n%s' "$problems" >&2
  exit 2
fi
exit 0
