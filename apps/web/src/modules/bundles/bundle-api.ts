// The 一件事 (bundle) API for the web (docs/BUNDLES.md; apps/api/src/modules/bundles/bundles.routes.ts):
// plain calls, one per route, and their react-query hooks, shared by the portal, the phone pages and the
// staff workbench. The view shapes come from @msb/contracts (bundle-views.ts).
import type {
  BundleAnswers,
  BundleCaseSummaryView,
  BundleCaseView,
  BundleDetailView,
  BundleOutputMode,
  BundlePlanView,
  BundleSummaryView,
  MyBundleCaseItem,
} from '@msb/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import { caseKeys, newIdempotencyKey } from '../cases/case-api.ts';
import { answersParam } from './bundle-answers.ts';

const enc = encodeURIComponent;

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export type BundleQueue = 'window' | 'lead' | 'output';

/** One row of a staff queue: the bundle case's summary with its members. */
export type BundleQueueItem = BundleCaseSummaryView & { memberCount?: number };

export interface CreateBundleCaseInput {
  bundleId: string;
  answers: BundleAnswers;
  formData?: Record<string, unknown>;
  outputMode?: BundleOutputMode;
  postalAddress?: string;
  contactMobile?: string;
  channel?: 'web' | 'phone';
  /** the 一件事 window files for the walk-in applicant it found or recorded */
  applicant?: { personId: string } | { enterpriseId: string };
}

export interface BundleDraftInput {
  formData: Record<string, unknown>;
  outputMode: BundleOutputMode;
  postalAddress?: string;
}

export interface BundleChecklistEntry {
  materialId: string;
  present: boolean;
  originalSeen?: boolean;
  copies?: number;
  note?: string;
}

export type DeliverInput =
  | { deliveryMethod: 'window'; signedReceipt: string }
  | { deliveryMethod: 'post'; trackingNumber: string };

// ---------------------------------------------------------------------------------------------------------
// calls
// ---------------------------------------------------------------------------------------------------------

export const listBundles = (params: { region?: string; audience?: string }, signal?: AbortSignal) =>
  api<BundleSummaryView[] | { items: BundleSummaryView[] }>(`/api/bundles${query(params)}`, { signal }).then(
    (r) => (Array.isArray(r) ? r : r.items),
  );

export const getBundle = (bundleId: string, signal?: AbortSignal) =>
  api<BundleDetailView>(`/api/bundles/${enc(bundleId)}`, { signal });

export const planBundle = (bundleId: string, answers: BundleAnswers, signal?: AbortSignal) =>
  api<BundlePlanView>(`/api/bundles/${enc(bundleId)}/plan`, { method: 'POST', json: { answers }, signal });

/** The 一次告知单 as PDF, for these answers (anyone may fetch it). */
export const noticePdfUrl = (bundleId: string, answers: BundleAnswers) =>
  `/api/bundles/${enc(bundleId)}/notice.pdf?answers=${answersParam(answers)}`;

export const createBundleCase = (input: CreateBundleCaseInput, idempotencyKey = newIdempotencyKey()) =>
  api<BundleCaseView>('/api/bundle-cases', {
    method: 'POST',
    json: input,
    headers: { 'idempotency-key': idempotencyKey },
  });

export const getBundleCase = (id: string, signal?: AbortSignal) =>
  api<BundleCaseView>(`/api/bundle-cases/${enc(id)}`, { signal });

export const listMyBundleCases = (signal?: AbortSignal) =>
  api<{ items: MyBundleCaseItem[] }>('/api/bundle-cases/mine', { signal });

export const saveBundleDraft = (id: string, input: BundleDraftInput) =>
  api<BundleCaseView>(`/api/bundle-cases/${enc(id)}/draft`, { method: 'PUT', json: input });

