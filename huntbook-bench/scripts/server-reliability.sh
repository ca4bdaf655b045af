#!/usr/bin/env bash
# Reliability checks for `huntbook serve` (docs/benchmarks.md, "Server reliability"), whole-process, real runner:
#   1. burst: N HTTP submissions at once, R of them repeating an idempotency key -> exactly N-R runs, all final;
#   2. kill -9 of the server with runs in flight, then a restart -> every run final, with a reason when not succeeded;
#   3. two servers on one PostgreSQL -> each run executes once (attempts 1), both workers used.
# Usage: huntbook-bench/scripts/server-reliability.sh [N=1000] [R=200] [KILL_RUNS=20] [PG_RUNS=100]
#   check 3 needs HUNTBOOK_TEST_PG_URL, HUNTBOOK_TEST_PG_USER, HUNTBOOK_TEST_PG_PASSWORD (see .ci/run).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-1000}"; r="${2:-200}"; kill_runs="${3:-20}"; pg_runs="${4:-100}"
py=/usr/bin/python3
drive="$repo/huntbook-bench/scripts/server_reliability.py"
cd "$repo"
./huntbook version >/dev/null   # builds the CLI when needed
export HUNTBOOK_NO_BUILD=1
work="$(mktemp -d)"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; sleep 1; rm -rf "$work"' EXIT
# shellcheck source=bench-template.sh
source "$repo/huntbook-bench/scripts/bench-template.sh"
write_bench_template "$work/templates"

serve() { # HOME_DIR PORT [extra options]; sets $pid (the launcher execs java, so it is the server's JVM)
  local home="$1" port="$2"; shift 2
  HUNTBOOK_HOME="$home" ./huntbook serve --port "$port" --templates "$work/templates" --no-file-drop \
    --concurrency 2 "$@" >/dev/null 2>>"$home.log" &
  pid=$!
  pids+=("$pid")
}
stop() { kill "$@" 2>/dev/null || true; for p in "$@"; do while kill -0 "$p" 2>/dev/null; do sleep 0.5; done; done; }
wait_up() { for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$1/healthz" >/dev/null && return 0; sleep 1; done
  echo "server on $1 did not start" >&2; return 1; }
token() { HUNTBOOK_HOME="$1" ./huntbook -q token create --role operator "${@:2}" --format json \
  | $py -c 'import json,sys; print(json.load(sys.stdin)["token"])'; }

echo "== 1. burst: $n submissions, $r repeating an idempotency key"
mkdir -p "$work/h1"
serve "$work/h1" 18781; wait_up 18781
t=$(token "$work/h1")
/usr/bin/time -f "burst check wall %e s" $py "$drive" burst http://127.0.0.1:18781 "$t" "$n" "$r"
stop "$pid"

echo "== 2. kill -9 with runs in flight, then restart"
mkdir -p "$work/h2"
serve "$work/h2" 18782; wait_up 18782
t=$(token "$work/h2")
$py "$drive" submit http://127.0.0.1:18782 "$t" "$kill_runs" kill
for _ in $(seq 1 120); do [[ "$($py "$drive" running http://127.0.0.1:18782 "$t")" -gt 0 ]] && break; sleep 0.5; done
echo "running when killed: $($py "$drive" running http://127.0.0.1:18782 "$t")"
kill -9 "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
start=$(date +%s)
serve "$work/h2" 18782; wait_up 18782
echo "restarted in $(( $(date +%s) - start )) s"
$py "$drive" final http://127.0.0.1:18782 "$t" "$kill_runs"
stop "$pid"

echo "== 3. two servers on one PostgreSQL"
if [[ -z "${HUNTBOOK_TEST_PG_URL:-}" ]]; then echo "HUNTBOOK_TEST_PG_URL is not set" >&2; exit 1; fi
schema="hb_bench_$$"
PGPASSWORD="$HUNTBOOK_TEST_PG_PASSWORD" psql -q -h 127.0.0.1 -U "$HUNTBOOK_TEST_PG_USER" \
  -d "${HUNTBOOK_TEST_PG_URL##*/}" -c "CREATE SCHEMA $schema"
export HB_PG_PASSWORD="$HUNTBOOK_TEST_PG_PASSWORD"
ledger=(--ledger "$HUNTBOOK_TEST_PG_URL?currentSchema=$schema" --ledger-user "$HUNTBOOK_TEST_PG_USER"
  --ledger-password-env HB_PG_PASSWORD)
mkdir -p "$work/a" "$work/b"
serve "$work/a" 18783 "${ledger[@]}" --worker worker-a; pa=$pid; wait_up 18783
serve "$work/b" 18784 "${ledger[@]}" --worker worker-b; pb=$pid; wait_up 18784
t=$(token "$work/a" "${ledger[@]}")
$py "$drive" submit http://127.0.0.1:18783,http://127.0.0.1:18784 "$t" "$pg_runs" pg
$py "$drive" final http://127.0.0.1:18783 "$t" "$pg_runs" once
stop "$pa" "$pb"
PGPASSWORD="$HUNTBOOK_TEST_PG_PASSWORD" psql -q -h 127.0.0.1 -U "$HUNTBOOK_TEST_PG_USER" \
  -d "${HUNTBOOK_TEST_PG_URL##*/}" -c "DROP SCHEMA $schema CASCADE"
