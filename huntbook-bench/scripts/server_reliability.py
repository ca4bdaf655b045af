#!/usr/bin/env python3
"""Reliability checks for `huntbook serve` (docs/benchmarks.md, "Server reliability"); driven by
server-reliability.sh, which starts and kills the servers. Standard library only."""
import concurrent.futures
import json
import sys
import time
import urllib.error
import urllib.request


def call(base, token, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Authorization", "Bearer " + token)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def burst(bases, token, total, repeats, prefix):
    """total submissions at once; the last `repeats` reuse the keys of the first `repeats`."""
    keys = [f"{prefix}-{i}" for i in range(total - repeats)] + [f"{prefix}-{i}" for i in range(repeats)]
    jobs = [{"template": "bench", "parameters": {"n": i}, "idempotencyKey": k} for i, k in enumerate(keys)]
    started = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=32) as pool:
        results = list(pool.map(lambda ij: call(bases[ij[0] % len(bases)], token, "POST", "/api/runs", ij[1]),
                                enumerate(jobs)))
    elapsed = time.time() - started
    statuses = {}
    for status, _ in results:
        statuses[status] = statuses.get(status, 0) + 1
    ids = {body["id"] for status, body in results if status in (200, 202)}
    print(f"submitted {total} in {elapsed:.1f} s ({total / elapsed:.0f}/s); HTTP statuses {statuses};"
          f" distinct run ids {len(ids)}")
    return ids


def runs(base, token):
    status, body = call(base, token, "GET", "/api/runs?limit=100000")
    if status != 200:
        raise SystemExit(f"GET /api/runs answered {status}: {body}")
    return body


def wait_final(base, token, expected, timeout):
    started = time.time()
    while True:
        all_runs = runs(base, token)
        final = [r for r in all_runs if r["state"] not in ("QUEUED", "RUNNING")]
        if len(all_runs) >= expected and len(final) == len(all_runs):
            print(f"all {len(all_runs)} runs final after {time.time() - started:.0f} s")
            return all_runs
        if time.time() - started > timeout:
            raise SystemExit(f"timed out: {len(final)} of {len(all_runs)} runs final")
        time.sleep(2)


def summary(all_runs):
    states, attempts, workers, reasons = {}, {}, {}, 0
    for r in all_runs:
        states[r["state"]] = states.get(r["state"], 0) + 1
        attempts[r["attempts"]] = attempts.get(r["attempts"], 0) + 1
        workers[r["worker"]] = workers.get(r["worker"], 0) + 1
        if r["state"] != "SUCCEEDED" and not r.get("reason"):
            reasons += 1
    print(f"runs {len(all_runs)}; states {states}; attempts {attempts}; workers {workers};"
          f" non-succeeded without a reason {reasons}")
    return states, attempts, workers, reasons


def main():
    command, base, token = sys.argv[1], sys.argv[2], sys.argv[3]
    if command == "burst":
        total, repeats = int(sys.argv[4]), int(sys.argv[5])
        ids = burst([base], token, total, repeats, "burst")
        all_runs = wait_final(base, token, total - repeats, 24 * 3600)
        states, _, _, _ = summary(all_runs)
        ok = len(all_runs) == total - repeats == len(ids)
        print("CHECK burst:", "PASS" if ok else "FAIL", f"(expected exactly {total - repeats} runs)")
    elif command == "submit":
        count = int(sys.argv[4])
        bases = base.split(",")
        burst(bases, token, count, 0, sys.argv[5])
    elif command == "running":
        print(sum(1 for r in runs(base, token) if r["state"] == "RUNNING"))
    elif command == "final":
        expected = int(sys.argv[4])
        all_runs = wait_final(base, token, expected, 24 * 3600)
        states, attempts, workers, missing = summary(all_runs)
        recovered = sum(1 for r in all_runs if "was lost" in (r.get("reason") or ""))
        print(f"runs recovered from the killed worker: {recovered}")
        ok = missing == 0 and len(all_runs) == expected
        if len(sys.argv) > 5 and sys.argv[5] == "once":
            # Several workers, no crash: a second attempt would mean a run executed twice.
            ok = ok and all(r["attempts"] == 1 for r in all_runs)
        print("CHECK final:", "PASS" if ok else "FAIL")


if __name__ == "__main__":
    main()
