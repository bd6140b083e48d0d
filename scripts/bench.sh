#!/usr/bin/env bash
# The platform runtime benchmark (see docs/performance.md): builds the distribution if it is missing,
# then boots fresh copies of it and measures cold start, module install latency, availability while a
# module is installed and uninstalled under load, and the signed-in render path against a bare
# Javalin + Handlebars baseline. Prints a table and rewrites the "Platform runtime" section of
# docs/performance.md. Never fails on timing; takes about 10–15 minutes on 2 cores.
#
# Smaller runs for a try-out (defaults in brackets):
#   BENCH_COLD_STARTS [3]  BENCH_INSTALL_CYCLES [5]  BENCH_CHURN_RUNS [1]  BENCH_CHURN_SECONDS [60]
#   BENCH_RENDER_RUNS [3]  BENCH_RENDER_REQUESTS [20000]  BENCH_WARMUP_REQUESTS [2000]  BENCH_CLIENTS [50]
set -euo pipefail
cd "$(dirname "$0")/.."
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
