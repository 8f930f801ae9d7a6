# Shared by bench/load.sh, bench/p99.sh, bench/startup.sh and bench/memory.sh (sourced, not run): installing the
# tools, publishing, starting servers pinned to a CPU, waiting for them, reading RSS, and stopping
# every process the script started when it ends, however it ends.
set -euo pipefail
export LC_ALL=C DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH_DIR/.." && pwd)
# shellcheck disable=SC2034 # used by the scripts that source this file
TOOL="$BENCH_DIR/benchtool.py"
SERVER_CPU=0 # the server under test (the app, nginx) runs on this CPU...
CLIENT_CPU=1 # ...and wrk, curl and this script on this one.

# A setup failure (a missing tool, a failed publish, a server that does not start) exits 2.
# A missed goal is a result, not a failure: the scripts exit 0 then.
die() {
  echo "bench: $*" >&2
  exit 2
}

# --- cleanup: every process started here is stopped by its id, and the work folder removed -----
STARTED_PIDS=()
KEEP_WORK=${KEEP_WORK:-0}
WORK=$(mktemp -d /tmp/mlsite-bench.XXXXXX)
chmod 755 "$WORK" # nginx's worker runs as nobody and must read the files under it

stop_pid() {
  local pid=$1
  kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null || true
  forget_pid "$pid"
}

# forget_pid PID: a process that ended is no longer stopped at exit.
forget_pid() {
  local kept=() p
  for p in "${STARTED_PIDS[@]}"; do [ "$p" = "$1" ] || kept+=("$p"); done
  STARTED_PIDS=("${kept[@]}")
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  for pid in "${STARTED_PIDS[@]}"; do stop_pid "$pid"; done
  if [ "$KEEP_WORK" = 1 ]; then echo "Work files kept in $WORK"; else rm -rf "$WORK"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'echo "bench: interrupted" >&2; exit 130' INT TERM

# --- options ---------------------------------------------------------------------------------------
# shared_option ARGS...: one of the options load.sh, memory.sh and p99.sh all take (--app-env NAME=VALUE,
# repeatable; --results FILE; --published DIR; --keep; --help); sets USED to how many arguments it
# took. Anything else prints the script's usage and exits 2.
shared_option() {
  case $1 in
    --app-env) [[ ${2:-} == *=* ]] || die "--app-env takes NAME=VALUE"; APP_ENV+=("$2"); USED=2 ;;
    --results) RESULTS=$(realpath -m "$2"); USED=2 ;;
    --published) PUBLISHED=$(realpath "$2"); USED=2 ;;
    --keep) KEEP_WORK=1; USED=1 ;;
    -h | --help) usage ;;
    *) echo "unknown option $1" >&2; usage 2 >&2 ;;
  esac
}

