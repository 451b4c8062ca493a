// Header (brand, navigation, region switcher, 长辈版 toggle, link to the phone version, account), main, footer.
import { Button, Layout } from 'antd';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { t } from '../../app/i18n.ts';
import { setRegionPath, useRegionPath } from '../shared/region-store.ts';
import { AccountNav } from './account-nav.tsx';
import { RegionCascader } from './region-cascader.tsx';

type Props = { elderMode: boolean; onElderModeChange: (on: boolean) => void };

/** The phone page that shows the same thing as the desktop page at `pathname`. */
function mobilePathOf(pathname: string, search: string): string {
  const item = /^\/items\/([^/]+)/.exec(pathname);
  if (item?.[1]) return `/m/items/${item[1]}`;
  if (pathname.startsWith('/search')) return `/m/search${search}`;
  const caseId = /^\/cases\/([^/]+)/.exec(pathname);
  if (caseId?.[1]) return `/m/cases/${caseId[1]}`;
  if (pathname.startsWith('/my/cases')) return '/m/my/cases';
  const bundle = /^\/(bundles|bundle-cases)\/([^/]+)/.exec(pathname);
  if (bundle?.[1] && bundle[2]) return `/m/${bundle[1]}/${bundle[2]}${search}`;
  if (pathname.startsWith('/bundles')) return `/m/bundles${search}`;
  if (pathname.startsWith('/progress')) return `/m/progress${search}`;
  return '/m';
}

export function PortalLayout({ elderMode, onElderModeChange }: Props) {
  const location = useLocation();
  const regionPath = useRegionPath();
  return (
    <Layout className="portal-root">
      <a className="msb-skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <Layout.Header className="portal-header">
        <div className="portal-header-inner">
          <Link to="/" className="portal-brand">
            <span className="portal-brand-mark" aria-hidden="true">
              蒙
            </span>
            <span className="portal-brand-text">
              <span className="portal-brand-name">{t('portal.brand')}</span>
              <span className="portal-brand-sub">{t('portal.brandSub')}</span>
            </span>
          </Link>
          <nav aria-label={t('portal.mainNav')} className="portal-nav">
            <NavLink to="/" end>
              {t('nav.home')}
            </NavLink>
            <NavLink to="/search">{t('portal.nav.search')}</NavLink>
            <NavLink to="/bundles">{t('bundle.list.title')}</NavLink>
            <NavLink to="/progress">{t('account.progress')}</NavLink>
          </nav>
          <div className="portal-header-tools">
            <div className="portal-region">
              <label htmlFor="portal-region" className="portal-region-label">
                {t('portal.region.label')}
              </label>
              <RegionCascader id="portal-region" value={regionPath} onChange={setRegionPath} />
            </div>
            <Button
              type={elderMode ? 'primary' : 'default'}
              aria-pressed={elderMode}
              title={elderMode ? t('portal.elder.turnOff') : t('portal.elder.turnOn')}
              onClick={() => onElderModeChange(!elderMode)}
              className="portal-elder-toggle"
            >
              {t('nav.elderMode')}
            </Button>
            <a href={mobilePathOf(location.pathname, location.search)} className="portal-mobile-link">
              {t('common.toMobile')}
            </a>
            <AccountNav />
          </div>
        </div>
      </Layout.Header>
      <Layout.Content id="main" tabIndex={-1} className="portal-main">
        <Outlet />
      </Layout.Content>
      <Layout.Footer className="portal-footer">
        <p>{t('common.platform')}</p>
        <p>
          {t('common.hotline')} · {t('portal.footer.note')}
        </p>
      </Layout.Footer>
    </Layout>
  );
}
