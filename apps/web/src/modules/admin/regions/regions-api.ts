// The region tree (apps/api/src/modules/regions/regions.routes.ts): one level at a time, and 嘎查村/社区
// added by administrators under a 苏木乡镇街道.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api.ts';
import { toQuery } from '../admin-api.ts';

export const REGION_LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export interface RegionNode {
  code: string;
  name: string;
  parentCode: string | null;
  level: RegionLevel;
  statisticalOnly: boolean;
}

/** Without a parent: 自治区 and 盟市. The key is the scorecard's, which reads the same list. */
export const regionChildrenQuery = (parent?: string) => ({
  queryKey: ['admin', 'regions', parent ?? ''] as const,
  queryFn: () => api<RegionNode[]>(`/api/regions${toQuery({ parent })}`),
  staleTime: 600_000,
});

export function useRegionChildren(parent: string | undefined, enabled = true) {
  return useQuery({ ...regionChildrenQuery(parent), enabled });
}

export function useRegion(code: string | undefined) {
  return useQuery({
    queryKey: ['admin', 'region', code ?? ''],
    queryFn: () => api<RegionNode>(`/api/regions/${encodeURIComponent(code ?? '')}`),
    enabled: Boolean(code && /^\d{12}$/.test(code)),
    staleTime: 600_000,
    retry: false,
  });
}

export function useAddVillage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { code: string; name: string; parentCode: string }) =>
      api<RegionNode>('/api/regions', { method: 'POST', json: input }),
    onSuccess: (_, input) =>
      client.invalidateQueries({ queryKey: regionChildrenQuery(input.parentCode).queryKey }),
  });
}

/** 统计用区划代码: a village is the township's first 9 digits and 3 of its own, never 000. */
export const villagePrefix = (townshipCode: string) => townshipCode.slice(0, 9);

/** The next free village number under the township: one past the highest in use, from 001. */
export function suggestVillageCode(townshipCode: string, villages: readonly RegionNode[]): string {
  const prefix = villagePrefix(townshipCode);
  const used = villages
    .filter((v) => v.code.startsWith(prefix))
    .map((v) => Number(v.code.slice(9)))
    .filter((n) => Number.isInteger(n));
  const next = Math.max(0, ...used) + 1;
  return next > 999 ? '' : `${prefix}${String(next).padStart(3, '0')}`;
}
