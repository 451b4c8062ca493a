// Pure: may this actor edit or review this implementation? (issue 2 §7: editors change only their scope)
import type { Actor } from '../../platform/access.ts';
import { inScope } from '../identity/domain/scope.ts';

export const canEditCatalog = (actor: Actor, target: { regionCode: string; orgId: string | null }): boolean =>
  actor.roles.some((r) => r === 'catalog_editor' || r === 'admin') && inScope(actor, target);

export const canReviewCatalog = (
  actor: Actor,
  target: { regionCode: string; orgId: string | null },
): boolean => actor.roles.some((r) => r === 'catalog_reviewer' || r === 'admin') && inScope(actor, target);

/** Staff see the drafts within their region (or org); the public sees only published guides. */
export const canSeeDrafts = (actor: Actor, target: { regionCode: string; orgId: string | null }): boolean =>
  actor.kind === 'staff' && inScope(actor, target);
