#!/usr/bin/env bash
# Memory (issue 10): the resident set size (VmRSS from /proc/PID/status) of the app, published as the
# image holds it (or the publish folder --published names).
#
# Default: a full load run with the bundled content. wrk (-t1 -c32, on CPU 1) requests every page of
# /sitemap.xml plus every section page of each article, in turn, each without Accept-Encoding, with
# "Accept-Encoding: br" and with "Accept-Encoding: gzip", for --duration seconds; RSS is sampled every
# second. Reports RSS at ready, the largest sample, RSS after the load and the peak (VmHWM).
# Goal: RSS after the load < 200 MB.
#
# --soak SECONDS: the same requests at a moderate, paced rate for SECONDS (wrk -c4, each connection
# waiting so that the total stays at or under --rate requests/s), sampling RSS every --interval
# seconds. Reports RSS after the warm-up (the first sample at or after --warmup seconds), the largest
# sample after it and the growth between them. Goal: growth <= 10 %.
#
# The app runs on CPU 0 (--app-cpus to change) as load.sh starts it; its log goes to a file. With
# Server GC (the ASP.NET Core default, in the runtimeconfig) the GC makes one heap per CPU the
# process may use, so RSS depends on --app-cpus.
#
# --app-env NAME=VALUE (repeatable): runs the app with that environment variable too, as in load.sh;
# e.g. --app-env DOTNET_gcServer=0 measures with the workstation GC.
#
# Usage: bench/memory.sh [--duration 60] [--sitemap-only] [--app-cpus 0] [--app-env NAME=VALUE] [--results FILE] [--keep]
#        bench/memory.sh --soak 600 [--rate 200] [--interval 10] [--warmup 60]
# Exits 2 on a setup failure; a missed goal is reported, not an error.
source "$(dirname "$0")/lib.sh"

DURATION=60 SOAK=0 RATE=200 INTERVAL=10 SOAK_WARMUP=60 SECTIONS=--sections RESULTS="" PUBLISHED="" APP_ENV=()
usage() { sed -n '2,/^# Exits/p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
  case $1 in
    --duration) DURATION=${2%s}; shift 2 ;;
    --soak) SOAK=${2%s}; shift 2 ;;
    --rate) RATE=$2; shift 2 ;;
    --interval) INTERVAL=$2; shift 2 ;;
    --warmup) SOAK_WARMUP=${2%s}; shift 2 ;;
    --sitemap-only) SECTIONS=""; shift ;;
    --app-cpus) SERVER_CPU=$2; shift 2 ;;
    *) shared_option "$@"; shift "$USED" ;;
  esac
done
if [ "$SOAK" != 0 ] && [ "$SOAK" -lt $((SOAK_WARMUP + 2 * INTERVAL)) ]; then
  die "--soak $SOAK is too short: it needs the ${SOAK_WARMUP} s warm-up and at least two samples after it"
fi

ensure_packages wrk:wrk curl:curl taskset:util-linux
require_dotnet_and_cores
use_published
pin_self_to_client_cpu
note_machine_load

APP_LOG=$WORK/app.log
echo "Starting the app on CPU(s) $SERVER_CPU (content $REPO/content, log to a file)..."
start_ready_app "$REPO/content" 120 "${APP_ENV[@]}"
RSS_READY=$(rss_kb "$APP_PID")
GC=$(grep -q '"System.GC.Server": true' "$PUBLISHED/MlEngineerSite.runtimeconfig.json" && echo "Server GC" || echo "Workstation GC")
for setting in "${APP_ENV[@]}"; do # The environment overrides runtimeconfig.json.
  case ${setting,,} in dotnet_gcserver=0) GC="Workstation GC" ;; dotnet_gcserver=1) GC="Server GC" ;; esac
done

python3 "$TOOL" site-paths "http://127.0.0.1:$APP_PORT" $SECTIONS >"$WORK/paths.txt" || die "could not list the site's pages"
PAGES=$(wc -l <"$WORK/paths.txt")
echo "$PAGES pages x 3 encodings (none, br, gzip)."

