#!/usr/bin/env bash
# IoC extraction throughput (JMH): string mode on one thread and table mode on all cores, over the generated mixed
# security-text corpus and over match-dense text. Extra arguments go to JMH (e.g. -p corpus=mixed).
set -euo pipefail
cd "$(dirname "$0")/../.."
source .mvn/find-jdk.sh
JAVA_HOME="$(find_jdk)"
export JAVA_HOME
CP_FILE="$(mktemp)"
trap 'rm -f "$CP_FILE"' EXIT
# One reactor build: huntbook-bench comes last, so the class path file ends up being its own.
./mvnw -B -q -pl huntbook-bench -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime
CP="$(cat "$CP_FILE")"
"$JAVA_HOME/bin/java" -cp "huntbook-bench/target/classes:$CP" org.openjdk.jmh.Main IocExtractionBenchmark "$@"
