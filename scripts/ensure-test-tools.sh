#!/usr/bin/env bash
# Installs what the browser tests need when it is missing: Debian's chromium and chromium-driver
# (nothing may download a browser of its own here) and axe-core from npm for accessibility checks.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "Installing chromium and chromium-driver from Debian..."
  if [ "$(id -u)" = "0" ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [ ! -f itests/node_modules/axe-core/axe.min.js ]; then
  echo "Installing axe-core from npm..."
  (cd itests && npm ci --no-audit --no-fund --silent)
fi
