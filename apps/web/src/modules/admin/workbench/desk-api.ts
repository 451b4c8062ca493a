// The desks' staff-only calls beside the shared case client (../../cases/case-api.ts): find or record a
// walk-in applicant (person or enterprise, identity/people.routes.ts), the audited reveal of a full ID
// number, and who a case may be transferred or assigned to (cases/case-assignees.routes.ts).
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../app/api.ts';
import { caseKeys } from '../../cases/case-api.ts';

export interface PersonView {
  id: string;
  name: string;
  idNumberMasked: string;
  mobile: string | null;
  realNameMode: 'checksum' | 'public_security';
  realNameLabel: string;
}

export interface EnterpriseView {
  id: string;
  name: string;
  creditCode: string;
  legalRepName: string;
  legalRepIdNumberMasked: string;
  address: string | null;
}

export type DeskApplicant =
  | { kind: 'person'; person: PersonView }
  | { kind: 'enterprise'; enterprise: EnterpriseView };

const enc = encodeURIComponent;

export const findPerson = (idNumber: string) =>
  api<{ items: PersonView[] }>(`/api/persons?idNumber=${enc(idNumber)}`).then((r) => r.items[0] ?? null);

export const recordPerson = (input: { name: string; idNumber: string; mobile?: string | null }) =>
  api<PersonView>('/api/persons', { method: 'POST', json: input });

export const findEnterprise = (creditCode: string) =>
  api<{ items: EnterpriseView[] }>(`/api/enterprises?creditCode=${enc(creditCode)}`).then(
    (r) => r.items[0] ?? null,
  );

export const recordEnterprise = (input: {
  name: string;
  creditCode: string;
  legalRepName: string;
  legalRepIdNumber: string;
  address?: string | null;
}) => api<EnterpriseView>('/api/enterprises', { method: 'POST', json: input });

/** Every call is written to the audit log with its reason; the number is never cached. */
export const revealIdNumber = (personId: string, reason: string) =>
  api<{ idNumber: string }>(`/api/persons/${enc(personId)}/reveal-id-number`, {
    method: 'POST',
    json: { reason },
  });

export function useRevealIdNumber() {
  return useMutation({
    mutationFn: (v: { personId: string; reason: string }) => revealIdNumber(v.personId, v.reason),
  });
}

/** 转办/分派 candidates: in-post approvers and chief representatives of the case's department. */
export interface CaseAssigneeView {
  id: string;
  displayName: string;
  roleLabels: string[];
  current: boolean;
}

export const listCaseAssignees = (caseId: string, signal?: AbortSignal) =>
  api<{ items: CaseAssigneeView[] }>(`/api/cases/${enc(caseId)}/assignees`, { signal });

/** Kept under the case's key, so any change to the case (a transfer) refreshes it. */
export function useCaseAssignees(caseId: string, enabled = true) {
  return useQuery({
    queryKey: [...caseKeys.one(caseId), 'assignees'],
    queryFn: ({ signal }) => listCaseAssignees(caseId, signal),
    enabled,
  });
}
