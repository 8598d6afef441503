#!/usr/bin/env bash
# Local single-node Apache Kafka (KRaft) for development and CI, without Docker.
#
#   deploy/local/kafka.sh start    download the jars (first run), format, start, wait until ready
#   deploy/local/kafka.sh stop     SIGTERM, bounded wait, then SIGKILL (idempotent)
#   deploy/local/kafka.sh status   exit 0 when our broker runs (prints its address)
#
# The broker jars come from Maven Central (deploy/kafka/pom.xml) into
# .cache/kafka/<version>/lib; state, logs and the pid file live in
# ${CLAIMWATCH_RUN_DIR:-.run}/kafka. The address ends up in .../kafka/bootstrap.
#
# Environment:
#   CLAIMWATCH_RUN_DIR                run root (default: <project>/.run)
#   CLAIMWATCH_KAFKA_PORT             client port (default 19092; if busy, a free one is picked)
#   CLAIMWATCH_KAFKA_CONTROLLER_PORT  controller port (default: client port + 1)
#   CLAIMWATCH_KAFKA_START_TIMEOUT    seconds to wait for readiness (default 90)
#   CLAIMWATCH_KAFKA_HEAP_OPTS        JVM heap (default "-Xmx512m -Xms256m")
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
KAFKA_CONF_DIR="$ROOT/deploy/kafka"
POM="$KAFKA_CONF_DIR/pom.xml"
RUN_ROOT="${CLAIMWATCH_RUN_DIR:-$ROOT/.run}"
mkdir -p "$RUN_ROOT"
RUN_ROOT="$(cd "$RUN_ROOT" && pwd)"
RUN="$RUN_ROOT/kafka"
PID_FILE="$RUN/kafka.pid"
ADDR_FILE="$RUN/bootstrap"
PROPS="$RUN/server.properties"
DATA="$RUN/data"
LOG="$RUN/kafka.log"
OUT="$RUN/kafka.out"
TIMEOUT="${CLAIMWATCH_KAFKA_START_TIMEOUT:-90}"
HEAP_OPTS="${CLAIMWATCH_KAFKA_HEAP_OPTS:--Xmx512m -Xms256m}"

# The version in the POM names the cache folder, so a version bump downloads anew.
KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM" | head -n1)"
LIB="$ROOT/.cache/kafka/$KAFKA_VERSION/lib"

say() { printf 'kafka: %s\n' "$*"; }
die() { printf 'kafka: ERROR: %s\n' "$*" >&2; exit 1; }

# True when something accepts TCP connections on 127.0.0.1:$1 (bash built-in, no nc needed).
port_open() { timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

# True when pid $1 is a live Kafka broker started with our server.properties.
is_our_broker() {
  local cmd
  [[ "$1" =~ ^[0-9]+$ && -r "/proc/$1/cmdline" ]] || return 1
  cmd="$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null || true)"
  [[ "$cmd" == *kafka.Kafka* && "$cmd" == *"$PROPS"* ]]
}

# The pid of our running broker, or nothing. A pid file left by a killed run
# (or a recycled pid) is ignored; a broker whose pid file was lost is found
# by its command line and adopted.
running_pid() {
  local pid
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  if is_our_broker "$pid"; then
    echo "$pid"
    return 0
  fi
  for pid in $(pgrep -f 'kafka[.]Kafka' || true); do
    if is_our_broker "$pid"; then
      mkdir -p "$RUN"
      echo "$pid" >"$PID_FILE"
      [[ -s "$ADDR_FILE" ]] || sed -n 's|^listeners=PLAINTEXT://\([^,]*\),.*|\1|p' "$PROPS" >"$ADDR_FILE"
      echo "$pid"
      return 0
    fi
  done
  return 1
}

# True while the process exists and is not a zombie (a SIGKILLed broker
# lingers as one until init reaps it, and kill -0 still succeeds on it).
alive() {
  local state
  state="$(sed -n 's/^[0-9]* (.*) \([A-Za-z]\) .*/\1/p' "/proc/$1/stat" 2>/dev/null || true)"
  [[ -n "$state" && "$state" != Z ]]
}

elapsed() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }'; }

