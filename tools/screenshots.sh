#!/usr/bin/env bash
# Regenerates docs/screenshots/: home, an article and the salary page at phone and desktop width,
# light and dark, taken with headless Chromium from the site running on the bundled content; and
# docs/screenshots/cards/: three link-preview cards as a chat shows them, 400 px wide.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

port=5090
dotnet build src/MlEngineerSite -c Release -v quiet --nologo
dotnet run --project src/MlEngineerSite -c Release --no-build --no-launch-profile --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.5; done

mkdir -p docs/screenshots
shoot() { # name path width height scheme
  local flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
    --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$(mktemp -d)")
  [ "$5" = dark ] && flags+=(--force-dark-mode)
  chromium "${flags[@]}" --window-size="$3,$4" --screenshot="docs/screenshots/$1-$3-$5.png" "http://127.0.0.1:$port$2" 2>/dev/null
}
for scheme in light dark; do
  shoot home / 390 1400 "$scheme"; shoot home / 1280 1100 "$scheme"
  shoot article /articles/what-ml-engineers-do 390 1400 "$scheme"; shoot article /articles/what-ml-engineers-do 1280 1100 "$scheme"
  shoot salary /articles/salary 390 1400 "$scheme"; shoot salary /articles/salary 1280 1100 "$scheme"
done
mkdir -p docs/screenshots/cards
for card in articles/salary/pay-in-the-bls-occupation articles/llms-and-generative-ai articles/work-environment/on-call-duty; do
  # Chromium shrinks an image opened on its own to fit the window: the card at chat-thumbnail size.
  chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars --user-data-dir="$(mktemp -d)" \
    --window-size=400,210 --default-background-color=00000000 --screenshot="docs/screenshots/cards/$(echo "$card" | tr / -)-400.png" \
    "http://127.0.0.1:$port/cards/$card.png" 2>/dev/null
done
ls docs/screenshots docs/screenshots/cards
