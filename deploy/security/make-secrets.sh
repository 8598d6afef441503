#!/usr/bin/env bash
# Generate the secrets of the compose security profile into deploy/security/secrets/ (mode 600, git-ignored):
# a CA and the broker's TLS certificate (PKCS12 keystore), a random SCRAM password per service, the
# PostgreSQL owner password and one database URL per service role. Idempotent: existing files are kept.
#
#   deploy/security/make-secrets.sh [kafka host name, default kafka]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$HERE/secrets"
HOST="${1:-kafka}"
SERVICES=(article-ingester post-ingester normalizer deduper reconciler archivist)
PG_SERVICES=(article-ingester post-ingester deduper reconciler archivist)
umask 077
mkdir -p "$OUT"
[[ -f "$OUT/.gitignore" ]] || printf '*\n' >"$OUT/.gitignore"

rand() { openssl rand -base64 33 | tr -d '/+=\n' | cut -c1-32; }
keep() { [[ -s "$OUT/$1" ]] || rand >"$OUT/$1"; }

if [[ ! -s "$OUT/ca.pem" ]]; then
  openssl req -x509 -newkey rsa:3072 -sha256 -days 825 -nodes -subj "/CN=claimwatch-ca" \
    -keyout "$OUT/ca.key" -out "$OUT/ca.pem" 2>/dev/null
fi
keep kafka_keystore_password
if [[ ! -s "$OUT/kafka.p12" ]]; then
  openssl req -newkey rsa:3072 -sha256 -nodes -subj "/CN=$HOST" -keyout "$OUT/kafka.key" -out "$OUT/kafka.csr" 2>/dev/null
  printf 'subjectAltName=DNS:%s,DNS:localhost,IP:127.0.0.1\n' "$HOST" >"$OUT/kafka.ext"
  openssl x509 -req -in "$OUT/kafka.csr" -CA "$OUT/ca.pem" -CAkey "$OUT/ca.key" -CAcreateserial -days 825 \
    -sha256 -extfile "$OUT/kafka.ext" -out "$OUT/kafka.pem" 2>/dev/null
  openssl pkcs12 -export -in "$OUT/kafka.pem" -inkey "$OUT/kafka.key" -certfile "$OUT/ca.pem" -name kafka \
    -passout "file:$OUT/kafka_keystore_password" -out "$OUT/kafka.p12"
  rm -f "$OUT/kafka.csr" "$OUT/kafka.ext"
fi
keep kafka_admin_password
: >"$OUT/kafka_scram_users.tmp"
for s in "${SERVICES[@]}"; do
  keep "kafka_${s}_password"
  printf '%s %s\n' "$s" "$(cat "$OUT/kafka_${s}_password")" >>"$OUT/kafka_scram_users.tmp"
done
mv -f "$OUT/kafka_scram_users.tmp" "$OUT/kafka_scram_users"

keep pg_owner_password
printf 'postgresql://claimwatch:%s@postgres:5432/claimwatch' "$(cat "$OUT/pg_owner_password")" >"$OUT/pg_owner_url"
for s in "${PG_SERVICES[@]}"; do
  keep "pg_${s}_password"
  role="cw_${s//-/_}"
  printf 'postgresql://%s:%s@postgres:5432/claimwatch' "$role" "$(cat "$OUT/pg_${s}_password")" >"$OUT/pg_${s}_url"
done
echo "secrets in ${OUT#"$PWD"/} (apply the roles with deploy/security/postgres-roles.sql, see docs/security.md)"
