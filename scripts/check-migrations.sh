#!/usr/bin/env bash
# Fails when the table definitions would generate a migration that is not committed.
set -euo pipefail
tmp=$(mktemp -d)
cp -r apps/api/src/db/migrations/. "$tmp/"
npx drizzle-kit generate --dialect postgresql --schema apps/api/src/db/schema.ts --out "$tmp" >/dev/null
if ! diff -rq apps/api/src/db/migrations "$tmp" >/dev/null; then
  echo "表定义与已提交的迁移不一致：请运行 npm run db:generate 并提交生成的迁移" >&2
  diff -rq apps/api/src/db/migrations "$tmp" >&2 || true
  rm -rf "$tmp"; exit 1
fi
rm -rf "$tmp"
echo "迁移与表定义一致"
