import fs from 'node:fs';
import path from 'node:path';
import { isValidRegionCode, parentRegionCode, regionLevelOf } from '@msb/contracts';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, forbidden, notFound, validationFailed } from '../../platform/errors.ts';
import { regionWithin } from '../identity/domain/scope.ts';
import { regions } from './regions.tables.ts';

export type RegionRow = typeof regions.$inferSelect;
export type RegionLevel = RegionRow['level'];
export interface RegionView {
  code: string;
  name: string;
  parentCode: string | null;
  level: RegionLevel;
  statisticalOnly: boolean;
}

const CSV = path.join(import.meta.dirname, 'data/regions-inner-mongolia.csv');

/** Load the shipped region tree once (first start); later starts find it there and do nothing. */
export async function loadRegionTree(deps: Deps): Promise<number> {
  const [row] = await deps.db.select({ n: sql<number>`count(*)::int` }).from(regions);
  if ((row?.n ?? 0) > 0) return 0;
  const lines = fs.readFileSync(CSV, 'utf8').trim().split(/\r?\n/).slice(1);
  const values = lines.map((line) => {
    const [code = '', name = '', parent = '', level = ''] = line.split(',');
    return {
      code,
      name,
      parentCode: parent || null,
      level: level as RegionLevel,
      // statistical-only zones: 7x in positions 5–6 (domain-facts §7)
      statisticalOnly: level === 'county' && code[4] === '7',
    };
  });
  await deps.db.transaction(async (tx) => {
    for (let i = 0; i < values.length; i += 500) await tx.insert(regions).values(values.slice(i, i + 500));
  });
  return values.length;
}

export async function listRegions(
  deps: Deps,
  query: { parent?: string; level?: RegionLevel },
): Promise<RegionView[]> {
  const where = [];
  if (query.parent) where.push(eq(regions.parentCode, query.parent));
  if (query.level) where.push(eq(regions.level, query.level));
  if (!query.parent && !query.level) where.push(inArray(regions.level, ['province', 'city']));
  return deps.db
    .select(viewColumns)
    .from(regions)
    .where(and(...where))
    .orderBy(asc(regions.code));
}

const viewColumns = {
  code: regions.code,
  name: regions.name,
  parentCode: regions.parentCode,
  level: regions.level,
  statisticalOnly: regions.statisticalOnly,
};

export async function getRegion(deps: Deps, code: string): Promise<RegionView & { ancestors: RegionView[] }> {
  const chain: RegionView[] = [];
  let cursor: string | null = code;
  while (cursor) {
    const [row]: RegionView[] = await deps.db
      .select(viewColumns)
      .from(regions)
      .where(eq(regions.code, cursor));
    if (!row) break;
    chain.unshift(row);
    cursor = row.parentCode;
  }
  const self = chain.pop();
  if (!self || self.code !== code) throw notFound(`区划 ${code} `);
  return { ...self, ancestors: chain };
}

export interface AddVillageInput {
  code: string;
  name: string;
  parentCode: string;
}

/** Administrators add village-level units (嘎查村/社区) under a township. */
export async function addVillage(deps: Deps, actor: Actor, input: AddVillageInput): Promise<RegionView> {
  if (!isValidRegionCode(input.code) || regionLevelOf(input.code) !== 'village') {
    throw validationFailed([{ field: 'code', message: '村级区划代码应为 12 位数字，后三位不全为 0' }]);
  }
  if (parentRegionCode(input.code) !== input.parentCode) {
    throw validationFailed([{ field: 'parentCode', message: '上级区划与区划代码的前九位不一致' }]);
  }
  if (!actor.regionCode || !regionWithin(input.code, actor.regionCode))
    throw forbidden('只能在本人管辖区划内添加区划');
  const [parent] = await deps.db.select().from(regions).where(eq(regions.code, input.parentCode));
  if (!parent)
    throw validationFailed([{ field: 'parentCode', message: `上级区划 ${input.parentCode} 不存在` }]);
  if (parent.level !== 'township') {
    throw validationFailed([{ field: 'parentCode', message: '嘎查村/社区只能添加在苏木乡镇街道之下' }]);
  }
  const [exists] = await deps.db
    .select({ code: regions.code })
    .from(regions)
    .where(eq(regions.code, input.code));
  if (exists) throw new AppError('CONFLICT', `区划代码 ${input.code} 已存在`);
  const [row] = await deps.db
    .insert(regions)
    .values({
      code: input.code,
      name: input.name,
      parentCode: input.parentCode,
      level: 'village',
      createdBy: actor.userId,
    })
    .returning(viewColumns);
  if (!row) throw new AppError('INTERNAL', '添加区划失败');
  return row;
}