# --- tools ----------------------------------------------------------------------------------------
# ensure_packages command:package ... installs the Debian packages of the commands that are missing;
# a pair whose first half is an absolute path checks for that file instead.
ensure_packages() {
  local missing=()
  for pair in "$@"; do
    local what=${pair%%:*} package=${pair##*:}
    if [[ $what == /* ]]; then [ -e "$what" ] || missing+=("$package"); else command -v "$what" >/dev/null 2>&1 || missing+=("$package"); fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing ${missing[*]} from Debian's packages..."
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null || die "could not install ${missing[*]}"
}

require_dotnet_and_cores() {
  command -v dotnet >/dev/null 2>&1 || die "the .NET 10 SDK is required (dotnet on PATH)"
  [ "$(nproc --all)" -ge 2 ] || die "two CPUs are needed: the server runs on CPU $SERVER_CPU, the load generator on CPU $CLIENT_CPU"
}

# After building, this script and every child that is not pinned elsewhere (curl, wrk, the poll
# loops) stay off the server's CPU.
pin_self_to_client_cpu() {
  taskset -cp "$CLIENT_CPU" $$ >/dev/null || die "taskset failed"
}

# publish_site OUT [extra dotnet publish arguments...]: a Release publish of the site. Each publish has
# build folders of its own under $WORK (--artifacts-path): publishes of different kinds never reuse
# each other's compiled output, and the repository's bin and obj are left alone.
publish_site() {
  local out=$1
  shift
  echo "Publishing the site (Release) to $out ${*:+with $*}..."
  dotnet publish "$REPO/src/MlEngineerSite/MlEngineerSite.csproj" -c Release -o "$out" --artifacts-path "$out.build" --nologo -v quiet "$@" >"$WORK/publish.log" 2>&1 \
    || { tail -30 "$WORK/publish.log" >&2; die "dotnet publish failed (log above)"; }
  { [ -f "$out/MlEngineerSite.dll" ] && [ -d "$out/wwwroot" ]; } || die "the publish output in $out has no MlEngineerSite.dll or wwwroot"
}

# publish_image OUT: the site as the image holds it, with the options of the Dockerfile's own publish
# line (self-contained, composite ReadyToRun) for this machine's architecture.
publish_image() {
  local options
  options=$(sed -n 's|^RUN dotnet publish [^ ]* -c Release \(.*\) -o /app --no-restore$|\1|p' "$REPO/Dockerfile")
  [ -n "$options" ] || die "no 'RUN dotnet publish PROJECT -c Release ... -o /app --no-restore' line in the Dockerfile"
  local args
  read -r -a args <<<"${options//\$TARGETARCH/$(architecture)}"
  publish_site "$1" "${args[@]}"
}

# architecture: this machine's, as docker's TARGETARCH and dotnet's -a name it.
architecture() {
  if [ "$(uname -m)" = aarch64 ]; then echo arm64; else echo amd64; fi
}

# app_in DIR: the command that starts a published site: the self-contained executable, or the dll.
app_in() {
  if [ -f "$1/libcoreclr.so" ]; then echo "$1/MlEngineerSite"; else echo "$1/MlEngineerSite.dll"; fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

now_us() { local t=$EPOCHREALTIME; echo "${t/./}"; } # EPOCHREALTIME is "seconds.microseconds"

# The Dockerfile's ENV, read once here: start_app runs between a start-up timestamp and the exec, so
# it must not start a Python process of its own.
mapfile -t IMAGE_ENV < <(python3 "$TOOL" image-env "$REPO/Dockerfile")
[ "${#IMAGE_ENV[@]}" -gt 0 ] || die "no ENV found in $REPO/Dockerfile"

# start_app APP PORT CONTENT_DIR LOG [NAME=VALUE...]: starts a published app on SERVER_CPU the way the
# image does (its own folder as working directory, so wwwroot is found beside it, and every ENV of
# the Dockerfile's last stage but the port and the content folder: `benchtool.py image-env`), with
# the content folder given; NAME=VALUE arguments come after, so they can override those. APP is an executable
# (a self-contained publish) or a dll, run with dotnet. The site logs one line per request: its
# output goes to LOG, a file opened for appending so that it can be emptied between runs. Sets
# APP_PID (the app's process itself: the subshell, taskset and env all exec).
start_app() {
  local app=$1 port=$2 content=$3 log=$4
  shift 4
  local command=("$app")
  [[ $app == *.dll ]] && command=(dotnet "$app")
  (cd "$(dirname "$app")" && exec taskset -c "$SERVER_CPU" env Content__Path="$content" "${IMAGE_ENV[@]}" "$@" \
    "${command[@]}" --urls "http://127.0.0.1:$port") >>"$log" 2>&1 &
  APP_PID=$!
  STARTED_PIDS+=("$APP_PID")
}

# start_ready_app CONTENT_DIR TIMEOUT_S [NAME=VALUE...]: start_app "$APP" on a free port (sets APP_PORT),
# its output in $APP_LOG, then waits for /healthz/ready and sets READY_MS to the milliseconds that took.
# If the app never answers, shows the log's tail and stops the script.
start_ready_app() {
  local content=$1 timeout=$2
  shift 2
  APP_PORT=$(free_port)
  start_app "$APP" "$APP_PORT" "$content" "$APP_LOG" "$@"
  READY_MS=$(wait_http "$APP_PID" "http://127.0.0.1:$APP_PORT/healthz/ready" "$timeout" "$(now_us)") \
    || { tail -20 "$APP_LOG" >&2; die "the app did not become ready"; }
}

# start_nginx DIR PORT: nginx with DIR/nginx.conf (written by benchtool.py mirror), in the foreground
# on SERVER_CPU, one worker. Sets NGINX_PID (the master; stopping it stops the worker).
start_nginx() {
  local dir=$1 port=$2
  chmod -R a+rX "$dir"
  nginx -t -q -p "$dir" -c "$dir/nginx.conf" || die "nginx rejects $dir/nginx.conf"
  taskset -c "$SERVER_CPU" nginx -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;' >>"$dir/nginx.out" 2>&1 &
  NGINX_PID=$!
  STARTED_PIDS+=("$NGINX_PID")
  wait_http "$NGINX_PID" "http://127.0.0.1:$port/__nginx_up" 10 "$(now_us)" 404 >/dev/null || die "nginx did not start (see $dir/nginx.out)"
}

# brotli_module: prints the file of nginx's brotli_static module, or fails if it is not installed.
brotli_module() {
  for dir in /usr/lib/nginx/modules /usr/share/nginx/modules; do
    [ -f "$dir/ngx_http_brotli_static_module.so" ] && { echo "$dir/ngx_http_brotli_static_module.so"; return 0; }
  done
  return 1
}

# ensure_nginx_brotli: installs nginx's brotli_static module if missing; sets MODULE to its file.
ensure_nginx_brotli() {
  brotli_module >/dev/null || ensure_packages /usr/lib/nginx/modules/ngx_http_brotli_static_module.so:libnginx-mod-http-brotli-static
  MODULE=$(brotli_module) || die "ngx_http_brotli_static_module.so not found after installing libnginx-mod-http-brotli-static"
}

# serve_with_nginx NAME PATHS...: (after ensure_nginx_brotli, with APP_PORT set) mirror the app's answers into an nginx folder, start nginx, check the bytes.
serve_with_nginx() {
  local name=$1
  shift
  NGINX_DIR=$WORK/$name
  NGINX_PORT=$(free_port)
  python3 "$TOOL" mirror --app "http://127.0.0.1:$APP_PORT" --dir "$NGINX_DIR" --port "$NGINX_PORT" --module "$MODULE" "$@" \
    || die "could not copy the app's responses for nginx"
  start_nginx "$NGINX_DIR" "$NGINX_PORT"
  echo "Same bytes from the app and from nginx:"
  python3 "$TOOL" verify --app "http://127.0.0.1:$APP_PORT" --nginx "http://127.0.0.1:$NGINX_PORT" --manifest "$NGINX_DIR/manifest.json" \
    || die "nginx does not serve the app's bytes"
}

# poll_until PID TIMEOUT_S START_US WHAT CHECK...: runs CHECK every ~5 ms until it succeeds and prints
# the milliseconds since START_US (a now_us taken just before the exec or the edit). Fails, naming
# WHAT, when PID exits or TIMEOUT_S passes. Each try forks curl, so the resolution is about 10 ms.
poll_until() {
  local pid=$1 timeout=$2 start=$3 what=$4 now
  shift 4
  local deadline=$((start + timeout * 1000000))
  while :; do
    if "$@"; then
      now=$(now_us)
      echo $(((now - start) / 1000))
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "bench: process $pid exited before $what" >&2; return 1; }
    [ "$(now_us)" -lt "$deadline" ] || { echo "bench: no $what within $timeout s" >&2; return 1; }
    sleep 0.005
  done
}

answers() { [ "$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' "$1" 2>/dev/null)" = "$2" ]; }
shows() { curl -s --max-time 2 "$1" 2>/dev/null | grep -qF "$2"; }

# wait_http PID URL TIMEOUT_S START_US [STATUS]: the milliseconds until URL answers STATUS (200).
wait_http() { poll_until "$1" "$3" "$4" "$2 answering ${5:-200}" answers "$2" "${5:-200}"; }

# wait_for_text PID URL TEXT TIMEOUT_S START_US: the milliseconds until URL's body contains TEXT.
wait_for_text() { poll_until "$1" "$4" "$5" "$2 showing $3" shows "$2" "$3"; }

# rss_kb PID [FIELD]: VmRSS (or VmHWM, the peak) of a process, in kB.
rss_kb() {
  awk -v f="${2:-VmRSS}:" '$1 == f { print $2 }' "/proc/$1/status"
}

# run_wrk OUT URL [wrk arguments...]: wrk on CLIENT_CPU, one thread, with the latency distribution.
# It runs in the background and the script waits for it, so that Ctrl-C or a TERM reaches the
# script's trap at once (wrk itself would catch SIGINT, print its numbers and exit 0).
run_wrk() {
  local out=$1 url=$2
  shift 2
  taskset -c "$CLIENT_CPU" wrk -t1 --latency "$@" "$url" >"$out" 2>&1 &
  local pid=$!
  STARTED_PIDS+=("$pid")
  local status=0
  wait "$pid" || status=$?
  forget_pid "$pid"
  [ "$status" = 0 ] || { cat "$out" >&2; die "wrk failed on $url"; }
}

# A note when other work keeps the machine busy: the numbers are then only a smoke test.
note_machine_load() {
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  if awk -v l="$load" 'BEGIN { exit !(l > 1.0) }'; then
    echo "Note: load average $load before the run: other work is running, so these numbers will be noisy."
  fi
}

# use_published: publishes the site as the image holds it into $WORK/publish unless --published named
# a folder; sets APP.
use_published() {
  if [ -z "$PUBLISHED" ]; then
    PUBLISHED=$WORK/publish
    publish_image "$PUBLISHED"
  fi
  APP=$(app_in "$PUBLISHED")
  [ -f "$APP" ] || die "no $(basename "$APP") in $PUBLISHED"
}

# print_report: shows $REPORT and, with --results FILE, appends it there too.
print_report() {
  echo
  cat "$REPORT"
  if [ -n "$RESULTS" ]; then
    { echo; cat "$REPORT"; } >>"$RESULTS"
    echo
    echo "Appended to $RESULTS"
  fi
}
