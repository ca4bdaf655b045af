#!/usr/bin/env bash
# Cloud query providers: wall time of reading 1,000,000 rows through the Log Analytics, Kusto v2 and Splunk providers
# from a loopback server (see CloudResultsTiming). Arguments: [rows] [runs].
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
"$JAVA_HOME/bin/java" -Xmx6g -cp "$CP" io.huntbook.bench.query.CloudResultsTiming "$@"
