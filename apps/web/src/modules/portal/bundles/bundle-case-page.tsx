// /bundle-cases/:id — a draft bundle case opens its one application, anything else its one progress view.
// Loaded lazily: the form renderer (rjsf, ajv) only comes with this page.

import { t } from '../../../app/i18n.ts';
import { useBundleCasePage } from '../../bundles/use-bundle-progress.ts';
import { CaseHead } from '../case-head.tsx';
import { PageQuery } from '../page-query.tsx';
import { RequireCitizen } from '../require-citizen.tsx';
import { BundleApplication } from './bundle-application.tsx';
import { BundleProgress, BundleStatusTag } from './bundle-progress.tsx';

function BundleCaseView() {
  const query = useBundleCasePage();
  return (
    <PageQuery query={query} notFound={t('case.notFound')} notFoundStatuses={[400, 403, 404]}>
      {(view) => (
        <div className="portal-page case-page">
          <CaseHead
            title={view.bundleName}
            sub={view.status === 'draft' ? t('bundle.application') : undefined}
            caseNumber={view.caseNumber}
            meta={
              <>
                <BundleStatusTag view={view} /> {t('bundle.leadBy', { org: view.leadOrg.name })}
              </>
            }
          />
          {view.status === 'draft' ? (
            <BundleApplication key={view.id} view={view} />
          ) : (
            <BundleProgress view={view} />
          )}
        </div>
      )}
    </PageQuery>
  );
}

export default function BundleCasePage() {
  return (
    <RequireCitizen>
      <BundleCaseView />
    </RequireCitizen>
  );
}
