// The dependencies between the members of a bundle: which member needs another's approval first (e.g. 食品经营
// 许可 after the business licence, 社保卡 after 出生登记). Pure: cycle detection for publishing, the stages in
// which members are handled in parallel (并联审批), and the longest chain of promised limits.

export interface MemberNode {
  key: string;
  dependsOn: readonly string[];
}

/** A dependency cycle as the member keys along it (first key repeated at the end), or null. */
export function findCycle(members: readonly MemberNode[]): string[] | null {
  const byKey = new Map(members.map((m) => [m.key, m]));
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (key: string): string[] | null => {
    const mark = state.get(key);
    if (mark === 'done') return null;
    if (mark === 'visiting') return [...path.slice(path.indexOf(key)), key];
    state.set(key, 'visiting');
    path.push(key);
    for (const next of byKey.get(key)?.dependsOn ?? []) {
      if (!byKey.has(next)) continue;
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(key, 'done');
    return null;
  };
  for (const m of members) {
    const cycle = visit(m.key);
    if (cycle) return cycle;
  }
  return null;
}

/**
 * The members in handling stages: every member of a stage depends only on members of earlier stages, so a
 * stage's members are handled in parallel. A dependency on a member that is not in the list (the answers left
 * it out: the applicant already holds its result) does not hold anything back. Within a stage, list order.
 */
export function handlingStages(members: readonly MemberNode[]): string[][] {
  if (findCycle(members)) throw new Error('成员事项之间存在循环依赖');
  const present = new Set(members.map((m) => m.key));
  const placed = new Set<string>();
  const stages: string[][] = [];
  while (placed.size < members.length) {
    const stage = members
      .filter((m) => !placed.has(m.key))
      .filter((m) => m.dependsOn.every((d) => !present.has(d) || placed.has(d)))
      .map((m) => m.key);
    for (const key of stage) placed.add(key);
    stages.push(stage);
  }
  return stages;
}

/** The members a member waits for, among those present. */
export function waitsFor(member: MemberNode, present: ReadonlySet<string>): string[] {
  return member.dependsOn.filter((d) => present.has(d));
}

/**
 * The longest chain of members' limits (in one unit) along the dependencies: the least time the whole bundle
 * can take when every member uses its full limit.
 */
export function longestChain(members: readonly (MemberNode & { limit: number })[]): {
  total: number;
  chain: string[];
} {
  const byKey = new Map(members.map((m) => [m.key, m]));
  const memo = new Map<string, { total: number; chain: string[] }>();
  const best = (key: string): { total: number; chain: string[] } => {
    const hit = memo.get(key);
    if (hit) return hit;
    const m = byKey.get(key);
    if (!m) return { total: 0, chain: [] };
    let before = { total: 0, chain: [] as string[] };
    for (const d of m.dependsOn) {
      if (!byKey.has(d)) continue;
      const candidate = best(d);
      if (candidate.total > before.total) before = candidate;
    }
    const result = { total: before.total + m.limit, chain: [...before.chain, key] };
    memo.set(key, result);
    return result;
  };
  if (findCycle(members)) throw new Error('成员事项之间存在循环依赖');
  let answer = { total: 0, chain: [] as string[] };
  for (const m of members) {
    const candidate = best(m.key);
    if (candidate.total > answer.total) answer = candidate;
  }
  return answer;
}
