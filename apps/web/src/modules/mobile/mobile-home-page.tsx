// Phone home: search, 个人/法人 theme grids and the hot items of the remembered region.
import { Grid, List } from 'antd-mobile';
import { Link, useNavigate } from 'react-router';
import { t } from '../../app/i18n.ts';
import { searchQueryString, useSearch } from '../shared/public-api.ts';
import { currentRegion, useRegionPath } from '../shared/region-store.ts';
import { type Audience, useThemeChips } from '../shared/themes.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { MobileQueryState } from './mobile-query-state.tsx';
import { MobileSearchBox } from './mobile-search-box.tsx';

function ThemeGrid({ audience, region }: { audience: Audience; region: string }) {
  const { themes } = useThemeChips(audience, region);
  return (
    <section aria-labelledby={`m-themes-${audience}`} className="m-card">
      <h2 id={`m-themes-${audience}`} className="m-section-title">
        {audience === 'person' ? t('portal.home.personal') : t('portal.home.legal')}
      </h2>
      <Grid columns={3} gap={8}>
        {themes.slice(0, 12).map((theme) => (
          <Grid.Item key={theme}>
            <Link className="m-theme" to={`/m/search?${searchQueryString({ theme, audience, region })}`}>
              {theme}
            </Link>
          </Grid.Item>
        ))}
      </Grid>
    </section>
  );
}

export function MobileHomePage() {
  const navigate = useNavigate();
  const region = currentRegion(useRegionPath());
  const hot = useSearch({ region: region.code }, { limit: 10, offset: 0 });
  useDocumentTitle(t('mobile.title'));
  return (
    <div className="m-page">
      <div className="m-hero">
        <h1 className="m-hero-title">{t('mobile.title')}</h1>
        <p className="m-hero-sub">{t('portal.home.subtitle', { region: region.name })}</p>
        <MobileSearchBox
          onSearch={(q) => navigate(`/m/search?${searchQueryString({ q, region: region.code })}`)}
        />
      </div>
      <nav aria-labelledby="m-services" className="m-card">
        <h2 id="m-services" className="m-section-title">
          {t('mcase.services')}
        </h2>
        <Grid columns={3} gap={8}>
          <Grid.Item>
            <Link className="m-theme" to="/m/my/cases">
              {t('account.myCases')}
            </Link>
          </Grid.Item>
          <Grid.Item>
            <Link className="m-theme" to="/m/bundles">
              {t('bundle.list.title')}
            </Link>
          </Grid.Item>
          <Grid.Item>
            <Link className="m-theme" to="/m/progress">
              {t('account.progress')}
            </Link>
          </Grid.Item>
          <Grid.Item>
            <Link className="m-theme" to="/m/login">
              {t('account.login')}
            </Link>
          </Grid.Item>
        </Grid>
      </nav>
      <ThemeGrid audience="person" region={region.code} />
      <ThemeGrid audience="legal_person" region={region.code} />
      <section aria-labelledby="m-hot" className="m-card">
        <h2 id="m-hot" className="m-section-title">
          {t('mobile.hot')}
        </h2>
        <MobileQueryState query={hot}>
          {(data) =>
            data.items.length === 0 ? (
              <p>{t('portal.home.hotEmpty')}</p>
            ) : (
              <List className="m-list">
                {data.items.map((item) => (
                  <List.Item key={item.id} arrowIcon={false}>
                    <Link className="m-list-link" to={`/m/items/${item.id}`}>
                      <span className="m-list-title">{item.name}</span>
                      <span className="m-list-desc">{item.orgName}</span>
                    </Link>
                  </List.Item>
                ))}
              </List>
            )
          }
        </MobileQueryState>
      </section>
    </div>
  );
}
