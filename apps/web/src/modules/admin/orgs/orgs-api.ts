// Departments and units (apps/api/src/modules/orgs/orgs.routes.ts): list within a region, create, change.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api.ts';
import { toQuery } from '../admin-api.ts';

export const ORG_KINDS = ['government_department', 'service_centre', 'public_utility'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export interface OrgInput {
  key: string;
  name: string;
  kind: OrgKind;
  regionCode: string;
  creditCode: string | null;
  phone: string | null;
  address: string | null;
}

export interface OrgRecord extends OrgInput {
  id: string;
  isDemo: boolean;
}

/** The same key as the scorecard's department filter, so a saved department shows up there too. */
export const orgsKey = (within: string) => ['admin', 'orgs', within] as const;

/** Departments in `within` and below it; nothing is asked while the region is unknown. */
export function useOrgList(within: string | null | undefined) {
  return useQuery({
    queryKey: orgsKey(within ?? ''),
    queryFn: () => api<OrgRecord[]>(`/api/orgs${toQuery({ within })}`),
    enabled: Boolean(within && /^\d{12}$/.test(within)),
    staleTime: 60_000,
  });
}

export function useSaveOrg() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: OrgInput }) =>
      id
        ? api<OrgRecord>(`/api/orgs/${encodeURIComponent(id)}`, { method: 'PATCH', json: input })
        : api<OrgRecord>('/api/orgs', { method: 'POST', json: input }),
    // the list is fresh before the drawer closes, so the saved row is there when the user looks
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'orgs'] }),
  });
}
