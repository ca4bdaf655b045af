#!/usr/bin/env bash
# Warm-pool benchmark (docs/benchmarks.md, "Warm pool and run-batch"):
#   1. PoolThroughput: a pool of 2 engines, 100 runs of notebooks/hello-params.ipynb (5 code cells), from 2 threads;
#      p50/p90 per run, runs/s, and where a run's time goes;
#   2. `./huntbook run-batch` over 50 job files with --parallel 2, wall time of the whole command.
# Usage: huntbook-bench/scripts/warm-pool.sh [runs] [pool] [jobs]   (run from anywhere; builds what it needs)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-100}"
pool="${2:-2}"
jobs="${3:-50}"
cd "$repo"
source huntbook-bench/scripts/bench-build.sh
bench_build --with-cli

echo "== PoolThroughput: pool of $pool, $runs runs of notebooks/hello-params.ipynb"
"$java" -XX:+UseSerialGC -cp "$cp" io.huntbook.bench.pool.PoolThroughput "$runs" "$pool"

echo "== ./huntbook run-batch: $jobs job files, --parallel $pool"
work="$(mktemp -d)"
mkdir -p "$work/jobs"
for i in $(seq 1 "$jobs"); do
  printf 'notebook: %s\nidentifier: ip-%d\nparameters:\n  ip_address: 203.0.113.%d\n  days: %d\n' \
    "$repo/notebooks/hello-params.ipynb" "$i" "$((i % 250))" "$((i % 10))" > "$work/jobs/job-$i.yaml"
done
start=$(date +%s.%N)
./huntbook -q run-batch "$work/jobs" --parallel "$pool" --output-dir "$work/out" --format csv > "$work/summary.csv"
end=$(date +%s.%N)
outputs=$(find "$work/out" -name '*.ipynb' | wc -l)
succeeded=$(grep -c ',succeeded,' "$work/summary.csv" || true)
echo "run-batch: $outputs outputs, $succeeded succeeded, wall $(echo "$end - $start" | bc) s (JVM start and build check included)"
rm -rf "$work"
