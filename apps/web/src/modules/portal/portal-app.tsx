// The desktop portal: antd with the zh_CN locale, 长辈版 through theme tokens and a root class, and the
// routes a citizen uses — home, search results, the guide and its print layout, sign-in and registration,
// the online application and case pages (loaded lazily with the form renderer), my cases, messages and the
// public progress lookup.
import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, useEffect } from 'react';
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
            <Route
              path="cases/:id"
              element={
                <Suspense
                  fallback={
                    <div className="portal-page">
                      <QueryLoading rows={10} />
                    </div>
                  }
                >
                  <CasePage />
                </Suspense>
              }
            />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </App>
    </ConfigProvider>
  );
}
