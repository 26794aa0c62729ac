#!/bin/sh
# Stop hook: run the tests before Codex ends its turn. When they fail, answer
# {"decision":"block","reason":...}: Codex goes on working with the reason as its next prompt.
# When stop_hook_active is true, Codex is already continuing because of this hook: let it stop,
# so a failure that cannot be fixed never loops.
#@SETTINGS@
payload=$(cat)
case $(printf '%s' "$payload" | tr -d ' \n\r\t') in
  *'"stop_hook_active":true'*) exit 0 ;;
esac

json_escape() {
  tr -d '\000-\010\013-\037' | tr '\t' ' ' | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' \
    | awk 'BEGIN { ORS = "" } { if (NR > 1) print "\\n"; print }'
}

root=$(git rev-parse --show-toplevel 2>/dev/null) || root=$(pwd)
cd "$root" || exit 0

if [ -z "$TEST_COMMAND" ]; then
  if [ -f pom.xml ]; then TEST_COMMAND='mvn -q test'
  elif [ -x gradlew ]; then TEST_COMMAND='./gradlew test'
  elif [ -f package.json ]; then TEST_COMMAND='npm test --silent'
  elif [ -f Cargo.toml ]; then TEST_COMMAND='cargo test'
  elif [ -f go.mod ]; then TEST_COMMAND='go test ./...'
  elif [ -f pyproject.toml ] || [ -d tests ]; then TEST_COMMAND='python3 -m pytest -q'
  else exit 0
  fi
fi

set -- $TEST_COMMAND
case "$1" in
  */*) [ -x "$1" ] || { printf '{"systemMessage":"Tests not run before stopping: %s is not executable."}\n' "$1"; exit 0; } ;;
  *) if ! command -v "$1" >/dev/null 2>&1; then
       printf '{"systemMessage":"Tests not run before stopping: %s is not installed."}\n' "$1"
       exit 0
     fi ;;
esac

if output=$(sh -c "$TEST_COMMAND" 2>&1); then
  exit 0
fi
tail=$(printf '%s\n' "$output" | tail -n 30 | json_escape)
command=$(printf '%s' "$TEST_COMMAND" | json_escape)
printf '{"decision":"block","reason":"The tests fail (%s). Fix the failures before you finish. Last lines of the output:\\n%s"}\n' "$command" "$tail"
exit 0
