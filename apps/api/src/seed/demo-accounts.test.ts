import { isValidCreditCode, isValidIdNumber } from '@msb/contracts';
import { describe, expect, it } from 'vitest';
import { demoBundles, demoItems, demoOrgs } from './demo/index.ts';
import { DEMO_CASE_ORG_KEY, demoAccounts, demoCitizen, demoEnterprise } from './demo-accounts.ts';

const KDL = '150203000000';

describe('demo accounts', () => {
  it('scope the case-engine back office to the 昆都仑区 org with the most maturity-IV items', () => {
    const counts = new Map<string, number>();
    for (const item of demoItems)
      for (const impl of item.implementations)
        if (
          impl.regionCode === KDL &&
          impl.guide.maturity === 'IV' &&
          (impl.status ?? 'published') === 'published'
        )
          counts.set(impl.orgKey, (counts.get(impl.orgKey) ?? 0) + 1);
    const [best, second] = [...counts].sort((a, b) => b[1] - a[1]);
    expect(best?.[0]).toBe(DEMO_CASE_ORG_KEY);
    expect(best?.[1]).toBeGreaterThan(second?.[1] ?? 0);

    const byName = new Map(demoAccounts.map((a) => [a.username, a]));
    for (const username of ['chief', 'approver', 'approver2', 'output']) {
      expect(byName.get(username), username).toMatchObject({ regionCode: KDL, orgKey: DEMO_CASE_ORG_KEY });
    }
    expect(byName.get('window')).toMatchObject({ roles: ['window_clerk'], regionCode: KDL, orgKey: null });
    expect(byName.get('chief')?.roles).toEqual(['chief_representative']);
    expect(byName.get('output')?.roles).toEqual(['output_clerk']);
    expect(new Set(demoAccounts.map((a) => a.username)).size).toBe(demoAccounts.length);
  });

  it('staff every member department of the 昆都仑区 bundles (一件事), and the lead 卫健委 with a chief', () => {
    const kdlBundles = demoBundles.filter((b) => b.regionCode === KDL);
    expect(kdlBundles.length).toBeGreaterThanOrEqual(5);
    const approverOrgs = new Set(
      demoAccounts.filter((a) => a.roles.includes('approver')).map((a) => a.orgKey),
    );
    for (const b of kdlBundles)
      for (const m of b.definition.members)
        expect(approverOrgs.has(m.orgKey), `${b.code} ${m.key}`).toBe(true);
    const chief = demoAccounts.find((a) => a.username === 'chief-wjw');
    expect(chief).toMatchObject({ roles: ['chief_representative'], regionCode: KDL, orgKey: 'kdl-wjw' });
    expect(kdlBundles.some((b) => b.leadOrgKey === chief?.orgKey)).toBe(true);
    const orgKeys = new Set(demoOrgs.map((o) => o.key));
    for (const a of demoAccounts) {
      expect(a.displayName, a.username).toMatch(/（示例）$/);
      if (a.orgKey) expect(orgKeys.has(a.orgKey), a.username).toBe(true);
      if (a.orgKey)
        expect(demoOrgs.find((o) => o.key === a.orgKey)?.regionCode, a.username).toBe(a.regionCode);
    }
  });

  it('use plainly fake, valid identifiers for the public accounts', () => {
    const ids = [demoCitizen.idNumber, demoEnterprise.operatorIdNumber, demoEnterprise.legalRepIdNumber];
    for (const id of ids) {
      expect(isValidIdNumber(id), id).toBe(true);
      expect(id.slice(0, 14), id).toBe('15020319900101');
    }
    expect(new Set(ids).size).toBe(3);
    expect(demoCitizen.idNumber).toBe('150203199001010010');
    expect(isValidCreditCode(demoEnterprise.creditCode)).toBe(true);
    // marked like the demo orgs' codes, and not one of them
    expect(demoEnterprise.creditCode.charAt(8)).toBe('D');
    expect(demoOrgs.map((o) => o.creditCode)).not.toContain(demoEnterprise.creditCode);
    expect([demoCitizen.mobile, demoEnterprise.mobile]).toEqual(['13800000001', '13800000002']);
    expect(demoCitizen.name).toMatch(/示例/);
    expect(demoEnterprise.enterpriseName).toBe('示例科技有限公司');
  });
});
