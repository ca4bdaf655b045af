#!/usr/bin/env bash
# Enrichment: GeoIP and threat-intel cache-hit throughput (JMH, one thread), then the wall time of 1,000 indicators
# across 3 providers answering in 50 ms each. GeoIP reads MaxMind's test databases from ../shared/testdata/maxmind.
# Extra arguments go to JMH.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .mvn/find-jdk.sh
JAVA_HOME="$(find_jdk)"
export JAVA_HOME
CP_FILE="$(mktemp)"
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -B -q -pl huntbook-bench -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime
CP="huntbook-bench/target/classes:$(cat "$CP_FILE")"
"$JAVA_HOME/bin/java" -cp "$CP" org.openjdk.jmh.Main EnrichmentBenchmark "$@"
"$JAVA_HOME/bin/java" -cp "$CP" io.huntbook.bench.enrich.TiConcurrencyTiming 1000 50
