#!/usr/bin/env bash
# Project-owned PostgreSQL cluster for development and CI (no Docker, no system service).
#
#   deploy/local/postgres.sh start    initdb (first run), start on 127.0.0.1, create db + role, wait until ready
#   deploy/local/postgres.sh stop     pg_ctl stop -m fast (idempotent)
#   deploy/local/postgres.sh status   exit 0 when our cluster runs (prints its URL)
#
# Binaries come from `pg_config --bindir` (PostgreSQL 15 on the dev/CI machines).
# initdb refuses to run as root, so as root the cluster runs as an unprivileged
# user (the system `postgres` user, else a `claimwatch` system user created
# here). Such a user may not be able to reach the project folder (a clone under
# /root): then the data directory goes to ${TMPDIR:-/tmp}/claimwatch-pg-<hash>.
# Where it is, the port and the URL are recorded in ${CLAIMWATCH_RUN_DIR:-.run}/postgres.
#
# Environment:
#   CLAIMWATCH_RUN_DIR             run root (default: <project>/.run)
#   CLAIMWATCH_PG_PORT             port (default 15432; if busy, a free one is picked)
#   CLAIMWATCH_PG_BINDIR           PostgreSQL binaries (default: pg_config --bindir)
#   CLAIMWATCH_PG_OS_USER          OS user running the cluster when called as root
#   CLAIMWATCH_PG_START_TIMEOUT    seconds to wait for readiness (default 60)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
RUN_ROOT="${CLAIMWATCH_RUN_DIR:-$ROOT/.run}"
mkdir -p "$RUN_ROOT"
RUN_ROOT="$(cd "$RUN_ROOT" && pwd)"
STATE="$RUN_ROOT/postgres"
TIMEOUT="${CLAIMWATCH_PG_START_TIMEOUT:-60}"
DB_NAME=claimwatch
DB_USER=claimwatch
SUPERUSER=postgres
INIT_MARK=.claimwatch-initialized

say() { printf 'postgres: %s\n' "$*"; }
die() { printf 'postgres: ERROR: %s\n' "$*" >&2; exit 1; }
elapsed() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }'; }

# True when something accepts TCP connections on 127.0.0.1:$1 (bash built-in).
port_open() { timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

find_bindir() {
  local dir="${CLAIMWATCH_PG_BINDIR:-}"
  if [[ -z "$dir" ]] && command -v pg_config >/dev/null; then
    dir="$(pg_config --bindir)"
  fi
  if [[ -z "$dir" || ! -x "$dir/initdb" ]]; then
    # pg_config may come from libpq-dev only: fall back to Debian's server layout.
    dir="$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n1 || true)"
  fi
  [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]] \
    || die "PostgreSQL server binaries not found (install postgresql-15 or set CLAIMWATCH_PG_BINDIR)"
  BIN="$dir"
}

# Which OS user runs the cluster; as root, an unprivileged one (initdb refuses root).
pick_os_user() {
  if [[ "$(id -u)" != 0 ]]; then
    PG_USER="$(id -un)"
    return
  fi
  if [[ -n "${CLAIMWATCH_PG_OS_USER:-}" ]]; then
    PG_USER="$CLAIMWATCH_PG_OS_USER"
  elif id -u postgres >/dev/null 2>&1; then
    PG_USER=postgres
  else
    PG_USER=claimwatch
    if ! id -u "$PG_USER" >/dev/null 2>&1; then
      say "creating system user $PG_USER to run the cluster (initdb refuses root)"
      useradd --system --user-group --no-create-home --shell /usr/sbin/nologin "$PG_USER"
    fi
  fi
  id -u "$PG_USER" >/dev/null 2>&1 || die "OS user $PG_USER does not exist"
}

# Run a command as the cluster's OS user; cd / so it never starts in a folder it cannot read.
as_pg() {
  if [[ "$(id -u)" == 0 ]]; then
    (cd / && runuser -u "$PG_USER" -- "$@")
  else
    "$@"
  fi
}

# Make a directory owned by the cluster's user (mode 700, as PostgreSQL requires).
make_owned_dir() {
  mkdir -p "$1"
  if [[ "$(id -u)" == 0 ]]; then
    chown "$PG_USER:" "$1"
  fi
  chmod 700 "$1"
}

