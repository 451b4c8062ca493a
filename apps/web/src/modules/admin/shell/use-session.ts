// The signed-in staff member: GET /api/auth/me (401 when nobody is signed in), login and logout.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../../app/api.ts';
import { caseKeys } from '../../cases/case-api.ts';

export interface StaffActor {
  userId: string;
  username: string;
  displayName: string;
  roles: string[];
  roleLabels: string[];
  regionCode: string | null;
  orgId: string | null;
}

export const ME_KEY = ['admin', 'me'] as const;

export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: () => api<StaffActor>('/api/auth/me'),
    retry: (count, error) => !(error instanceof ApiError && error.status === 401) && count < 1,
    staleTime: 60_000,
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      api<{ actor: StaffActor; expiresAt: string }>('/api/auth/login', { method: 'POST', json: input }),
    onSuccess: ({ actor }) => {
      // a new session sees a different scope: drop whatever the previous user had loaded
      client.removeQueries({ queryKey: ['admin'] });
      client.removeQueries({ queryKey: caseKeys.all });
      client.setQueryData(ME_KEY, actor);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/auth/logout', { method: 'POST' }),
    onSettled: () => {
      client.removeQueries({ queryKey: ['admin'] });
      client.removeQueries({ queryKey: caseKeys.all });
    },
  });
}

export const EDITOR_ROLES = ['admin', 'catalog_editor'] as const;
export const REVIEWER_ROLES = ['admin', 'catalog_reviewer'] as const;
export const ADMIN_ROLES = ['admin'] as const;

export const hasAnyRole = (actor: StaffActor | undefined, roles: readonly string[]) =>
  Boolean(actor?.roles.some((role) => roles.includes(role)));

export const canEditCatalog = (actor: StaffActor | undefined) => hasAnyRole(actor, EDITOR_ROLES);
export const canReviewCatalog = (actor: StaffActor | undefined) => hasAnyRole(actor, REVIEWER_ROLES);

export const isUnauthenticated = (error: unknown) => error instanceof ApiError && error.status === 401;
