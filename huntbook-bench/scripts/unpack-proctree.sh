#!/usr/bin/env bash
# Unpacking throughput and process-tree build time (JMH, one thread each). Extra arguments go to JMH, e.g.
# -p events=100000 or -p corpusBytes=1048576.
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
  'UnpackBenchmark|ProcessTreeBenchmark' "$@"
