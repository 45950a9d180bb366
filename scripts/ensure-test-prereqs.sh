#!/usr/bin/env bash
# Installs what the tests need when it is missing, and nothing else:
#  - Debian's chromium at /usr/bin/chromium, which the Web Chat end-to-end tests drive through Playwright
#    (Playwright's own browser download is never used);
#  - bot/node_modules (npm ci from the committed package-lock.json), which also happens on the first build of the bot;
#  - deploymentTemplates/teams/node_modules (the Teams manifest JSON schemas the manifest test validates against).
# Safe to run repeatedly; run as root (or with sudo available) on a Debian/Ubuntu machine.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if [ ! -x /usr/bin/chromium ]; then
  echo "ensure-test-prereqs: installing Debian chromium"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
fi

if [ ! -d "$repo_root/bot/node_modules/botframework-webchat" ]; then
  if ! command -v npm > /dev/null; then
    echo "ensure-test-prereqs: installing Debian npm"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends npm
  fi
  echo "ensure-test-prereqs: npm ci in bot/"
  (cd "$repo_root/bot" && npm ci --ignore-scripts --no-audit --no-fund)
fi

if [ ! -d "$repo_root/deploymentTemplates/teams/node_modules/@microsoft/app-manifest" ]; then
  echo "ensure-test-prereqs: npm ci in deploymentTemplates/teams/"
  (cd "$repo_root/deploymentTemplates/teams" && npm ci --ignore-scripts --no-audit --no-fund)
fi

# PostgreSQL server binaries (initdb, pg_ctl): the tests start their own throw-away cluster from them.
if ! ls /usr/lib/postgresql/*/bin/initdb > /dev/null 2>&1; then
  echo "ensure-test-prereqs: installing Debian postgresql"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql
fi
