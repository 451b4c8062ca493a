#!/usr/bin/env bash
# Builds the web pages, starts the platform with fresh demo data on a free port and runs the browser
# journeys in Debian Chromium against it.
set -euo pipefail
npm run build -w @msb/web >/dev/null
port=${E2E_PORT:-3901}
dir=$(mktemp -d /tmp/msb-e2e.XXXXXX)
DATA_DIR="$dir" PORT="$port" HOST=127.0.0.1 LOG_LEVEL=warn LOGIN_RATE_PER_MINUTE=1000 node --import tsx apps/api/src/server.ts >"$dir/server.log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$dir/server.log"; exit 1; }
  sleep 0.5
done
curl -sf "http://127.0.0.1:$port/api/health" >/dev/null || { echo "平台未能启动"; cat "$dir/server.log"; exit 1; }
E2E_BASE_URL="http://127.0.0.1:$port" npx vitest run --project e2e "$@"