fetch_jars() {
  # A marker with the POM's checksum: a changed POM (e.g. log4j bump) re-resolves.
  local sum marker
  sum="$(sha256sum "$POM" | cut -d' ' -f1)"
  marker="$LIB/.complete"
  if [[ -f "$marker" && "$(cat "$marker")" == "$sum" ]]; then
    return 0
  fi
  command -v mvn >/dev/null || die "mvn not found on PATH (Maven is needed once to download Kafka $KAFKA_VERSION)"
  say "downloading Kafka $KAFKA_VERSION jars from Maven Central (first run only)…"
  # Resolve into a temporary folder and rename at the end, so an interrupted
  # download never looks complete. -B keeps one line per downloaded file.
  local tmp="$LIB.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$(dirname "$LIB")"
  if ! mvn -B -f "$POM" dependency:copy-dependencies \
      -Dstyle.color=never -DincludeScope=runtime -DoutputDirectory="$tmp"; then
    rm -rf "$tmp"
    die "Maven could not resolve the Kafka jars (see the output above)"
  fi
  rm -rf "$LIB"
  mv "$tmp" "$LIB"
  echo "$sum" >"$marker"
  say "jars cached in ${LIB#"$ROOT"/} ($(find "$LIB" -name '*.jar' | wc -l) jars)"
}

# JVM flags as in Kafka's own kafka-run-class.sh, minus what we do not need.
java_args() {
  # shellcheck disable=SC2206  # HEAP_OPTS is a list of flags, split on purpose
  JAVA_ARGS=($HEAP_OPTS -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35
    -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true
    "-Dlog4j2.configurationFile=$KAFKA_CONF_DIR/log4j2.xml" "-Dkafka.logs.dir=$RUN"
    -cp "$LIB/*")
}

java_cmd() { java "${JAVA_ARGS[@]}" "$@"; }

pick_ports() {
  local port cport
  if [[ -n "${CLAIMWATCH_KAFKA_PORT:-}" ]]; then
    port="$CLAIMWATCH_KAFKA_PORT"
    cport="${CLAIMWATCH_KAFKA_CONTROLLER_PORT:-$((port + 1))}"
    port_open "$port" && die "port $port (CLAIMWATCH_KAFKA_PORT) is in use by another program"
    port_open "$cport" && die "controller port $cport is in use by another program"
  else
    # Default 19092/19093; when something else holds them, walk up in steps of 10.
    port=19092
    cport="${CLAIMWATCH_KAFKA_CONTROLLER_PORT:-19093}"
    local tries=0
    while port_open "$port" || port_open "$cport"; do
      tries=$((tries + 1))
      ((tries < 50)) || die "no free port pair found from 19092 on"
      port=$((19092 + tries * 10))
      cport=$((port + 1))
    done
    [[ "$port" == 19092 ]] || say "port 19092 is busy (not our broker): using $port"
  fi
  PORT="$port"
  CONTROLLER_PORT="$cport"
}

write_props() {
  local tpl
  tpl="$(cat "$KAFKA_CONF_DIR/server.properties")"
  tpl="${tpl//@PORT@/$PORT}"
  tpl="${tpl//@CONTROLLER_PORT@/$CONTROLLER_PORT}"
  tpl="${tpl//@LOG_DIR@/$DATA}"
  printf '%s\n' "$tpl" >"$PROPS"
}

fail_start() {
  printf 'kafka: ERROR: %s\n' "$1" >&2
  printf -- '--- last lines of %s ---\n' "$LOG" >&2
  tail -n 40 "$LOG" >&2 2>/dev/null || true
  if [[ -s "$OUT" ]]; then
    printf -- '--- last lines of %s ---\n' "$OUT" >&2
    tail -n 20 "$OUT" >&2 || true
  fi
  exit 1
}

