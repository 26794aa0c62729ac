#!/usr/bin/env bash
# PreToolUse hook (matcher: apply_patch|Edit|Write).
# Refuses edits to Flyway migrations that are already committed (they have run in production), and
# any write to migration files while the release freeze file AGENTS.override.md exists.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(git rev-parse --show-toplevel 2>/dev/null) || exit 0
dir=src/main/resources/db/migration
paths=$(python3 "$here/lib/changed_paths.py") || exit 0

problems=""
while IFS= read -r path; do
  case "$path" in
    "$dir"/*.sql | "$dir"/*.sql.conf) ;;
    *) continue ;;
  esac
  if [ -f "$root/$dir/AGENTS.override.md" ]; then
    problems="${problems}- ${path}: the schema is frozen for the release (see ${dir}/AGENTS.override.md). Put the SQL under \"Deferred migration\" in your summary instead.
"
  elif git -C "$root" cat-file -e "HEAD:$path" 2>/dev/null; then
    problems="${problems}- ${path} is committed, so it has already run in production. Leave it as it is and add a new migration with \$db-migration.
"
  fi
done <<< "$paths"

if [ -n "$problems" ]; then
  printf 'Blocked by .codex/hooks/protect_migrations.sh:\n%s' "$problems" >&2
  exit 2
fi
exit 0
