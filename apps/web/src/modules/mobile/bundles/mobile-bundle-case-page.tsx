// /m/bundle-cases/:id — a draft bundle case opens its one application, anything else its one progress view.
// Loaded lazily with the form renderer, so the phone's first load stays small.
import { useParams } from 'react-router';
import { t } from '../../../app/i18n.ts';
import { useBundleCase } from '../../bundles/bundle-api.ts';
import { useDocumentTitle } from '../../shared/use-document-title.ts';
import { MobileError, MobileLoading } from '../mobile-query-state.tsx';
import { MobileRequireCitizen } from '../mobile-require-citizen.tsx';
import { MobileBundleApplication } from './mobile-bundle-application.tsx';
import { MobileBundleProgress } from './mobile-bundle-progress.tsx';

function BundleCaseView() {
  const { id } = useParams();
  const query = useBundleCase(id);
  const view = query.data;
  useDocumentTitle(
    view
      ? `${view.bundleName} - ${view.status === 'draft' ? t('case.application') : view.statusLabel}`
      : undefined,
  );
  if (query.isPending) return <MobileLoading />;
  if (query.isError || !view) {
    return (
      <div className="m-page">
        <h1 className="m-page-title">{t('case.notFound')}</h1>
        {query.isError && <MobileError error={query.error} onRetry={() => void query.refetch()} />}
      </div>
    );
  }
  return (
    <div className="m-page m-case">
      <h1 className="m-page-title">{view.bundleName}</h1>
      {view.status === 'draft' ? (
        <MobileBundleApplication key={view.id} view={view} />
      ) : (
        <MobileBundleProgress view={view} />
      )}
    </div>
  );
}

export default function MobileBundleCasePage() {
  return (
    <MobileRequireCitizen>
      <BundleCaseView />
    </MobileRequireCitizen>
  );
}