export function uploadBundleMaterial(id: string, materialId: string, file: Blob, fileName?: string) {
  const form = new FormData();
  if (fileName) form.append('file', file, fileName);
  else form.append('file', file);
  return api<{ materialId: string; fileName: string; members: string[] }>(
    `/api/bundle-cases/${enc(id)}/materials${query({ materialId })}`,
    { method: 'POST', body: form },
  );
}

export const submitBundleCase = (id: string) =>
  api<BundleCaseView>(`/api/bundle-cases/${enc(id)}/submit`, { method: 'POST', json: {} });

export const resubmitBundleCase = (id: string, comment?: string) =>
  api<BundleCaseView>(`/api/bundle-cases/${enc(id)}/resubmit`, {
    method: 'POST',
    json: comment ? { comment } : {},
  });

export const withdrawBundleCase = (id: string, comment?: string) =>
  api<BundleCaseView>(`/api/bundle-cases/${enc(id)}/withdraw`, {
    method: 'POST',
    json: comment ? { comment } : {},
  });

export const listBundleQueue = (
  queue: BundleQueue,
  params: { page?: number; pageSize?: number },
  signal?: AbortSignal,
) =>
  api<{ items: BundleQueueItem[]; total: number }>(`/api/bundle-cases/queue${query({ queue, ...params })}`, {
    signal,
  });

export const acceptBundleCase = (id: string, materialsChecklist: BundleChecklistEntry[]) =>
  api<BundleCaseView>(`/api/bundle-cases/${enc(id)}/accept`, {
    method: 'POST',
    json: { materialsChecklist },
  });

export const requestBundleCorrection = (id: string, items: { materialId?: string; problem: string }[]) =>
  api<BundleCaseView>(`/api/bundle-cases/${enc(id)}/request-correction`, {
    method: 'POST',
    json: { items },
  });

export const refuseBundleCase = (id: string, reasons: string) =>
  api<BundleCaseView>(`/api/bundle-cases/${enc(id)}/refuse`, { method: 'POST', json: { reasons } });

export const deliverBundleCase = (id: string, input: DeliverInput) =>
  api<BundleCaseView>(`/api/bundle-cases/${enc(id)}/deliver`, { method: 'POST', json: input });

/** 第四十二条第二款: the lead chief representative records an approved extension of the bundle's promise. */
export interface BundleExtensionInput {
  amount: number;
  reason: string;
  approval: string;
}
export const extendBundleCase = (id: string, input: BundleExtensionInput) =>
  api<BundleCaseView>(`/api/bundle-cases/${enc(id)}/extend`, { method: 'POST', json: input });

export const bundleReceiptUrl = (id: string) => `/api/bundle-cases/${enc(id)}/receipt.pdf`;

// ---------------------------------------------------------------------------------------------------------
// react-query hooks
// ---------------------------------------------------------------------------------------------------------

export const bundleKeys = {
  all: ['bundles'] as const,
  list: (region: string, audience: string) => ['bundles', 'list', region, audience] as const,
  one: (id: string) => ['bundles', 'one', id] as const,
  plan: (id: string, answers: BundleAnswers) => ['bundles', 'plan', id, answers] as const,
  cases: ['bundle-cases'] as const,
  case: (id: string) => ['bundle-cases', 'one', id] as const,
  mine: ['bundle-cases', 'mine'] as const,
  queue: (queue: BundleQueue, page: number) => ['bundle-cases', 'queue', queue, page] as const,
};

export function useBundles(region: string, audience: string) {
  return useQuery({
    queryKey: bundleKeys.list(region, audience),
    queryFn: ({ signal }) => listBundles({ region, audience }, signal),
  });
}

export function useBundle(id: string | undefined) {
  return useQuery({
    queryKey: bundleKeys.one(id ?? ''),
    queryFn: ({ signal }) => getBundle(id ?? '', signal),
    enabled: Boolean(id),
  });
}

