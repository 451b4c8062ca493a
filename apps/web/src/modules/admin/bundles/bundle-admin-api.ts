// Typed calls to the 一件事 definition routes (apps/api/src/modules/bundles/bundles.routes.ts, "definitions")
// and the catalogue list the member picker draws on, with their react-query hooks. Every key starts with
// 'admin', so signing out drops them.
import type { BundleDefinition } from '@msb/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api.ts';
import { type ImplementationRow, toQuery, type VersionStatus } from '../admin-api.ts';

export interface StaffBundleVersion {
  id: string;
  versionNo: number;
  status: VersionStatus;
  statusLabel: string;
  name: string;
  definition: BundleDefinition;
  reviewComment: string | null;
  publishedAt: string | null;
}

/** GET /api/admin/bundles: a bundle of the staff member's region with its versions, newest first. */
export interface StaffBundle {
  id: string;
  code: string;
  regionCode: string;
  publishedVersionId: string | null;
  isDemo: boolean;
  versions: StaffBundleVersion[];
}

export interface BundleVersionRef {
  id: string;
  bundleId: string;
  versionNo: number;
  status: VersionStatus;
}

export type BundleTransition = 'submit' | 'return' | 'publish';

export const bundleAdminKeys = {
  list: ['admin', 'bundles'] as const,
  members: ['admin', 'bundle-member-choices'] as const,
};

export function useStaffBundles() {
  return useQuery({
    queryKey: bundleAdminKeys.list,
    queryFn: async () => (await api<{ items: StaffBundle[] }>('/api/admin/bundles')).items,
  });
}

const PAGE = 200;
const MAX_PAGES = 20;

/**
 * The implementations in the staff member's scope that have a published version — the items a bundle may
 * hold. The catalogue list pages by at most 200 rows; its status filter is about the latest version, so the
 * rows are filtered on `published` here.
 */
export function usePublishedImplementations() {
  return useQuery({
    queryKey: bundleAdminKeys.members,
    queryFn: async () => {
      const rows: ImplementationRow[] = [];
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const { items, total } = await api<{ total: number; items: ImplementationRow[] }>(
          `/api/catalog/implementations${toQuery({ limit: PAGE, offset: page * PAGE })}`,
        );
        rows.push(...items);
        if (items.length < PAGE || rows.length >= total) break;
      }
      return rows.filter((row) => row.published);
    },
    staleTime: 60_000,
  });
}

export function useBundleMutations() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: bundleAdminKeys.list });
  const create = useMutation({
    mutationFn: (input: { code: string; regionCode: string; definition: BundleDefinition }) =>
      api<{ bundleId: string; versionId: string; status: VersionStatus }>('/api/admin/bundles', {
        method: 'POST',
        json: input,
      }),
  });
  const save = useMutation({
    mutationFn: ({ versionId, definition }: { versionId: string; definition: BundleDefinition }) =>
      api<BundleVersionRef>(`/api/admin/bundle-versions/${encodeURIComponent(versionId)}`, {
        method: 'PUT',
        json: { definition },
      }),
  });
  const transition = useMutation({
    mutationFn: ({
      versionId,
      action,
      comment,
    }: {
      versionId: string;
      action: BundleTransition;
      comment?: string;
    }) =>
      api<BundleVersionRef>(`/api/admin/bundle-versions/${encodeURIComponent(versionId)}/${action}`, {
        method: 'POST',
        json: comment === undefined ? {} : { comment },
      }),
  });
  const newVersion = useMutation({
    mutationFn: (bundleId: string) =>
      api<BundleVersionRef>(`/api/admin/bundles/${encodeURIComponent(bundleId)}/versions`, {
        method: 'POST',
      }),
  });
  const busy = create.isPending || save.isPending || transition.isPending || newVersion.isPending;
  return { create, save, transition, newVersion, refresh, busy };
}
