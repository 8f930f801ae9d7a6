#!/usr/bin/env bash
# Where the p99 gap comes from (issue 22): one page and case on the app and on nginx, set up as
# bench/load.sh sets them up (the image's publish and settings, the same bytes, the server alone on
# CPU 0, wrk -t1 -c32 on CPU 1; --connections changes the 32), measured two ways in interleaved rounds:
#   full:  wrk with no pause, as load.sh measures its p99 goal; with the CPU time the server, its CPU
#          and wrk used during the run, so the report shows which side was the bottleneck and what one
#          request costs the server;
#   paced: the same connections, each pausing --delay-ms (whole milliseconds, wrk's timer) before
#          every request, so both servers get about the same request rate, below either's capacity.
# The app, published as the image holds it, or the folder --published names.
#
# Usage: bench/p99.sh [--page /articles/salary] [--case identity|br] [--rounds 3] [--duration 10]
#                     [--warmup 30] [--delay-ms 2] [--connections 32] [--app-env NAME=VALUE] [--published DIR]
#                     [--results FILE] [--keep]
# Exits 2 on a setup failure. There is no goal here: the numbers explain load.sh's p99 column.
source "$(dirname "$0")/lib.sh"

PAGE=/articles/salary CASE=identity ROUNDS=3 DURATION=10 WARMUP=30 DELAY_MS=2 CONNECTIONS=32 RESULTS="" PUBLISHED="" APP_ENV=()
usage() { sed -n '2,/^# Exits/p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
  case $1 in
    --page) PAGE=$2; shift 2 ;;
    --case) CASE=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --duration) DURATION=${2%s}; shift 2 ;;
    --warmup) WARMUP=${2%s}; shift 2 ;;
    --delay-ms) DELAY_MS=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    *) shared_option "$@"; shift "$USED" ;;
  esac
done
[[ $CASE == identity || $CASE == br ]] || die "--case is identity or br"
[[ $DELAY_MS =~ ^[1-9][0-9]*$ ]] || die "--delay-ms takes whole milliseconds (wrk's timer has no finer step)"

ensure_packages wrk:wrk nginx:nginx curl:curl taskset:util-linux
ensure_nginx_brotli
require_dotnet_and_cores
use_published
pin_self_to_client_cpu
note_machine_load

APP_LOG=$WORK/app.log
echo "Starting the app on CPU $SERVER_CPU (content $REPO/content)..."
start_ready_app "$REPO/content" 120 "${APP_ENV[@]}"
serve_with_nginx nginx "$PAGE"
NGINX_WORKER=$(pgrep -P "$NGINX_PID" | head -1) || die "no nginx worker process"

# The full load is load.sh's wrk command; the paced one adds only wrk's delay() hook.
HEADER=()
[ "$CASE" = br ] && HEADER=(-H 'Accept-Encoding: br')
printf 'function delay() return %s end\n' "$DELAY_MS" >"$WORK/paced.lua"

RUNS=$WORK/runs.tsv
printf 'round\tload\tserver\trps\tp50_ms\tp90_ms\tp99_ms\terrors\trequests\tserver_cpu_s\tcpu_busy_s\twrk_cpu_s\twall_s\n' >"$RUNS"
# measure ROUND LOAD SERVER SECONDS: one wrk run against that server, recorded when ROUND is not 0.
measure() {
  local round=$1 load=$2 server=$3 seconds=$4 port=$APP_PORT pid=$APP_PID numbers script=()
  [ "$server" = nginx ] && port=$NGINX_PORT pid=$NGINX_WORKER
  [ "$load" = paced ] && script=(-s "$WORK/paced.lua")
  numbers=$(python3 "$TOOL" wrk-cpu --server-pid "$pid" --server-cpu "$SERVER_CPU" --out "$WORK/wrk.txt" -- \
    taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" --latency "${HEADER[@]}" "${script[@]}" "http://127.0.0.1:$port$PAGE") \
    || die "wrk failed on $server"
  : >"$APP_LOG"
  : >"$NGINX_DIR/access.log"
  [ "$round" = 0 ] && return 0
  printf '%s\t%s\t%s\t%s\n' "$round" "$load" "$server" "$numbers" >>"$RUNS"
  IFS=$'\t' read -r rps p50 p90 p99 _ <<<"$numbers"
  printf '  round %s  %-6s %-6s %8.0f req/s  p50 %5.2f  p90 %5.2f  p99 %5.2f ms\n' "$round" "$load" "$server" "$rps" "$p50" "$p90" "$p99"
}

# The same long warm-up as load.sh's whole run gives the app before its salary page (see its compare()).
echo "Warm-up: ${WARMUP} s per server..."
measure 0 full app "$WARMUP"
measure 0 full nginx "$WARMUP"
for round in $(seq "$ROUNDS"); do
  order=(app nginx)
  [ $((round % 2)) -eq 0 ] && order=(nginx app)
  for load in full paced; do
    for server in "${order[@]}"; do measure "$round" "$load" "$server" "$DURATION"; done
  done
done

REPORT=$WORK/report.md
{
  echo "## bench/p99.sh --page $PAGE --case $CASE — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Commit $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$REPO" diff --quiet HEAD 2>/dev/null || echo ' (with local changes)')," \
    "$(nproc --all) CPUs ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), load average at start $(cut -d' ' -f1-3 /proc/loadavg)." \
    "Server on CPU $SERVER_CPU, wrk -t1 -c$CONNECTIONS on CPU $CLIENT_CPU; $ROUNDS round(s) of ${DURATION} s per load and server after ${WARMUP} s of warm-up each.${APP_ENV[*]:+ App environment added: ${APP_ENV[*]}.}"
  echo
  python3 "$TOOL" p99-table "$RUNS" --delay-ms "$DELAY_MS"
} >"$REPORT"
print_report
