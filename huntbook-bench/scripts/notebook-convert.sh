#!/usr/bin/env bash
# Whole-process timing of `huntbook validate` and `huntbook convert` (ipynb -> jsh -> ipynb) on a papermill output
# notebook from ../shared/testdata/papermill (6 KB), and on one generated 1.8 MB notebook (500 code cells with
# outputs). Prints the median wall time of N runs per step. Usage: huntbook-bench/scripts/notebook-convert.sh [N]
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-5}"
DATA="${HUNTBOOK_TESTDATA:-$REPO/../shared/testdata}/papermill"
HB="$REPO/huntbook"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

"$HB" version >/dev/null  # build and create the AOT cache outside the timings
export HUNTBOOK_NO_BUILD=1

# Wall time and CPU time (user + sys) in ms; on a shared machine the CPU time is the steadier number.
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() {
  local TIMEFORMAT='%R %U %S' t
  t=$( { time "$@" >/dev/null 2>&1; } 2>&1 )
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' <<< "$t"
}

step() {
  local label="$1"; shift
  local runs wall cpu
  runs=$(for _ in $(seq "$RUNS"); do time_ms "$@"; done)
  wall=$(cut -d' ' -f1 <<< "$runs" | median)
  cpu=$(cut -d' ' -f2 <<< "$runs" | median)
  printf '%-52s wall %6s ms   cpu %6s ms\n' "$label" "$wall" "$cpu"
}

big="$WORK/big.ipynb"
/usr/bin/env python3 - "$big" <<'PY' 2>/dev/null || "$HB" convert "$DATA/executed/ip_context.ipynb" "$big"
import json, sys
cells = []
for i in range(500):
    cells.append({"cell_type": "code", "id": "c%03d" % i, "metadata": {"tags": []}, "execution_count": i,
                  "source": ["x_%d = %d\n" % (i, i), "print(x_%d) # é\n" % i],
                  "outputs": [{"output_type": "stream", "name": "stdout", "text": ["%d\n" % i] * 20},
                              {"output_type": "display_data", "metadata": {},
                               "data": {"text/plain": ["row %d\n" % j for j in range(40)],
                                        "image/png": "iVBORw0KGgo" * 200}}]})
nb = {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
      "nbformat": 4, "nbformat_minor": 5}
open(sys.argv[1], "w").write(json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
PY

echo "huntbook validate/convert, median of $RUNS runs, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $("$HB" version | sed -n 2p)"
step "version (JVM start, for reference)" "$HB" version
step "validate executed/error.ipynb" "$HB" validate "$DATA/executed/error.ipynb"
step "convert executed/error.ipynb -> .jsh" "$HB" convert "$DATA/executed/error.ipynb" "$WORK/e.jsh"
step "convert .jsh -> .ipynb" "$HB" convert "$WORK/e.jsh" "$WORK/e.ipynb"
step "validate big.ipynb ($(du -k "$big" | cut -f1) KB)" "$HB" validate "$big"
step "convert big.ipynb -> big.ipynb (rewrite)" "$HB" convert "$big" "$WORK/big2.ipynb"
