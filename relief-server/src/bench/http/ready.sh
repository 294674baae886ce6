# Sourced by startup.sh and startup-profile.sh.
#   ms PORT LOG command...   starts the command (output to LOG), waits until GET /health answers on PORT, prints
#                            the milliseconds from the launch, stops it and waits until nothing answers on PORT;
#                            if the command dies first: LOG on stderr, exit 1
ms() {
  local port=$1 log=$2 t0 pid
  shift 2
  t0=$(date +%s%N)
  "$@" >"$log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.01
  done
  echo $((($(date +%s%N) - t0) / 1000000))
  kill $pid; wait $pid 2>/dev/null || true
  while curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do sleep 0.05; done
}
