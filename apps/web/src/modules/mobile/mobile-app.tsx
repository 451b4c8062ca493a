// The phone pages (/m/): antd-mobile only — never antd or @ant-design/icons — so the first load stays
// small (bench:bundle-size checks ≤ 250 KB gzip). The citizen's case pages (sign-in, application with the
// form renderer, my cases, progress lookup) and 一件事一次办 (list, questionnaire and notice, the one
// application and progress view) are loaded lazily.
import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { Route, Routes } from 'react-router';
import { MobileGuidePage } from './mobile-guide-page.tsx';
import { MobileHomePage } from './mobile-home-page.tsx';
import { MobileLayout } from './mobile-layout.tsx';
import { MobileLoading } from './mobile-query-state.tsx';
import { MobileSearchPage } from './mobile-search-page.tsx';
import './mobile.css';
import './mobile-guide.css';
import './mobile-cases.css';

const MobileLoginPage = lazy(() => import('./mobile-login-page.tsx'));
const MobileRegisterPage = lazy(() => import('./mobile-register-page.tsx'));
const MobileCasePage = lazy(() => import('./mobile-case-page.tsx'));
const MobileMyCasesPage = lazy(() => import('./mobile-my-cases-page.tsx'));
const MobileProgressPage = lazy(() => import('./mobile-progress-page.tsx'));
const MobileBundleListPage = lazy(() => import('./bundles/mobile-bundle-list-page.tsx'));
const MobileBundlePage = lazy(() => import('./bundles/mobile-bundle-page.tsx'));
const MobileBundleCasePage = lazy(() => import('./bundles/mobile-bundle-case-page.tsx'));

const later = (page: ReactNode) => <Suspense fallback={<MobileLoading />}>{page}</Suspense>;

export default function MobileApp() {
  useEffect(() => {
    document.documentElement.lang = 'zh-CN';
  }, []);
  return (
    <Routes>
      <Route element={<MobileLayout />}>
        <Route index element={<MobileHomePage />} />
        <Route path="search" element={<MobileSearchPage />} />
        <Route path="items/:id" element={<MobileGuidePage />} />
        <Route path="login" element={later(<MobileLoginPage />)} />
        <Route path="register" element={later(<MobileRegisterPage />)} />
        <Route path="cases/:id" element={later(<MobileCasePage />)} />
        <Route path="my/cases" element={later(<MobileMyCasesPage />)} />
        <Route path="progress" element={later(<MobileProgressPage />)} />
        <Route path="bundles" element={later(<MobileBundleListPage />)} />
        <Route path="bundles/:id" element={later(<MobileBundlePage />)} />
        <Route path="bundle-cases/:id" element={later(<MobileBundleCasePage />)} />
        <Route path="*" element={<MobileHomePage />} />
      </Route>
    </Routes>
  );
}
