#!/usr/bin/env bash
# Install PostgreSQL from Debian's packages if absent, start a cluster on 127.0.0.1:5432 and create the
# `xiaobao` role (password `xiaobao`, may create the test database). Idempotent; needs root.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! command -v pg_lsclusters >/dev/null || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  apt-get update -q
  apt-get install -y -q postgresql
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  pg_createcluster "$version" main -- --auth-local=peer --auth-host=scram-sha-256
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
if [ "$port" != "5432" ]; then
  echo "PostgreSQL cluster $version/main listens on $port, expected 5432" >&2
  exit 1
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -h 127.0.0.1 -p 5432 -q && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'xiaobao') THEN
    CREATE ROLE xiaobao LOGIN PASSWORD 'xiaobao' CREATEDB;
  END IF;
END $$;
SELECT 'CREATE DATABASE xiaobao OWNER xiaobao' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'xiaobao')\gexec
SQL
