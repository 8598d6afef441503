#!/usr/bin/env bash
# Local infrastructure for development, tests and CI: Kafka + PostgreSQL, no Docker.
#
#   deploy/local/infra.sh up       start both (in parallel), write .run/infra.env
#   deploy/local/infra.sh down     stop what `up` started
#   deploy/local/infra.sh env      print .run/infra.env (use: eval "$(deploy/local/infra.sh env)")
#   deploy/local/infra.sh status   exit 0 when everything `up` set up is reachable
#
# An already set KAFKA_BOOTSTRAP_SERVERS or DATABASE_URL means "use that
# external one": nothing is started for it and its value is passed through.
# CLAIMWATCH_RUN_DIR moves the run folder (default <project>/.run).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
RUN_ROOT="${CLAIMWATCH_RUN_DIR:-$ROOT/.run}"
mkdir -p "$RUN_ROOT"
RUN_ROOT="$(cd "$RUN_ROOT" && pwd)"
export CLAIMWATCH_RUN_DIR="$RUN_ROOT" # the same run folder for the two scripts below
ENV_FILE="$RUN_ROOT/infra.env"
STARTED_FILE="$RUN_ROOT/infra.started" # which of kafka/postgres `up` started

say() { printf 'infra: %s\n' "$*"; }
die() { printf 'infra: ERROR: %s\n' "$*" >&2; exit 1; }

up() {
  local t0=$SECONDS started=() pids=() names=() failed=0 i
  rm -f "$ENV_FILE"
  if [[ -z "${KAFKA_BOOTSTRAP_SERVERS:-}" ]]; then
    "$HERE/kafka.sh" start &
    pids+=($!)
    names+=(kafka)
  else
    say "using external Kafka at $KAFKA_BOOTSTRAP_SERVERS"
  fi
  if [[ -z "${DATABASE_URL:-}" ]]; then
    "$HERE/postgres.sh" start &
    pids+=($!)
    names+=(postgres)
  else
    say "using external PostgreSQL (DATABASE_URL is set)"
  fi
  # Both start in parallel (the JVM start dominates); wait for each and
  # remember what came up so `down` stops exactly that.
  for i in "${!pids[@]}"; do
    if wait "${pids[$i]}"; then
      started+=("${names[$i]}")
    else
      failed=1
      say "${names[$i]} failed to start"
    fi
  done
  # Keep what an earlier `up` started too, so one `down` stops everything.
  if [[ -f "$STARTED_FILE" ]]; then mapfile -t -O "${#started[@]}" started <"$STARTED_FILE"; fi
  printf '%s\n' "${started[@]}" | sort -u | sed '/^$/d' >"$STARTED_FILE.tmp"
  mv -f "$STARTED_FILE.tmp" "$STARTED_FILE"
  ((failed == 0)) || die "infrastructure not ready (the other part is left running: run '$0 down')"

  local kafka="${KAFKA_BOOTSTRAP_SERVERS:-}" db="${DATABASE_URL:-}"
  [[ -n "$kafka" ]] || kafka="$(cat "$RUN_ROOT/kafka/bootstrap")"
  [[ -n "$db" ]] || db="$(cat "$RUN_ROOT/postgres/url")"
  # %q keeps the file safe to `source` whatever the values contain.
  {
    echo "# Written by deploy/local/infra.sh up; source it or eval \"\$(deploy/local/infra.sh env)\"."
    printf 'export KAFKA_BOOTSTRAP_SERVERS=%q\n' "$kafka"
    printf 'export DATABASE_URL=%q\n' "$db"
  } >"$ENV_FILE.tmp"
  mv -f "$ENV_FILE.tmp" "$ENV_FILE"
  say "up in $((SECONDS - t0)) s; environment in ${ENV_FILE#"$ROOT"/}:"
  grep '^export' "$ENV_FILE"
}

down() {
  local what=()
  if [[ -f "$STARTED_FILE" ]]; then
    mapfile -t what <"$STARTED_FILE"
  else
    # No record (e.g. a run folder from an interrupted `up`): stopping is idempotent.
    what=(kafka postgres)
  fi
  local name
  for name in "${what[@]}"; do
    case "$name" in
      kafka) "$HERE/kafka.sh" stop ;;
      postgres) "$HERE/postgres.sh" stop ;;
    esac
  done
  rm -f "$STARTED_FILE" "$ENV_FILE"
}

env_cmd() {
  [[ -f "$ENV_FILE" ]] || die "no ${ENV_FILE#"$ROOT"/}: run '$0 up' first"
  cat "$ENV_FILE"
}

status() {
  local rc=0 name what=()
  [[ -f "$ENV_FILE" ]] || { say "not up"; return 1; }
  [[ -f "$STARTED_FILE" ]] && mapfile -t what <"$STARTED_FILE"
  for name in "${what[@]}"; do
    case "$name" in
      kafka) "$HERE/kafka.sh" status || rc=1 ;;
      postgres) "$HERE/postgres.sh" status || rc=1 ;;
    esac
  done
  return "$rc"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  env) env_cmd ;;
  status) status ;;
  *)
    echo "usage: $0 {up|down|env|status}" >&2
    exit 2
    ;;
esac
