# Sourced by the benchmark scripts, from the repository root, which then call `bench_build` (`bench_build --with-cli`
# when they time ./huntbook too): it builds the benchmarks (and the CLI first), then sets `cp` (the benchmarks'
# run-time class path, their classes first) and `java` (the JDK the launcher would pick).
bench_build() {
  if [[ "${1:-}" == --with-cli ]]; then
    ./mvnw -q -B -DskipTests -pl huntbook-cli -am package >&2
  fi
  # One invocation, so the reactor's freshly packaged jars resolve (nothing is installed into ~/.m2); huntbook-bench
  # comes last, so the class path file is its own.
  ./mvnw -q -B -DskipTests -pl huntbook-bench -am package dependency:build-classpath \
    -Dmdep.outputFile="$PWD/huntbook-bench/target/bench.cp" -Dmdep.includeScope=runtime >&2
  cp="huntbook-bench/target/classes:$(cat huntbook-bench/target/bench.cp)"
  source .mvn/find-jdk.sh
  java="$(find_jdk)/bin/java"
}
