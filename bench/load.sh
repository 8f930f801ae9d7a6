#!/usr/bin/env bash
# Load test (issue 10): requests/sec and p99 latency of the published site, against nginx serving
# the same bytes as static files in the same run.
#
# The app, published as the image holds it (the Dockerfile's publish options: self-contained,
# composite ReadyToRun), or the publish folder --published names, and nginx (one worker, access
# log on) each run alone on CPU 0;
# wrk runs on CPU 1 (-t1 -c32 --latency). nginx serves the app's own responses, fetched from the app
# before the run and checked byte for byte: the body for requests without Accept-Encoding and, for
# "Accept-Encoding: br", whatever the app answers to that (a precompressed .br served by
# brotli_static with Content-Encoding: br, or the same uncompressed body when the app does not
# compress). nginx sends the app's Content-Type and security and cache headers too.
# The app logs one JSON line per request to a file, as nginx writes its access log to a file; both
# files are emptied after every run.
#
# Pages: /, /articles/what-ml-engineers-do, one of its section pages and /articles/salary; cases:
# identity and br. Rounds are interleaved: each round runs every page and case on the app and on
# nginx, the app first in odd rounds and nginx first in even ones. The table shows medians over rounds.
#
# Goals: app/nginx requests/sec >= 0.5 (identity) and >= 0.45 (br); app p99 <= 2 x nginx p99.
#
# --articles 100,1000,10000: the scale curve instead. For each size, generated content
# (bench/MlEngineerSite.Bench generate), the time from exec until /healthz/ready answers 200, then
# one generated article page against nginx as above, the app's RSS at ready and after the load, and
# the time from appending a paragraph to that article's file until the page serves it.
#
# --app-env NAME=VALUE (repeatable): runs the app with that environment variable too, over the image's
# own settings; e.g. --app-env DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=0 measures without inline I/O.
#
# Usage: bench/load.sh [--rounds 3] [--duration 10] [--warmup 10] [--connections 32]
#                      [--articles 100,1000,10000] [--app-env NAME=VALUE] [--results FILE]
#                      [--published DIR] [--keep]
# Exits 2 on a setup failure; a missed goal is reported, not an error.
source "$(dirname "$0")/lib.sh"

ROUNDS=3 DURATION=10 WARMUP=10 CONNECTIONS=32 ARTICLES="" RESULTS="" PUBLISHED="" APP_ENV=()
usage() { sed -n '2,/^# Exits/p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
  case $1 in
    --rounds) ROUNDS=$2; shift 2 ;;
    --duration) DURATION=${2%s}; shift 2 ;;
    --warmup) WARMUP=${2%s}; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --articles) ARTICLES=$2; shift 2 ;;
    *) shared_option "$@"; shift "$USED" ;;
  esac
