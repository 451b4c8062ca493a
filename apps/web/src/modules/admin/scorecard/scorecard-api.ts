// Report endpoints: the guide-quality scorecard, 三级N同 deviations, search words without results.
// The response is read defensively: groups may carry `orgId/orgName/score` or `id/name/averageScore`.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../app/api.ts';
import { toQuery } from '../admin-api.ts';

export interface IndicatorView {
  indicator: number;
  name: string;
  target: string;
  applicable: boolean;
  value: number | null;
  passed: boolean | null;
  reason?: string;
  note?: string;
  threshold?: number | null;
  drillDown?: { id: string; name: string; detail: string }[];
}

export interface ScoreFinding {
  field: string;
  message: string;
  fix: string;
  indicator?: number;
}

export interface ItemScoreView {
  implementationId: string;
  name: string;
  orgId?: string;
  orgName: string;
  regionCode: string;
  regionName?: string;
  published?: boolean;
  /** 示例缺陷：… of a demo item made wrong on purpose */
  demoFlaw?: string | null;
  score: number;
  findings: ScoreFinding[];
}

export interface GroupView {
  id?: string;
  name?: string;
  orgId?: string;
  orgName?: string;
  regionCode?: string;
  regionName?: string;
  score?: number | null;
  averageScore?: number | null;
}

export interface ScorecardView {
  indicators: IndicatorView[];
  items: ItemScoreView[];
  orgs?: GroupView[];
  regions?: GroupView[];
}

export interface ConsistencyGroup {
  baseCode: string;
  baseName: string;
  deviations: {
    implementationId: string;
    regionCode: string;
    regionName?: string;
    orgName: string;
    field: string;
    label?: string;
    expected: unknown;
    actual: unknown;
  }[];
}

export interface SearchMiss {
  query: string;
  count: number;
  last: string;
}

export interface ScorecardFilter {
  region?: string;
  orgId?: string;
}

export interface RegionView {
  code: string;
  name: string;
  parentCode: string | null;
  level: string;
}
export interface OrgView {
  id: string;
  name: string;
  regionCode: string;
}

export const scorecardQuery = (filter: ScorecardFilter) =>
  toQuery({ region: filter.region, orgId: filter.orgId });

export function useScorecard(filter: ScorecardFilter) {
  return useQuery({
    queryKey: ['admin', 'scorecard', filter],
    queryFn: () => api<ScorecardView>(`/api/catalog/scorecard${scorecardQuery(filter)}`),
  });
}

export function useConsistency(enabled: boolean) {
  return useQuery({
    queryKey: ['admin', 'consistency'],
    queryFn: () => api<ConsistencyGroup[]>('/api/catalog/consistency'),
    enabled,
  });
}

export function useSearchMisses(enabled: boolean) {
  return useQuery({
    queryKey: ['admin', 'search-misses'],
    queryFn: () => api<SearchMiss[]>('/api/search/misses'),
    enabled,
  });
}

/** 自治区 and 盟市 (GET /api/regions without parameters), then the 旗县区 of a chosen 盟市. */
export function useRegions(parent?: string) {
  return useQuery({
    queryKey: ['admin', 'regions', parent ?? ''],
    queryFn: () => api<RegionView[]>(`/api/regions${toQuery({ parent })}`),
    staleTime: 3_600_000,
  });
}

export function useOrgs(within?: string) {
  return useQuery({
    queryKey: ['admin', 'orgs', within ?? ''],
    queryFn: () => api<OrgView[]>(`/api/orgs${toQuery({ within })}`),
    staleTime: 600_000,
  });
}

/** 0.85 → 85%; values are shares between 0 and 1. */
export function formatShare(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${Math.round(value * 1000) / 10}%`;
}
