#!/usr/bin/env bash
# Chart building and drawing (JMH, one thread): timeline HTML page and static PNG from 100,000 and 1,000,000
# in-memory events. Extra arguments go to JMH, e.g. -p events=100000.
set -euo pipefail
cd "$(dirname "$0")/../.."
source huntbook-bench/scripts/bench-build.sh
bench_build
"$java" -Djmh.ignoreLock=true -cp "$cp" org.openjdk.jmh.Main 'ChartBenchmark' "$@"