done
# The app's settle time (README: Content:SettleMilliseconds), subtracted in the edit goal.
SETTLE_MS=2000
for setting in "${APP_ENV[@]}"; do [[ $setting == Content__SettleMilliseconds=* ]] && SETTLE_MS=${setting#*=}; done

# --- setup -----------------------------------------------------------------------------------------
ensure_packages wrk:wrk nginx:nginx curl:curl taskset:util-linux
ensure_nginx_brotli
require_dotnet_and_cores

use_published
if [ -n "$ARTICLES" ]; then
  echo "Building the content generator (bench/MlEngineerSite.Bench)..."
  dotnet build "$BENCH_DIR/MlEngineerSite.Bench" -c Release --nologo -v quiet >"$WORK/generator-build.log" 2>&1 \
    || { tail -30 "$WORK/generator-build.log" >&2; die "could not build bench/MlEngineerSite.Bench"; }
fi
pin_self_to_client_cpu
note_machine_load

RUNS=$WORK/runs.tsv
printf 'round\tpage\tcase\tserver\trps\tp99_ms\terrors\trequests\n' >"$RUNS"
APP_LOG=$WORK/app.log

# --- measuring ---------------------------------------------------------------------------------------
# measure LABEL SERVER URL CASE SECONDS: one wrk run; prints and records its numbers (when LABEL is set).
measure() {
  local label=$1 server=$2 url=$3 case=$4 seconds=$5 round=${6:-0}
  local out=$WORK/wrk-$server.txt header=()
  [ "$case" = br ] && header=(-H 'Accept-Encoding: br')
  run_wrk "$out" "$url" -c"$CONNECTIONS" -d"${seconds}s" "${header[@]}"
  : >"$APP_LOG"
  : >"$NGINX_DIR/access.log"
  [ -n "$label" ] || return 0
  local rps p99 errors requests
  IFS=$'\t' read -r rps p99 errors requests < <(python3 "$TOOL" wrk "$out")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$label" "$case" "$server" "$rps" "$p99" "$errors" "$requests" >>"$RUNS"
  printf '  round %s  %-48s %-8s %-5s %10.0f req/s  p99 %7.2f ms%s\n' "$round" "$label" "$case" "$server" "$rps" "$p99" \
    "$([ "$errors" = 0 ] || echo "  ($errors errors)")"
}

# compare PATHS LABELS: warm both servers up on every page and case, then the interleaved rounds.
# The warm-up is long (10 s per page and case, 80 s of load on the app in all) because .NET's tiered
# JIT, with its profiling tier, keeps recompiling hot code for 20 to 30 s under load on one core:
# measured right after start the app gives about half its steady-state throughput.
# Uses APP_PORT and NGINX_PORT; PATHS and LABELS are the names of two arrays of the same length.
compare() {
  local -n compare_paths=$1 compare_labels=$2
  echo "Warm-up: ${WARMUP} s per page, case and server..."
  for i in "${!compare_paths[@]}"; do
    for case in identity br; do
      measure "" app "http://127.0.0.1:$APP_PORT${compare_paths[$i]}" "$case" "$WARMUP"
      measure "" nginx "http://127.0.0.1:$NGINX_PORT${compare_paths[$i]}" "$case" "$WARMUP"
    done
  done
  for round in $(seq "$ROUNDS"); do
    local order=(app nginx)
    [ $((round % 2)) -eq 0 ] && order=(nginx app)
    for i in "${!compare_paths[@]}"; do
      for case in identity br; do
        for server in "${order[@]}"; do
          local port=$APP_PORT
          [ "$server" = nginx ] && port=$NGINX_PORT
          measure "${compare_labels[$i]}" "$server" "http://127.0.0.1:$port${compare_paths[$i]}" "$case" "$DURATION" "$round"
        done
      done
    done
  done
}

# --- report header --------------------------------------------------------------------------------------
REPORT=$WORK/report.md
{
  echo "## bench/load.sh ${ARTICLES:+--articles $ARTICLES }— $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Commit $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$REPO" diff --quiet HEAD 2>/dev/null || echo ' (with local changes)')," \
    ".NET $(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/ { v = $2 } END { print v }'), $(nginx -v 2>&1 | sed 's/.*: //'), $(wrk -v 2>&1 | head -1 | awk '{ print $1, $2 }')," \
    "$(nproc --all) CPUs ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), load average at start $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Server on CPU $SERVER_CPU, wrk -t1 -c$CONNECTIONS on CPU $CLIENT_CPU; $ROUNDS round(s) of ${DURATION} s after a ${WARMUP} s warm-up;" \
    "app log and nginx access log written to files.${APP_ENV[*]:+ App environment added: ${APP_ENV[*]}.}"
  echo
} >"$REPORT"

# --- the bundled content's pages ---------------------------------------------------------------------------
if [ -z "$ARTICLES" ]; then
  echo "Starting the app on CPU $SERVER_CPU (content $REPO/content)..."
  start_ready_app "$REPO/content" 120 "${APP_ENV[@]}"
  echo "Ready after $READY_MS ms (port $APP_PORT)."
  SECTION=$(python3 "$TOOL" section-id "http://127.0.0.1:$APP_PORT" /articles/what-ml-engineers-do) || die "no section page found"
  PAGE_PATHS=(/ /articles/what-ml-engineers-do "/articles/what-ml-engineers-do/$SECTION" /articles/salary)
  serve_with_nginx nginx "${PAGE_PATHS[@]}"
  compare PAGE_PATHS PAGE_PATHS
  rss_after=$(rss_kb "$APP_PID")
  {
    python3 "$TOOL" load-table "$RUNS" --manifest "$NGINX_DIR/manifest.json"
    echo
    echo "App RSS after the load: $((rss_after / 1024)) MB."
  } >>"$REPORT"
else
  # --- the scale curve on generated content --------------------------------------------------------------
  META=$WORK/scale.tsv
  printf 'articles\tpath\tready_ms\trss_ready_kb\trss_after_kb\tedit_ms\n' >"$META"
  MANIFESTS=()
  for n in ${ARTICLES//,/ }; do
    [[ $n =~ ^[0-9]+$ && $n -gt 0 ]] || die "--articles takes sizes like 100,1000,10000"
    content=$WORK/content-$n
    echo "== $n articles: generating content..."
    dotnet run --no-build -c Release --project "$BENCH_DIR/MlEngineerSite.Bench" -- generate "$n" "$content" >/dev/null || die "content generation failed"
    start_ready_app "$content" 600 "${APP_ENV[@]}"
    rss_ready=$(rss_kb "$APP_PID")
    echo "Ready after $READY_MS ms, RSS $((rss_ready / 1024)) MB."
    # ContentGenerator names the files generated-00000.md...: the middle article.
    path=$(printf '/articles/generated-%05d' $((n / 2)))
    serve_with_nginx "nginx-$n" "$path"
    MANIFESTS+=(--manifest "$NGINX_DIR/manifest.json")
    # shellcheck disable=SC2034 # compare reads both arrays by name
    SCALE_PATHS=("$path") SCALE_LABELS=("$n")
    compare SCALE_PATHS SCALE_LABELS
    rss_after=$(rss_kb "$APP_PID")
    # A one-file edit: append a paragraph with a unique word to the article, then poll until the page shows it.
    marker="edited$(now_us)"
    edit_start=$(now_us)
    printf '\n%s paragraph.\n' "$marker" >>"$content/articles/${path##*/}.md"
    edit_ms=$(wait_for_text "$APP_PID" "http://127.0.0.1:$APP_PORT$path" "$marker" 60 "$edit_start") || die "the edit was not served"
    echo "One-file edit served after $edit_ms ms."
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$path" "$READY_MS" "$rss_ready" "$rss_after" "$edit_ms" >>"$META"
    stop_pid "$NGINX_PID"
    stop_pid "$APP_PID"
    rm -rf "$content"
  done
  python3 "$TOOL" scale-table "$RUNS" "$META" "${MANIFESTS[@]}" --settle-ms "$SETTLE_MS" >>"$REPORT"
fi

print_report
