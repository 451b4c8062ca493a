// /bundles/:id — one 一件事: what it is, then 情形引导 in three steps: the bundle's questions (which pick the
// members), the chosen members' own situations, and the personalised 一次告知单 (from the API's plan) with
// its PDF and 在线申请, which creates the bundle case and opens its one application. The answers travel in
// the address (?answers=) so that signing in on the way does not lose them.
import type { BundleAnswers, BundleDetailView } from '@msb/contracts';
import { Alert, Breadcrumb, Button, Descriptions } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { t } from '../../../app/i18n.ts';
import { answersFromParam } from '../../bundles/bundle-answers.ts';
import { useBundle } from '../../bundles/bundle-api.ts';
import { itemNames } from '../../bundles/bundle-texts.ts';
import { outputModeNames, useStartBundleCase } from '../../bundles/use-bundle-guide.ts';
import { formatLimit } from '../../shared/guide-format.ts';
import { useDocumentTitle } from '../../shared/use-document-title.ts';
import { PageQuery } from '../page-query.tsx';
import { BundleGuide } from './bundle-guide.tsx';

function Apply({ detail, answers }: { detail: BundleDetailView; answers: BundleAnswers }) {
  const { start, signedIn, pending, error } = useStartBundleCase(detail, answers, {
    prefix: '',
    channel: 'web',
  });
  return (
    <section aria-labelledby="bundle-apply-title" className="portal-apply case-block">
      <h2 id="bundle-apply-title" className="portal-apply-title">
        {t('bundle.apply.title')}
      </h2>
      <p>{t('bundle.apply.intro')}</p>
      {error && <Alert type="error" showIcon role="alert" title={error.message} />}
      <Button type="primary" size="large" loading={pending} onClick={start}>
        {signedIn ? t('bundle.apply.online') : t('apply.loginFirst')}
      </Button>
    </section>
  );
}

export default function BundlePage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const query = useBundle(id);
  useDocumentTitle(query.data?.name);
  return (
    <PageQuery query={query} notFound={t('bundle.notFound')} notFoundStatuses={[400, 404]}>
      {(detail) => (
        <div className="portal-page bundle-page">
          <Breadcrumb
            className="portal-breadcrumb"
            aria-label={t('portal.guide.breadcrumb')}
            items={[
              { key: 'home', title: <Link to="/">{t('nav.home')}</Link> },
              { key: 'bundles', title: <Link to="/bundles">{t('bundle.list.title')}</Link> },
              { key: 'bundle', title: <span aria-current="page">{detail.name}</span> },
            ]}
          />
          <h1 className="portal-page-title">
            {detail.name}
            {detail.isDemo && <span className="msb-demo-tag">{t('common.demoTag')}</span>}
          </h1>
          <p>{detail.summary}</p>
          <Descriptions
            className="case-block"
            bordered
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'stage', label: t('bundle.facts.stage'), children: detail.lifeStageLabel },
              { key: 'lead', label: t('bundle.facts.lead'), children: detail.leadOrg.name },
              { key: 'members', label: t('bundle.facts.members'), children: itemNames(detail.members) },
              { key: 'limit', label: t('bundle.facts.limit'), children: formatLimit(detail.promisedLimit) },
              { key: 'window', label: t('bundle.facts.outputWindow'), children: detail.outputWindow },
              { key: 'modes', label: t('bundle.facts.outputModes'), children: outputModeNames(detail) },
              { key: 'basis', label: t('bundle.facts.basis'), children: detail.basis, span: 'filled' },
            ]}
          />
          <div className="case-block">
            <BundleGuide
              key={detail.id}
              detail={detail}
              initial={answersFromParam(params.get('answers'))}
              apply={(sent) => <Apply detail={detail} answers={sent} />}
            />
          </div>
        </div>
      )}
    </PageQuery>
  );
}
