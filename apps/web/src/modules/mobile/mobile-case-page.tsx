// /m/cases/:id — a draft opens the application steps, anything else the case detail. Loaded lazily with the
// form renderer (rjsf, ajv), so the phone's first load stays small.

import { t } from '../../app/i18n.ts';
import { useCasePage } from '../cases/use-case-progress.ts';
import { MobileApplication } from './mobile-application.tsx';
import { MobileCaseDetail } from './mobile-case-detail.tsx';
import { MobilePageQuery } from './mobile-query-state.tsx';
import { MobileRequireCitizen } from './mobile-require-citizen.tsx';

function CaseView() {
  const query = useCasePage();
  return (
    <MobilePageQuery query={query} notFound={t('case.notFound')}>
      {(view) => (
        <div className="m-page m-case">
          <h1 className="m-page-title">{view.itemName}</h1>
          {view.state === 'draft' ? (
            <MobileApplication key={view.id} view={view} />
          ) : (
            <MobileCaseDetail view={view} onRefresh={() => void query.refetch()} />
          )}
        </div>
      )}
    </MobilePageQuery>
  );
}

export default function MobileCasePage() {
  return (
    <MobileRequireCitizen>
      <CaseView />
    </MobileRequireCitizen>
  );
}
