#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL server on loopback (port PGTEST_PORT, default 55432).
# With DATABASE_URL already set, runs the command against that server instead.
set -euo pipefail
if [ -n "${DATABASE_URL:-}" ]; then exec "$@"; fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "未找到 PostgreSQL（apt-get install postgresql）" >&2; exit 1; }
port=${PGTEST_PORT:-55432}
dir=$(mktemp -d /tmp/msb-pg.XXXXXX)
run_as() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = "0" ] && chown postgres "$dir"
run_as "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
run_as "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" -w start >/dev/null
cleanup() { run_as "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') 已在 127.0.0.1:$port 启动（测试用，结束后删除）"
DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres" "$@"
