#!/usr/bin/env bash
# The whole test suite: unit tests, integration tests against the assembled distribution, and
# browser tests in headless Chromium. Installs what the tests need first (see ensure-test-tools.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-test-tools.sh
exec mvn -B verify "$@"
