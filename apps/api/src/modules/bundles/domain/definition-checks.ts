// What publishing a bundle version checks (issue 4 §1, "a bundle published with a dependency cycle → 422"):
// members unique and resolvable, dependencies and situation options that exist, no cycle, the audience of every
// member, and a promised limit within the law for joint handling and long enough for the dependency chain.
import type { BundleDefinition, Guide, TimeLimit } from '@msb/contracts';
import { ART_42_LIMITS } from '../../cases/domain/deadline.ts';
import { regionWithin } from '../../identity/domain/scope.ts';
import { findCycle, longestChain } from './member-graph.ts';

export interface DefinitionProblem {
  field: string;
  message: string;
}

/** A member's implementation as the catalogue has it; null when it is missing or has no published version. */
export interface MemberFacts {
  guide: Guide | null;
  regionCode: string | null;
}

export function definitionProblems(
  definition: BundleDefinition,
  facts: ReadonlyMap<string, MemberFacts>,
  bundleRegion: string,
): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const keys = new Set<string>();
  const options = new Set(definition.questions.flatMap((q) => q.options.map((o) => o.id)));
  const questionIds = new Set<string>();
  const optionIds = new Set<string>();
  definition.questions.forEach((q, i) => {
    if (questionIds.has(q.id))
      problems.push({ field: `questions.${i}.id`, message: `问题编号“${q.id}”重复` });
    questionIds.add(q.id);
    q.options.forEach((o, j) => {
      // a member's 适用情形 names an option id: it must say which question it answers
      if (optionIds.has(o.id))
        problems.push({
          field: `questions.${i}.options.${j}.id`,
          message: `选项编号“${o.id}”在多个问题中重复`,
        });
      optionIds.add(o.id);
    });
  });
  const implementations = new Set<string>();
  definition.members.forEach((m, i) => {
    const at = `members.${i}`;
    if (keys.has(m.key)) problems.push({ field: `${at}.key`, message: `成员编号“${m.key}”重复` });
    keys.add(m.key);
    if (implementations.has(m.implementationId))
      problems.push({ field: `${at}.implementationId`, message: '同一事项在本一件事中重复列为成员' });
    implementations.add(m.implementationId);
    for (const o of m.whenOptions ?? []) {
      if (!options.has(o))
        problems.push({ field: `${at}.whenOptions`, message: `适用情形“${o}”不是情形引导中的选项` });
    }
    const fact = facts.get(m.implementationId);
    if (!fact?.guide) {
      problems.push({ field: `${at}.implementationId`, message: '成员事项不存在或尚未发布' });
      return;
    }
    if (fact.regionCode && !regionWithin(fact.regionCode, bundleRegion))
      problems.push({ field: `${at}.implementationId`, message: '成员事项不在本一件事所属区划内' });
    const audience = definition.audience === 'person' ? 'person' : 'legal_person';
    if (!fact.guide.audience.includes(audience))
      problems.push({
        field: `${at}.implementationId`,
        message: `“${fact.guide.name}”不面向${definition.audience === 'person' ? '自然人' : '法人'}办理`,
      });
  });
  definition.members.forEach((m, i) => {
    m.dependsOn.forEach((d, j) => {
      if (d === m.key)
        problems.push({ field: `members.${i}.dependsOn.${j}`, message: '成员事项不能依赖自身' });
      else if (!keys.has(d))
        problems.push({ field: `members.${i}.dependsOn.${j}`, message: `依赖的成员“${d}”不存在` });
    });
  });
  const cycle = findCycle(definition.members);
  if (cycle) {
    problems.push({ field: 'members', message: `成员事项之间存在循环依赖：${cycle.join(' → ')}` });
  } else {
    problems.push(...limitProblems(definition, facts));
  }
  return problems;
}

/**
 * 行政许可法 第四十二条第二款: 统一办理、联合办理、集中办理 no longer than 45 (working) days. The promise must also
 * leave room for the longest chain of members that wait for each other.
 */
export function limitProblems(
  definition: Pick<BundleDefinition, 'members' | 'promisedLimit'>,
  facts: ReadonlyMap<string, MemberFacts>,
): DefinitionProblem[] {
  const limit = definition.promisedLimit;
  const joint = ART_42_LIMITS.joint.limit;
  if (limit.unit !== 'workday')
    return [{ field: 'promisedLimit.unit', message: '一件事承诺时限按工作日计算（行政许可法 第八十二条）' }];
  if (limit.amount > joint.amount)
    return [
      {
        field: 'promisedLimit.amount',
        message: `联合办理期限不得超过 ${joint.amount} 个工作日（行政许可法 第四十二条第二款）`,
      },
    ];
  const chain = longestChain(
    definition.members.map((m) => ({
      key: m.key,
      dependsOn: m.dependsOn,
      limit: workdaysOf(facts.get(m.implementationId)?.guide?.promisedLimit),
    })),
  );
  if (chain.total > limit.amount)
    return [
      {
        field: 'promisedLimit.amount',
        message: `承诺时限 ${limit.amount} 个工作日短于前后衔接的成员事项承诺时限之和 ${chain.total} 个工作日（${chain.chain.join(' → ')}）`,
      },
    ];
  return [];
}

/** A member's promise in working days; a natural-day promise counts as that many working days (an upper bound). */
function workdaysOf(limit: TimeLimit | undefined): number {
  return limit?.amount ?? 0;
}
