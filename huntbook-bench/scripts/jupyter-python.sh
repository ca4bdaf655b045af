#!/usr/bin/env bash
# Python notebooks through the Jupyter client (docs/benchmarks.md, "Python notebooks through Jupyter"):
#   1. kernel start: Debian's ipykernel launched by jupyter_client until it answers kernel_info (inside a warm
#      Python process, so it is the kernel's own start, not Python's);
#   2. nbclient, whole process: read ../shared/testdata/papermill/ip_context.ipynb, execute it on python3, write it.
#      papermill is nbclient plus parameter injection and metadata, so this is a lower bound of papermill's time
#      (papermill itself is not packaged for Debian);
#   3. `./huntbook run ip_context.ipynb OUT -p ip_address 203.0.113.7`, whole process.
# Usage: huntbook-bench/scripts/jupyter-python.sh [runs]   (run from anywhere; builds what it needs)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-10}"
notebook="$repo/../shared/testdata/papermill/ip_context.ipynb"
python=/usr/bin/python3
cd "$repo"
./mvnw -q -B -DskipTests -pl huntbook-cli -am package >&2
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

stats() {
  sort -n | awk -v label="$1" '{a[NR]=$1} END {printf "%s: median %.2f s, min %.2f, max %.2f (%d runs)\n",
    label, a[int((NR+1)/2)], a[1], a[NR], NR}'
}

echo "== kernel start (ipykernel via jupyter_client, in a warm Python process)"
"$python" - "$runs" 2>/dev/null <<'PY' | stats "kernel start"
import sys, time
from jupyter_client.manager import start_new_kernel
for _ in range(int(sys.argv[1])):
    t = time.monotonic()
    km, kc = start_new_kernel(kernel_name="python3", startup_timeout=120)
    print(f"{time.monotonic() - t:.3f}")
    kc.stop_channels()
    km.shutdown_kernel(now=True)
PY

echo "== nbclient, whole process (papermill's engine: a lower bound of papermill)"
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  "$python" -c '
import sys, nbformat
from nbclient import NotebookClient
nb = nbformat.read(sys.argv[1], as_version=4)
NotebookClient(nb, kernel_name="python3", timeout=120).execute()
nbformat.write(nb, sys.argv[2])' "$notebook" "$out/nbclient-$i.ipynb" 2>/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
done | stats "nbclient"

echo "== ./huntbook run ip_context.ipynb OUT -p ip_address 203.0.113.7"
./huntbook -q run "$notebook" "$out/warmup.ipynb" -p ip_address 203.0.113.7 --no-progress-bar >/dev/null 2>&1 || true
sleep 2 # let the launcher's AOT cache training finish
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  ./huntbook -q run "$notebook" "$out/huntbook-$i.ipynb" -p ip_address 203.0.113.7 --no-progress-bar \
    --start-timeout 600 >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
done | stats "huntbook run"
