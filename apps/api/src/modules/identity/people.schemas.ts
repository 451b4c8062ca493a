// Request and response schemas of people.routes.ts. Views list masked fields only: a full ID number could
// not be serialised even if a service returned one (the reveal route declares its own).
import Type from 'typebox';
import { ActorView } from './identity.routes.ts';

export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) =>
  Type.Union([t, Type.Null()]);
const MOBILE = '^1[3-9]\\d{9}$';
export const Mobile = Type.String({ pattern: MOBILE, description: '中国大陆手机号码，11 位' });
// the same policy as staff accounts created by an administrator (POST /api/users)
export const Password = Type.String({ minLength: 10, maxLength: 256 });
export const Name = Type.String({ minLength: 1, maxLength: 64 });
export const IdNumber = Type.String({
  minLength: 1,
  maxLength: 32,
  description: '公民身份号码（GB 11643，18 位）',
});
export const CreditCode = Type.String({
  minLength: 1,
  maxLength: 32,
  description: '统一社会信用代码（GB 32100，18 位）',
});
export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
export const RealNameModeT = Type.Union([Type.Literal('checksum'), Type.Literal('public_security')]);

export const SignedIn = Type.Object({ actor: ActorView, expiresAt: Type.String() });
export const PersonView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  idNumberMasked: Type.String(),
  mobile: Nullable(Type.String()),
  realNameMode: RealNameModeT,
  realNameLabel: Type.String(),
});
export const EnterpriseView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  creditCode: Type.String(),
  legalRepName: Type.String(),
  legalRepIdNumberMasked: Type.String(),
  address: Nullable(Type.String()),
});
export const PrincipalKind = Type.Union([Type.Literal('person'), Type.Literal('enterprise')]);
export const AuthorisationView = Type.Object({
  id: Type.String(),
  principalKind: PrincipalKind,
  principalName: Type.String(),
  agentName: Type.String(),
  agentIdNumberMasked: Type.String(),
  scope: Type.Array(Type.String()),
  validFrom: Type.String(),
  validTo: Type.String(),
  letterSha256: Nullable(Type.String()),
  status: Type.Union([
    Type.Literal('pending'),
    Type.Literal('active'),
    Type.Literal('expired'),
    Type.Literal('revoked'),
  ]),
  statusLabel: Type.String(),
  createdAt: Type.String(),
  revokedAt: Nullable(Type.String()),
});
export const ProfileView = Type.Object({
  person: Type.Object({
    id: Type.String(),
    name: Type.String(),
    idNumberMasked: Type.String(),
    mobile: Nullable(Type.String()),
  }),
  enterprise: Nullable(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      creditCode: Type.String(),
      legalRepName: Type.String(),
    }),
  ),
  realName: Type.Object({ mode: RealNameModeT, label: Type.String() }),
  actingFor: Type.Array(
    Type.Object({
      authorisationId: Type.String(),
      principalKind: PrincipalKind,
      principalName: Type.String(),
      scope: Type.Array(Type.String()),
      validFrom: Type.String(),
      validTo: Type.String(),
    }),
  ),
});
