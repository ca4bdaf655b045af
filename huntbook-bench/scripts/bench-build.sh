# Sourced by the whole-process benchmark scripts, from the repository root: builds the CLI and the benchmarks, then
# sets `cp` (the benchmarks' class path) and `java` (the JDK the launcher would pick).
./mvnw -q -B -DskipTests -pl huntbook-cli -am package >&2
# One invocation, so the reactor's freshly packaged jars resolve (nothing is installed into ~/.m2).
./mvnw -q -B -DskipTests -pl huntbook-bench -am package dependency:build-classpath \
  -Dmdep.outputFile="$PWD/huntbook-bench/target/bench.cp" >&2
cp="huntbook-bench/target/classes:$(cat huntbook-bench/target/bench.cp)"
source .mvn/find-jdk.sh
java="$(find_jdk)/bin/java"
