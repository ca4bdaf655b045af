#!/usr/bin/env bash
# IoC extraction throughput (JMH): string mode on one thread and table mode on all cores, over the generated mixed
# security-text corpus and over match-dense text. Extra arguments go to JMH (e.g. -p corpus=mixed).
set -euo pipefail
cd "$(dirname "$0")/../.."
source huntbook-bench/scripts/bench-build.sh
bench_build
# JMH_JVM_OPTS: options for the JMH launcher, e.g. -Djmh.ignoreLock=true on a machine shared with other runs.
# shellcheck disable=SC2086
"$java" ${JMH_JVM_OPTS:-} -cp "$cp" org.openjdk.jmh.Main IocExtractionBenchmark "$@"
