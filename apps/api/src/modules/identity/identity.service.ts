import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@msb/contracts';
import { and, eq, gt, like, lt } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { trimRegion } from './domain/scope.ts';
import { sessions, users } from './identity.tables.ts';
import { dummyHash, hashPassword, verifyPassword } from './passwords.ts';

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface LoginInput {
  username: string;
  password: string;
}

/** Verify a password, lock after repeated failures, open a server-side session. */
export async function login(
  deps: Deps,
  input: LoginInput,
): Promise<{ token: string; actor: Actor; expiresAt: Date }> {
  const now = deps.now();
  const [user] = await deps.db.select().from(users).where(eq(users.username, input.username)).limit(1);
  if (!user || user.disabled) {
    await verifyPassword(await dummyHash(), input.password);
    throw new AppError('UNAUTHENTICATED', '用户名或密码错误');
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new AppError('LOCKED', `连续登录失败次数过多，账号已锁定至 ${user.lockedUntil.toISOString()}`, {
      lockedUntil: user.lockedUntil.toISOString(),
    });
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failures = user.failedLogins + 1;
    const lock = failures >= deps.config.loginMaxFailures;
    await deps.db
      .update(users)
      .set({
        failedLogins: lock ? 0 : failures,
        lockedUntil: lock
          ? new Date(now.getTime() + deps.config.loginLockMinutes * 60_000)
          : user.lockedUntil,
      })
      .where(eq(users.id, user.id));
    throw new AppError(
      lock ? 'LOCKED' : 'UNAUTHENTICATED',
      lock ? '连续登录失败次数过多，账号已锁定' : '用户名或密码错误',
    );
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + deps.config.sessionIdleMinutes * 60_000);
  await deps.db.transaction(async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    await tx
      .insert(sessions)
      .values({ tokenHash: tokenHash(token), userId: user.id, createdAt: now, lastSeenAt: now, expiresAt });
    await tx.delete(sessions).where(lt(sessions.expiresAt, now));
  });
  return { token, actor: toActor(user), expiresAt };
}

export async function logout(deps: Deps, token: string): Promise<void> {
  await deps.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
}

/** Resolve a session cookie to its actor, sliding the idle expiry within the absolute maximum. */
export async function resolveSession(deps: Deps, token: string): Promise<Actor | null> {
  const now = deps.now();
  const [row] = await deps.db
    .select({ user: users, session: sessions })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash(token)), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row || row.user.disabled) return null;
  const hardEnd = row.session.createdAt.getTime() + deps.config.sessionMaxHours * 3_600_000;
  if (now.getTime() >= hardEnd) return null;
  // slide the idle window at most once a minute
  if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000) {
    const expiresAt = new Date(Math.min(now.getTime() + deps.config.sessionIdleMinutes * 60_000, hardEnd));
    await deps.db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt })
      .where(eq(sessions.tokenHash, row.session.tokenHash));
  }
  return toActor(row.user);
}

export interface CreateUserInput {
  username: string;
  password: string;
  displayName: string;
  kind: 'staff' | 'public';
  roles: Role[];
  regionCode: string | null;
  orgId: string | null;
  isDemo?: boolean;
}

export async function createUser(deps: Deps, input: CreateUserInput): Promise<Actor> {
  const [existing] = await deps.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, input.username));
  if (existing) throw new AppError('CONFLICT', `用户名 ${input.username} 已存在`);
  const [row] = await deps.db
    .insert(users)
    .values({ ...input, passwordHash: await hashPassword(input.password), isDemo: input.isDemo ?? false })
    .returning();
  if (!row) throw new AppError('INTERNAL', '创建用户失败');
  return toActor(row);
}

/** Staff accounts whose region lies within `regionCode` (an administrator's own scope). */
export async function listStaff(
  deps: Deps,
  regionCode: string,
): Promise<(Actor & { lockedUntil: string | null })[]> {
  const rows = await deps.db
    .select()
    .from(users)
    .where(and(eq(users.kind, 'staff'), like(users.regionCode, `${trimRegion(regionCode)}%`)))
    .orderBy(users.username);
  return rows.map((u) => ({
    ...toActor(u),
    lockedUntil: u.lockedUntil ? u.lockedUntil.toISOString() : null,
  }));
}

/** The actor of an account by user name (seeding and tools act as a named account). */
export async function actorByUsername(deps: Deps, username: string): Promise<Actor | null> {
  const [user] = await deps.db.select().from(users).where(eq(users.username, username));
  return user ? toActor(user) : null;
}

function toActor(user: typeof users.$inferSelect): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    kind: user.kind,
    roles: user.roles as Role[],
    regionCode: user.regionCode,
    orgId: user.orgId,
    personId: user.personId,
    enterpriseId: user.enterpriseId,
  };
}
