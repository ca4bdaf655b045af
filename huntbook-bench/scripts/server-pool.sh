#!/usr/bin/env bash
# The server's warm pool, whole-process (docs/benchmarks.md, "Server reliability", warm pool): N HTTP submissions of
# a one-cell Java template to `huntbook serve --concurrency 2`, time from the first submission until every run is
# final, and each run's own duration (claimed -> finished) from the ledger. Runs this checkout's server (warm pool,
# measured once its two engines are warm) and, when BASELINE_REPO is given, the server of another checkout (for
# example the commit before the pool: `git archive COMMIT | tar -x -C DIR`, then `./mvnw -pl huntbook-cli -am
# package -DskipTests` there), which starts a fresh agent JVM per run.
# Then S runs one at a time (each submitted once the previous one is final, the pool warm again): the latency from
# submission to final state that a single alert or API call sees.
# Usage: huntbook-bench/scripts/server-pool.sh [N=20] [BASELINE_REPO] [S=10]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-20}"; baseline="${2:-}"; s="${3:-10}"
py=/usr/bin/python3
scripts="$repo/huntbook-bench/scripts"
export HUNTBOOK_AOT=0   # no AOT-cache training in the background while measuring
"$repo/huntbook" version >/dev/null   # builds the CLI when needed
export HUNTBOOK_NO_BUILD=1
work="$(mktemp -d)"
pid=""
trap '[[ -n "$pid" ]] && kill "$pid" 2>/dev/null; sleep 1; rm -rf "$work"' EXIT
# shellcheck source=bench-template.sh
source "$repo/huntbook-bench/scripts/bench-template.sh"
write_bench_template "$work/templates"

measure() { # LABEL REPO PORT WAIT_WARM
  local label="$1" checkout="$2" port="$3" warm="$4" home="$work/$1"
  mkdir -p "$home"
  HUNTBOOK_HOME="$home" "$checkout/huntbook" serve --port "$port" --templates "$work/templates" --no-file-drop \
    --concurrency 2 >/dev/null 2>>"$home.log" &
  pid=$!
  for _ in $(seq 1 180); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done
  if [[ "$warm" == 1 ]]; then
    for _ in $(seq 1 180); do
      curl -fs "http://127.0.0.1:$port/metrics" | grep -q '^huntbook_pool_engines{state="idle"} 2$' && break
      sleep 1
    done
  fi
  local token
  token=$(HUNTBOOK_HOME="$home" "$checkout/huntbook" -q token create --role operator --format json \
    | $py -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  echo "== $label (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  PYTHONPATH="$scripts" $py - "http://127.0.0.1:$port" "$token" "$n" <<'PY'
import sys, time
from datetime import datetime
import server_reliability as sr
base, token, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
started = time.time()
sr.burst([base], token, n, 0, "pool-%d" % started)
while True:
    runs = sr.runs(base, token)
    if len(runs) >= n and all(r["state"] not in ("QUEUED", "RUNNING") for r in runs):
        break
    time.sleep(0.2)
elapsed = time.time() - started
parse = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
durations = sorted((parse(r["finishedAt"]) - parse(r["startedAt"])).total_seconds() for r in runs)
states = {}
for r in runs:
    states[r["state"]] = states.get(r["state"], 0) + 1
print(f"{n} runs final in {elapsed:.1f} s ({n / elapsed:.2f} runs/s); states {states}; run duration mean"
      f" {sum(durations) / len(durations):.2f} s, median {durations[len(durations) // 2]:.2f} s,"
      f" max {durations[-1]:.2f} s")
PY
  curl -fs "http://127.0.0.1:$port/metrics" | grep '^huntbook_pool_' || true
  PYTHONPATH="$scripts" $py - "http://127.0.0.1:$port" "$token" "$s" "$warm" <<'PY'
import sys, time, urllib.request
import server_reliability as sr
base, token, count, warm = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
def warm_again():
    while warm:
        with urllib.request.urlopen(base + "/metrics", timeout=60) as r:
            if 'huntbook_pool_engines{state="idle"} 2\n' in r.read().decode():
                return
        time.sleep(0.2)
latencies = []
for i in range(count):
    warm_again()
    started = time.time()
    status, run = sr.call(base, token, "POST", "/api/runs", {"template": "bench", "parameters": {"n": i}})
    while run["state"] in ("QUEUED", "RUNNING"):
        time.sleep(0.05)
        _, run = sr.call(base, token, "GET", "/api/runs/" + run["id"])
    latencies.append(time.time() - started)
latencies.sort()
print(f"{count} runs one at a time: submission to final mean {sum(latencies) / count:.2f} s, median"
      f" {latencies[count // 2]:.2f} s, min {latencies[0]:.2f} s, max {latencies[-1]:.2f} s")
PY
  kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
  pid=""
}

measure pool "$repo" 18791 1
if [[ -n "$baseline" ]]; then
  measure fresh-engine-per-run "$baseline" 18792 0
fi
