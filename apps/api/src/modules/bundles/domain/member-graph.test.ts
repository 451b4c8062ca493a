import { describe, expect, it } from 'vitest';
import { findCycle, handlingStages, longestChain, type MemberNode, waitsFor } from './member-graph.ts';

const n = (key: string, ...dependsOn: string[]): MemberNode => ({ key, dependsOn });
const timed = (key: string, limit: number, ...dependsOn: string[]) => ({ key, limit, dependsOn });

describe('findCycle', () => {
  it.each<[string, MemberNode[], string[] | null]>([
    ['no members', [], null],
    ['no dependencies', [n('a'), n('b')], null],
    ['a chain', [n('c', 'b'), n('b', 'a'), n('a')], null],
    ['a diamond', [n('top'), n('left', 'top'), n('right', 'top'), n('bottom', 'left', 'right')], null],
    ['dependencies on unknown keys are ignored', [n('a', 'ghost'), n('b', 'a', 'nobody')], null],
    ['a 2-cycle', [n('a', 'b'), n('b', 'a')], ['a', 'b', 'a']],
    ['a 3-cycle, as the path a → c → b → a', [n('a', 'c'), n('b', 'a'), n('c', 'b')], ['a', 'c', 'b', 'a']],
    ['a self-loop', [n('a'), n('b', 'b')], ['b', 'b']],
    // the walk enters at x and a, which lead nowhere; the cycle is reported without the lead-in
    ['a cycle behind a lead-in', [n('x'), n('a', 'x', 'b'), n('b', 'c'), n('c', 'b')], ['b', 'c', 'b']],
  ])('%s', (_, members, expected) => {
    expect(findCycle(members)).toEqual(expected);
  });

  it('reports a path whose every step is a real dependency', () => {
    const members = [n('a', 'd'), n('b', 'a'), n('c', 'b'), n('d', 'c'), n('e', 'a')];
    const cycle = findCycle(members);
    expect(cycle).not.toBeNull();
    const path = cycle ?? [];
    expect(path[0]).toBe(path[path.length - 1]);
    for (let i = 0; i + 1 < path.length; i += 1) {
      const from = members.find((m) => m.key === path[i]);
      expect(from?.dependsOn).toContain(path[i + 1]);
    }
    expect(new Set(path).size).toBe(4);
  });
});

describe('handlingStages', () => {
  it.each<[string, MemberNode[], string[][]]>([
    ['no members', [], []],
    [
      'independent members form one parallel stage, in list order',
      [n('b'), n('a'), n('c')],
      [['b', 'a', 'c']],
    ],
    ['a chain, one member per stage', [n('c', 'b'), n('b', 'a'), n('a')], [['a'], ['b'], ['c']]],
    [
      'a diamond',
      [n('top'), n('left', 'top'), n('right', 'top'), n('bottom', 'left', 'right')],
      [['top'], ['left', 'right'], ['bottom']],
    ],
    [
      'a member waits for its slowest dependency',
      [n('a'), n('b', 'a'), n('c', 'a', 'b'), n('d')],
      [['a', 'd'], ['b'], ['c']],
    ],
    [
      'a dependency on a member not selected holds nothing back',
      [n('social-card', 'hukou'), n('vaccination', 'birth-cert'), n('birth-cert')],
      [['social-card', 'birth-cert'], ['vaccination']],
    ],
  ])('%s', (_, members, expected) => {
    expect(handlingStages(members)).toEqual(expected);
  });

  it.each<[string, MemberNode[]]>([
    ['a 2-cycle', [n('a', 'b'), n('b', 'a')]],
    ['a self-loop', [n('a', 'a')]],
    ['a cycle beside free members', [n('x'), n('a', 'c'), n('b', 'a'), n('c', 'b')]],
  ])('throws on %s', (_, members) => {
    expect(() => handlingStages(members)).toThrow('循环依赖');
  });
});

describe('waitsFor', () => {
  it.each<[string[], string[], string[]]>([
    [
      ['hukou', 'birth-cert'],
      ['hukou', 'birth-cert', 'card'],
      ['hukou', 'birth-cert'],
    ],
    [['hukou', 'birth-cert'], ['birth-cert'], ['birth-cert']],
    [['hukou'], [], []],
    [[], ['hukou'], []],
  ])('dependsOn %j among %j → %j', (dependsOn, present, expected) => {
    expect(waitsFor({ key: 'card', dependsOn }, new Set(present))).toEqual(expected);
  });
});

describe('longestChain', () => {
  it.each<[string, ReturnType<typeof timed>[], { total: number; chain: string[] }]>([
    ['no members', [], { total: 0, chain: [] }],
    [
      'parallel members: the slowest one',
      [timed('a', 5), timed('b', 8), timed('c', 3)],
      { total: 8, chain: ['b'] },
    ],
    [
      'a long chain of short members beats one long member',
      [timed('x', 4), timed('y', 4, 'x'), timed('z', 4, 'y'), timed('solo', 10)],
      { total: 12, chain: ['x', 'y', 'z'] },
    ],
    [
      'one long member beats a short chain',
      [timed('x', 3), timed('y', 3, 'x'), timed('solo', 10)],
      { total: 10, chain: ['solo'] },
    ],
    [
      'a diamond goes through the slower side',
      [
        timed('top', 5),
        timed('left', 10, 'top'),
        timed('right', 3, 'top'),
        timed('bottom', 2, 'left', 'right'),
      ],
      { total: 17, chain: ['top', 'left', 'bottom'] },
    ],
    [
      'listed out of order',
      [
        timed('bottom', 2, 'left', 'right'),
        timed('right', 12, 'top'),
        timed('left', 10, 'top'),
        timed('top', 5),
      ],
      { total: 19, chain: ['top', 'right', 'bottom'] },
    ],
    [
      'a dependency on an unknown key adds nothing',
      [timed('a', 5, 'ghost'), timed('b', 2, 'a')],
      { total: 7, chain: ['a', 'b'] },
    ],
  ])('%s', (_, members, expected) => {
    expect(longestChain(members)).toEqual(expected);
  });

  it('throws on a cycle', () => {
    expect(() => longestChain([timed('a', 1, 'b'), timed('b', 1, 'a')])).toThrow('循环依赖');
  });
});
