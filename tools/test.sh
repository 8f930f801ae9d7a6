#!/usr/bin/env bash
# Runs every check and test of MlEngineerSite. On a fresh machine of this project's kind (Debian with
# the .NET 10 SDK) it first installs what the tests need. Prints "tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."

need_root() { if [ "$(id -u)" -ne 0 ]; then echo "sudo"; fi; }

# Tools the tests need that the machine may lack.
install_packages() {
  local missing=()
  for pair in "$@"; do
    local command=${pair%%:*} package=${pair##*:}
    command -v "$command" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} from Debian's packages..."
    $(need_root) apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $(need_root) apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK is required (dotnet on PATH)." >&2; exit 1; }
# Tests that need a non-root user (mode-000 folders) run the built app as nobody: a checkout made by
# `mktemp -d` is mode 700, which nobody cannot enter, so open the checkout itself to reading.
if [ "$(id -u)" -eq 0 ]; then chmod o+rx .; fi
# Browser tests drive Debian's Chromium through Playwright (browsers cannot be downloaded here);
# the HTML check runs the Nu HTML Checker (the vnu-jar npm package) on Java.
# The deployment tests run the shipped docs/deploy configurations in Debian's nginx.
install_packages chromium:chromium java:default-jre-headless npm:npm nginx:nginx
vnu_version=26.9.27
if [ ! -f ".cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
  echo "Installing vnu-jar $vnu_version from the npm registry..."
  npm install --silent --no-audit --no-fund --prefix .cache/vnu "vnu-jar@$vnu_version" >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== Restore and build (warnings are errors)"
dotnet build MlEngineerSite.sln -c Release -warnaserror --nologo -v quiet

echo "== Code style (dotnet format --verify-no-changes)"
dotnet format MlEngineerSite.sln --verify-no-changes --no-restore

echo "== Tests"
results=$(mktemp -d)
set +e
dotnet test --solution MlEngineerSite.sln -c Release --no-build --results-directory "$results" --report-xunit-trx 2>&1 | tee "$results/output.txt"
status=${PIPESTATUS[0]}
set -e

# Lighthouse on the site just built: 100 in every category on four pages, phone and desktop
# (about two minutes; it installs its pinned lighthouse into .cache/ on first use).
set +e
bash tools/lighthouse.sh --no-build
lighthouse_status=$?
set -e

# Count what ran from the TRX reports, and refuse a run that executed no test.
read -r total passed failed skipped < <(python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
total = passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    total += int(counters.get("total", 0)); passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0))
    skipped += int(counters.get("notExecuted", 0))
print(total, passed, failed, skipped)
PY
)
# Name each failed test with the first lines of its message last, where a reader of a long log looks.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    for result in ET.parse(path).getroot().iterfind(".//t:UnitTestResult", ns):
        if result.get("outcome") in ("Failed", "Error", "Timeout"):
            message = result.findtext("t:Output/t:ErrorInfo/t:Message", default="", namespaces=ns).strip()
            print(f"FAILED {result.get('testName')} ({result.get('duration')})")
            for line in message.splitlines()[:6]:
                print(f"  {line[:300]}")
PY
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$total" -eq 0 ]; then
  echo "No test ran: that is a failure, not a pass." >&2
  exit 1
fi
if [ "$status" -eq 0 ] && [ "$lighthouse_status" -ne 0 ]; then
  echo "Lighthouse failed (its scores are above)." >&2
  exit "$lighthouse_status"
fi
exit "$status"
