#!/usr/bin/env bash
# Every issue-10 measurement in one command, one benchmark after another (never two at once: they
# share the two cores), each appending its report to one results file:
#   1. bench/load.sh                              throughput and p99 against nginx, bundled content
#   2. bench/startup.sh                           time to the first 200, against a bare Razor Pages app
#   3. bench/memory.sh                            RSS after a full load run
#   4. bench/memory.sh --soak SECONDS             RSS growth at a moderate, steady load
#   5. bench/load.sh --articles 100,1000,10000    ready time, RSS, one-file edit and throughput by size
# About 45 minutes with the defaults. Run it on a quiet machine: each script notes the load average.
#
# Usage: bench/all.sh [--results FILE] [--soak 600]
# Exits with the first failing script's status (a missed goal is reported in the results, not an error).
set -euo pipefail
SELF=$(realpath "$0")
cd "$(dirname "$SELF")"

RESULTS="results-$(date -u +%Y%m%dT%H%MZ).md" SOAK=600
usage() { sed -n '2,/^# Exits/p' "$SELF" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
  case $1 in
    --results) RESULTS=$2; shift 2 ;;
    --soak) SOAK=${2%s}; shift 2 ;;
    -h | --help) usage ;;
    *) echo "unknown option $1" >&2; usage 2 >&2 ;;
  esac
done
RESULTS=$(realpath -m "$RESULTS")
echo "# Issue 10 benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')" >"$RESULTS"

for step in "load.sh" "startup.sh" "memory.sh" "memory.sh --soak $SOAK" "load.sh --articles 100,1000,10000"; do
  echo "=== bench/$step"
  read -r -a command <<<"$step"
  bash "./${command[0]}" "${command[@]:1}" --results "$RESULTS"
done

echo "All results: $RESULTS"
