// Pure scope rules: every staff account is scoped to a region (and, for back-office roles, a department).
// DESIGN.md "Who uses it": nobody sees or changes anything outside their scope.

export interface Scope {
  regionCode: string | null;
  orgId: string | null;
}

/** True when `code` is `scopeCode` or lies below it in the 12-digit region tree. */
export function regionWithin(code: string, scopeCode: string): boolean {
  return code.startsWith(trimRegion(scopeCode));
}

/** The significant prefix of a 12-digit code: 150000000000 → "15", 150203000000 → "150203". */
export function trimRegion(code: string): string {
  if (/^\d{2}0{10}$/.test(code)) return code.slice(0, 2);
  if (/^\d{4}0{8}$/.test(code)) return code.slice(0, 4);
  if (/^\d{6}0{6}$/.test(code)) return code.slice(0, 6);
  if (/^\d{9}0{3}$/.test(code)) return code.slice(0, 9);
  return code;
}

/** May an account with `scope` change a resource of `target`? An org-bound account only its own org. */
export function inScope(scope: Scope, target: { regionCode: string; orgId: string | null }): boolean {
  if (scope.orgId) return scope.orgId === target.orgId;
  if (scope.regionCode) return regionWithin(target.regionCode, scope.regionCode);
  return false;
}
