#!/usr/bin/env bash
# Start-up time (issue 10): from exec of the published app, on one core (taskset -c 0), to the first
# 200 on "/", polled with curl every ~5 ms from a timestamp taken just before the exec. Each variant
# is started once unmeasured (to warm the file cache), then the runs are interleaved: run 1 of every
# variant, run 2 of every variant, and so on. Reports the median, min and max per variant, the
# median against the reference, and the RSS at the first 200.
#
# Variants, each with the bundled content and the image's environment (start_app in lib.sh):
#   image                     published with the Dockerfile's own options: self-contained, composite
#                             ReadyToRun (the app and the .NET runtime compiled as one image)
#   ReadyToRun, shared runtime  -a ARCH --self-contained false -p:PublishReadyToRun=true: only
#                             the app's own assemblies compiled ahead of time (the image until 2026-11-27)
#   no ReadyToRun             a plain Release publish: every method compiled by the JIT at start
#   reference                 a bare Razor Pages app (dotnet new webapp --no-https), Release publish
#
# Goal: the image's median first 200 within 1.2 x the reference's median in the same run (the
# first 200 within 0.6 s where a bare app takes 0.5 s, the goal as first set in milliseconds); the
# reference shows what ASP.NET Core itself costs on this machine.
#
# Usage: bench/startup.sh [--runs 10] [--results FILE] [--keep]
# Exits 2 on a setup failure; a missed goal is reported, not an error.
source "$(dirname "$0")/lib.sh"

RUNS_PER_VARIANT=10 RESULTS=""
usage() { sed -n '2,/^# Exits/p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
  case $1 in
    --runs) RUNS_PER_VARIANT=$2; shift 2 ;;
    --results) RESULTS=$(realpath -m "$2"); shift 2 ;;
    --keep) KEEP_WORK=1; shift ;;
    -h | --help) usage ;;
    *) echo "unknown option $1" >&2; usage 2 >&2 ;;
  esac
done

ensure_packages curl:curl taskset:util-linux
require_dotnet_and_cores

# --- the variants: NAME|APP|ENV... --------------------------------------------------------------------
publish_image "$WORK/image"
publish_site "$WORK/shared-r2r" -a "$(architecture)" --self-contained false -p:PublishReadyToRun=true
publish_site "$WORK/plain"
VARIANTS=(
  "image|$(app_in "$WORK/image")|"
  "ReadyToRun, shared runtime|$WORK/shared-r2r/MlEngineerSite.dll|"
  "no ReadyToRun|$WORK/plain/MlEngineerSite.dll|"
)

echo "Creating and publishing the reference (dotnet new webapp)..."
dotnet new webapp -o "$WORK/reference-src" -n ReferenceApp --no-https >"$WORK/reference.log" 2>&1 \
  || { cat "$WORK/reference.log" >&2; die "dotnet new webapp failed"; }
dotnet publish "$WORK/reference-src" -c Release -o "$WORK/reference" --nologo -v quiet >>"$WORK/reference.log" 2>&1 \
  || { tail -30 "$WORK/reference.log" >&2; die "could not publish the reference app"; }
VARIANTS+=("reference|$WORK/reference/ReferenceApp.dll|")

pin_self_to_client_cpu
note_machine_load

# --- measuring ---------------------------------------------------------------------------------------
RUNS=$WORK/startup.tsv
printf 'run\tvariant\tms\trss_kb\n' >"$RUNS"
APP_LOG=$WORK/app.log

# start_once RUN "NAME|APP|ENV": one start, recorded unless RUN is 0.
start_once() {
  local run=$1 name app env
  IFS='|' read -r name app env <<<"$2"
  local port
  port=$(free_port)
  local envs=()
  [ -n "$env" ] && read -r -a envs <<<"$env"
  local start
  start=$(now_us)
  start_app "$app" "$port" "$REPO/content" "$APP_LOG" "${envs[@]}"
  local ms
  ms=$(wait_http "$APP_PID" "http://127.0.0.1:$port/" 120 "$start") || { tail -20 "$APP_LOG" >&2; die "$name did not answer 200 on /"; }
  local rss
  rss=$(rss_kb "$APP_PID")
  stop_pid "$APP_PID"
  : >"$APP_LOG"
  [ "$run" = 0 ] && return 0
  printf '%s\t%s\t%s\t%s\n' "$run" "$name" "$ms" "$rss" >>"$RUNS"
  printf '  run %2s  %-30s %6s ms  RSS %4s MB\n' "$run" "$name" "$ms" "$((rss / 1024))"
}

echo "Warm-up: one unmeasured start of each variant..."
for variant in "${VARIANTS[@]}"; do start_once 0 "$variant"; done
for run in $(seq "$RUNS_PER_VARIANT"); do
  for variant in "${VARIANTS[@]}"; do start_once "$run" "$variant"; done
done

REPORT=$WORK/report.md
{
  echo "## bench/startup.sh — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Commit $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$REPO" diff --quiet HEAD 2>/dev/null || echo ' (with local changes)')," \
    ".NET $(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/ { v = $2 } END { print v }'), $(nproc --all) CPUs, app on CPU $SERVER_CPU," \
    "load average at the end $(cut -d' ' -f1-3 /proc/loadavg). Time from exec to the first 200 on /, curl polling every ~5 ms."
  echo
  python3 "$TOOL" startup-table "$RUNS" --reference reference --goal-variant image --goal-ratio 1.2
} >"$REPORT"
print_report
