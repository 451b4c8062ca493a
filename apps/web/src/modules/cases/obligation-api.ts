// Calls and react-query hooks of 容缺受理 and 告知承诺: the commitment of a case (read, sign), a clerk's check-in
// of a material supplied after acceptance, and the department's 事后核查 tasks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import { caseKeys } from './case-api.ts';
import type { CaseView } from './case-types.ts';
import type {
  CommitmentOffer,
  SignCommitmentInput,
  VerificationListItem,
  VerificationTaskView,
} from './obligation-types.ts';

export type * from './obligation-types.ts';

const enc = encodeURIComponent;

export const getCommitment = (caseId: string, signal?: AbortSignal) =>
  api<CommitmentOffer>(`/api/cases/${enc(caseId)}/commitment`, { signal });
export const signCommitment = (caseId: string, input: SignCommitmentInput) =>
  api<CommitmentOffer>(`/api/cases/${enc(caseId)}/commitment`, { method: 'POST', json: input });
export const commitmentPdfUrl = (caseId: string) => `/api/cases/${enc(caseId)}/commitment/pdf`;
export const supplyMissingMaterial = (caseId: string, materialId: string, note?: string) =>
  api<CaseView>(`/api/cases/${enc(caseId)}/missing-materials/${enc(materialId)}/supplied`, {
    method: 'POST',
    json: note ? { note } : {},
  });
export const listVerificationTasks = (
  status: 'open' | 'closed' | 'all',
  page: number,
  signal?: AbortSignal,
) =>
  api<{ items: VerificationListItem[]; total: number }>(
    `/api/verification-tasks?status=${status}&page=${page}&pageSize=20`,
    { signal },
  );
export const recordVerificationOutcome = (
  taskId: string,
  input: { outcome: 'confirmed' | 'false'; findings?: string },
) =>
  api<VerificationTaskView>(`/api/verification-tasks/${enc(taskId)}/outcome`, {
    method: 'POST',
    json: input,
  });

const commitmentKey = (caseId: string) => ['cases', 'commitment', caseId] as const;
const verificationKey = ['verification-tasks'] as const;

export function useCommitment(caseId: string, enabled = true) {
  return useQuery({
    queryKey: commitmentKey(caseId),
    queryFn: ({ signal }) => getCommitment(caseId, signal),
    enabled: enabled && Boolean(caseId),
  });
}

export function useSignCommitment(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SignCommitmentInput) => signCommitment(caseId, input),
    onSuccess: (offer) => {
      client.setQueryData(commitmentKey(caseId), offer);
      void client.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}

export function useSupplyMissing(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { materialId: string; note?: string }) =>
      supplyMissingMaterial(caseId, v.materialId, v.note),
    onSuccess: (view) => {
      client.setQueryData(caseKeys.one(caseId), view);
      void client.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}

export function useVerificationTasks(status: 'open' | 'closed' | 'all', page: number) {
  return useQuery({
    queryKey: [...verificationKey, status, page],
    queryFn: ({ signal }) => listVerificationTasks(status, page, signal),
    staleTime: 0,
  });
}

export function useRecordOutcome() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { taskId: string; outcome: 'confirmed' | 'false'; findings?: string }) =>
      recordVerificationOutcome(v.taskId, {
        outcome: v.outcome,
        ...(v.findings ? { findings: v.findings } : {}),
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: verificationKey });
      void client.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}
