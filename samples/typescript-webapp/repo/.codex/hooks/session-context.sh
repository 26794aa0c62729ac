#!/usr/bin/env bash
# SessionStart hook. Two matcher groups call it:
#   startup|resume  -> full context (toolchain, install state, generated code)
#   compact         -> --after-compact: a short reminder of the rules that matter most mid-task
# Plain text on stdout is added to the model's context.
set -u
root=$(git rev-parse --show-toplevel 2>/dev/null) || exit 0
cd "$root" || exit 0

if [ "${1:-}" = "--after-compact" ]; then
  cat <<'TEXT'
tally-web reminder after context compaction (from .codex/hooks/session-context.sh):
- Finish with `npm run check`; say so if e2e tests were not run.
- Never edit src/api/generated/ by hand; change api/openapi.json and run `npm run api:generate`.
- Do not install packages; propose them in the summary.
- CSS uses tokens from src/styles/tokens.css only.
TEXT
  exit 0
fi

wanted=$(cat .nvmrc 2>/dev/null)
have=$(node --version 2>/dev/null)
echo "tally-web session context (from .codex/hooks/session-context.sh):"
echo "- git: branch $(git branch --show-current 2>/dev/null || echo '?'), $(git status --porcelain 2>/dev/null | wc -l | tr -d ' ') changed or untracked files"
echo "- node: ${have:-not installed} (.nvmrc asks for v${wanted:-?})"
if [ -d node_modules ]; then
  echo "- node_modules is installed: npm run check will work offline"
else
  echo "- node_modules is missing: npm scripts will fail; ask the user to run 'npm ci' (the sandbox has no network)"
fi
if ! git diff --quiet HEAD -- api/openapi.json 2>/dev/null && git diff --quiet HEAD -- src/api/generated 2>/dev/null; then
  echo "- api/openapi.json has uncommitted changes but src/api/generated/ does not: run 'npm run api:generate' before relying on the types"
fi
