#!/usr/bin/env bash
# PostToolUse hook (matcher: apply_patch|Edit|Write).
# Formats the Java files the edit touched (if google-java-format is installed) and checks the
# conventions a formatter cannot fix. Problems go back to the model through exit code 2 + stderr;
# a reformat is reported as additional context so the model re-reads the file before editing again.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(git rev-parse --show-toplevel 2>/dev/null) || exit 0
paths=$(python3 "$here/lib/changed_paths.py") || exit 0

files=()
while IFS= read -r path; do
  case "$path" in
    *.java) [ -f "$root/$path" ] && files+=("$root/$path") ;;
  esac
done <<< "$paths"
[ "${#files[@]}" -gt 0 ] || exit 0

reformatted=""
if command -v google-java-format >/dev/null 2>&1; then
  for file in "${files[@]}"; do
    before=$(cksum < "$file")
    google-java-format --aosp --skip-sorting-imports --replace "$file" 2>/dev/null || continue
    [ "$before" = "$(cksum < "$file")" ] || reformatted="$reformatted ${file#"$root"/}"
  done
fi

if ! report=$(python3 "$here/lib/java_lint.py" "${files[@]}"); then
  printf 'Java convention problems in the files you just edited (see AGENTS.md):\n%s\n' "${report//$root\//}" >&2
  exit 2
fi
if [ -n "$reformatted" ]; then
  python3 -c 'import json, sys
print(json.dumps({"hookSpecificOutput": {"hookEventName": "PostToolUse",
    "additionalContext": "google-java-format rewrote" + sys.argv[1] + "; re-read before editing them again."}}))' "$reformatted"
fi
exit 0
