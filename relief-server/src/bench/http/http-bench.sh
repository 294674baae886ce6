#!/usr/bin/env bash
# Issue 19's server row: POST /api/v1/determinations (3 persons, trace included) against GET /health,
# in the same JVM, the same session. Starts the shaded jar on a fresh store (no demo data), warms both
# endpoints up, then measures each with wrk (-t2 -c32 on the loopback) and prints req/s, p99 and the
# ratios. Repeat it 2-3 times on a shared machine and report the spread.
#
#   relief-server/src/bench/http/http-bench.sh [jar] [warm-up seconds] [measured seconds]
#   JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/det.jfr,settings=profile" relief-server/src/bench/http/http-bench.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export RELIEF_BENCH_HTTP=$here
jar=${1:-$here/../../../target/relief-server.jar}
warm=${2:-40}
secs=${3:-20}
port=${PORT:-17070}
data=$(mktemp -d)
log=$data/server.log
RELIEF_PORT=$port RELIEF_DATA_DIR=$data/store RELIEF_DEMO=false nice -n "${NICE:--15}" java ${JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.05
done
url=http://127.0.0.1:$port
check=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"region":"371502","date":"2024-06-01","program":"dibao","household":{"residence":"urban","members":[{"id":"p1","relation":"head","birthDate":"1960-03-01","incomes":[{"kind":"wage","monthly":"300.00"}]}]}}' \
  "$url/api/v1/determinations")
[ "$check" = 200 ] || { echo "determination answered $check"; exit 1; }
run() { # label, seconds, wrk args...
  local label=$1 s=$2; shift 2
  wrk -t2 -c32 -d"${s}s" "$@" | grep '^RESULT' | sed "s/^RESULT/$label/"
}
echo "warm-up ${warm}s each (not measured)"
run warm-det "$warm" -s "$here/determinations.lua" "$url/api/v1/determinations" >/dev/null
run warm-health "$((warm / 2))" -s "$here/report.lua" "$url/health" >/dev/null
h=$(run health "$secs" -s "$here/report.lua" "$url/health")
d=$(run determinations "$secs" -s "$here/determinations.lua" "$url/api/v1/determinations")
echo "$h"; echo "$d"
hr=$(sed 's/.*rps=\([0-9.]*\).*/\1/' <<<"$h"); dr=$(sed 's/.*rps=\([0-9.]*\).*/\1/' <<<"$d")
hp=$(sed 's/.*p99=\([0-9.]*\).*/\1/' <<<"$h"); dp=$(sed 's/.*p99=\([0-9.]*\).*/\1/' <<<"$d")
awk -v hr="$hr" -v dr="$dr" -v hp="$hp" -v dp="$dp" \
  'BEGIN { printf "ratio req/s determinations/health = %.2f (goal >= 0.5); p99 ratio = %.2f (goal <= 2)\n", dr / hr, dp / hp }'
