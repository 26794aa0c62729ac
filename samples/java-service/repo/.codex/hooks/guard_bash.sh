#!/usr/bin/env bash
# PreToolUse hook (matcher: Bash).
# Blocks a short list of commands that destroy work or reach shared systems. Exit code 2 blocks the
# call, and the text on stderr is shown to the model as the reason. Anything else is allowed, and
# still goes through the normal sandbox and approval rules.
set -u
cmd=$(python3 -c '
import json, sys
try:
    command = json.load(sys.stdin).get("tool_input", {}).get("command", "")
except ValueError:
    command = ""
print(" ".join(command) if isinstance(command, list) else command)
') || exit 0
[ -n "$cmd" ] || exit 0
flat=$(printf '%s' "$cmd" | tr '\n\t' '  ')

block() {
  printf 'Blocked by .codex/hooks/guard_bash.sh: %s\n' "$1" >&2
  exit 2
}
has() { printf '%s' "$flat" | grep -Eq -- "$1"; }

start='(^|[;&|(`[:space:]])'

if has "${start}git[[:space:]]+push([[:space:]]|\$)"; then
  without_lease=$(printf '%s' "$flat" | sed -E 's/--force-with-lease(=[^[:space:]]*)?//g')
  if printf '%s' "$without_lease" | grep -Eq -- '[[:space:]](--force|-f)([[:space:]]|$)|[[:space:]]\+[^[:space:]]+'; then
    block "force-pushing rewrites history that others have pulled. Push a new commit, or ask a human."
  fi
fi
if has "${start}git[[:space:]]+reset[[:space:]].*--hard"; then
  block "git reset --hard throws away uncommitted changes, including the user's. Use 'git stash' or 'git restore <file>'."
fi
if has "${start}git[[:space:]]+clean[[:space:]]+-[a-zA-Z]*f"; then
  block "git clean -f deletes untracked files for good. List them with 'git clean -n' and ask first."
fi
if has "${start}(mvn|\./mvnw)[[:space:]].*([[:space:]]deploy|release:(prepare|perform))([[:space:]]|\$)"; then
  block "publishing artifacts is the release pipeline's job. Use 'mvn -o -q verify' to check the build."
fi
if has "flyway(:|[[:space:]]+)clean"; then
  block "flyway clean drops every object in the schema. Schema changes go through new migrations (\$db-migration)."
fi
if has "(DROP[[:space:]]+(DATABASE|SCHEMA|TABLE)|TRUNCATE[[:space:]])" || has "(drop[[:space:]]+(database|schema|table)|truncate[[:space:]])"; then
  block "destructive SQL from the shell. Schema changes go through Flyway migrations (\$db-migration)."
fi
if has "${start}rm[[:space:]]+(-[a-zA-Z]*[rR][a-zA-Z]*|--recursive)([[:space:]]+-[a-zA-Z-]+)*[[:space:]]+(/|/\*|~|~/|\\\$HOME|\\\$\{HOME\}|\.|\./|\.\.|\.\./|\*)([[:space:]]|;|&|\$)"; then
  block "recursive delete of /, ~, ., .. or * is far too broad. Name the specific paths you mean."
fi
if has "(curl|wget)[^|]*\|[[:space:]]*(sudo[[:space:]]+)?(ba|z)?sh([[:space:]]|\$)"; then
  block "piping a download into a shell runs code nobody reviewed. Download it, read it, then ask."
fi
exit 0
