// Who works at which desk of the 工作台 (the API's QUEUE_ROLES in case-queries.service.ts) and the page each
// role lands on after signing in.
import type { StaffActor } from '../shell/use-session.ts';
import { hasAnyRole } from '../shell/use-session.ts';

export const WINDOW_ROLES = ['window_clerk', 'chief_representative'] as const;
export const DEPARTMENT_ROLES = ['approver', 'chief_representative'] as const;
export const OUTPUT_ROLES = ['output_clerk', 'chief_representative'] as const;
export const SUPERVISION_ROLES = ['supervisor'] as const;
/** 一件事出件: the API's bundle output queue and 统一出件 are the output clerk's alone */
export const BUNDLE_OUTPUT_ROLES = ['output_clerk'] as const;
/** everyone who opens a case page from a work list */
export const WORKBENCH_ROLES = [
  'window_clerk',
  'chief_representative',
  'approver',
  'output_clerk',
  'supervisor',
] as const;

export const WORK_PATHS = {
  window: '/admin/work/window',
  intake: '/admin/work/window/intake',
  department: '/admin/work/department',
  output: '/admin/work/output',
  supervision: '/admin/work/supervision',
  verification: '/admin/work/verification',
  case: (id: string) => `/admin/work/cases/${encodeURIComponent(id)}`,
  bundleWindow: '/admin/work/bundle-window',
  bundleIntake: '/admin/work/bundle-window/intake',
  bundleLead: '/admin/work/bundle-lead',
  bundleOutput: '/admin/work/bundle-output',
  bundleCase: (id: string) => `/admin/work/bundle-cases/${encodeURIComponent(id)}`,
} as const;

/** The first desk of the signed-in user, or null for catalogue-only staff. */
export function workbenchHome(actor: StaffActor | undefined): string | null {
  if (hasAnyRole(actor, ['window_clerk'])) return WORK_PATHS.window;
  if (hasAnyRole(actor, DEPARTMENT_ROLES)) return WORK_PATHS.department;
  if (hasAnyRole(actor, OUTPUT_ROLES)) return WORK_PATHS.output;
  if (hasAnyRole(actor, SUPERVISION_ROLES)) return WORK_PATHS.supervision;
  return null;
}
