// The desktop portal: antd with the zh_CN locale, 长辈版 through theme tokens and a root class, and the
// routes a citizen uses — home, search results, the guide and its print layout, sign-in and registration,
// the online application and case pages (loaded lazily with the form renderer), 一件事一次办 (the bundles by
// life stage, the questionnaire and notice, the one application and progress view; lazily too), my cases,
// messages and the public progress lookup.
import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { Route, Routes } from 'react-router';
import { CitizenLoginPage } from './citizen-login-page.tsx';
import { CitizenRegisterPage } from './citizen-register-page.tsx';
import { useElderMode } from './elder-mode.ts';
import { GuidePage } from './guide-page.tsx';
import { GuidePrintPage } from './guide-print-page.tsx';
import { HomePage } from './home-page.tsx';
import { MessagesPage } from './messages-page.tsx';
import { MyCasesPage } from './my-cases-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { PortalLayout } from './portal-layout.tsx';
import { portalTheme } from './portal-theme.ts';
import { ProgressPage } from './progress-page.tsx';
import { QueryLoading } from './query-state.tsx';
import { SearchPage } from './search-page.tsx';
import './portal.css';
import './guide.css';
import './elder-mode.css';
import './cases.css';

const CasePage = lazy(() => import('./case-page.tsx'));
const BundleListPage = lazy(() => import('./bundles/bundle-list-page.tsx'));
const BundlePage = lazy(() => import('./bundles/bundle-page.tsx'));
const BundleCasePage = lazy(() => import('./bundles/bundle-case-page.tsx'));

/** A lazily loaded page, with the page skeleton while it comes. */
const later = (page: ReactNode, rows = 10) => (
  <Suspense
    fallback={
      <div className="portal-page">
        <QueryLoading rows={rows} />
      </div>
    }
  >
    {page}
  </Suspense>
);

export default function PortalApp() {
  const [elderMode, setElderMode] = useElderMode();
  useEffect(() => {
    document.documentElement.lang = 'zh-CN';
  }, []);
  return (
    <ConfigProvider
      locale={zhCN}
      theme={portalTheme(elderMode)}
      componentSize={elderMode ? 'large' : 'middle'}
      // "搜 索" with an inserted space reads oddly to screen readers and breaks find-by-name
      button={{ autoInsertSpace: false }}
    >
      <App>
        <Routes>
          <Route path="items/:id/print" element={<GuidePrintPage />} />
          <Route element={<PortalLayout elderMode={elderMode} onElderModeChange={setElderMode} />}>
            <Route index element={<HomePage />} />
            <Route path="search" element={<SearchPage />} />
            <Route path="items/:id" element={<GuidePage elderMode={elderMode} />} />
            <Route path="login" element={<CitizenLoginPage />} />
            <Route path="register" element={<CitizenRegisterPage />} />
            <Route path="progress" element={<ProgressPage />} />
            <Route path="my/cases" element={<MyCasesPage />} />
            <Route path="messages" element={<MessagesPage />} />
            <Route path="cases/:id" element={later(<CasePage />)} />
            <Route path="bundles" element={later(<BundleListPage />, 6)} />
            <Route path="bundles/:id" element={later(<BundlePage />)} />
            <Route path="bundle-cases/:id" element={later(<BundleCasePage />)} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </App>
    </ConfigProvider>
  );
}