# Choose the data directory on the first run; later runs reuse the recorded one.
locate_data_dir() {
  if [[ -s "$STATE/datadir" ]]; then
    DATA="$(cat "$STATE/datadir")"
    if [[ -f "$DATA/$INIT_MARK" ]]; then
      return
    fi
  fi
  DATA="$STATE/data"
  make_owned_dir "$DATA"
  if ! as_pg test -w "$DATA" -a -x "$DATA"; then
    # The cluster's user cannot reach the run folder (e.g. a clone under /root).
    rmdir "$DATA" 2>/dev/null || true
    local hash base
    hash="$(printf '%s' "$RUN_ROOT" | sha256sum | cut -c1-10)"
    base="${TMPDIR:-/tmp}/claimwatch-pg-$hash"
    if [[ -e "$base" && ! -O "$base" ]]; then
      # Do not adopt a folder in a world-writable place that someone else made.
      [[ "$(stat -c %U "$base")" == "$PG_USER" ]] || die "$base exists and belongs to another user"
    fi
    mkdir -p "$base"
    chmod 700 "$base"
    [[ "$(id -u)" == 0 ]] && chown "$PG_USER:" "$base"
    DATA="$base/data"
    make_owned_dir "$DATA"
    as_pg test -w "$DATA" || die "user $PG_USER cannot write $DATA"
    say "$PG_USER cannot reach ${RUN_ROOT}: data directory is $DATA"
  fi
  echo "$DATA" >"$STATE/datadir"
}

init_cluster() {
  [[ -f "$DATA/$INIT_MARK" ]] && return 0
  if [[ -n "$(ls -A "$DATA" 2>/dev/null)" ]]; then
    # No marker: an initdb that was interrupted. Start over.
    say "removing an incomplete cluster in $DATA"
    rm -rf "$DATA"
    make_owned_dir "$DATA"
  fi
  say "initdb in $DATA (first run only)…"
  # -N: no fsync of the new files; this is a throw-away dev/test cluster.
  as_pg "$BIN/initdb" -D "$DATA" -U "$SUPERUSER" -E UTF8 --no-locale --auth=trust -N \
    >"$STATE/initdb.log" 2>&1 || { tail -n 20 "$STATE/initdb.log" >&2; die "initdb failed"; }
  # Trust only on loopback and the cluster's own socket: the cluster listens
  # on 127.0.0.1 alone and holds development data only.
  as_pg tee "$DATA/pg_hba.conf" >/dev/null <<'EOF'
# claimwatch local dev/test cluster (deploy/local/postgres.sh)
local   all   all                   trust
host    all   all   127.0.0.1/32    trust
EOF
  printf "\ninclude_if_exists = 'claimwatch.conf'\n" | as_pg tee -a "$DATA/postgresql.conf" >/dev/null
  # Written last: its presence means initdb and our configuration completed.
  as_pg touch "$DATA/$INIT_MARK"
}

pick_port() {
  if [[ -n "${CLAIMWATCH_PG_PORT:-}" ]]; then
    PORT="$CLAIMWATCH_PG_PORT"
    port_open "$PORT" && die "port $PORT (CLAIMWATCH_PG_PORT) is in use by another program"
    return 0
  fi
  PORT=15432
  local tries=0
  while port_open "$PORT"; do
    tries=$((tries + 1))
    ((tries < 50)) || die "no free port found from 15432 on"
    PORT=$((15432 + tries))
  done
  [[ "$PORT" == 15432 ]] || say "port 15432 is busy (not our cluster): using $PORT"
}

