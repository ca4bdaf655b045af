#!/usr/bin/env bash
# Whole-process timing of `huntbook validate` and `huntbook convert` (ipynb -> jsh -> ipynb) over every notebook
# under ../shared/testdata/papermill (16 files, 2-10 KB each), plus one generated 2 MB notebook (500 code cells with
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

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(((e - s) / 1000000)); }

step() {
  local label="$1"; shift
  local t
  t=$(for _ in $(seq "$RUNS"); do time_ms "$@"; done | median)
  printf '%-48s %6s ms\n' "$label" "$t"
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

echo "huntbook validate/convert, median of $RUNS runs, $(nproc) cores, $("$HB" version | sed -n 2p)"
step "validate executed/error.ipynb" "$HB" validate "$DATA/executed/error.ipynb"
step "convert executed/error.ipynb -> .jsh" "$HB" convert "$DATA/executed/error.ipynb" "$WORK/e.jsh"
step "convert .jsh -> .ipynb" "$HB" convert "$WORK/e.jsh" "$WORK/e.ipynb"
step "validate big.ipynb ($(du -k "$big" | cut -f1) KB)" "$HB" validate "$big"
step "convert big.ipynb -> big.ipynb (rewrite)" "$HB" convert "$big" "$WORK/big2.ipynb"
all() { for f in $(find "$DATA" -name '*.ipynb' | sort); do "$HB" -q convert "$f" "$WORK/x.py" && "$HB" -q convert "$WORK/x.py" "$WORK/x.ipynb"; done; }
step "16 notebooks ipynb -> py -> ipynb (32 processes)" all
