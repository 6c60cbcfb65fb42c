#!/usr/bin/env bash
# Fuzzes Microreach's readers (tests/fuzz; README.md, "Developing"):
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET…]
# Sets up a clang build with libFuzzer, AddressSanitizer and UBSan in _build-fuzz, builds
# the harnesses and runs each TARGET (all of them by default), one after another, for
# SECONDS (60 by default), from its seeds and the corpus it built up in earlier runs.
# Prints per target the executions, executions per second, corpus size and findings; a
# finding's input is kept in _build-fuzz/fuzz-findings/TARGET/, its report in
# _build-fuzz/fuzz-logs/TARGET.log. Exits 1 when there is a finding.
set -euo pipefail
cd "$(dirname "$0")/../.."

build=_build-fuzz
seconds=${1:-60}
shift || true
case "$seconds" in
  ''|*[!0-9]*) echo "usage: tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET…]" >&2; exit 2 ;;
esac

if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" -Dfuzzing=true -Dtests=false \
    -Db_sanitize=address,undefined -Db_lundef=false
fi

# Each target's smoke test (tests/fuzz/meson.build) knows its program, options, seeds and
# environment. One line per target: NAME, PROGRAM (for ninja), COMMAND, SEEDS, the last two
# quoted for the shell.
describe_targets () {
  meson introspect --tests "$build" | python3 -c '
import json, os, shlex, sys
build = sys.argv[1]
for test in json.load(sys.stdin):
    if not any(suite.split(":")[-1] == "fuzz" for suite in test["suite"]):
        continue
    cmd = test["cmd"]
    kept = [a for a in cmd[1:] if a.startswith("-")
            and not a.startswith(("-runs=", "-seed=", "-max_total_time=", "-artifact_prefix="))]
    positional = [a for a in cmd[1:] if not a.startswith("-")]
    env = ["%s=%s" % item for item in sorted(test["env"].items()) if item[0] != "TMPDIR"]
    command = shlex.join(["env"] + env + [cmd[0]] + kept)
    print("\t".join([test["name"], os.path.relpath(cmd[0], build), command,
                     shlex.join(positional[1:])]))
' "$build"
}

declare -A program command seeds
names=()
while IFS=$'\t' read -r name exe cmd seed; do
  names+=("$name")
  program[$name]=$exe
  command[$name]=$cmd
  seeds[$name]=$seed
done < <(describe_targets)

[ $# -gt 0 ] || set -- "${names[@]}"
for target in "$@"; do
  if [ -z "${program[$target]:-}" ]; then
    echo "No fuzz target “$target”; there are: ${names[*]}" >&2
    exit 2
  fi
done
ninja -C "$build" $(for target in "$@"; do echo "${program[$target]}"; done)

# The readers that write to a database are ten times faster where syncing costs nothing.
parent=/dev/shm
[ -d "$parent" ] && [ -w "$parent" ] || parent=${TMPDIR:-/tmp}
scratch=$(mktemp -d "$parent/microreach-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# Crashes, leaks, hangs and runaway memory; libFuzzer's slow units are kept too, but an
# input that once took long on a busy machine is no bug by itself.
count_findings () {
  find "$1" -type f ! -name 'slow-unit-*' | wc -l
}

status=0
printf '%-15s %12s %8s %8s  %s\n' TARGET EXECUTIONS EXEC/S CORPUS FINDINGS
for target in "$@"; do
  corpus=$build/fuzz-corpus/$target
  findings=$build/fuzz-findings/$target
  log=$build/fuzz-logs/$target.log
  mkdir -p "$corpus" "$findings" "$build/fuzz-logs"

  # The seeds go into the corpus itself, to which libFuzzer adds what it finds.
  eval "seed_paths=(${seeds[$target]})"
  for path in "${seed_paths[@]}"; do
    find "$path" -type f -print0 | while IFS= read -r -d '' file; do
      cp -n "$file" "$corpus/seed-$(sha1sum "$file" | cut -c1-16)"
    done
  done
  before=$(count_findings "$findings")

  TMPDIR=$scratch eval "${command[$target]}" -max_total_time="$seconds" \
    -artifact_prefix="$(printf %q "$findings/")" "$(printf %q "$corpus")" >"$log" 2>&1 \
    && ok=1 || ok=0

  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  size=$(find "$corpus" -type f | wc -l)
  found=$(( $(count_findings "$findings") - before ))
  if [ "$ok" = 1 ] && [ "$found" -eq 0 ]; then
    verdict=none
  else
    verdict="$(ls -t "$findings" | grep -v '^slow-unit-' | head -1) (see $log)"
    status=1
  fi
  printf '%-15s %12s %8s %8s  %s\n' "$target" "${runs:-?}" "${rate:-?}" "$size" "$verdict"
done
exit $status
