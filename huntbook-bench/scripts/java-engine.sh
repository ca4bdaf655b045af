#!/usr/bin/env bash
# Java engine benchmarks (docs/benchmarks.md, "Java engine and huntbook run"):
#   1. cold `./huntbook run` of notebooks/hello-params.ipynb (5 cells, parameterized), wall time per run;
#   2. agent start and engine start (EngineStartBenchmark, whole-process);
#   3. per-snippet latency on a warm session (JMH, EngineLatencyBenchmark).
# Usage: huntbook-bench/scripts/java-engine.sh [runs]   (run from anywhere; builds what it needs)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-10}"
cd "$repo"
source huntbook-bench/scripts/bench-build.sh
bench_build --with-cli

echo "== cold ./huntbook run (notebooks/hello-params.ipynb, -p days 7), $runs runs"
out="$(mktemp -d)"
./huntbook run notebooks/hello-params.ipynb "$out/warmup.ipynb" -p days 7 >/dev/null 2>&1 || true
# The launcher trains its AOT cache in the background after a rebuild: measure only once the cache is there.
for _ in $(seq 1 120); do
  [[ -f huntbook-cli/target/huntbook.aot && ! -f huntbook-cli/target/huntbook.aot.training ]] && break
  sleep 1
done
times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  ./huntbook -q run notebooks/hello-params.ipynb "$out/run-$i.ipynb" -p days 7 --no-progress-bar >/dev/null
  end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc)")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "cold run wall seconds: median %.2f, min %.2f, max %.2f\n", a[int((NR+1)/2)], a[1], a[NR]}'
rm -rf "$out"

echo "== agent and engine start"
"$java" -XX:+UseSerialGC -cp "$cp" io.huntbook.bench.EngineStartBenchmark "$runs"

echo "== per-snippet latency (JMH)"
"$java" -Djmh.ignoreLock=true -cp "$cp" org.openjdk.jmh.Main EngineLatencyBenchmark -f 1 -wi 3 -i 5 -w 3s -r 3s
