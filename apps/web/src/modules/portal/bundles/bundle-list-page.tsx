// /bundles — 一件事一次办: the region's bundles for persons (出生 … 身后) and enterprises (开办 … 注销), each
// under its life stage, with its lead department, member count and promised limit. ?region= overrides the
// region chosen in the header (a link can name the region it is about).
import type { BundleAudience, BundleSummaryView } from '@msb/contracts';
import { Card, Empty, Tabs } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { t } from '../../../app/i18n.ts';
import { useBundles } from '../../bundles/bundle-api.ts';
import { groupByLifeStage } from '../../bundles/life-stages.ts';
import { formatLimit } from '../../shared/guide-format.ts';
import { currentRegion, useRegionPath } from '../../shared/region-store.ts';
import { useDocumentTitle } from '../../shared/use-document-title.ts';
import { QueryError, QueryLoading } from '../query-state.tsx';

function BundleCard({ bundle }: { bundle: BundleSummaryView }) {
  return (
    <li className="bundle-card">
      <h4 className="bundle-card-title">
        <Link to={`/bundles/${bundle.id}`}>{bundle.name}</Link>
        {bundle.isDemo && <span className="msb-demo-tag">{t('common.demoTag')}</span>}
      </h4>
      <p>{bundle.summary}</p>
      <p className="case-help">
        {t('bundle.card.facts', {
          lead: bundle.leadOrg.name,
          n: bundle.memberCount,
          limit: formatLimit(bundle.promisedLimit),
        })}
      </p>
    </li>
  );
}

function Stages({ bundles, audience }: { bundles: BundleSummaryView[]; audience: BundleAudience }) {
  const groups = groupByLifeStage(bundles, audience);
  if (groups.length === 0) return <Empty description={t('bundle.list.empty')} />;
  return groups.map((g) => (
    <section key={g.stage} aria-labelledby={`stage-${g.stage}`} className="bundle-stage">
      <h3 id={`stage-${g.stage}`} className="portal-subtitle">
        {g.label}
      </h3>
      <ul className="bundle-cards">
        {g.bundles.map((b) => (
          <BundleCard key={b.id} bundle={b} />
        ))}
      </ul>
    </section>
  ));
}

export default function BundleListPage() {
  const [params, setParams] = useSearchParams();
  const chosen = currentRegion(useRegionPath());
  const region = params.get('region') ?? chosen.code;
  const audience: BundleAudience = params.get('audience') === 'enterprise' ? 'enterprise' : 'person';
  const list = useBundles(region, '');
  useDocumentTitle(t('bundle.list.title'));
  return (
    <div className="portal-page">
      <h1 className="portal-page-title">{t('bundle.list.title')}</h1>
      <p>{t('bundle.list.intro')}</p>
      {!params.get('region') && (
        <p className="case-help">{t('bundle.list.region', { region: chosen.name })}</p>
      )}
      <Card>
        {list.isPending ? (
          <QueryLoading rows={6} />
        ) : list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Tabs
            activeKey={audience}
            onChange={(key) => {
              const next = new URLSearchParams(params);
              if (key === 'enterprise') next.set('audience', key);
              else next.delete('audience');
              setParams(next, { replace: true });
            }}
            items={(['person', 'enterprise'] as const).map((a) => ({
              key: a,
              label: t(a === 'person' ? 'bundle.list.person' : 'bundle.list.enterprise'),
              children: (
                <>
                  <h2 className="msb-visually-hidden">
                    {t(a === 'person' ? 'bundle.list.person' : 'bundle.list.enterprise')}
                  </h2>
                  <Stages bundles={list.data} audience={a} />
                </>
              ),
            }))}
          />
        )}
      </Card>
    </div>
  );
}
