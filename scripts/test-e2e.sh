#!/usr/bin/env bash
# Browser tests in Chromium. Playwright cannot download browsers here, so we use Debian's.
set -euo pipefail
cd "$(dirname "$0")/.."
find_chromium() {
  for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}
if ! find_chromium >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Chromium not found: installing Debian's chromium and fonts-noto-cjk (apt-get)…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "Chromium is needed for the browser tests and was not found." >&2
    echo "Install it with:  sudo apt-get install -y chromium fonts-noto-cjk" >&2
    echo "or point CHROMIUM_PATH at a Chromium/Chrome binary." >&2
    exit 1
  fi
fi
export CHROMIUM_PATH="$(find_chromium)"
npm run build --silent
npx playwright test "$@"
