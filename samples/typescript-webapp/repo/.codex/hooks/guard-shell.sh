#!/usr/bin/env bash
# PreToolUse hook (matcher: Bash).
# Blocks publishing, history rewrites, broad deletes and new dependencies. Exit code 2 blocks the
# command and shows stderr to the model; everything else continues through the normal sandbox and
# approval rules.
set -u
cmd=$(node -e '
let data = "";
process.stdin.on("data", (chunk) => (data += chunk)).on("end", () => {
  try {
    const command = JSON.parse(data).tool_input?.command ?? "";
    process.stdout.write(Array.isArray(command) ? command.join(" ") : String(command));
  } catch {}
});') || exit 0
[ -n "$cmd" ] || exit 0
flat=$(printf '%s' "$cmd" | tr '\n\t' '  ')

block() {
  printf 'Blocked by .codex/hooks/guard-shell.sh: %s\n' "$1" >&2
  exit 2
}
has() { printf '%s' "$flat" | grep -Eq -- "$1"; }

start='(^|[;&|(`[:space:]])'
arg='[^-[:space:];&|][^[:space:];&|]*'

if has "${start}(npm|pnpm|yarn)[[:space:]]+publish([[:space:]]|\$)"; then
  block "publishing is done by the release pipeline, never from a working copy."
fi
if has "${start}npm[[:space:]]+(install|i|in|add)[[:space:]]+(-[^[:space:]]+[[:space:]]+)*${arg}" \
  || has "${start}(pnpm|yarn)[[:space:]]+add[[:space:]]+(-[^[:space:]]+[[:space:]]+)*${arg}"; then
  block "adding a dependency is a team decision (AGENTS.md, Dependencies). Propose it in your summary with its size and the alternative without it. Plain 'npm ci' is fine."
fi
if has "${start}git[[:space:]]+push([[:space:]]|\$)"; then
  without_lease=$(printf '%s' "$flat" | sed -E 's/--force-with-lease(=[^[:space:]]*)?//g')
  if printf '%s' "$without_lease" | grep -Eq -- '[[:space:]](--force|-f)([[:space:]]|$)|[[:space:]]\+[^[:space:]]+'; then
    block "force-pushing rewrites history that others have pulled. Push a new commit, or ask a human."
  fi
fi
if has "${start}git[[:space:]]+(reset[[:space:]].*--hard|clean[[:space:]]+-[a-zA-Z]*f|checkout[[:space:]]+--[[:space:]]+\.)"; then
  block "this discards uncommitted work, possibly the user's. Use 'git stash' or restore single files."
fi
if has "${start}rm[[:space:]]+(-[a-zA-Z]*[rR][a-zA-Z]*|--recursive)([[:space:]]+-[a-zA-Z-]+)*[[:space:]]+(/|/\*|~|~/|\\\$HOME|\.|\./|\.\.|\.\./|\*)([[:space:]]|;|&|\$)"; then
  block "recursive delete of /, ~, ., .. or * is far too broad. Name the paths you mean, e.g. 'rm -rf dist'."
fi
exit 0
