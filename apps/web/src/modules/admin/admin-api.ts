// Typed calls to the staff API and their react-query hooks. Shapes follow the catalogue routes
// (apps/api/src/modules/catalog/catalog.routes.ts); types shared with the API come from '@msb/contracts'.
import type { Guide } from '@msb/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';

export type VersionStatus = 'draft' | 'in_review' | 'published' | 'superseded';
export const VERSION_STATUSES: readonly VersionStatus[] = ['draft', 'in_review', 'published', 'superseded'];

export interface VersionView {
  id: string;
  implementationId: string;
  versionNo: number;
  status: VersionStatus;
  statusLabel: string;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
  publishedAt: string | null;
}

export interface ImplementationRow {
  id: string;
  code: string;
  baseCode: string;
  name: string;
  orgName: string;
  regionCode: string;
  regionName: string;
  isDemo: boolean;
  demoFlaw: string | null;
  published: boolean;
  latest: VersionView;
}

export interface ImplementationDetail {
  id: string;
  code: string;
  base: { id: string; code: string; name: string; itemType: string; basis: string };
  org: { id: string; name: string };
  region: { code: string; name: string };
  isDemo: boolean;
  demoFlaw: string | null;
  publishedVersionId: string | null;
  latest: (VersionView & { guide: Guide }) | null;
  versions: VersionView[];
}

export interface DiffChange {
  path: string;
  label: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}
export interface VersionDiff {
  from: number;
  to: number;
  changes: DiffChange[];
}

export interface UploadedFile {
  sha256: string;
  size: number;
  mime: string;
  ext: string;
  originalName: string;
}

export interface ListFilter {
  status?: VersionStatus;
  q?: string;
  limit: number;
  offset: number;
}

/** `?a=1&b=2` from the defined, non-empty values. */
export function toQuery(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const adminKeys = {
  all: ['admin'] as const,
  implementations: (filter: ListFilter) => ['admin', 'implementations', filter] as const,
  implementation: (id: string) => ['admin', 'implementation', id] as const,
  diff: (versionId: string, against: string) => ['admin', 'diff', versionId, against] as const,
};

export function useImplementations(filter: ListFilter) {
  return useQuery({
    queryKey: adminKeys.implementations(filter),
    queryFn: () =>
      api<{ total: number; items: ImplementationRow[] }>(
        `/api/catalog/implementations${toQuery({ ...filter })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useImplementation(id: string) {
  return useQuery({
    queryKey: adminKeys.implementation(id),
    queryFn: () => api<ImplementationDetail>(`/api/catalog/implementations/${encodeURIComponent(id)}`),
    retry: false,
  });
}

export function useVersionDiff(versionId: string | undefined, against: string | undefined) {
  return useQuery({
    queryKey: adminKeys.diff(versionId ?? '', against ?? ''),
    queryFn: () =>
      api<VersionDiff>(
        `/api/catalog/versions/${encodeURIComponent(versionId ?? '')}/diff${toQuery({ against })}`,
      ),
    enabled: Boolean(versionId && against),
  });
}

export type VersionTransition = 'submit' | 'return' | 'publish';

/** Saving, submitting, returning and publishing all refresh the item and the list. */
export function useCatalogMutations(implementationId: string) {
  const client = useQueryClient();
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: adminKeys.implementation(implementationId) }),
      client.invalidateQueries({ queryKey: ['admin', 'implementations'] }),
      client.invalidateQueries({ queryKey: ['admin', 'scorecard'] }),
    ]);
  const saveDraft = useMutation({
    mutationFn: (guide: Guide) =>
      api<VersionView>(`/api/catalog/implementations/${encodeURIComponent(implementationId)}/draft`, {
        method: 'PUT',
        json: { guide },
      }),
  });
  const transition = useMutation({
    mutationFn: ({
      versionId,
      action,
      comment,
    }: {
      versionId: string;
      action: VersionTransition;
      comment?: string;
    }) =>
      api<VersionView>(`/api/catalog/versions/${encodeURIComponent(versionId)}/${action}`, {
        method: 'POST',
        json: comment ? { comment } : {},
      }),
  });
  return { saveDraft, transition, refresh };
}

export async function uploadCatalogFile(file: File): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file);
  return api<UploadedFile>('/api/catalog/files', { method: 'POST', body });
}

export const fileUrl = (sha256: string) => `/api/files/${encodeURIComponent(sha256)}`;
