#!/usr/bin/env bash
# Entrypoint of the apache/kafka container in the security profile (docker-compose.security.yml).
# Reads every secret from /run/secrets (never from the environment of the compose file), formats the
# KRaft storage with the SCRAM users on first start, then hands over to the image's own start script.
set -euo pipefail
S=/run/secrets
pw() { tr -d '\n' <"$S/$1"; }

export KAFKA_SSL_KEYSTORE_PASSWORD="$(pw kafka_keystore_password)"
export KAFKA_SSL_KEY_PASSWORD="$KAFKA_SSL_KEYSTORE_PASSWORD"
admin="$(pw kafka_admin_password)"
jaas="org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"$admin\";"
export KAFKA_LISTENER_NAME_SASL__SSL_SCRAM___SHA___512_SASL_JAAS_CONFIG="$jaas"
export KAFKA_LISTENER_NAME_EXTERNAL_SCRAM___SHA___512_SASL_JAAS_CONFIG="$jaas"

# The healthcheck's client configuration (inside the container only, mode 600).
umask 077
cat >/tmp/admin.properties <<PROPS
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=$jaas
ssl.truststore.type=PEM
ssl.truststore.location=$S/kafka_ca.pem
PROPS

# SCRAM credentials live in the KRaft metadata: add them when the storage is formatted (first start).
# kafka_scram_users holds one "name password" per line (written by make-secrets.sh).
if [[ ! -f /var/lib/kafka/data/meta.properties ]]; then
  /opt/kafka/bin/kafka-storage.sh format --ignore-formatted -t "$CLUSTER_ID" -c /opt/kafka/config/server.properties \
    --add-scram "SCRAM-SHA-512=[name=admin,password=$admin]" \
    $(while read -r name password; do printf -- '--add-scram SCRAM-SHA-512=[name=%s,password=%s] ' "$name" "$password"; done <"$S/kafka_scram_users") \
    >/dev/null
fi
exec /etc/kafka/docker/run
