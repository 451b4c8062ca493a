// Who works on 一件事 definitions: catalogue editors write them, catalogue reviewers publish them (the API's
// GET /api/admin/bundles admits both, and administrators).
import { EDITOR_ROLES, REVIEWER_ROLES } from '../shell/use-session.ts';

export const BUNDLE_ROLES: readonly string[] = [...new Set([...EDITOR_ROLES, ...REVIEWER_ROLES])];
export const BUNDLE_EDITOR_ROLES: readonly string[] = EDITOR_ROLES;