write_conf() {
  local sockdir="$DATA"
  # A Unix socket path is limited to ~107 bytes: in a deep folder use TCP only.
  if ((${#DATA} > 80)); then sockdir=""; fi
  as_pg tee "$DATA/claimwatch.conf" >/dev/null <<EOF
# Written by deploy/local/postgres.sh at every start.
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$sockdir'
max_connections = 200
# Dev/test cluster only: no fsync, so an OS crash may lose or corrupt data
# (acceptable for throw-away test data). A killed server loses nothing: the
# WAL still reaches the OS at every commit (synchronous_commit stays on).
fsync = off
full_page_writes = off
EOF
}

# State letter of a process (R, S, Z...), empty when it does not exist.
proc_state() { sed -n 's/^[0-9]* (.*) \([A-Za-z]\) .*/\1/p' "/proc/$1/stat" 2>/dev/null || true; }

is_running() {
  [[ -n "${DATA:-}" && -f "$DATA/PG_VERSION" ]] || return 1
  as_pg "$BIN/pg_ctl" status -D "$DATA" >/dev/null 2>&1 || return 1
  # A killed postmaster can linger as a zombie until reaped: not running.
  local pid state
  pid="$(head -n1 "$DATA/postmaster.pid" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  state="$(proc_state "$pid")"
  [[ -n "$state" && "$state" != Z ]]
}

# Load what an earlier start recorded (data directory, OS user, port).
load_state() {
  DATA=""
  if [[ -s "$STATE/datadir" ]]; then DATA="$(cat "$STATE/datadir")"; fi
  if [[ "$(id -u)" == 0 && -s "$STATE/os_user" ]]; then PG_USER="$(cat "$STATE/os_user")"; else pick_os_user; fi
  PORT="$(cat "$STATE/port" 2>/dev/null || true)"
}

psql_super() {
  PGCONNECT_TIMEOUT=5 "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U "$SUPERUSER" \
    -d postgres -tA "$@"
}

ensure_db() {
  if [[ "$(psql_super -c "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" != 1 ]]; then
    # CREATEDB: integration tests may create throw-away databases.
    psql_super -c "CREATE ROLE $DB_USER LOGIN CREATEDB"
  fi
  # DROP DATABASE ... WITH (FORCE) of a throw-away database fails while an autovacuum worker is in it
  # unless the role may signal other backends (bench and test clean-up).
  psql_super -c "GRANT pg_signal_backend TO $DB_USER" >/dev/null
  # CREATEROLE: the least-privilege test applies deploy/security/postgres-roles.sql to a throw-away database.
  psql_super -c "ALTER ROLE $DB_USER CREATEROLE" >/dev/null
  if [[ "$(psql_super -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != 1 ]]; then
    psql_super -c "CREATE DATABASE $DB_NAME OWNER $DB_USER"
  fi
}

start() {
  local t0
  t0="$(date +%s.%N)"
  find_bindir
  mkdir -p "$STATE"
  load_state
  if is_running; then
    say "already running: $(cat "$STATE/url" 2>/dev/null || echo "port $PORT")"
    return 0
  fi
  rm -f "$STATE/url"
  locate_data_dir
  echo "$PG_USER" >"$STATE/os_user"
  init_cluster
  clear_stale_locks
  pick_port
  write_conf
  echo "$PORT" >"$STATE/port"
  local log="$DATA/postgres.log"
  ln -sfn "$log" "$STATE/postgres.log"
  say "starting on 127.0.0.1:$PORT…"
  # -w -t: pg_ctl itself waits (bounded); a stale postmaster.pid of a killed
  # run is detected and replaced by the postmaster.
  if ! as_pg "$BIN/pg_ctl" start -D "$DATA" -l "$log" -w -t "$TIMEOUT" -s >/dev/null 2>&1 9>&-; then
    printf -- '--- last lines of %s ---\n' "$log" >&2
    tail -n 30 "$log" >&2 2>/dev/null || true
    die "the cluster did not start within ${TIMEOUT}s"
  fi
  local deadline=$((SECONDS + TIMEOUT))
  until "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -U "$SUPERUSER" -d postgres -t 2; do
    ((SECONDS < deadline)) || die "pg_isready still failing after ${TIMEOUT}s (see $log)"
    sleep 0.3
  done
  ensure_db
  local url="postgresql://$DB_USER@127.0.0.1:$PORT/$DB_NAME"
  echo "$url" >"$STATE/url"
  say "ready: $url ($(elapsed "$t0") s)"
}

# A postmaster killed with SIGKILL stays a zombie until its parent (init)
# reaps it; PostgreSQL sees that pid alive and refuses to start. Its lock
# files are stale: remove them. (Left-over backends would still be caught by
# PostgreSQL's own shared-memory check.)
clear_stale_locks() {
  local pid
  pid="$(head -n1 "$DATA/postmaster.pid" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ && "$(proc_state "$pid")" == Z ]] || return 0
  say "the previous postmaster (pid $pid) was killed: removing its stale lock files"
  sleep 2 # time for its backends to notice and exit
  local f
  for f in "$DATA/postmaster.pid" "$DATA"/.s.PGSQL.*.lock; do
    [[ -f "$f" && "$(head -n1 "$f")" == "$pid" ]] && rm -f "$f"
  done
  rm -f "$DATA"/.s.PGSQL.[0-9]*[0-9]
}

stop() {
  find_bindir
  mkdir -p "$STATE"
  load_state
  if ! is_running; then
    rm -f "$STATE/url"
    say "not running"
    return 0
  fi
  say "stopping…"
  if ! as_pg "$BIN/pg_ctl" stop -D "$DATA" -m fast -w -t 30 -s; then
    say "fast shutdown timed out: immediate shutdown"
    as_pg "$BIN/pg_ctl" stop -D "$DATA" -m immediate -w -t 30 -s || true
  fi
  rm -f "$STATE/url"
  say "stopped"
}

status() {
  find_bindir
  mkdir -p "$STATE"
  load_state
  if is_running; then
    say "running: $(cat "$STATE/url" 2>/dev/null || echo "port $PORT")"
    return 0
  fi
  say "not running"
  return 1
}

# One start/stop at a time per run folder; the postmaster gets fd 9 closed so
# the lock ends with this script.
lock() {
  mkdir -p "$STATE"
  exec 9>"$STATE/.lock"
  flock -w 120 9 || die "another postgres.sh holds $STATE/.lock"
}

case "${1:-}" in
  start) lock && start ;;
  stop) lock && stop ;;
  status) status ;;
  *)
    echo "usage: $0 {start|stop|status}" >&2
    exit 2
    ;;
esac
