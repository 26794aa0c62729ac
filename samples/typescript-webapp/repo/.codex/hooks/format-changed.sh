#!/usr/bin/env bash
# PostToolUse hook (matcher: apply_patch|Edit|Write).
# Runs Prettier and ESLint on the files an edit touched (when node_modules is installed) plus a few
# dependency-free checks. Reports back with JSON on stdout:
#   {"decision": "block", "reason": ...}            problems the model must fix now
#   {"hookSpecificOutput": {"additionalContext"}}   files were reformatted; re-read before editing
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(git rev-parse --show-toplevel 2>/dev/null) || exit 0
paths=$(node "$here/lib/changed-files.mjs") || exit 0
cd "$root" || exit 0

files=()
while IFS= read -r path; do
  case "$path" in
    src/api/generated/*) ;;
    *.ts | *.tsx | *.js | *.mjs | *.css | *.json | *.md) [ -f "$path" ] && files+=("$path") ;;
  esac
done <<< "$paths"
[ "${#files[@]}" -gt 0 ] || exit 0

problems=""
reformatted=""
if [ -x node_modules/.bin/prettier ]; then
  for file in "${files[@]}"; do
    before=$(cksum < "$file")
    node_modules/.bin/prettier --write --log-level silent "$file" || continue
    [ "$before" = "$(cksum < "$file")" ] || reformatted="$reformatted $file"
  done
fi
code=()
for file in "${files[@]}"; do
  case "$file" in *.ts | *.tsx) code+=("$file") ;; esac
done
if [ "${#code[@]}" -gt 0 ] && [ -x node_modules/.bin/eslint ]; then
  if ! out=$(node_modules/.bin/eslint --max-warnings 0 "${code[@]}" 2>&1); then
    problems="${problems}${out}
"
  fi
fi
for file in "${files[@]}"; do
  case "$file" in
    src/*.test.ts | src/*.test.tsx) ;;
    src/*.ts | src/*.tsx)
      found=$(grep -nE 'console\.log\(|:[[:space:]]*any\b|as any\b|@ts-ignore' "$file" | head -n 5)
      [ -n "$found" ] && problems="${problems}${file}: console.log, any or @ts-ignore (see AGENTS.md, TypeScript):
${found}
" ;;
    src/styles/tokens.css) ;;
    src/*.css)
      found=$(grep -nE '#[0-9a-fA-F]{3,8}\b|[^-a-z][0-9]+px' "$file" | head -n 5)
      [ -n "$found" ] && problems="${problems}${file}: raw colour or pixel value; use a token from src/styles/tokens.css:
${found}
" ;;
  esac
done

if [ -n "$problems" ]; then
  node -e 'process.stdout.write(JSON.stringify({ decision: "block", reason: "Fix these in the files you just edited:\n" + process.argv[1] }))' "$problems"
elif [ -n "$reformatted" ]; then
  node -e 'process.stdout.write(JSON.stringify({ hookSpecificOutput: { hookEventName: "PostToolUse", additionalContext: "Prettier reformatted" + process.argv[1] + "; re-read them before the next edit." } }))' "$reformatted"
fi
exit 0
