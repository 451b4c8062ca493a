#!/usr/bin/env bash
# Fails when the table definitions would generate a migration that is not committed.
set -euo pipefail
tmp=.migrations-check
rm -rf "$tmp" && mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
cp -r apps/api/src/db/migrations/. "$tmp/"
out=$(npx drizzle-kit generate --dialect postgresql --schema apps/api/src/db/schema.ts --out "$tmp" 2>&1) || { echo "$out" >&2; exit 1; }
if echo "$out" | grep -qiE 'error|ENOENT'; then echo "$out" >&2; exit 1; fi
if ! diff -rq apps/api/src/db/migrations "$tmp" >/dev/null; then
  echo "表定义与已提交的迁移不一致：请运行 npm run db:generate 并提交生成的迁移" >&2
  diff -rq apps/api/src/db/migrations "$tmp" >&2 || true
  exit 1
fi
echo "迁移与表定义一致"
