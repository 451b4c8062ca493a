// The desktop portal: antd with the zh_CN locale, 长辈版 through theme tokens and a root class, and the
// routes a citizen uses — home, search results, the guide and its print layout.
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { Route, Routes } from 'react-router';
import { useElderMode } from './elder-mode.ts';
import { GuidePage } from './guide-page.tsx';
import { GuidePrintPage } from './guide-print-page.tsx';
import { HomePage } from './home-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { PortalLayout } from './portal-layout.tsx';
import { portalTheme } from './portal-theme.ts';
import { SearchPage } from './search-page.tsx';
import './portal.css';
import './guide.css';
import './elder-mode.css';

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
      <Routes>
        <Route path="items/:id/print" element={<GuidePrintPage />} />
        <Route element={<PortalLayout elderMode={elderMode} onElderModeChange={setElderMode} />}>
          <Route index element={<HomePage />} />
          <Route path="search" element={<SearchPage />} />
          <Route path="items/:id" element={<GuidePage elderMode={elderMode} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </ConfigProvider>
  );
}
