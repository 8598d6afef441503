#!/usr/bin/env bash
# Start/stop every claimwatch service as its own background process (logs in .run/logs).
#
#   deploy/local/services.sh start|stop|status
#
# Needs KAFKA_BOOTSTRAP_SERVERS and DATABASE_URL (source .run/infra.env after infra.sh up).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
RUN="${CLAIMWATCH_RUN_DIR:-$ROOT/.run}"
LOGS="$RUN/logs"
PIDS="$RUN/pids"
BIN="$ROOT/.venv/bin/claimwatch"
SERVICES=(archivist normalizer deduper reconciler article-ingester post-ingester)
# Fixed health ports so `curl 127.0.0.1:1808N/healthz` works while `make up` runs.
declare -A PORTS=([archivist]=18081 [normalizer]=18082 [deduper]=18083 [reconciler]=18084
                  [article-ingester]=18085 [post-ingester]=18086)

alive() { [[ -f "$PIDS/$1.pid" ]] && kill -0 "$(cat "$PIDS/$1.pid")" 2>/dev/null; }

start() {
  mkdir -p "$LOGS" "$PIDS"
  : "${KAFKA_BOOTSTRAP_SERVERS:?source .run/infra.env first}" "${DATABASE_URL:?source .run/infra.env first}"
  "$BIN" db migrate
  "$BIN" topics create
  for svc in "${SERVICES[@]}"; do
    if alive "$svc"; then echo "services: $svc already running"; continue; fi
    CLAIMWATCH_HEALTH_PORT="${PORTS[$svc]}" nohup "$BIN" run "$svc" >>"$LOGS/$svc.log" 2>&1 &
    echo $! >"$PIDS/$svc.pid"
    echo "services: $svc started (pid $!, health http://127.0.0.1:${PORTS[$svc]}/healthz, log $LOGS/$svc.log)"
  done
}

stop() {
  for svc in "${SERVICES[@]}"; do
    if alive "$svc"; then
      pid="$(cat "$PIDS/$svc.pid")"
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -KILL "$pid" 2>/dev/null || true
      echo "services: $svc stopped"
    fi
    rm -f "$PIDS/$svc.pid"
  done
}

status() {
  local rc=0
  for svc in "${SERVICES[@]}"; do
    if alive "$svc"; then echo "services: $svc running"; else echo "services: $svc stopped"; rc=1; fi
  done
  return $rc
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
