#!/usr/bin/env bash
# Run a command with local Kafka + PostgreSQL available, then stop what this script started.
#
#   deploy/local/with-infra.sh CMD [ARGS...]
#
# KAFKA_BOOTSTRAP_SERVERS / DATABASE_URL already set: those are used and nothing is started.
# Infrastructure already running (make up): it is used and left running.
# CLAIMWATCH_REQUIRE_INFRA=1 is exported: tests fail, never skip, when infrastructure is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"

started=0
if ! deploy/local/infra.sh status >/dev/null 2>&1; then
  started=1
fi
cleanup() {
  local rc=$?
  if [[ $started == 1 ]]; then
    deploy/local/infra.sh down || true
  fi
  exit $rc
}
trap cleanup EXIT INT TERM
deploy/local/infra.sh up
# shellcheck disable=SC1091
source .run/infra.env
export CLAIMWATCH_REQUIRE_INFRA=1
"$@"
