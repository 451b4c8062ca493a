// Plain typed calls to the case API, one per route; the react-query hooks in case-api.ts wrap them.
import { api } from '../../app/api.ts';
import type {
  ActionInput,
  ActorView,
  AddedMaterialView,
  CaseAction,
  CaseDocumentKind,
  CaseListView,
  CaseView,
  CreateCaseInput,
  DraftInput,
  MessageListView,
  MessageView,
  ProfileView,
  ProgressView,
  RealNameModeView,
  RegisterCitizenInput,
  RegisterEnterpriseInput,
  ReusableMaterialView,
  SignedInView,
  WindowCaseInput,
  WorklistParams,
  WorklistQueue,
} from './case-types.ts';

// ---------------------------------------------------------------------------------------------------------

const enc = encodeURIComponent;

function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A fresh idempotency key: a retried submission of the same click creates one case only. */
export function newIdempotencyKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `k-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export const getCase = (caseId: string, signal?: AbortSignal) =>
  api<CaseView>(`/api/cases/${enc(caseId)}`, { signal });

export const createCase = (input: CreateCaseInput, idempotencyKey = newIdempotencyKey()) =>
  api<CaseView>('/api/cases', {
    method: 'POST',
    json: input,
    headers: { 'idempotency-key': idempotencyKey },
  });

export const saveDraft = (caseId: string, input: DraftInput) =>
  api<CaseView>(`/api/cases/${enc(caseId)}/draft`, { method: 'PUT', json: input });

export const performAction = (caseId: string, action: CaseAction, body: ActionInput = {}) =>
  api<CaseView>(`/api/cases/${enc(caseId)}/actions/${action}`, { method: 'POST', json: body });

export function uploadMaterial(caseId: string, materialId: string, file: Blob, fileName?: string) {
  const form = new FormData();
  if (fileName) form.append('file', file, fileName);
  else form.append('file', file);
  return api<AddedMaterialView>(`/api/cases/${enc(caseId)}/materials${query({ materialId })}`, {
    method: 'POST',
    body: form,
  });
}

export const listReusable = (caseId: string, signal?: AbortSignal) =>
  api<{ items: ReusableMaterialView[] }>(`/api/cases/${enc(caseId)}/reusable-materials`, { signal });

export const reuseMaterial = (caseId: string, input: { materialId: string; fromId: string }) =>
  api<AddedMaterialView>(`/api/cases/${enc(caseId)}/materials/reuse`, { method: 'POST', json: input });

export const removeMaterial = (caseId: string, materialRowId: string) =>
  api<void>(`/api/cases/${enc(caseId)}/materials/${enc(materialRowId)}`, { method: 'DELETE' });

export const documentUrl = (caseId: string, kind: CaseDocumentKind) =>
  `/api/cases/${enc(caseId)}/documents/${kind}.pdf`;

export const listMyCases = (params: { page?: number; pageSize?: number } = {}, signal?: AbortSignal) =>
  api<CaseListView>(`/api/cases/mine${query(params)}`, { signal });

export const lookupProgress = (caseNumber: string, mobile: string, signal?: AbortSignal) =>
  api<ProgressView>(`/api/progress${query({ caseNumber, mobile })}`, { signal });

export const listWorklist = (queue: WorklistQueue, params: WorklistParams = {}, signal?: AbortSignal) =>
  api<CaseListView>(`/api/worklists/${queue}${query({ ...params })}`, { signal });

export const createWindowCase = (input: WindowCaseInput, idempotencyKey = newIdempotencyKey()) =>
  api<CaseView>('/api/window/cases', {
    method: 'POST',
    json: input,
    headers: { 'idempotency-key': idempotencyKey },
  });

export const listMessages = (
  params: { page?: number; pageSize?: number; unread?: boolean } = {},
  signal?: AbortSignal,
) => api<MessageListView>(`/api/messages${query(params)}`, { signal });

export const countUnreadMessages = (signal?: AbortSignal) =>
  api<{ unread: number }>('/api/messages/unread-count', { signal });

export const markMessageRead = (messageId: string) =>
  api<MessageView>(`/api/messages/${enc(messageId)}/read`, { method: 'POST' });

export const markAllMessagesRead = () =>
  api<{ marked: number; unread: number }>('/api/messages/read-all', { method: 'POST' });

export const getMe = (signal?: AbortSignal) => api<ActorView>('/api/auth/me', { signal });
export const login = (input: { username: string; password: string }) =>
  api<SignedInView>('/api/auth/login', { method: 'POST', json: input });
export const logout = () => api<void>('/api/auth/logout', { method: 'POST' });
export const getProfile = (signal?: AbortSignal) => api<ProfileView>('/api/me/profile', { signal });
export const getRealNameMode = (signal?: AbortSignal) =>
  api<RealNameModeView>('/api/real-name/mode', { signal });
export const registerCitizen = (input: RegisterCitizenInput) =>
  api<SignedInView>('/api/register/citizen', { method: 'POST', json: input });
export const registerEnterprise = (input: RegisterEnterpriseInput) =>
  api<SignedInView>('/api/register/enterprise', { method: 'POST', json: input });
