#!/usr/bin/env bash
# The platform runtime benchmark (see docs/performance.md): builds the distribution if it is missing,
# then boots fresh copies of it and measures cold start, module install latency, availability while a
# module is installed and uninstalled under load, and the signed-in render path against a bare
# Javalin + Handlebars baseline. Prints a table and rewrites the "Platform runtime" section of
# docs/performance.md. Never fails on timing; takes about 10–15 minutes on 2 cores.
#
# Scenarios: scripts/bench.sh [all|platform|case-records]   (default all)
#   platform      the runtime figures above ("Platform runtime" section)
#   case-records  a fresh distribution whose demo county seeds a big case history (100,000 children,
#                 about 1,000,000 contacts; minutes), then a team manager's caseload and work tray under
#                 50 signed-in users against the same bare baseline ("Case records" section)
#
# Smaller runs for a try-out (defaults in brackets):
#   BENCH_COLD_STARTS [3]  BENCH_INSTALL_CYCLES [5]  BENCH_CHURN_RUNS [1]  BENCH_CHURN_SECONDS [60]
#   BENCH_RENDER_RUNS [3]  BENCH_RENDER_REQUESTS [20000]  BENCH_WARMUP_REQUESTS [2000]  BENCH_CLIENTS [50]
#   case records: BENCH_CASE_CHILDREN [100000]  BENCH_CASE_RUNS [3]  BENCH_CASE_REQUESTS [5000]
#                 BENCH_CASE_WARMUP [500]  BENCH_CASE_RUN_SECONDS [120] (a run ends then at the latest)
#                 BENCH_CASE_SEED_MINUTES [90] (give up waiting for the seeding)
set -euo pipefail
cd "$(dirname "$0")/.."
scenario="${1:-all}"
case "$scenario" in
  all|platform|case-records) ;;
  *) echo "usage: scripts/bench.sh [all|platform|case-records]" >&2; exit 2 ;;
esac
export BENCH_SCENARIO="$scenario"
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
tarball="karaf-assembly/target/safeguard-distribution-$version.tar.gz"
testjar="$HOME/.m2/repository/org/safeguard/safeguard-itests/$version/safeguard-itests-$version-tests.jar"

if [ ! -f "$tarball" ]; then
  echo "Building the distribution..."
  mvn -B -q install -DskipTests -pl karaf-assembly -am
fi

# The bench reuses the integration tests' launcher and HTTP user from the itests test-jar.
if [ ! -f "$testjar" ] || [ -n "$(find itests/src/test/java -newer "$testjar" -type f | head -1)" ]; then
  echo "Installing the itests test-jar..."
  mvn -B -q install -DskipTests -pl itests
fi

exec mvn -B -q -f bench/pom.xml compile exec:exec
