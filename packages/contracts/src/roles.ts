// Staff and public roles (DESIGN.md "Who uses it"). Every route declares which of these may call it.
export const STAFF_ROLES = [
  'admin', // 系统管理员
  'catalog_editor', // 事项编辑
  'catalog_reviewer', // 事项审核
  'consultant', // 导台
  'window_clerk', // 综窗人员
  'approver', // 部门审批人员
  'chief_representative', // 首席代表
  'output_clerk', // 出件窗口
  'proxy_agent', // 帮办代办员
  'supervisor', // 督查
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const PUBLIC_ROLES = ['citizen', 'enterprise'] as const;
export type Role = StaffRole | (typeof PUBLIC_ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  catalog_editor: '事项编辑',
  catalog_reviewer: '事项审核',
  consultant: '咨询导台',
  window_clerk: '综合窗口',
  approver: '部门审批',
  chief_representative: '首席代表',
  output_clerk: '出件窗口',
  proxy_agent: '帮办代办员',
  supervisor: '督查',
  citizen: '自然人',
  enterprise: '法人',
};
