#!/usr/bin/env bash
# A/B of the home-made serving parts against what ASP.NET Core and Serilog ship (issue 22), in one
# run on one publish (the image's own publish options): bench/load.sh against nginx for each
# variant in turn, variants interleaved over --repeat passes, so a machine that gets busier shifts
# all of them. Each variant is the same build with one ComparisonOptions setting changed
# (src/MlEngineerSite/Hosting/ComparisonOptions.cs):
#   site         the defaults: Hosting/Caching (response cache, content coding, ETags), the batching log writer
#   outputcache  Comparison__Cache=AspNetCore: OutputCache with ResponseCompression (Brotli/gzip SmallestSize) inside it
#   seriloglog   Comparison__Log=Serilog: WriteTo.Async(Console) and UseSerilogRequestLogging
#   indented     Comparison__StripIndentation=false: cached HTML keeps the templates' indentation
# Each load.sh report (app/nginx ratios, p99) is appended to one results file.
#
# Usage: bench/ab.sh [--repeat 1] [--rounds 2] [--duration 8] [--warmup 5] [--results FILE]
set -euo pipefail
SELF=$(realpath "$0")
cd "$(dirname "$SELF")"
source ./lib.sh

REPEAT=1 ROUNDS=2 DURATION=8 WARMUP=5 RESULTS="ab-$(date -u +%Y%m%dT%H%MZ).md"
while [ $# -gt 0 ]; do
  case $1 in
    --repeat) REPEAT=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --results) RESULTS=$2; shift 2 ;;
    *) sed -n '2,/^# Usage/p' "$SELF" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
RESULTS=$(realpath -m "$RESULTS")
require_dotnet_and_cores
PUBLISHED=$WORK/publish
publish_image "$PUBLISHED"
echo "# bench/ab.sh, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$REPO" rev-parse --short HEAD)" >"$RESULTS"

declare -A VARIANT=(
  [site]=""
  [outputcache]="Comparison__Cache=AspNetCore"
  [seriloglog]="Comparison__Log=Serilog"
  [indented]="Comparison__StripIndentation=false"
)
for pass in $(seq "$REPEAT"); do
  for name in site outputcache seriloglog indented; do
    echo "=== pass $pass: $name"
    echo -e "\n### $name (pass $pass)${VARIANT[$name]:+: ${VARIANT[$name]}}" >>"$RESULTS"
    env_args=()
    [ -n "${VARIANT[$name]}" ] && env_args=(--app-env "${VARIANT[$name]}")
    bash ./load.sh --published "$PUBLISHED" --rounds "$ROUNDS" --duration "$DURATION" --warmup "$WARMUP" "${env_args[@]}" --results "$RESULTS"
  done
done
echo "All results: $RESULTS"
