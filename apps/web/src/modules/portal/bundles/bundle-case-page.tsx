// /bundle-cases/:id — a draft bundle case opens its one application, anything else its one progress view.
// Loaded lazily: the form renderer (rjsf, ajv) only comes with this page.
import { Breadcrumb } from 'antd';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../app/api.ts';
import { t } from '../../../app/i18n.ts';
import { useBundleCase } from '../../bundles/bundle-api.ts';
import { useDocumentTitle } from '../../shared/use-document-title.ts';
import { NotFoundPage } from '../not-found-page.tsx';
import { QueryError, QueryLoading } from '../query-state.tsx';
import { RequireCitizen } from '../require-citizen.tsx';
import { BundleApplication } from './bundle-application.tsx';
import { BundleProgress, BundleStatusTag } from './bundle-progress.tsx';

function BundleCaseView() {
  const { id } = useParams();
  const query = useBundleCase(id);
  const view = query.data;
  useDocumentTitle(
    view
      ? `${view.bundleName} - ${view.status === 'draft' ? t('case.application') : view.statusLabel}`
      : undefined,
  );
  if (query.isPending) {
    return (
      <div className="portal-page">
        <QueryLoading rows={10} />
      </div>
    );
  }
  if (query.isError) {
    if (query.error instanceof ApiError && [400, 403, 404].includes(query.error.status)) {
      return <NotFoundPage message={t('case.notFound')} />;
    }
    return (
      <div className="portal-page">
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  if (!view) return null;
  const draft = view.status === 'draft';
  return (
    <div className="portal-page case-page">
      <Breadcrumb
        className="portal-breadcrumb"
        aria-label={t('portal.guide.breadcrumb')}
        items={[
          { key: 'home', title: <Link to="/">{t('nav.home')}</Link> },
          { key: 'mine', title: <Link to="/my/cases">{t('myCases.title')}</Link> },
          { key: 'case', title: <span aria-current="page">{view.caseNumber ?? t('case.draftState')}</span> },
        ]}
      />
      <h1 className="portal-page-title">
        {view.bundleName}
        {draft && <span className="case-title-sub">{t('bundle.application')}</span>}
      </h1>
      <p className="case-title-meta">
        <BundleStatusTag view={view} /> {t('bundle.leadBy', { org: view.leadOrg.name })}
        {view.caseNumber && (
          <>
            {' · '}
            {t('text.labelValue', { label: t('case.number'), value: view.caseNumber })}
          </>
        )}
      </p>
      {draft ? <BundleApplication key={view.id} view={view} /> : <BundleProgress view={view} />}
    </div>
  );
}

export default function BundleCasePage() {
  return (
    <RequireCitizen>
      <BundleCaseView />
    </RequireCitizen>
  );
}
