// Home: the big search box, hot items of the chosen region, 个人/法人 life-cycle themes and the region's
// departments.
import { Card, Col, Empty, Row, Tabs } from 'antd';
import { Link, useNavigate } from 'react-router';
import { t } from '../../app/i18n.ts';
import { searchQueryString, useOrgs, useSearch } from '../shared/public-api.ts';
import { currentRegion, useRegionPath } from '../shared/region-store.ts';
import { type Audience, useThemeChips } from '../shared/themes.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { QueryError, QueryLoading } from './query-state.tsx';
import { SearchForm } from './search-form.tsx';

function HotItems({ region }: { region: string }) {
  const hot = useSearch({ region }, { limit: 10, offset: 0 });
  if (hot.isPending) return <QueryLoading rows={6} />;
  if (hot.isError) return <QueryError error={hot.error} onRetry={() => void hot.refetch()} />;
  if (hot.data.items.length === 0) return <Empty description={t('portal.home.hotEmpty')} />;
  return (
    <ol className="portal-hot-list">
      {hot.data.items.map((item) => (
        <li key={item.id}>
          <Link to={`/items/${item.id}`}>{item.name}</Link>
          <span className="portal-hot-org">{item.orgName}</span>
        </li>
      ))}
    </ol>
  );
}

function ThemeChips({ audience, region }: { audience: Audience; region: string }) {
  const { themes } = useThemeChips(audience, region);
  return (
    <ul className="portal-chips">
      {themes.map((theme) => (
        <li key={theme}>
          <Link className="portal-chip" to={`/search?${searchQueryString({ theme, audience, region })}`}>
            {theme}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function Departments({ region }: { region: string }) {
  const orgs = useOrgs(region);
  if (orgs.isPending) return <QueryLoading rows={4} />;
  if (orgs.isError) return <QueryError error={orgs.error} onRetry={() => void orgs.refetch()} />;
  if (orgs.data.length === 0) return <Empty description={t('portal.home.noDepartments')} />;
  return (
    <ul className="portal-departments">
      {orgs.data.map((org) => (
        <li key={org.id}>
          <Link to={`/search?${searchQueryString({ org: org.id, region })}`}>{org.name}</Link>
          {org.isDemo && <span className="msb-demo-tag">{t('common.demoTag')}</span>}
        </li>
      ))}
    </ul>
  );
}

export function HomePage() {
  const navigate = useNavigate();
  const region = currentRegion(useRegionPath());
  useDocumentTitle(t('nav.home'));
  const audiences: Audience[] = ['person', 'legal_person'];
  return (
    <div className="portal-home">
      <section className="portal-hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('portal.home.title')}</h1>
        <p className="portal-hero-sub">{t('portal.home.subtitle', { region: region.name })}</p>
        <SearchForm
          id="home-search"
          onSearch={(q) => navigate(`/search?${searchQueryString({ q, region: region.code })}`)}
        />
      </section>
      <div className="portal-page">
        <Row gutter={[24, 24]} className="portal-home-grid">
          <Col xs={24} lg={10} className="portal-col">
            <Card title={<h2 className="portal-card-title">{t('portal.home.hot')}</h2>}>
              <HotItems region={region.code} />
            </Card>
          </Col>
          <Col xs={24} lg={14} className="portal-col">
            <Card title={<h2 className="portal-card-title">{t('portal.home.themes')}</h2>}>
              <Tabs
                items={audiences.map((audience) => ({
                  key: audience,
                  label: audience === 'person' ? t('portal.home.personal') : t('portal.home.legal'),
                  children: <ThemeChips audience={audience} region={region.code} />,
                }))}
              />
            </Card>
          </Col>
          <Col span={24} className="portal-col">
            <Card
              title={
                <h2 className="portal-card-title">{t('portal.home.departments', { region: region.name })}</h2>
              }
            >
              <Departments region={region.code} />
            </Card>
          </Col>
        </Row>
      </div>
    </div>
  );
}
