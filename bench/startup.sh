#!/usr/bin/env bash
# Start-up time (issue 10): from exec of the published app, on one core (taskset -c 0), to the first
# 200 on "/", polled with curl every ~5 ms from a timestamp taken just before the exec. Each variant
# is started once unmeasured (to warm the file cache), then the runs are interleaved: run 1 of every
# variant, run 2 of every variant, and so on. Reports the median, min and max per variant, the
# median against the reference, and the RSS at the first 200.
#
# Variants:
#   site                      the Release publish as the Dockerfile makes it, default runtime settings
#   site TieredPGO=0          the same with DOTNET_TieredPGO=0 (no instrumented tier)
#   site TieredCompilation=0  the same with DOTNET_TieredCompilation=0 (every method fully optimised at once)
#   site ReadyToRun           published with -r linux-x64 --self-contained false -p:PublishReadyToRun=true
#   site ReadyToRun TieredPGO=0
#   site ReadyToRun, inline I/O off  the same with DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=0
#                             (every other variant runs with the image's =1, as start_app sets it)
#   reference                 a bare Razor Pages app (dotnet new webapp --no-https), Release publish
# The site reads the bundled content; ReadyToRun variants are skipped, with the reason, when the
# publish fails (the crossgen2 package comes from NuGet).
#
# Goal: none fixed in the issue; the reference shows what ASP.NET Core itself costs on this machine.
#
# Usage: bench/startup.sh [--runs 10] [--no-ready-to-run] [--results FILE] [--keep]
# Exits 2 on a setup failure.
source "$(dirname "$0")/lib.sh"

RUNS_PER_VARIANT=10 READY_TO_RUN=1 RESULTS=""
usage() { sed -n '2,/^# Exits/p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
  case $1 in
    --runs) RUNS_PER_VARIANT=$2; shift 2 ;;
    --no-ready-to-run) READY_TO_RUN=0; shift ;;
    --results) RESULTS=$(realpath -m "$2"); shift 2 ;;
    --keep) KEEP_WORK=1; shift ;;
    -h | --help) usage ;;
    *) echo "unknown option $1" >&2; usage 2 >&2 ;;
  esac
done

ensure_packages curl:curl taskset:util-linux
require_dotnet_and_cores

# --- the variants: NAME|DLL|ENV... --------------------------------------------------------------------
publish_site "$WORK/site"
VARIANTS=(
  "site|$WORK/site/MlEngineerSite.dll|"
  "site TieredPGO=0|$WORK/site/MlEngineerSite.dll|DOTNET_TieredPGO=0"
  "site TieredCompilation=0|$WORK/site/MlEngineerSite.dll|DOTNET_TieredCompilation=0"
)
R2R_NOTE=""
if [ "$READY_TO_RUN" = 1 ]; then
  if (publish_site "$WORK/site-r2r" -r linux-x64 --self-contained false -p:PublishReadyToRun=true); then
    VARIANTS+=(
      "site ReadyToRun|$WORK/site-r2r/MlEngineerSite.dll|"
      "site ReadyToRun TieredPGO=0|$WORK/site-r2r/MlEngineerSite.dll|DOTNET_TieredPGO=0"
      "site ReadyToRun, inline I/O off|$WORK/site-r2r/MlEngineerSite.dll|DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=0"
    )
  else
    R2R_NOTE="ReadyToRun: not measured, the publish with -p:PublishReadyToRun=true failed (is the crossgen2 package restorable from NuGet here?)."
    echo "$R2R_NOTE"
  fi
fi

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

# start_once RUN "NAME|DLL|ENV": one start, recorded unless RUN is 0.
start_once() {
  local run=$1 name dll env
  IFS='|' read -r name dll env <<<"$2"
  local port
  port=$(free_port)
  local envs=()
  [ -n "$env" ] && read -r -a envs <<<"$env"
  local start
  start=$(now_us)
  start_app "$dll" "$port" "$REPO/content" "$APP_LOG" "${envs[@]}"
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
  python3 "$TOOL" startup-table "$RUNS" --reference reference
  [ -z "$R2R_NOTE" ] || { echo; echo "$R2R_NOTE"; }
} >"$REPORT"
print_report