# load CONNECTIONS SECONDS INTERVAL LUA: wrk in the background, sampling RSS every INTERVAL seconds
# into samples.tsv (t_s, rss_kb) until wrk ends; the app's log is emptied at each sample.
SAMPLES=$WORK/samples.tsv
load() {
  local connections=$1 seconds=$2 interval=$3 lua=$4
  printf 't_s\trss_kb\n' >"$SAMPLES"
  taskset -c "$CLIENT_CPU" wrk -t1 -c"$connections" -d"${seconds}s" --latency -s "$lua" "http://127.0.0.1:$APP_PORT" >"$WORK/wrk.txt" 2>&1 &
  local wrk_pid=$! start next=0
  STARTED_PIDS+=("$wrk_pid")
  start=$(now_us)
  while kill -0 "$wrk_pid" 2>/dev/null; do
    local t=$((($(now_us) - start) / 1000))
    if [ "$t" -ge "$next" ]; then
      kill -0 "$APP_PID" 2>/dev/null || die "the app exited during the load (see $APP_LOG)"
      printf '%s\t%s\n' "$((t / 1000))" "$(rss_kb "$APP_PID")" >>"$SAMPLES"
      [ "$interval" -ge 10 ] && printf '  %5s s  RSS %s MB\n' "$((t / 1000))" "$(($(rss_kb "$APP_PID") / 1024))"
      : >"$APP_LOG"
      next=$((next + interval * 1000))
    fi
    sleep 0.2
  done
  wait "$wrk_pid" || { cat "$WORK/wrk.txt" >&2; die "wrk failed"; }
  forget_pid "$wrk_pid"
  local rps p99 errors requests
  IFS=$'\t' read -r rps p99 errors requests < <(python3 "$TOOL" wrk "$WORK/wrk.txt")
  WRK_SUMMARY="wrk -t1 -c$connections: $requests requests in $seconds s ($rps req/s), p99 $p99 ms, $errors non-2xx responses or socket errors"
  echo "$WRK_SUMMARY"
}

REPORT=$WORK/report.md
{
  echo "## bench/memory.sh $([ "$SOAK" = 0 ] && echo "--duration $DURATION" || echo "--soak $SOAK --rate $RATE") — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Commit $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$REPO" diff --quiet HEAD 2>/dev/null || echo ' (with local changes)')," \
    ".NET $(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/ { v = $2 } END { print v }'), $GC, app on CPU(s) $SERVER_CPU, wrk on CPU $CLIENT_CPU," \
    "$PAGES pages x 3 encodings, load average at start $(cut -d' ' -f1-3 /proc/loadavg).${APP_ENV[*]:+ App environment added: ${APP_ENV[*]}.}"
  echo
} >"$REPORT"

if [ "$SOAK" = 0 ]; then
  python3 "$TOOL" wrk-lua --paths "$WORK/paths.txt" >"$WORK/all.lua"
  echo "Full load for $DURATION s..."
  load 32 "$DURATION" 1 "$WORK/all.lua"
  RSS_AFTER=$(rss_kb "$APP_PID")
  {
    echo '```'
    echo "$WRK_SUMMARY"
    python3 "$TOOL" memory-summary "$SAMPLES" --ready-kb "$RSS_READY" --after-kb "$RSS_AFTER" --hwm-kb "$(rss_kb "$APP_PID" VmHWM)" --goal-mb 200
    echo '```'
  } >>"$REPORT"
else
  # Four connections each waiting 4000/RATE ms before every request: at most RATE requests/s in all.
  python3 "$TOOL" wrk-lua --paths "$WORK/paths.txt" --delay-ms "$(python3 -c "print(4000 / $RATE)")" >"$WORK/soak.lua"
  echo "Soak for $SOAK s at up to $RATE requests/s, RSS every $INTERVAL s..."
  load 4 "$SOAK" "$INTERVAL" "$WORK/soak.lua"
  {
    echo '```'
    echo "$WRK_SUMMARY"
    printf '%-28s %s MB\n' "RSS at ready:" "$((RSS_READY / 1024))"
    python3 "$TOOL" soak-summary "$SAMPLES" --warmup "$SOAK_WARMUP" --interval "$INTERVAL" --goal 10
    echo '```'
    echo
    echo "| t (s) | RSS (MB) |"
    echo "|---:|---:|"
    tail -n +2 "$SAMPLES" | awk -F'\t' '{ printf "| %d | %.1f |\n", $1, $2 / 1024 }'
  } >>"$REPORT"
fi

print_report
