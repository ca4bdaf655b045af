#!/usr/bin/env bash
# Enrichment: GeoIP and threat-intel cache-hit throughput (JMH, one thread), then the wall time of 1,000 indicators
# across 3 providers answering in 50 ms each. GeoIP reads MaxMind's test databases from ../shared/testdata/maxmind.
# Extra arguments go to JMH.
set -euo pipefail
cd "$(dirname "$0")/../.."
source huntbook-bench/scripts/bench-build.sh
bench_build
"$java" -cp "$cp" org.openjdk.jmh.Main EnrichmentBenchmark "$@"
"$java" -cp "$cp" io.huntbook.bench.enrich.TiConcurrencyTiming 1000 50