/** The 一次告知单 for the answers; the previous one stays on screen while the next is worked out. */
export function useBundlePlan(id: string | undefined, answers: BundleAnswers, enabled: boolean) {
  return useQuery({
    queryKey: bundleKeys.plan(id ?? '', answers),
    queryFn: ({ signal }) => planBundle(id ?? '', answers, signal),
    enabled: Boolean(id) && enabled,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useBundleCase(id: string | undefined) {
  return useQuery({
    queryKey: bundleKeys.case(id ?? ''),
    queryFn: ({ signal }) => getBundleCase(id ?? '', signal),
    enabled: Boolean(id),
    staleTime: 0,
  });
}

export function useMyBundleCases(enabled = true) {
  return useQuery({
    queryKey: bundleKeys.mine,
    queryFn: ({ signal }) => listMyBundleCases(signal),
    enabled,
    staleTime: 0,
  });
}

export function useBundleQueue(queue: BundleQueue, page: number, pageSize = 20) {
  return useQuery({
    queryKey: bundleKeys.queue(queue, page),
    queryFn: ({ signal }) => listBundleQueue(queue, { page, pageSize }, signal),
    staleTime: 0,
  });
}

/** After any change to a bundle case: the case, every list, its member cases and the messages. */
function useBundleCaseChanged() {
  const client = useQueryClient();
  return (view?: BundleCaseView) => {
    if (view) client.setQueryData(bundleKeys.case(view.id), view);
    void client.invalidateQueries({ queryKey: bundleKeys.cases });
    void client.invalidateQueries({ queryKey: caseKeys.all });
    void client.invalidateQueries({ queryKey: caseKeys.messages });
  };
}

export function useCreateBundleCase() {
  const changed = useBundleCaseChanged();
  return useMutation({
    mutationFn: (v: { input: CreateBundleCaseInput; idempotencyKey?: string }) =>
      createBundleCase(v.input, v.idempotencyKey),
    onSuccess: changed,
  });
}

export function useSaveBundleDraft(id: string) {
  const changed = useBundleCaseChanged();
  return useMutation({
    mutationFn: (input: BundleDraftInput) => saveBundleDraft(id, input),
    onSuccess: changed,
  });
}

export function useUploadBundleMaterial(id: string) {
  const changed = useBundleCaseChanged();
  return useMutation({
    mutationFn: (v: { materialId: string; file: Blob; fileName?: string }) =>
      uploadBundleMaterial(id, v.materialId, v.file, v.fileName),
    onSuccess: () => changed(),
  });
}

export type BundleCommand =
  | { kind: 'submit' }
  | { kind: 'resubmit'; comment?: string }
  | { kind: 'withdraw'; comment?: string }
  | { kind: 'accept'; materialsChecklist: BundleChecklistEntry[] }
  | { kind: 'request_correction'; items: { materialId?: string; problem: string }[] }
  | { kind: 'refuse'; reasons: string }
  | { kind: 'deliver'; input: DeliverInput }
  | { kind: 'extend'; input: BundleExtensionInput };

function runCommand(id: string, command: BundleCommand): Promise<BundleCaseView> {
  switch (command.kind) {
    case 'submit':
      return submitBundleCase(id);
    case 'resubmit':
      return resubmitBundleCase(id, command.comment);
    case 'withdraw':
      return withdrawBundleCase(id, command.comment);
    case 'accept':
      return acceptBundleCase(id, command.materialsChecklist);
    case 'request_correction':
      return requestBundleCorrection(id, command.items);
    case 'refuse':
      return refuseBundleCase(id, command.reasons);
    case 'deliver':
      return deliverBundleCase(id, command.input);
    case 'extend':
      return extendBundleCase(id, command.input);
    default: {
      const unknown: never = command;
      return unknown;
    }
  }
}

/** Every state change of a bundle case (submit, resubmit, withdraw, accept, correction, refuse, deliver). */
export function useBundleCommand(id: string) {
  const changed = useBundleCaseChanged();
  return useMutation({ mutationFn: (command: BundleCommand) => runCommand(id, command), onSuccess: changed });
}
