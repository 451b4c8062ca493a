// Queries of the public catalogue (search, guides, regions, departments), shared by the desktop portal and
// the phone pages. Response shapes follow the API's route schemas; the guide itself is the contract's Guide.
import type { Guide } from '@msb/contracts';
import { keepPreviousData, useInfiniteQuery, useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api.ts';

export type SearchHitView = {
  id: string;
  name: string;
  orgId: string;
  orgName: string;
  regionCode: string;
  itemType: string;
  audience: string[];
  themes: string[];
  maturity: string;
  channels: string[];
  /** [start, end) character ranges of `name` that matched the query */
  highlights: number[][];
};
export type SearchResultView = { total: number; items: SearchHitView[] };

export type ItemView = {
  id: string;
  code: string;
  baseCode: string;
  versionId: string;
  versionNo: number;
  publishedAt: string;
  org: { id: string; name: string; phone: string | null; address: string | null; isDemo: boolean };
  region: { code: string; name: string };
  isDemo: boolean;
  guide: Guide;
};

export type RegionView = {
  code: string;
  name: string;
  parentCode: string | null;
  level: 'province' | 'city' | 'county' | 'township' | 'village';
  statisticalOnly: boolean;
};

export type OrgView = {
  id: string;
  name: string;
  kind: string;
  regionCode: string;
  phone: string | null;
  address: string | null;
  isDemo: boolean;
};

/** The filters of a search, as they appear in the page address. */
export const SEARCH_PARAMS = [
  'q',
  'region',
  'org',
  'type',
  'audience',
  'theme',
  'maturity',
  'channel',
] as const;
export type SearchParamKey = (typeof SEARCH_PARAMS)[number];
export type SearchFilters = Partial<Record<SearchParamKey, string>>;

/** Reads the filters out of a page address, dropping empty values. */
export function readSearchFilters(params: URLSearchParams): SearchFilters {
  const filters: SearchFilters = {};
  for (const key of SEARCH_PARAMS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/** A query string of the non-empty filters (and paging when given), without the leading "?". */
export function searchQueryString(
  filters: SearchFilters,
  paging: { limit?: number; offset?: number } = {},
): string {
  const params = new URLSearchParams();
  for (const key of SEARCH_PARAMS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (paging.limit !== undefined) params.set('limit', String(paging.limit));
  if (paging.offset) params.set('offset', String(paging.offset));
  return params.toString();
}

export function useSearch(filters: SearchFilters, paging: { limit: number; offset: number }) {
  return useQuery({
    queryKey: ['search', filters, paging.limit, paging.offset],
    queryFn: ({ signal }) =>
      api<SearchResultView>(`/api/search?${searchQueryString(filters, paging)}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Page after page of results, for the phone's 加载更多. */
export function useSearchPages(filters: SearchFilters, limit: number) {
  return useInfiniteQuery({
    queryKey: ['search-pages', filters, limit],
    initialPageParam: 0,
    queryFn: ({ pageParam, signal }) =>
      api<SearchResultView>(`/api/search?${searchQueryString(filters, { limit, offset: pageParam })}`, {
        signal,
      }),
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, page) => n + page.items.length, 0);
      return loaded < last.total && last.items.length > 0 ? loaded : undefined;
    },
  });
}

export function useItem(id: string | undefined) {
  return useQuery({
    queryKey: ['item', id],
    queryFn: ({ signal }) => api<ItemView>(`/api/items/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
    // a published version never changes
    staleTime: 5 * 60_000,
  });
}

/** Without a parent: the autonomous region and the 盟市; with one: its children. */
export function useRegions(parent: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['regions', parent ?? 'top'],
    queryFn: ({ signal }) => fetchRegions(parent, signal),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function fetchRegions(parent: string | undefined, signal?: AbortSignal): Promise<RegionView[]> {
  return api<RegionView[]>(parent ? `/api/regions?parent=${parent}` : '/api/regions', { signal });
}

export function useOrgs(within: string | undefined) {
  return useQuery({
    queryKey: ['orgs', within],
    queryFn: ({ signal }) => api<OrgView[]>(`/api/orgs?within=${within ?? ''}`, { signal }),
    enabled: Boolean(within),
    staleTime: 5 * 60_000,
  });
}

/**
 * Departments whose items a search in the region returns: those of the region and below, and those sitting
 * exactly at each of its ancestors (a 旗县区 search also shows 盟市 and 自治区 items).
 */
export function useOrgsAlongPath(path: readonly string[]) {
  const last = path.at(-1);
  const ancestors = path.slice(0, -1);
  return useQueries({
    queries: [
      ...ancestors.map((code) => ({
        queryKey: ['orgs-at', code],
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          api<OrgView[]>(`/api/orgs?region=${code}`, { signal }),
        staleTime: 5 * 60_000,
      })),
      {
        queryKey: ['orgs', last],
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          api<OrgView[]>(`/api/orgs?within=${last ?? ''}`, { signal }),
        enabled: Boolean(last),
        staleTime: 5 * 60_000,
      },
    ],
    combine: (results) => ({
      orgs: results.flatMap((r) => r.data ?? []),
      pending: results.some((r) => r.isPending && r.fetchStatus !== 'idle'),
    }),
  });
}

export const fileUrl = (sha256: string): string => `/api/files/${sha256}`;
export const noticeUrl = (itemId: string): string => `/api/items/${encodeURIComponent(itemId)}/notice.pdf`;

export type RegionDetailView = RegionView & { ancestors: RegionView[] };

const LEVEL_ORDER: Record<RegionView['level'], number> = {
  province: 0,
  city: 1,
  county: 2,
  township: 3,
  village: 4,
};

/** A region with its ancestors, root first — to show the path of a region that came in a link. */
export function useRegionDetail(code: string | undefined) {
  return useQuery({
    queryKey: ['region', code],
    queryFn: ({ signal }) => api<RegionDetailView>(`/api/regions/${code ?? ''}`, { signal }),
    enabled: Boolean(code),
    staleTime: Number.POSITIVE_INFINITY,
    select: (region) =>
      [...region.ancestors, region].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]),
  });
}
