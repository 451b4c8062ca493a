import { isValidCreditCode, isValidIdNumber } from '@msb/contracts';
import { describe, expect, it } from 'vitest';
import { demoItems, demoOrgs } from './demo/index.ts';
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
