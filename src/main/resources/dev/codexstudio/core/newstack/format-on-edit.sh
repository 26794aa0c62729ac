#!/bin/sh
# PostToolUse hook (matcher "apply_patch|Edit|Write"): format the files Codex just changed.
# Codex sends the patch as JSON on stdin. A missing formatter never fails the hook; lint
# findings go to stderr with exit code 2, which Codex passes back to the model as feedback.
#@SETTINGS@
payload=$(cat)

# The changed paths: the "*** Add File: p", "*** Update File: p" and "*** Move to: p" lines of
# the patch (inside the JSON string a line break is the two characters \n), or a "file_path".
files=$(printf '%s\n' "$payload" \
  | awk '{ gsub(/\\n/, "\n"); print }' \
  | sed -n -e 's/^.*\*\*\* Add File: //p' -e 's/^.*\*\*\* Update File: //p' -e 's/^.*\*\*\* Move to: //p' \
  | sed -e 's/\\*".*$//' -e 's/[[:space:]]*$//')
more=$(printf '%s\n' "$payload" | sed -n 's/.*"file_path"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
files=$(printf '%s\n%s\n' "$files" "$more" | sed '/^$/d' | sort -u)
[ -n "$files" ] || exit 0

available() {
  set -- $1
  [ -n "$1" ] && command -v "$1" >/dev/null 2>&1
}

tool_for() {
  case "$1" in
    *.java) echo 'google-java-format --replace' ;;
    *.kt|*.kts) echo 'ktlint --format' ;;
    *.py) echo 'ruff format' ;;
    *.ts|*.tsx|*.js|*.jsx|*.mjs|*.css) echo 'npx --no-install prettier --write' ;;
    *.go) echo 'gofmt -w' ;;
    *.rs) echo 'rustfmt' ;;
    *) echo '' ;;
  esac
}

handled() {
  [ -z "$EXTENSIONS" ] && return 0
  for ext in $EXTENSIONS; do
    case "$1" in *."$ext") return 0 ;; esac
  done
  return 1
}

problems=''
formatted=''
newline='
'
old_ifs=$IFS
IFS=$newline
set -- $files
IFS=$old_ifs
for file in "$@"; do
  [ -f "$file" ] || continue
  handled "$file" || continue
  format=$FORMAT
  [ -n "$format" ] || format=$(tool_for "$file")
  if available "$format"; then
    $format "$file" >/dev/null 2>&1 && formatted="$formatted $file"
  fi
  if available "$LINT"; then
    if ! out=$($LINT "$file" 2>&1); then
      problems="$problems$out$newline"
    fi
  fi
done

if [ -n "$problems" ]; then
  printf 'The linter reports problems in the files you changed; fix them:\n%s' "$problems" >&2
  exit 2
fi
exit 0
