// The 工作台 entries of the side menu, each shown to the roles that work at that desk.
import { EyeOutlined, InboxOutlined, SendOutlined, SolutionOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../shell/admin-layout.tsx';
import {
  DEPARTMENT_ROLES,
  OUTPUT_ROLES,
  SUPERVISION_ROLES,
  WINDOW_ROLES,
  WORK_PATHS,
} from './workbench-roles.ts';

export const WORK_MENU: readonly MenuEntry[] = [
  {
    key: WORK_PATHS.window,
    icon: <InboxOutlined aria-hidden />,
    label: 'admin.nav.window',
    roles: WINDOW_ROLES,
  },
  {
    key: WORK_PATHS.department,
    icon: <SolutionOutlined aria-hidden />,
    label: 'admin.nav.department',
    roles: DEPARTMENT_ROLES,
  },
  {
    key: WORK_PATHS.output,
    icon: <SendOutlined aria-hidden />,
    label: 'admin.nav.output',
    roles: OUTPUT_ROLES,
  },
  {
    key: WORK_PATHS.supervision,
    icon: <EyeOutlined aria-hidden />,
    label: 'admin.nav.supervision',
    roles: SUPERVISION_ROLES,
  },
];
