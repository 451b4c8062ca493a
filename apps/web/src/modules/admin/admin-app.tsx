// The staff workbench under /admin: login, the case desks (综合窗口, 部门待办, 出件窗口, 督查) and the case
// page, the 一件事 desks (window, lead department, output) and the bundle case page, the service catalogue
// editor, claiming items, the 一件事 definitions, the quality scorecard and, for administrators, departments,
// regions and staff accounts.
import { App, ConfigProvider, Spin, type ThemeConfig } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { lazy, type ReactNode, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { BUNDLE_EDITOR_ROLES, BUNDLE_ROLES } from './bundles/bundle-roles.ts';
import { CatalogListPage } from './catalog/catalog-list-page.tsx';
import { GuideEditorPage } from './catalog/guide-editor-page.tsx';
import { ClaimPage } from './claim/claim-page.tsx';
import { OrgsPage } from './orgs/orgs-page.tsx';
import { RegionsPage } from './regions/regions-page.tsx';
import { ScorecardPage } from './scorecard/scorecard-page.tsx';
import { AdminLayout } from './shell/admin-layout.tsx';
import { LoginPage } from './shell/login-page.tsx';
import { RequireRole } from './shell/require-role.tsx';
import { RequireStaff } from './shell/require-staff.tsx';
import { ADMIN_ROLES, EDITOR_ROLES } from './shell/use-session.ts';
import { UsersPage } from './users/users-page.tsx';
import { CasePage } from './workbench/case/case-page.tsx';
import { IntakePage } from './workbench/intake/intake-page.tsx';
import { DepartmentPage, OutputPage, SupervisionPage, WindowQueuePage } from './workbench/queue-pages.tsx';
import { VerificationPage } from './workbench/verification-page.tsx';
import { HomeRedirect } from './workbench/workbench-home.tsx';
import {
  BUNDLE_OUTPUT_ROLES,
  DEPARTMENT_ROLES,
  OUTPUT_ROLES,
  SUPERVISION_ROLES,
  WINDOW_ROLES,
  WORKBENCH_ROLES,
} from './workbench/workbench-roles.ts';

// 一件事 desks, loaded when first opened
const BundleCasePage = lazy(() => import('./workbench/bundles/bundle-case-page.tsx'));
const queuePages = () => import('./workbench/bundles/bundle-queue-pages.tsx');
const BundleWindowPage = lazy(() => queuePages().then((m) => ({ default: m.BundleWindowPage })));
const BundleWindowIntakePage = lazy(() => import('./workbench/bundles/bundle-window-intake-page.tsx'));
const BundleLeadPage = lazy(() => queuePages().then((m) => ({ default: m.BundleLeadPage })));
const BundleOutputPage = lazy(() => queuePages().then((m) => ({ default: m.BundleOutputPage })));
// 一件事 definitions (catalogue staff)
const BundleListPage = lazy(() => import('./bundles/bundle-list-page.tsx'));
const BundleEditorPage = lazy(() => import('./bundles/bundle-editor-page.tsx'));

// antd's default blue (#1677ff), red and grey description text fall under 4.5:1 on white (WCAG 1.4.3)
const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    // antd derives a lighter hover blue (#2e7ae6, 4.16:1 with white text): a button still under the pointer
    // after a click failed the contrast check, so hover and active go darker instead
    colorPrimaryHover: '#003eb3',
    colorPrimaryActive: '#002c8c',
    colorLink: '#0958d9',
    colorError: '#c41d1d',
    colorWarning: '#ad4e00',
    colorSuccess: '#237804',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    // reviewers read the guide in a disabled form: keep it legible
    colorTextDisabled: 'rgba(0, 0, 0, 0.6)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.6)',
  },
};

function Staff({ children, roles }: { children: ReactNode; roles?: readonly string[] }) {
  return (
    <RequireStaff>
      <AdminLayout>
        <Suspense
          fallback={
            <div role="status" style={{ padding: 48, textAlign: 'center' }}>
              <Spin />
            </div>
          }
        >
          {roles ? <RequireRole roles={roles}>{children}</RequireRole> : children}
        </Suspense>
      </AdminLayout>
    </RequireStaff>
  );
}

