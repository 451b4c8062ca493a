// /m/bundle-cases/:id — a draft bundle case opens its one application, anything else its one progress view.
// Loaded lazily with the form renderer, so the phone's first load stays small.

import { t } from '../../../app/i18n.ts';
import { useBundleCasePage } from '../../bundles/use-bundle-progress.ts';
import { MobilePageQuery } from '../mobile-query-state.tsx';
import { MobileRequireCitizen } from '../mobile-require-citizen.tsx';
import { MobileBundleApplication } from './mobile-bundle-application.tsx';
import { MobileBundleProgress } from './mobile-bundle-progress.tsx';

function BundleCaseView() {
  const query = useBundleCasePage();
  return (
    <MobilePageQuery query={query} notFound={t('case.notFound')}>
      {(view) => (
        <div className="m-page m-case">
          <h1 className="m-page-title">{view.bundleName}</h1>
          {view.status === 'draft' ? (
            <MobileBundleApplication key={view.id} view={view} />
          ) : (
            <MobileBundleProgress view={view} />
          )}
        </div>
      )}
    </MobilePageQuery>
  );
}

export default function MobileBundleCasePage() {
  return (
    <MobileRequireCitizen>
      <BundleCaseView />
    </MobileRequireCitizen>
  );
}
