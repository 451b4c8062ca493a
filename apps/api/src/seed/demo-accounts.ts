import { completeCreditCode, idNumberCheckChar, type StaffRole } from '@msb/contracts';

/** Demo staff accounts (示例), listed in the README. Never created when DEMO_DATA=false. */
export const DEMO_PASSWORD = 'Msb@demo2026';

/**
 * The department behind the case-engine demo accounts: of the 昆都仑区 (150203000000) demo orgs it implements
 * the most maturity-IV items (包头市昆都仑区人力资源和社会保障局, 4; demo-accounts.test.ts keeps this true).
 */
export const DEMO_CASE_ORG_KEY = 'kdl-rsj';
const KDL = '150203000000';

export interface DemoAccount {
  username: string;
  displayName: string;
  roles: StaffRole[];
  regionCode: string;
  /** org key from demo orgs; null = region-wide */
  orgKey: string | null;
}

/** Member departments of the 昆都仑区 demo bundles without an approver account yet, with their short names. */
const BUNDLE_APPROVERS: [orgKey: string, shortName: string][] = [
  ['kdl-wjw', '卫健委'],
  ['kdl-gafj', '公安分局'],
  ['kdl-ybj', '医保局'],
  ['kdl-scjg', '市场监管局'],
  ['kdl-xfdd', '消防救援大队'],
  ['kdl-cgj', '城管执法局'],
  ['kdl-swj', '税务局'],
  ['kdl-gjj', '公积金管理部'],
];

export const demoAccounts: DemoAccount[] = [
  {
    username: 'admin',
    displayName: '系统管理员（示例）',
    roles: ['admin'],
    regionCode: '150000000000',
    orgKey: null,
  },
  {
    username: 'editor',
    displayName: '呼伦贝尔市事项编辑（示例）',
    roles: ['catalog_editor'],
    regionCode: '150700000000',
    orgKey: null,
  },
  {
    username: 'reviewer',
    displayName: '呼伦贝尔市事项审核（示例）',
    roles: ['catalog_reviewer'],
    regionCode: '150700000000',
    orgKey: null,
  },
  {
    username: 'editor-kdl',
    displayName: '昆都仑区事项编辑（示例）',
    roles: ['catalog_editor'],
    regionCode: '150203000000',
    orgKey: null,
  },
  {
    username: 'reviewer-kdl',
    displayName: '昆都仑区事项审核（示例）',
    roles: ['catalog_reviewer'],
    regionCode: '150203000000',
    orgKey: null,
  },
  {
    username: 'supervisor',
    displayName: '督查人员（示例）',
    roles: ['supervisor'],
    regionCode: '150000000000',
    orgKey: null,
  },
  {
    username: 'window',
    displayName: '昆都仑区综合窗口（示例）',
    roles: ['window_clerk'],
    regionCode: KDL,
    orgKey: null,
  },
  {
    username: 'chief',
    displayName: '昆都仑区人社局首席代表（示例）',
    roles: ['chief_representative'],
    regionCode: KDL,
    orgKey: DEMO_CASE_ORG_KEY,
  },
  {
    username: 'approver',
    displayName: '昆都仑区人社局审批人员（示例）',
    roles: ['approver'],
    regionCode: KDL,
    orgKey: DEMO_CASE_ORG_KEY,
  },
  {
    username: 'approver2',
    displayName: '昆都仑区人社局审批人员二（示例）',
    roles: ['approver'],
    regionCode: KDL,
    orgKey: DEMO_CASE_ORG_KEY,
  },
  {
    username: 'output',
    displayName: '昆都仑区人社局出件窗口（示例）',
    roles: ['output_clerk'],
    regionCode: KDL,
    orgKey: DEMO_CASE_ORG_KEY,
  }, // 一件事 (demo bundles.ts): the lead 卫健委's chief representative and an approver of every other member
  // department of the 昆都仑区 bundles (人社局 has its own above)
  {
    username: 'chief-wjw',
    displayName: '昆都仑区卫健委首席代表（示例）',
    roles: ['chief_representative'],
    regionCode: KDL,
    orgKey: 'kdl-wjw',
  },
  ...BUNDLE_APPROVERS.map(
    ([orgKey, name]): DemoAccount => ({
      username: `approver-${orgKey.slice('kdl-'.length)}`,
      displayName: `昆都仑区${name}审批人员（示例）`,
      roles: ['approver'],
      regionCode: KDL,
      orgKey,
    }),
  ),
];

/**
 * Made-up 公民身份号码 in 昆都仑区 (150203), all born 1990-01-01, sequence 001–003, with the check character
 * computed (GB 11643-1999) so they pass validation while being plainly fake.
 */
const demoIdNumber = (sequence: number): string => {
  const first17 = `15020319900101${String(sequence).padStart(3, '0')}`;
  return `${first17}${idNumberCheckChar(first17)}`;
};

/** Public demo accounts (示例); the login name is the mobile number, the password DEMO_PASSWORD. */
export const demoCitizen = {
  mobile: '13800000001',
  name: '示例居民',
  idNumber: demoIdNumber(1),
};

export const demoEnterprise = {
  mobile: '13800000002',
  operatorName: '示例经办人',
  operatorIdNumber: demoIdNumber(3),
  enterpriseName: '示例科技有限公司',
  // like the demo orgs: 91 企业 + region + 'D' (demo) + 8 digits (9xxxxxxx, apart from the orgs' sequence)
  creditCode: completeCreditCode('91150203D90000001'),
  legalRepName: '示例法人',
  legalRepIdNumber: demoIdNumber(2),
};
