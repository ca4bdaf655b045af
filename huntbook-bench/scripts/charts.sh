#!/usr/bin/env bash
# Chart building and drawing (JMH, one thread): timeline HTML page and static PNG from 100,000 and 1,000,000
# in-memory events. Extra arguments go to JMH, e.g. -p events=100000.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .mvn/find-jdk.sh
JAVA_HOME="$(find_jdk)"
export JAVA_HOME
CP_FILE="$(mktemp)"
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -B -q -pl huntbook-bench -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime
CP="$(cat "$CP_FILE")"
"$JAVA_HOME/bin/java" -Djmh.ignoreLock=true -cp "huntbook-bench/target/classes:$CP" org.openjdk.jmh.Main \
  'ChartBenchmark' "$@"
