#!/usr/bin/env bash
# Install Redis from Debian's packages if absent and start it on 127.0.0.1:6379 (no persistence: a test queue).
# Idempotent; needs root. The tests of the Redis task queue (tests/core/test_redis_queue.py) use it.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! command -v redis-server >/dev/null; then
  apt-get update -q
  apt-get install -y -q redis-server
fi
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save "" --appendonly no \
    --logfile /tmp/xiaobao-ci-redis.log
fi
for _ in $(seq 1 30); do
  redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break
  sleep 0.5
done
redis-cli -h 127.0.0.1 -p 6379 ping
