#!/usr/bin/env bash
# SessionStart hook (matcher: startup|resume).
# Plain text on stdout becomes extra context for the model at the start of the session.
set -u
root=$(git rev-parse --show-toplevel 2>/dev/null) || exit 0
cd "$root" || exit 0

migrations=src/main/resources/db/migration
branch=$(git branch --show-current 2>/dev/null)
changed=$(git status --porcelain 2>/dev/null | wc -l | tr -d ' ')
latest=$(find "$migrations" -maxdepth 1 -name 'V*__*.sql' -exec basename {} \; 2>/dev/null | sort -V | tail -n 1)
java_version=$(java -version 2>&1 | head -n 1)

echo "invoice-service session context (from .codex/hooks/session_context.sh):"
echo "- git: branch ${branch:-detached HEAD}, ${changed} changed or untracked files"
echo "- latest migration: ${latest:-none}"
if [ -f "$migrations/AGENTS.override.md" ]; then
  echo "- schema freeze is ACTIVE ($migrations/AGENTS.override.md): do not create or edit migrations"
fi
echo "- java: ${java_version:-not found on PATH}"
if [ -d "$HOME/.m2/repository/org/springframework/boot/spring-boot" ]; then
  echo "- Maven cache has Spring Boot artifacts, so 'mvn -o' can build"
else
  echo "- Maven cache has no Spring Boot artifacts: 'mvn -o' will fail until a human runs 'mvn dependency:go-offline'"
fi
