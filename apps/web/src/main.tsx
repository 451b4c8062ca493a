// Entry: three lazily loaded apps, so the phone pages (/m/) never download the desktop UI library.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';

const PortalApp = lazy(() => import('./modules/portal/portal-app.tsx'));
const MobileApp = lazy(() => import('./modules/mobile/mobile-app.tsx'));
const AdminApp = lazy(() => import('./modules/admin/admin-app.tsx'));

const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } });
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <Suspense fallback={<div role="status">加载中…</div>}>
            <Routes>
              <Route path="/m/*" element={<MobileApp />} />
              <Route path="/admin/*" element={<AdminApp />} />
              <Route path="/*" element={<PortalApp />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
}
