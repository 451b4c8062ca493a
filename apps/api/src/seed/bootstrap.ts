// First start: the region tree always; the demo data (示例) when DEMO_DATA is on and the catalogue is empty.

import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { orgs } from '../modules/orgs/orgs.tables.ts';
import { loadRegionTree } from '../modules/regions/regions.service.ts';
import { warmSearchIndex } from '../modules/search/search.service.ts';
import type { Deps } from '../platform/deps.ts';
import { loadDemoData } from './load-demo.ts';

export async function bootstrap(deps: Deps, log: Pick<FastifyBaseLogger, 'info'>): Promise<void> {
  const regionsLoaded = await loadRegionTree(deps);
  if (regionsLoaded) log.info(`已载入区划 ${regionsLoaded} 条`);
  await loadDemoOnce(deps, log);
  const started = Date.now();
  const indexed = await warmSearchIndex(deps);
  log.info(`检索索引已载入 ${indexed} 项（${Date.now() - started} ms）`);
}

async function loadDemoOnce(deps: Deps, log: Pick<FastifyBaseLogger, 'info'>): Promise<void> {
  if (!deps.config.demoData) return;
  const [row] = await deps.db.select({ n: sql<number>`count(*)::int` }).from(orgs);
  if ((row?.n ?? 0) > 0) return;
  const started = Date.now();
  const counts = await loadDemoData(deps);
  await deps.database.vacuum();
  log.info(
    `已载入示例数据：部门 ${counts.orgs} 个，实施清单 ${counts.implementations} 项，示例办件 ${counts.cases} 件（${Date.now() - started} ms）`,
  );
}