start() {
  local pid t0
  t0="$(date +%s.%N)"
  if pid="$(running_pid)"; then
    say "already running on $(cat "$ADDR_FILE") (pid $pid)"
    return 0
  fi
  command -v java >/dev/null || die "java not found on PATH (Kafka $KAFKA_VERSION needs Java 17+)"
  mkdir -p "$RUN"
  rm -f "$PID_FILE" "$ADDR_FILE"
  fetch_jars
  java_args
  pick_ports
  write_props

  # The cluster id is generated once and kept with the data; --ignore-formatted
  # makes a second format a no-op, and we skip the JVM start entirely when the
  # storage already has its meta.properties.
  if [[ ! -f "$DATA/meta.properties" ]]; then
    local cid
    if [[ -s "$RUN/cluster.id" ]]; then
      cid="$(cat "$RUN/cluster.id")"
    else
      cid="$(java_cmd kafka.tools.StorageTool random-uuid 2>>"$OUT" | tail -n1)"
      [[ -n "$cid" ]] || die "could not generate a cluster id (see $OUT)"
      echo "$cid" >"$RUN/cluster.id"
    fi
    say "formatting storage in ${DATA#"$ROOT"/} (cluster id $cid)"
    java_cmd kafka.tools.StorageTool format -t "$cid" -c "$PROPS" --ignore-formatted >>"$OUT" 2>&1 \
      || fail_start "storage format failed"
  fi

  # A fresh log per start, so the readiness check cannot match an older run.
  [[ -f "$LOG" ]] && mv -f "$LOG" "$LOG.prev"
  : >"$OUT"
  say "starting broker on 127.0.0.1:$PORT (controller $CONTROLLER_PORT)…"
  # setsid: the broker outlives this script and ignores Ctrl-C in its terminal.
  # Without job control the child is no group leader, so setsid execs in place
  # and $! is the JVM's pid (checked again below).
  setsid java "${JAVA_ARGS[@]}" kafka.Kafka "$PROPS" </dev/null >>"$OUT" 2>&1 9>&- &
  pid=$!
  echo "$pid" >"$PID_FILE"

  local deadline=$((SECONDS + TIMEOUT))
  while :; do
    if ! alive "$pid"; then
      rm -f "$PID_FILE"
      fail_start "the broker exited during startup"
    fi
    if grep -qE 'Transitioning from RECOVERY to RUNNING|Kafka Server started' "$LOG" 2>/dev/null \
        && port_open "$PORT"; then
      break
    fi
    if ((SECONDS >= deadline)); then
      kill -TERM "$pid" 2>/dev/null || true
      rm -f "$PID_FILE"
      fail_start "the broker was not ready after ${TIMEOUT}s"
    fi
    sleep 0.3
  done
  # If setsid forked after all (caller with job control), this finds the JVM itself.
  running_pid >/dev/null || true
  echo "127.0.0.1:$PORT" >"$ADDR_FILE"
  say "ready on 127.0.0.1:$PORT ($(elapsed "$t0") s)"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE" "$ADDR_FILE"
    say "not running"
    return 0
  fi
  say "stopping (pid $pid)…"
  kill -TERM "$pid" 2>/dev/null || true
  # A controlled shutdown of a single node takes a few seconds; never wait forever.
  local deadline=$((SECONDS + 30))
  while alive "$pid" && ((SECONDS < deadline)); do
    sleep 0.3
  done
  if alive "$pid"; then
    say "still running after 30 s: SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$PID_FILE" "$ADDR_FILE"
  say "stopped"
}

status() {
  local pid
  if pid="$(running_pid)"; then
    say "running on $(cat "$ADDR_FILE" 2>/dev/null || echo '?') (pid $pid)"
    return 0
  fi
  say "not running"
  return 1
}

# One start/stop at a time per run folder (two shells, or make -j); the lock is
# released when this script exits (the broker gets fd 9 closed).
lock() {
  mkdir -p "$RUN"
  exec 9>"$RUN/.lock"
  flock -w 120 9 || die "another kafka.sh holds $RUN/.lock"
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
