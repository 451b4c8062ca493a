// Pure: which of a case's available actions the decision panel offers, and the request body each form
// becomes (the inputs of domain/transitions.ts; the server checks them again).
import type { ActionInput, AvailableActionView, CaseAction, DeliveryMethod } from '../../cases/case-api.ts';

/** Intake actions live in the material checklist panel, not in the decision panel. */
export const INTAKE_ACTIONS: readonly CaseAction[] = ['accept', 'request_correction', 'refuse', 'resubmit'];

/** Back-office steps only the assignee takes (a chief representative may take any): case-effects.ts. */
export const ASSIGNEE_ACTIONS: readonly CaseAction[] = ['record_opinion', 'transfer', 'approve', 'deny'];

/** Actions that need no input: one confirmation is enough. */
export const CONFIRM_ONLY: readonly CaseAction[] = ['claim', 'issue', 'close'];

/** The order buttons appear in: the usual next step first, ending the case last. */
const ORDER: readonly CaseAction[] = [
  'claim',
  'assign',
  'record_opinion',
  'approve',
  'deny',
  'issue',
  'deliver',
  'close',
  'transfer',
  'extend',
  'start_special_procedure',
  'end_special_procedure',
  'terminate',
  'revoke',
];

export function panelActions(
  actions: readonly AvailableActionView[],
  options: { isAssignee: boolean; isChief: boolean },
): { offered: AvailableActionView[]; heldByOthers: boolean } {
  const rest = actions.filter((a) => !INTAKE_ACTIONS.includes(a.action) && a.action !== 'withdraw');
  const mayWork = options.isAssignee || options.isChief;
  const offered = rest
    .filter((a) => mayWork || !ASSIGNEE_ACTIONS.includes(a.action))
    .sort((a, b) => rank(a.action) - rank(b.action));
  return { offered, heldByOthers: !mayWork && rest.some((a) => ASSIGNEE_ACTIONS.includes(a.action)) };
}

const rank = (action: CaseAction) => {
  const i = ORDER.indexOf(action);
  return i < 0 ? ORDER.length : i;
};

export type DangerLevel = 'primary' | 'danger' | 'default';

export function actionStyle(action: CaseAction): DangerLevel {
  switch (action) {
    case 'claim':
    case 'approve':
    case 'issue':
    case 'deliver':
    case 'record_opinion':
    case 'close':
      return 'primary';
    case 'deny':
    case 'terminate':
    case 'refuse':
    case 'revoke':
      return 'danger';
    default:
      return 'default';
  }
}

/** What the action forms collect (one shape for all; each action reads its own fields). */
export interface ActionFormValues {
  opinion?: string;
  decisionReasons?: string;
  reason?: string;
  comment?: string;
  assignee?: string;
  amount?: number;
  unit?: 'workday' | 'natural';
  procedureName?: string;
  deliveryMethod?: DeliveryMethod;
  signedReceipt?: string;
  trackingNumber?: string;
}

const trim = (v: string | undefined) => v?.trim() ?? '';

export function actionBody(action: CaseAction, v: ActionFormValues): ActionInput {
  const duration = { amount: v.amount ?? 0, unit: v.unit ?? 'workday' };
  switch (action) {
    case 'record_opinion':
      return { opinion: trim(v.opinion) };
    case 'approve':
    case 'deny':
    case 'refuse':
      return { decisionReasons: trim(v.decisionReasons) };
    case 'assign':
      return { assignee: v.assignee ?? '' };
    case 'transfer':
      return { assignee: v.assignee ?? '', reason: trim(v.reason) };
    case 'extend':
      return { extension: duration, reason: trim(v.reason) };
    case 'start_special_procedure':
      return { procedure: { name: trim(v.procedureName), duration } };
    case 'end_special_procedure':
      return { comment: trim(v.comment) };
    case 'terminate':
    case 'withdraw':
    case 'revoke':
      return { reason: trim(v.reason) };
    case 'deliver': {
      const method = v.deliveryMethod ?? 'window';
      if (method === 'window') return { deliveryMethod: method, signedReceipt: trim(v.signedReceipt) };
      if (method === 'post') return { deliveryMethod: method, trackingNumber: trim(v.trackingNumber) };
      return { deliveryMethod: method };
    }
    case 'claim':
    case 'issue':
    case 'close':
    case 'submit':
    case 'accept':
    case 'request_correction':
    case 'resubmit':
      return {};
  }
}
