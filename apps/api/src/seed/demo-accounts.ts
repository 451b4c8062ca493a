import type { StaffRole } from '@msb/contracts';

/** Demo staff accounts (示例), listed in the README. Never created when DEMO_DATA=false. */
export const DEMO_PASSWORD = 'Msb@demo2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  roles: StaffRole[];
  regionCode: string;
  /** org key from demo orgs; null = region-wide */
  orgKey: string | null;
}

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
];
