// Staff accounts within the admin's region (GET/POST /api/users, apps/api/src/modules/identity).
import type { StaffRole } from '@msb/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api.ts';
import type { StaffActor } from '../shell/use-session.ts';

export interface StaffUserView extends StaffActor {
  lockedUntil: string | null;
}

export interface CreateUserInput {
  username: string;
  password: string;
  displayName: string;
  roles: StaffRole[];
  regionCode: string;
  orgId: string | null;
}

const USERS_KEY = ['admin', 'users'] as const;

export function useStaffUsers() {
  return useQuery({ queryKey: USERS_KEY, queryFn: () => api<StaffUserView[]>('/api/users') });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => api<StaffActor>('/api/users', { method: 'POST', json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
