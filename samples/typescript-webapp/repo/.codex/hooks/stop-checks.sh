#!/usr/bin/env bash
# Stop hook. Fast checks before Codex ends its turn. Exit code 2 keeps the turn going with stderr
# as the next instruction; stdout stays empty (Stop hooks may only print JSON there).
set -u
payload=$(cat)
active=$(printf '%s' "$payload" | node -e '
let data = "";
process.stdin.on("data", (c) => (data += c)).on("end", () => {
  try { process.stdout.write(String(JSON.parse(data).stop_hook_active === true)); } catch { process.stdout.write("false"); }
});')
# Already continued once by a Stop hook in this turn: let it end, so an unfixable check never loops.
[ "$active" = "true" ] && exit 0

root=$(git rev-parse --show-toplevel 2>/dev/null) || exit 0
cd "$root" || exit 0

problems=""
focused=$(grep -rnE '\b(it|test|describe)\.only\(' src e2e 2>/dev/null | head -n 5)
[ -n "$focused" ] && problems="${problems}- focused tests would skip the rest of the suite in CI; remove .only:
${focused}
"
debuggers=$(grep -rnE '^\s*debugger;?\s*$' src 2>/dev/null | head -n 5)
[ -n "$debuggers" ] && problems="${problems}- debugger statements left in src:
${debuggers}
"
if [ -x node_modules/.bin/tsc ] && git rev-parse --verify -q HEAD >/dev/null \
  && [ -n "$( { git diff --name-only HEAD; git ls-files --others --exclude-standard; } | grep -E '\.(ts|tsx)$')" ]; then
  if ! out=$(node_modules/.bin/tsc -b --pretty false 2>&1); then
    problems="${problems}- the typecheck fails:
$(printf '%s\n' "$out" | head -n 20)
"
  fi
fi

if [ -n "$problems" ]; then
  printf 'Before finishing (from .codex/hooks/stop-checks.sh):\n%s' "$problems" >&2
  exit 2
fi
exit 0
