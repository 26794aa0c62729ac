#!/usr/bin/env bash
# Long fuzzing runs of the reader fuzz targets (src/test/java/dev/codexstudio/robust/fuzz/ReaderFuzzTest.java).
#
#   scripts/fuzz-long.sh [TARGET...]          default: every target
#   EXECUTIONS=1000000 scripts/fuzz-long.sh hooksJson
#
# Targets: configToml projectConfigToml requirementsToml hooksJson skillFrontMatter openAiYaml agentsDiscovery
#
# Each execution runs the reader (parse, unedited round trip, the file's readers; for AGENTS.md the discovery on a
# generated tree) and fails on any write; RULES=true adds the file's rules in the sandbox's stack.
# Each target is fuzzed by Jazzer (JAZZER_FUZZ=1) for EXECUTIONS runs (default 1,000,000; MAX_DURATION, e.g. 2h,
# bounds the time too). Its starting corpus is the committed seeds plus the matching files of ../shared/corpus,
# copied into target/fuzz-corpus/<target>/ (never into the repository); inputs that reach new code are added
# there. A finding (exception, hang, write) stops the run; Jazzer stores the input under
# src/test/resources/dev/codexstudio/robust/fuzz/ReaderFuzzTestInputs/<target>/ so the normal build replays it.
# A summary line per target goes to target/fuzz-corpus/summary.tsv. Needs the test classes: mvn -o test-compile.
set -euo pipefail
cd "$(dirname "$0")/.."
EXECUTIONS=${EXECUTIONS:-1000000}
MAX_DURATION=${MAX_DURATION:-}
# RULES=true also runs the file's rules in every execution (about 50x slower; the short runs in mvn verify do)
RULES=${RULES:-false}
SHARED=${SHARED:-../shared}
ALL=(configToml projectConfigToml requirementsToml hooksJson skillFrontMatter openAiYaml agentsDiscovery)
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL[@]}")

# The shared-corpus files a target starts from (same mapping as CorpusSeedsTest.targetOf).
corpus_for() {
  local target=$1 manifest="$SHARED/corpus/MANIFEST.tsv"
  [ -f "$manifest" ] || return 0
  awk -F'\t' -v t="$target" 'NR > 1 {
      n = split($3, p, "/"); name = p[n]; k = ""
      if (name == "config.toml") k = ($3 ~ /\.codex\//) ? "projectConfigToml" : "configToml"
      else if (name == "requirements.toml" || name == "managed_config.toml") k = "requirementsToml"
      else if (name == "hooks.json" || name == "settings.json" || name == "settings.local.json") k = "hooksJson"
      else if (name == "SKILL.md") k = "skillFrontMatter"
      else if (name == "openai.yaml") k = "openAiYaml"
      else if (name == "AGENTS.md" || name == "AGENTS.override.md" || name == "CLAUDE.md") k = "agentsDiscovery"
      if (k == t) { repo = $1; sub("/", "__", repo); print repo "/" $3 }
    }' "$manifest"
}

mkdir -p target/fuzz-corpus
for t in "${TARGETS[@]}"; do
  dir=target/fuzz-corpus/$t
  mkdir -p "$dir"
  i=0
  while IFS= read -r rel; do
    [ -f "$SHARED/corpus/$rel" ] && cp "$SHARED/corpus/$rel" "$dir/corpus-$i" && i=$((i + 1))
  done < <(corpus_for "$t")
  log=target/fuzz-corpus/$t.log
  echo "== $t: $EXECUTIONS executions, $i shared-corpus seeds, log $log"
  start=$(date +%s)
  set +e
  JAZZER_FUZZ=1 mvn -o -B test -Dtest="ReaderFuzzTest#$t" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.max_executions="$EXECUTIONS" ${MAX_DURATION:+-Djazzer.max_duration="$MAX_DURATION"} \
    -Dstudio.fuzz.rules="$RULES" \
    -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1="$PWD/$dir" >"$log" 2>&1
  rc=$?
  set -e
  secs=$(( $(date +%s) - start ))
  # libFuzzer's last status line: "#<executions> DONE cov: ... exec/s: ..." (or the line before a finding).
  last=$(grep -aE '^#[0-9]+' "$log" | tail -1 || true)
  # Surefire can report "Error occurred in starting fork" when Jazzer's JVM exits after a finished run, so the
  # verdict comes from libFuzzer's "Done N runs" line and the test counts, not from Maven's exit code alone.
  if grep -aqE '^Done [0-9]+ runs' "$log" && grep -aqE 'Tests run: [0-9]+, Failures: 0, Errors: 0' "$log"; then
    result="no finding"
  else
    result="FAILED (exit $rc, see $log)"
  fi
  printf '%s\t%s\trules=%s\t%ss\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "$RULES" "$secs" "$result" "$last" | tee -a target/fuzz-corpus/summary.tsv
done
