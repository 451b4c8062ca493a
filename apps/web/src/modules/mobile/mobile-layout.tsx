// Header with the brand and the back button, main, and a footer linking to the desktop version.
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { t } from '../../app/i18n.ts';

/** The desktop page showing the same thing as the phone page at `pathname`. */
function desktopPathOf(pathname: string, search: string): string {
  const item = /^\/m\/items\/([^/]+)/.exec(pathname);
  if (item?.[1]) return `/items/${item[1]}`;
  if (pathname.startsWith('/m/search')) return `/search${search}`;
  const caseId = /^\/m\/cases\/([^/]+)/.exec(pathname);
  if (caseId?.[1]) return `/cases/${caseId[1]}`;
  if (pathname.startsWith('/m/my/cases')) return '/my/cases';
  const bundle = /^\/m\/(bundles|bundle-cases)\/([^/]+)/.exec(pathname);
  if (bundle?.[1] && bundle[2]) return `/${bundle[1]}/${bundle[2]}${search}`;
  if (pathname.startsWith('/m/bundles')) return `/bundles${search}`;
  if (pathname.startsWith('/m/progress')) return `/progress${search}`;
  if (pathname.startsWith('/m/login')) return `/login${search}`;
  return '/';
}

export function MobileLayout() {
  const location = useLocation();
  const navigate = useNavigate();
  const isHome = location.pathname === '/m' || location.pathname === '/m/';
  return (
    <div className="m-root">
      <a className="msb-skip-link" href="#m-main">
        {t('common.skipToContent')}
      </a>
      <header className="m-header">
        {!isHome && (
          <button
            type="button"
            className="m-back"
            onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/m'))}
          >
            <span aria-hidden="true">‹</span> {t('mobile.back')}
          </button>
        )}
        <Link to="/m" className="m-brand">
          {t('portal.brand')}
        </Link>
        <a className="m-desktop-link" href={desktopPathOf(location.pathname, location.search)}>
          {t('common.toDesktop')}
        </a>
      </header>
      <main id="m-main" tabIndex={-1} className="m-main">
        <Outlet />
      </main>
      <footer className="m-footer">
        <p>{t('common.platform')}</p>
        <p>{t('common.hotline')}</p>
      </footer>
    </div>
  );
}
