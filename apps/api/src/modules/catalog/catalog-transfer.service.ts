// Moving a catalogue in and out (issue 2 §3): JSON of every implementation with its base item and guide.
// An import is one transaction: either every entry is written as a draft, or nothing is.
import { Guide, ITEM_TYPES, type ItemType } from '@msb/contracts';
import { eq } from 'drizzle-orm';
import Type, { type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import type { Actor } from '../../platform/access.ts';
import type { Deps } from '../../platform/deps.ts';
import { toFieldErrors } from '../../platform/error-handler.ts';
import { validationFailed } from '../../platform/errors.ts';
import { trimRegion } from '../identity/domain/scope.ts';
import { orgs } from '../orgs/orgs.tables.ts';
import { canEditCatalog } from './catalog.policy.ts';
import { latestVersion, listImplementationsWithLatest } from './catalog.repo.ts';
import { createBaseItem, createImplementation, saveDraft } from './catalog.service.ts';
import { baseItems, implementations } from './catalog.tables.ts';
import { materialsFromXlsx } from './catalog-xlsx.ts';

export const CatalogEntry = Type.Object({
  base: Type.Object({
    code: Type.String({ minLength: 4, maxLength: 60 }),
    name: Type.String({ minLength: 2, maxLength: 200 }),
    itemType: Type.Enum(ITEM_TYPES),
    basis: Type.String({ minLength: 2, maxLength: 4000 }),
    competentDept: Type.String({ minLength: 2, maxLength: 100 }),
  }),
  implementation: Type.Object({
    code: Type.String({ minLength: 4, maxLength: 80, pattern: '^[0-9A-Za-z-]+$' }),
    regionCode: Type.String({ pattern: '^\\d{12}$' }),
    orgKey: Type.String({ minLength: 2, maxLength: 60 }),
  }),
  guide: Guide,
});
export type CatalogEntry = Static<typeof CatalogEntry>;
export const CatalogDocument = Type.Object({
  format: Type.Literal('msb-catalog'),
  version: Type.Literal(1),
  exportedAt: Type.Optional(Type.String()),
  entries: Type.Array(CatalogEntry, { maxItems: 20_000 }),
});
export type CatalogDocument = Static<typeof CatalogDocument>;
const checkDocument = Compile(CatalogDocument);

/** Every implementation in the actor's scope with its latest guide (draft or published). */
export async function exportCatalog(deps: Deps, actor: Actor): Promise<CatalogDocument> {
  const scope = actor.orgId
    ? { orgId: actor.orgId }
    : { regionPrefix: trimRegion(actor.regionCode ?? '__none__') };
  const { rows } = await listImplementationsWithLatest(deps.db, scope, 1_000_000);
  const orgKeys = new Map(
    (await deps.db.select({ id: orgs.id, key: orgs.key }).from(orgs)).map((o) => [o.id, o.key]),
  );
  const bases = new Map((await deps.db.select().from(baseItems)).map((b) => [b.id, b]));
  return {
    format: 'msb-catalog',
    version: 1,
    exportedAt: deps.now().toISOString(),
    entries: rows.map((r) => {
      const base = bases.get(r.impl.baseItemId);
      return {
        base: {
          code: base?.code ?? r.baseCode,
          name: base?.name ?? r.version.guide.name,
          itemType: (base?.itemType ?? r.version.guide.itemType) as ItemType,
          basis: base?.basis ?? r.version.guide.basis,
          competentDept: base?.competentDept ?? r.orgName,
        },
        implementation: {
          code: r.impl.code,
          regionCode: r.impl.regionCode,
          orgKey: orgKeys.get(r.impl.orgId) ?? '',
        },
        guide: r.version.guide,
      };
    }),
  };
}

export async function importCatalog(
  deps: Deps,
  actor: Actor,
  document: unknown,
): Promise<{ created: number; updated: number }> {
  if (!checkDocument.Check(document)) {
    throw validationFailed(
      toFieldErrors([...checkDocument.Errors(document)].slice(0, 50)),
      '导入文件不符合事项库格式',
    );
  }
  const doc = document;
  const orgRows = await deps.db
    .select({ id: orgs.id, key: orgs.key, regionCode: orgs.regionCode })
    .from(orgs);
  const orgByKey = new Map(orgRows.map((o) => [o.key, o]));
  const problems = doc.entries.flatMap((e, i) => {
    const org = orgByKey.get(e.implementation.orgKey);
    if (!org)
      return [
        { field: `entries.${i}.implementation.orgKey`, message: `部门 ${e.implementation.orgKey} 不存在` },
      ];
    if (!canEditCatalog(actor, { regionCode: e.implementation.regionCode, orgId: org.id })) {
      return [{ field: `entries.${i}.implementation`, message: '超出本人负责的区划或部门' }];
    }
    return [];
  });
  if (problems.length) throw validationFailed(problems, '导入内容有误，未写入任何数据');
  let created = 0;
  let updated = 0;
  await deps.db.transaction(async (tx) => {
    for (const entry of doc.entries) {
      const org = orgByKey.get(entry.implementation.orgKey);
      if (!org) continue;
      let [base] = await tx.select().from(baseItems).where(eq(baseItems.code, entry.base.code));
      base ??= await createBaseItem(deps, actor, entry.base, tx);
      const [existing] = await tx
        .select()
        .from(implementations)
        .where(eq(implementations.code, entry.implementation.code));
      if (existing) {
        await saveDraft(deps, actor, existing.id, entry.guide, tx);
        updated++;
      } else {
        await createImplementation(
          deps,
          actor,
          {
            baseItemId: base.id,
            code: entry.implementation.code,
            regionCode: entry.implementation.regionCode,
            orgId: org.id,
            guide: entry.guide,
          },
          tx,
        );
        created++;
      }
    }
  });
  return { created, updated };
}

/**
 * Replace the materials of each listed implementation with the rows of a spreadsheet (same layout as the
 * export). Blank/sample forms and situation links are not in the sheet: they are kept from the material of
 * the same id. Every guide is written as a draft in one transaction, or nothing is.
 */
export async function importMaterialsXlsx(
  deps: Deps,
  actor: Actor,
  buffer: Buffer,
): Promise<{ implementations: number; materials: number }> {
  const { rows, errors } = await materialsFromXlsx(buffer);
  if (errors.length) {
    throw validationFailed(
      errors.slice(0, 100).map((e) => ({ field: `第${e.row}行·${e.field}`, message: e.message })),
      '申请材料表格有误，未写入任何数据',
    );
  }
  if (rows.length === 0) throw validationFailed([{ field: 'file', message: '表格中没有材料行' }]);
  const byCode = new Map<string, typeof rows>();
  for (const r of rows) byCode.set(r.implementationCode, [...(byCode.get(r.implementationCode) ?? []), r]);
  return deps.db.transaction(async (tx) => {
    for (const [code, list] of byCode) {
      const [impl] = await tx.select().from(implementations).where(eq(implementations.code, code));
      const first = list[0]?.row ?? 0;
      if (!impl)
        throw validationFailed([{ field: `第${first}行·实施编码`, message: `实施编码 ${code} 不存在` }]);
      if (!canEditCatalog(actor, impl))
        throw validationFailed([{ field: `第${first}行·实施编码`, message: '超出本人负责的区划或部门' }]);
      const latest = await latestVersion(tx, impl.id);
      if (!latest) continue;
      const previous = new Map(latest.guide.materials.map((m) => [m.id, m]));
      const materials = list.map(({ material }) => {
        const old = previous.get(material.id);
        return {
          ...material,
          blankForm: old?.blankForm,
          sampleForm: old?.sampleForm,
          whenOptions: material.whenOptions ?? old?.whenOptions,
        };
      });
      const guide = { ...latest.guide, materials };
      if (!checkGuide.Check(guide)) {
        throw validationFailed(
          toFieldErrors([...checkGuide.Errors(guide)].slice(0, 20), code),
          '导入后的办事指南不符合格式',
        );
      }
      await saveDraft(deps, actor, impl.id, guide, tx);
    }
    return { implementations: byCode.size, materials: rows.length };
  });
}
const checkGuide = Compile(Guide);
