#!/usr/bin/env bash
# The whole test suite, exactly what `npm test` and .ci/run run: lint, type-check, migrations check,
# unit tests, API tests on PGlite and again on a PostgreSQL server, then the browser journeys.
set -euo pipefail
cd "$(dirname "$0")/.."
report=$(mktemp -d /tmp/msb-report.XXXXXX)
bash scripts/ensure-system-deps.sh
echo "== 代码规范 (biome)"; npm run -s lint
echo "== 类型检查 (tsc)"; npm run -s typecheck
echo "== 迁移检查"; bash scripts/check-migrations.sh
echo "== 单元测试"; npx vitest run --project unit --reporter=default --reporter=json --outputFile="$report/unit.json"
echo "== 接口测试（内嵌 PGlite）"; npx vitest run --project api --reporter=default --reporter=json --outputFile="$report/api-pglite.json"
echo "== 接口测试（PostgreSQL 服务器）"; bash scripts/with-postgres.sh npx vitest run --project api --reporter=default --reporter=json --outputFile="$report/api-postgres.json"
echo "== 浏览器测试（Chromium）"; bash scripts/test-e2e.sh --reporter=default --reporter=json --outputFile="$report/e2e.json"
node scripts/sum-reports.mjs "$report"/*.json
