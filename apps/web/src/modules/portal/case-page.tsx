// /cases/:id — a draft opens the application steps, anything else the case detail. Loaded lazily: the form
// renderer (rjsf, ajv) only comes with this page.

import { t } from '../../app/i18n.ts';
import { useCasePage } from '../cases/use-case-progress.ts';
import { CaseApplication } from './case-application.tsx';
import { CaseDetail } from './case-detail.tsx';
import { CaseHead } from './case-head.tsx';
import { StateTag } from './case-tags.tsx';
import { PageQuery } from './page-query.tsx';
import { RequireCitizen } from './require-citizen.tsx';

function CaseView() {
  const query = useCasePage();
  return (
    <PageQuery query={query} notFound={t('case.notFound')} notFoundStatuses={[400, 403, 404]}>
      {(view) => (
        <div className="portal-page case-page">
          <CaseHead
            title={view.itemName}
            sub={view.state === 'draft' ? t('case.application') : undefined}
            caseNumber={view.caseNumber}
            meta={
              <>
                <StateTag state={view.state} label={view.stateLabel} /> {view.org.name}
              </>
            }
          />
          {view.state === 'draft' ? (
            <CaseApplication key={view.id} view={view} />
          ) : (
            <CaseDetail view={view} onRefresh={() => void query.refetch()} />
          )}
        </div>
      )}
    </PageQuery>
  );
}

export default function CasePage() {
  return (
    <RequireCitizen>
      <CaseView />
    </RequireCitizen>
  );
}
