# Sourced by startup.sh and startup-profile.sh.
#   until_ready PORT PID LOG   waits until GET /health answers on PORT (if PID dies first: its LOG on stderr, exit 1)
#   stop PORT PID              stops PID and waits until nothing answers on PORT any more
until_ready() {
  until curl -sf "http://127.0.0.1:$1/health" >/dev/null 2>&1; do
    kill -0 "$2" 2>/dev/null || { cat "$3" >&2; exit 1; }
    sleep 0.01
  done
}
stop() {
  kill "$2"; wait "$2" 2>/dev/null || true
  while curl -sf "http://127.0.0.1:$1/health" >/dev/null 2>&1; do sleep 0.05; done
}
