// 授权委托: a person or an enterprise lets an agent apply on their behalf, within a scope of items and a
// validity period, on a recorded power of attorney. 行政许可法 第二十九条: 申请人可以委托代理人提出行政许可申请;
// seed 002 (帮您办): 签订授权委托书和承诺书.
import { and } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { DbOrTx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/errors.ts';
import { maskIdNumber } from './domain/mask.ts';
import {
  AUTHORISATION_STATUS_LABELS,
  type AuthorisationStatus,
  authorisationCovers,
  authorisationStatus,
  checkAuthorisationPeriod,
  chinaDate,
} from './domain/people-rules.ts';
import { type Principal, principalOf } from './people.policy.ts';
import * as repo from './people.repo.ts';
import { conflictOn, ensurePerson, invalid, type PeopleDeps, verifyIdentities } from './people.service.ts';

export interface AuthorisationView {
  id: string;
  principalKind: 'person' | 'enterprise';
  principalName: string;
  agentName: string;
  agentIdNumberMasked: string;
  /** base item codes; empty = every item */
  scope: string[];
  validFrom: string;
  validTo: string;
  letterSha256: string | null;
  status: AuthorisationStatus;
  statusLabel: string;
  createdAt: string;
  revokedAt: string | null;
}

function present(r: repo.AuthorisationWithParties, today: string): AuthorisationView {
  const a = r.authorisation;
  const status = authorisationStatus(a, today);
  return {
    id: a.id,
    principalKind: r.principalEnterprise ? 'enterprise' : 'person',
    principalName: r.principalEnterprise?.name ?? r.principalPerson?.name ?? '',
    agentName: r.agent.name,
    agentIdNumberMasked: maskIdNumber(r.agent.idNumber),
    scope: a.scope,
    validFrom: a.validFrom,
    validTo: a.validTo,
    letterSha256: a.letterSha256,
    status,
    statusLabel: AUTHORISATION_STATUS_LABELS[status],
    createdAt: a.createdAt.toISOString(),
    revokedAt: a.revokedAt ? a.revokedAt.toISOString() : null,
  };
}

const principalWhere = (p: Principal) =>
  repo.byPrincipal(p.kind === 'enterprise' ? { enterpriseId: p.enterpriseId } : { personId: p.personId });

function requirePrincipal(actor: Actor): Principal {
  const principal = principalOf(actor);
  if (!principal) throw notFound('本账号关联的自然人或企业信息');
  return principal;
}

export interface GrantAuthorisationInput {
  agentName: string;
  agentIdNumber: string;
  scope: string[];
  validFrom: string;
  validTo: string;
  letterSha256?: string | null;
}

/** The caller (their person, or their enterprise for enterprise accounts) authorises an agent. */
export async function grantAuthorisation(
  deps: PeopleDeps,
  actor: Actor,
  input: GrantAuthorisationInput,
): Promise<AuthorisationView> {
  const principal = requirePrincipal(actor);
  const today = chinaDate(deps.now());
  const [agent] = await verifyIdentities(
    deps,
    [
      {
        name: input.agentName,
        idNumber: input.agentIdNumber,
        nameField: 'agentName',
        idField: 'agentIdNumber',
      },
    ],
    checkAuthorisationPeriod(input.validFrom, input.validTo, today),
  );
  if (!agent) throw invalid([{ field: 'agentIdNumber', message: '受托人身份核验失败' }]);
  const scope = [...new Set(input.scope.map((c) => c.trim()).filter(Boolean))];
  try {
    return await deps.db.transaction(async (tx) => {
      const { person } = await ensurePerson(tx, deps, {
        ...agent,
        createdBy: actor.userId,
        idField: 'agentIdNumber',
      });
      if (principal.kind === 'person' && person.id === principal.personId) {
        throw invalid([{ field: 'agentIdNumber', message: '受托人不能是委托人本人' }]);
      }
      const same = await repo.selectAuthorisations(
        tx,
        and(principalWhere(principal), repo.byAgent(person.id), repo.notRevoked()),
      );
      if (same.some((r) => r.authorisation.validFrom === input.validFrom)) {
        throw conflictOn('validFrom', '已有同一受托人、同一生效日期的委托；如需修改，请先撤销原委托');
      }
      const row = await repo.insertAuthorisation(tx, {
        principalPersonId: principal.kind === 'person' ? principal.personId : null,
        principalEnterpriseId: principal.kind === 'enterprise' ? principal.enterpriseId : null,
        agentPersonId: person.id,
        scope,
        validFrom: input.validFrom,
        validTo: input.validTo,
        letterSha256: input.letterSha256 ?? null,
        createdBy: actor.userId,
      });
      const [view] = await repo.selectAuthorisations(tx, repo.byId(row.id));
      if (!view) throw notFound('授权委托');
      return present(view, today);
    });
  } catch (error) {
    // the power of attorney must be a file already uploaded to the platform
    if (repo.pgError(error)?.code === '23503') {
      throw invalid([{ field: 'letterSha256', message: '委托书文件不存在，请先上传委托书' }]);
    }
    throw error;
  }
}

/** What the caller granted (as principal) and received (as agent, through their person). */
export async function listAuthorisations(
  deps: Deps,
  actor: Actor,
): Promise<{ granted: AuthorisationView[]; received: AuthorisationView[] }> {
  const today = chinaDate(deps.now());
  const principal = principalOf(actor);
  const granted = principal ? await repo.selectAuthorisations(deps.db, principalWhere(principal)) : [];
  const received = actor.personId
    ? await repo.selectAuthorisations(deps.db, repo.byAgent(actor.personId))
    : [];
  return { granted: granted.map((r) => present(r, today)), received: received.map((r) => present(r, today)) };
}

/** Only the principal revokes; to anyone else the authorisation does not exist. */
export async function revokeAuthorisation(deps: Deps, actor: Actor, id: string): Promise<AuthorisationView> {
  const principal = principalOf(actor);
  if (!principal) throw notFound('授权委托');
  const today = chinaDate(deps.now());
  return deps.db.transaction(async (tx) => {
    const [row] = await repo.selectAuthorisations(tx, and(repo.byId(id), principalWhere(principal)), true);
    if (!row) throw notFound('授权委托');
    if (row.authorisation.revokedAt) throw conflictOn('id', '该委托已撤销');
    const at = deps.now();
    await repo.markRevoked(tx, id, at, actor.userId);
    return present(
      { ...row, authorisation: { ...row.authorisation, revokedAt: at, revokedBy: actor.userId } },
      today,
    );
  });
}

export type ActingPrincipal =
  | { kind: 'person'; personId: string; name: string }
  | { kind: 'enterprise'; enterpriseId: string; name: string };

/**
 * For the cases module: may `agentPersonId` apply for item `baseCode` on day `on` (YYYY-MM-DD, China) under
 * authorisation `authorisationId`? The principal when yes; null when the authorisation is someone else's,
 * revoked, not yet or no longer in force, or does not cover the item.
 */
export async function findActingAuthorisation(
  db: DbOrTx,
  query: { authorisationId: string; agentPersonId: string; baseCode: string; on: string },
): Promise<ActingPrincipal | null> {
  const [row] = await repo.selectAuthorisations(
    db,
    and(repo.byId(query.authorisationId), repo.byAgent(query.agentPersonId)),
  );
  if (!row) return null;
  const a = row.authorisation;
  if (authorisationStatus(a, query.on) !== 'active' || !authorisationCovers(a.scope, query.baseCode))
    return null;
  if (row.principalEnterprise) {
    return {
      kind: 'enterprise',
      enterpriseId: row.principalEnterprise.id,
      name: row.principalEnterprise.name,
    };
  }
  if (row.principalPerson)
    return { kind: 'person', personId: row.principalPerson.id, name: row.principalPerson.name };
  return null;
}
