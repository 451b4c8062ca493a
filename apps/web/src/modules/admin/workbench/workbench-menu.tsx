// The 工作台 entries of the side menu, each shown to the roles that work at that desk (一件事 desks included).
import {
  ApartmentOutlined,
  EyeOutlined,
  GiftOutlined,
  InboxOutlined,
  PartitionOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import type { MenuEntry } from '../shell/admin-layout.tsx';
import {
  BUNDLE_OUTPUT_ROLES,
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
    key: WORK_PATHS.verification,
    icon: <SafetyCertificateOutlined aria-hidden />,
    label: 'obligation.nav.verification',
    roles: DEPARTMENT_ROLES,
  },
  {
    key: WORK_PATHS.output,
    icon: <SendOutlined aria-hidden />,
    label: 'admin.nav.output',
    roles: OUTPUT_ROLES,
  },
  {
    key: WORK_PATHS.bundleWindow,
    icon: <PartitionOutlined aria-hidden />,
    label: 'admin.nav.bundleWindow',
    roles: WINDOW_ROLES,
  },
  {
    key: WORK_PATHS.bundleLead,
    icon: <ApartmentOutlined aria-hidden />,
    label: 'admin.nav.bundleLead',
    roles: DEPARTMENT_ROLES,
  },
  {
    key: WORK_PATHS.bundleOutput,
    icon: <GiftOutlined aria-hidden />,
    label: 'admin.nav.bundleOutput',
    roles: BUNDLE_OUTPUT_ROLES,
  },
  {
    key: WORK_PATHS.supervision,
    icon: <EyeOutlined aria-hidden />,
    label: 'admin.nav.supervision',
    roles: SUPERVISION_ROLES,
  },
];