export default function AdminApp() {
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <App>
        <Routes>
          <Route path="login" element={<LoginPage />} />
          <Route
            index
            element={
              <RequireStaff>
                <HomeRedirect />
              </RequireStaff>
            }
          />
          <Route
            path="work/window"
            element={
              <Staff roles={WINDOW_ROLES}>
                <WindowQueuePage />
              </Staff>
            }
          />
          <Route
            path="work/window/intake"
            element={
              <Staff roles={WINDOW_ROLES}>
                <IntakePage />
              </Staff>
            }
          />
          <Route
            path="work/department"
            element={
              <Staff roles={DEPARTMENT_ROLES}>
                <DepartmentPage />
              </Staff>
            }
          />
          <Route
            path="work/verification"
            element={
              <Staff roles={DEPARTMENT_ROLES}>
                <VerificationPage />
              </Staff>
            }
          />
          <Route
            path="work/output"
            element={
              <Staff roles={OUTPUT_ROLES}>
                <OutputPage />
              </Staff>
            }
          />
          <Route
            path="work/supervision"
            element={
              <Staff roles={SUPERVISION_ROLES}>
                <SupervisionPage />
              </Staff>
            }
          />
          <Route
            path="work/cases/:id"
            element={
              <Staff roles={WORKBENCH_ROLES}>
                <CasePage />
              </Staff>
            }
          />
          <Route
            path="work/bundle-window"
            element={
              <Staff roles={WINDOW_ROLES}>
                <BundleWindowPage />
              </Staff>
            }
          />
          <Route
            path="work/bundle-window/intake"
            element={
              <Staff roles={WINDOW_ROLES}>
                <BundleWindowIntakePage />
              </Staff>
            }
          />
          <Route
            path="work/bundle-lead"
            element={
              <Staff roles={DEPARTMENT_ROLES}>
                <BundleLeadPage />
              </Staff>
            }
          />
          <Route
            path="work/bundle-output"
            element={
              <Staff roles={BUNDLE_OUTPUT_ROLES}>
                <BundleOutputPage />
              </Staff>
            }
          />
          <Route
            path="work/bundle-cases/:id"
            element={
              <Staff roles={WORKBENCH_ROLES}>
                <BundleCasePage />
              </Staff>
            }
          />
          <Route
            path="catalog"
            element={
              <Staff>
                <CatalogListPage />
              </Staff>
            }
          />
          <Route
            path="catalog/new"
            element={
              <Staff roles={EDITOR_ROLES}>
                <ClaimPage />
              </Staff>
            }
          />
          <Route
            path="catalog/:id"
            element={
              <Staff>
                <GuideEditorPage />
              </Staff>
            }
          />
          <Route
            path="bundles"
            element={
              <Staff roles={BUNDLE_ROLES}>
                <BundleListPage />
              </Staff>
            }
          />
          <Route
            path="bundles/new"
            element={
              <Staff roles={BUNDLE_EDITOR_ROLES}>
                <BundleEditorPage />
              </Staff>
            }
          />
          <Route
            path="bundles/:bundleId/versions/:versionId"
            element={
              <Staff roles={BUNDLE_ROLES}>
                <BundleEditorPage />
              </Staff>
            }
          />
          <Route
            path="scorecard"
            element={
              <Staff>
                <ScorecardPage />
              </Staff>
            }
          />
          <Route
            path="orgs"
            element={
              <Staff roles={ADMIN_ROLES}>
                <OrgsPage />
              </Staff>
            }
          />
          <Route
            path="regions"
            element={
              <Staff roles={ADMIN_ROLES}>
                <RegionsPage />
              </Staff>
            }
          />
          <Route
            path="users"
            element={
              <Staff roles={ADMIN_ROLES}>
                <UsersPage />
              </Staff>
            }
          />
          <Route path="*" element={<Navigate to="catalog" replace />} />
        </Routes>
      </App>
    </ConfigProvider>
  );
}
