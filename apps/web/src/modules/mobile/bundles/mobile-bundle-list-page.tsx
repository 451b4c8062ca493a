// /m/bundles — 一件事一次办 on the phone: the region's bundles for persons and for enterprises, each under
// its life stage (出生 … 身后, 开办 … 注销). ?region= overrides the remembered region.
import type { BundleAudience, BundleSummaryView } from '@msb/contracts';
import { List } from 'antd-mobile';
import { Link, useSearchParams } from 'react-router';
import { t } from '../../../app/i18n.ts';
import { useBundles } from '../../bundles/bundle-api.ts';
import { groupByLifeStage } from '../../bundles/life-stages.ts';
import { formatLimit } from '../../shared/guide-format.ts';
import { currentRegion, useRegionPath } from '../../shared/region-store.ts';
import { useDocumentTitle } from '../../shared/use-document-title.ts';
import { MobileQueryState } from '../mobile-query-state.tsx';

function Audience({ bundles, audience }: { bundles: BundleSummaryView[]; audience: BundleAudience }) {
  const groups = groupByLifeStage(bundles, audience);
  const title = t(audience === 'person' ? 'bundle.list.person' : 'bundle.list.enterprise');
  return (
    <section className="m-card" aria-labelledby={`m-bundles-${audience}`}>
      <h2 id={`m-bundles-${audience}`} className="m-section-title">
        {title}
      </h2>
      {groups.length === 0 ? (
        <p className="m-text">{t('bundle.list.empty')}</p>
      ) : (
        groups.map((g) => (
          <div key={g.stage}>
            <h3 className="m-subtitle">{g.label}</h3>
            <List className="m-list">
              {g.bundles.map((b) => (
                <List.Item key={b.id} arrowIcon={false}>
                  <Link className="m-list-link" to={`/m/bundles/${b.id}`}>
                    <span className="m-list-title">
                      {b.name}
                      {b.isDemo && <span className="msb-demo-tag">{t('common.demoTag')}</span>}
                    </span>
                    <span className="m-list-desc">
                      {t('bundle.card.facts', {
                        lead: b.leadOrg.name,
                        n: b.memberCount,
                        limit: formatLimit(b.promisedLimit),
                      })}
                    </span>
                  </Link>
                </List.Item>
              ))}
            </List>
          </div>
        ))
      )}
    </section>
  );
}

export default function MobileBundleListPage() {
  const [params] = useSearchParams();
  const chosen = currentRegion(useRegionPath());
  const list = useBundles(params.get('region') ?? chosen.code, '');
  useDocumentTitle(t('bundle.list.title'));
  return (
    <div className="m-page">
      <h1 className="m-page-title">{t('bundle.list.title')}</h1>
      <p className="m-note">{t('bundle.list.intro')}</p>
      <MobileQueryState query={list}>
        {(bundles) => (
          <>
            <Audience bundles={bundles} audience="person" />
            <Audience bundles={bundles} audience="enterprise" />
          </>
        )}
      </MobileQueryState>
    </div>
  );
}
