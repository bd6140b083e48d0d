#!/usr/bin/env bash
# Installs what the integration tests need when it is missing: Debian's chromium and chromium-driver
# (nothing may download a browser of its own here), axe-core from npm for accessibility checks, and
# Debian's PostgreSQL server binaries, from which PostgresScaleOutIT runs a throwaway cluster of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "Installing chromium and chromium-driver from Debian..."
  if [ "$(id -u)" = "0" ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# The test never uses the package's own cluster (it runs initdb/pg_ctl itself, on a free port), so
# the one Debian creates is stopped again rather than left serving on 5432.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing postgresql from Debian..."
  if [ "$(id -u)" = "0" ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  if command -v pg_lsclusters >/dev/null 2>&1; then
    pg_lsclusters --no-header 2>/dev/null | while read -r version cluster _; do
      $sudo pg_ctlcluster "$version" "$cluster" stop 2>/dev/null || true
    done
  fi
fi

if [ ! -f itests/node_modules/axe-core/axe.min.js ]; then
  echo "Installing axe-core from npm..."
  (cd itests && npm ci --no-audit --no-fund --silent)
fi
