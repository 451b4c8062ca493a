// /m/cases/:id — a draft opens the application steps, anything else the case detail. Loaded lazily with the
// form renderer (rjsf, ajv), so the phone's first load stays small.
import { useParams } from 'react-router';
import { t } from '../../app/i18n.ts';
import { useCase } from '../cases/case-api.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { MobileApplication } from './mobile-application.tsx';
import { MobileCaseDetail } from './mobile-case-detail.tsx';
import { MobileError, MobileLoading } from './mobile-query-state.tsx';
import { MobileRequireCitizen } from './mobile-require-citizen.tsx';

function CaseView() {
  const { id } = useParams();
  const query = useCase(id);
  const view = query.data;
  useDocumentTitle(
    view
      ? `${view.itemName} - ${view.state === 'draft' ? t('case.application') : view.stateLabel}`
      : undefined,
  );
  if (query.isPending) return <MobileLoading />;
  if (query.isError) {
    return (
      <div className="m-page">
        <h1 className="m-page-title">{t('case.notFound')}</h1>
        <MobileError error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  if (!view) return null;
  return (
    <div className="m-page m-case">
      <h1 className="m-page-title">{view.itemName}</h1>
      {view.state === 'draft' ? (
        <MobileApplication key={view.id} view={view} />
      ) : (
        <MobileCaseDetail view={view} onRefresh={() => void query.refetch()} />
      )}
    </div>
  );
}

export default function MobileCasePage() {
  return (
    <MobileRequireCitizen>
      <CaseView />
    </MobileRequireCitizen>
  );
}
