// The phone pages (/m/): antd-mobile only — never antd or @ant-design/icons — so the first load stays
// small (bench:bundle-size checks ≤ 250 KB gzip).
import { useEffect } from 'react';
import { Route, Routes } from 'react-router';
import { MobileGuidePage } from './mobile-guide-page.tsx';
import { MobileHomePage } from './mobile-home-page.tsx';
import { MobileLayout } from './mobile-layout.tsx';
import { MobileSearchPage } from './mobile-search-page.tsx';
import './mobile.css';
import './mobile-guide.css';

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
        <Route path="*" element={<MobileHomePage />} />
      </Route>
    </Routes>
  );
}
