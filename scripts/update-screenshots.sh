#!/usr/bin/env bash
# Copies the README's screenshots from the UI test run (target/screenshots/, written by `mvn verify`)
# into docs/screenshots/, so the README shows what the tests saw. Run after the tests; commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
SHOTS=(welcome main-window agents-editor skill-editor hook-editor config-editor profile-compare
       requirements-editor lifecycle-diagram lifecycle-diagram-dark hook-dry-run claude-import problems-panel
       wizard-review export-dialog walkthrough-2-guidance migrate-dialog finetune-checklist report-lifecycle)
mkdir -p docs/screenshots
missing=0
for name in "${SHOTS[@]}"; do
  if [ -f "target/screenshots/$name.png" ]; then
    cp "target/screenshots/$name.png" "docs/screenshots/$name.png"
  else
    echo "missing: target/screenshots/$name.png (run mvn verify first)" >&2
    missing=1
  fi
done
exit "$missing"
