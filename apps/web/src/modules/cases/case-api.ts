// The case API for the web (apps/api/src/modules/cases/*.routes.ts, identity/people.routes.ts,
// messages/messages.routes.ts), shared by the portal, the phone pages and the staff workbench: the shapes
// (case-types.ts) and plain calls (case-calls.ts), re-exported here, and their react-query hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../app/api.ts';
import {
  countUnreadMessages,
  createCase,
  createWindowCase,
  getCase,
  getMe,
  getProfile,
  getRealNameMode,
  listMessages,
  listMyCases,
  listReusable,
  listWorklist,
  login,
  logout,
  lookupProgress,
  markAllMessagesRead,
  markMessageRead,
  performAction,
  registerCitizen,
  registerEnterprise,
  removeMaterial,
  reuseMaterial,
  saveDraft,
  uploadMaterial,
} from './case-calls.ts';
import type {
  ActionInput,
  ActorView,
  CaseAction,
  CaseView,
  CreateCaseInput,
  DraftInput,
  WindowCaseInput,
  WorklistParams,
  WorklistQueue,
} from './case-types.ts';

export * from './case-calls.ts';
export type * from './case-types.ts';

// ---------------------------------------------------------------------------------------------------------
// react-query hooks
// ---------------------------------------------------------------------------------------------------------

export const caseKeys = {
  all: ['cases'] as const,
  one: (caseId: string) => ['cases', 'one', caseId] as const,
  mine: (page: number, pageSize: number) => ['cases', 'mine', page, pageSize] as const,
  reusable: (caseId: string) => ['cases', 'reusable', caseId] as const,
  worklist: (queue: WorklistQueue, params: WorklistParams) => ['cases', 'worklist', queue, params] as const,
  messages: ['messages'] as const,
  session: ['public-session'] as const,
  profile: ['profile'] as const,
};

export function useCase(caseId: string | undefined) {
  return useQuery({
    queryKey: caseKeys.one(caseId ?? ''),
    queryFn: ({ signal }) => getCase(caseId ?? '', signal),
    enabled: Boolean(caseId),
    staleTime: 0,
  });
}

export function useMyCases(page = 1, pageSize = 20, enabled = true) {
  return useQuery({
    queryKey: caseKeys.mine(page, pageSize),
    queryFn: ({ signal }) => listMyCases({ page, pageSize }, signal),
    enabled,
    staleTime: 0,
  });
}

export function useReusable(caseId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: caseKeys.reusable(caseId ?? ''),
    queryFn: ({ signal }) => listReusable(caseId ?? '', signal),
    enabled: Boolean(caseId) && enabled,
  });
}

export function useWorklist(queue: WorklistQueue, params: WorklistParams = {}) {
  return useQuery({
    queryKey: caseKeys.worklist(queue, params),
    queryFn: ({ signal }) => listWorklist(queue, params, signal),
    staleTime: 0,
  });
}

export function useProgress(caseNumber: string, mobile: string, enabled: boolean) {
  return useQuery({
    queryKey: ['progress', caseNumber, mobile],
    queryFn: ({ signal }) => lookupProgress(caseNumber, mobile, signal),
    enabled,
    retry: false,
  });
}

/** After any change to a case: the case itself, the lists, and the messages it may have produced. */
function useCaseChanged() {
  const client = useQueryClient();
  return (view?: CaseView) => {
    if (view) client.setQueryData(caseKeys.one(view.id), view);
    void client.invalidateQueries({ queryKey: caseKeys.all });
    void client.invalidateQueries({ queryKey: caseKeys.messages });
  };
}

export function useCreateCase() {
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: (v: { input: CreateCaseInput; idempotencyKey?: string }) =>
      createCase(v.input, v.idempotencyKey),
    onSuccess: changed,
  });
}

export function useCreateWindowCase() {
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: (v: { input: WindowCaseInput; idempotencyKey?: string }) =>
      createWindowCase(v.input, v.idempotencyKey),
    onSuccess: changed,
  });
}

export function useSaveDraft(caseId: string) {
  const changed = useCaseChanged();
  return useMutation({ mutationFn: (input: DraftInput) => saveDraft(caseId, input), onSuccess: changed });
}

export function usePerformAction(caseId: string) {
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: (v: { action: CaseAction; body?: ActionInput }) => performAction(caseId, v.action, v.body),
    onSuccess: changed,
  });
}

export function useUploadMaterial(caseId: string) {
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: (v: { materialId: string; file: Blob; fileName?: string }) =>
      uploadMaterial(caseId, v.materialId, v.file, v.fileName),
    onSuccess: () => changed(),
  });
}

export function useReuseMaterial(caseId: string) {
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: (v: { materialId: string; fromId: string }) => reuseMaterial(caseId, v),
    onSuccess: () => changed(),
  });
}

export function useRemoveMaterial(caseId: string) {
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: (materialRowId: string) => removeMaterial(caseId, materialRowId),
    onSuccess: () => changed(),
  });
}

export function useMessages(params: { page?: number; pageSize?: number; unread?: boolean } = {}) {
  return useQuery({
    queryKey: [...caseKeys.messages, 'list', params],
    queryFn: ({ signal }) => listMessages(params, signal),
    staleTime: 0,
  });
}

export function useUnreadCount(enabled = true) {
  return useQuery({
    queryKey: [...caseKeys.messages, 'unread'],
    queryFn: ({ signal }) => countUnreadMessages(signal),
    enabled,
    refetchInterval: 60_000,
  });
}

export function useMarkMessageRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: markMessageRead,
    onSuccess: () => void client.invalidateQueries({ queryKey: caseKeys.messages }),
  });
}

export function useMarkAllMessagesRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: markAllMessagesRead,
    onSuccess: () => void client.invalidateQueries({ queryKey: caseKeys.messages }),
  });
}

/** The signed-in citizen or enterprise account; `data` is null when nobody is signed in (401). */
export function usePublicSession() {
  return useQuery({
    queryKey: caseKeys.session,
    queryFn: async ({ signal }) => {
      try {
        return await getMe(signal);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
}

export function useProfile(enabled = true) {
  return useQuery({
    queryKey: caseKeys.profile,
    queryFn: ({ signal }) => getProfile(signal),
    enabled,
  });
}

export function useRealNameMode() {
  return useQuery({
    queryKey: ['real-name-mode'],
    queryFn: ({ signal }) => getRealNameMode(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * Login, registration and logout all change who is signed in: everything personal is dropped, and the
 * session is set at once (a page guarded by it must not see the old "nobody" while it refetches).
 */
function useSessionChanged() {
  const client = useQueryClient();
  return (actor: ActorView | null) => {
    client.removeQueries({ queryKey: caseKeys.all });
    client.removeQueries({ queryKey: caseKeys.messages });
    client.removeQueries({ queryKey: caseKeys.profile });
    client.setQueryData(caseKeys.session, actor);
  };
}

export function useLogin() {
  const changed = useSessionChanged();
  return useMutation({ mutationFn: login, onSuccess: (r) => changed(r.actor) });
}
export function useLogout() {
  const changed = useSessionChanged();
  return useMutation({ mutationFn: logout, onSuccess: () => changed(null) });
}
export function useRegisterCitizen() {
  const changed = useSessionChanged();
  return useMutation({ mutationFn: registerCitizen, onSuccess: (r) => changed(r.actor) });
}
export function useRegisterEnterprise() {
  const changed = useSessionChanged();
  return useMutation({ mutationFn: registerEnterprise, onSuccess: (r) => changed(r.actor) });
}
