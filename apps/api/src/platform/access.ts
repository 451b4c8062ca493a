// Who may call a route. Every route declares `config.access`; app.ts refuses to start if one does not.
import type { Role } from '@msb/contracts';

export type Access = 'public' | 'authenticated' | readonly Role[];

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  kind: 'staff' | 'public';
  roles: Role[];
  regionCode: string | null;
  orgId: string | null;
  /** public accounts: the person behind the account */
  personId: string | null;
  /** enterprise accounts: the enterprise the account acts for */
  enterpriseId: string | null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export const describeAccess = (access: Access): string =>
  access === 'public'
    ? '公开（无需登录）'
    : access === 'authenticated'
      ? '任何已登录用户'
      : `角色：${access.join('、')}`;

export function isAllowed(access: Access, actor: Actor | null): boolean {
  if (access === 'public') return true;
  if (!actor) return false;
  if (access === 'authenticated') return true;
  return actor.roles.some((r) => access.includes(r));
}
