#!/usr/bin/env bash
# Cloud query providers: wall time of reading 1,000,000 rows through the Log Analytics, Kusto v2 and Splunk providers
# from a loopback server (see CloudResultsTiming). Arguments: [rows] [runs].
set -euo pipefail
cd "$(dirname "$0")/../.."
source huntbook-bench/scripts/bench-build.sh
bench_build
"$java" -Xmx6g -cp "$cp" io.huntbook.bench.query.CloudResultsTiming "$@"
