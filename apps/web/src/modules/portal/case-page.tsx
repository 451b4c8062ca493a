// /cases/:id — a draft opens the application steps, anything else the case detail. Loaded lazily: the form
// renderer (rjsf, ajv) only comes with this page.
import { Breadcrumb } from 'antd';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../app/api.ts';
import { t } from '../../app/i18n.ts';
import { useCase } from '../cases/case-api.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { CaseApplication } from './case-application.tsx';
import { CaseDetail } from './case-detail.tsx';
import { StateTag } from './case-tags.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { QueryError, QueryLoading } from './query-state.tsx';
import { RequireCitizen } from './require-citizen.tsx';

function CaseView() {
  const { id } = useParams();
  const query = useCase(id);
  const view = query.data;
  useDocumentTitle(
    view
      ? `${view.itemName} - ${view.state === 'draft' ? t('case.application') : view.stateLabel}`
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
  const draft = view.state === 'draft';
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
        {view.itemName}
        {draft && <span className="case-title-sub">{t('case.application')}</span>}
      </h1>
      <p className="case-title-meta">
        <StateTag state={view.state} label={view.stateLabel} /> {view.org.name}
        {view.caseNumber && (
          <>
            {' · '}
            {t('text.labelValue', { label: t('case.number'), value: view.caseNumber })}
          </>
        )}
      </p>
      {draft ? (
        <CaseApplication key={view.id} view={view} />
      ) : (
        <CaseDetail view={view} onRefresh={() => void query.refetch()} />
      )}
    </div>
  );
}

export default function CasePage() {
  return (
    <RequireCitizen>
      <CaseView />
    </RequireCitizen>
  );
}
