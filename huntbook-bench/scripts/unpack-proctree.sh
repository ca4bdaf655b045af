#!/usr/bin/env bash
# Unpacking throughput and process-tree build time (JMH, one thread each). Extra arguments go to JMH, e.g.
# -p events=100000 or -p corpusBytes=1048576.
set -euo pipefail
cd "$(dirname "$0")/../.."
source huntbook-bench/scripts/bench-build.sh
bench_build
"$java" -Djmh.ignoreLock=true -cp "$cp" org.openjdk.jmh.Main 'UnpackBenchmark|ProcessTreeBenchmark' "$@"
