// Life-cycle themes (个人、法人全生命周期, seed 001: 出生、教育、出行、就医、退休养老、救助、身后; 企业开办、
// 投资建设、生产经营、企业变更、企业注销). The chips shown are the themes the region's published items carry,
// in life-cycle order, so that a chip never leads to an empty page; the fixed lists stand in while nothing
// is published.
import { useMemo } from 'react';
import { useSearch } from './public-api.ts';

export type Audience = 'person' | 'legal_person';

export const LIFE_CYCLE_THEMES: Readonly<Record<Audience, readonly string[]>> = {
  person: [
    '出生',
    '户籍',
    '教育',
    '就业',
    '婚育',
    '住房',
    '出行',
    '出境',
    '就医',
    '社会保障',
    '退休',
    '养老',
    '救助',
    '身后',
  ],
  legal_person: ['开办', '准营', '投资建设', '生产经营', '纳税缴费', '变更', '注销'],
};

/** Themes of the hot items for one audience in the region, ordered by the life cycle, then by frequency. */
export function useThemeChips(
  audience: Audience,
  region: string | undefined,
): { themes: string[]; loading: boolean } {
  const query = useSearch({ audience, region }, { limit: 100, offset: 0 });
  const themes = useMemo(() => {
    const counts = new Map<string, number>();
    for (const hit of query.data?.items ?? []) {
      for (const theme of hit.themes) counts.set(theme, (counts.get(theme) ?? 0) + 1);
    }
    if (counts.size === 0) return [...LIFE_CYCLE_THEMES[audience]];
    // an item for both audiences (个体工商户 registration) should not put 开办 among the 个人 themes
    const other = new Set(LIFE_CYCLE_THEMES[audience === 'person' ? 'legal_person' : 'person']);
    for (const theme of other) counts.delete(theme);
    const order = LIFE_CYCLE_THEMES[audience];
    const rank = (theme: string) => {
      const index = order.indexOf(theme);
      return index < 0 ? order.length : index;
    };
    return [...counts.keys()].sort(
      (a, b) => rank(a) - rank(b) || (counts.get(b) ?? 0) - (counts.get(a) ?? 0),
    );
  }, [query.data, audience]);
  return { themes, loading: query.isPending };
}
