// 我的办件 on the phone: the applicant's 一件事 (when any), then the cases newest first, state, promised due
// date, 继续填写 for drafts; 退出 at the bottom.
import { Button, List, Tag } from 'antd-mobile';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { t } from '../../app/i18n.ts';
import { useMyBundleCases } from '../bundles/bundle-api.ts';
import { bundleStatusTone } from '../bundles/bundle-rules.ts';
import { useLogout, useMyCases, usePublicSession } from '../cases/case-api.ts';
import { formatDate, hasRunningClock } from '../cases/case-format.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { MobileQueryState } from './mobile-query-state.tsx';
import { MobileRequireCitizen } from './mobile-require-citizen.tsx';
import { MobileStateTag, TONE_COLOURS } from './mobile-state-tag.tsx';

const PAGE_SIZE = 20;

/** 一件事: shown when the applicant has any (and never an error on a platform without them). */
function MyBundleCases() {
  const query = useMyBundleCases();
  const items = query.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="m-card" aria-labelledby="m-my-bundles">
      <h2 id="m-my-bundles" className="m-section-title">
        {t('bundle.mine.title')}
      </h2>
      <List className="m-list">
        {items.map((c) => (
          <List.Item key={c.id} arrowIcon={false}>
            <Link className="m-list-link" to={`/m/bundle-cases/${c.id}`}>
              <span className="m-list-title">{c.bundleName}</span>
              <span className="m-list-desc">
                {c.caseNumber ?? t('case.draftState')} · {t('bundle.mine.memberCount', { n: c.memberCount })}
                {c.promisedDue ? ` · ${t('myCases.col.due')} ${formatDate(c.promisedDue)}` : ''}
                {c.status === 'in_progress' && c.warning && c.warning !== 'normal'
                  ? ` · ${t(`case.warning.${c.warning}`)}`
                  : ''}
              </span>
            </Link>
            <Tag color={TONE_COLOURS[bundleStatusTone(c.status)]} fill="outline" className="m-tag">
              {c.statusLabel}
            </Tag>
          </List.Item>
        ))}
      </List>
    </section>
  );
}

function MyCases() {
  const [pageSize, setPageSize] = useState(PAGE_SIZE);
  const query = useMyCases(1, pageSize);
  const session = usePublicSession();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <div className="m-page">
      <h1 className="m-page-title">{t('myCases.title')}</h1>
      <p className="m-note">{session.data?.displayName}</p>
      <MyBundleCases />
      <section className="m-card" aria-label={t('myCases.caption')}>
        <MobileQueryState query={query}>
          {(data) =>
            data.items.length === 0 ? (
              <p className="m-text">
                {t('myCases.empty')} <Link to="/m/search">{t('myCases.search')}</Link>
              </p>
            ) : (
              <>
                <p className="m-count">{t('myCases.total', { n: data.total })}</p>
                <List className="m-list">
                  {data.items.map((c) => (
                    <List.Item key={c.id} arrowIcon={false}>
                      <Link className="m-list-link" to={`/m/cases/${c.id}`}>
                        <span className="m-list-title">{c.itemName}</span>
                        <span className="m-list-desc">
                          {c.caseNumber ?? t('case.draftState')}
                          {c.promisedDue ? ` · ${t('myCases.col.due')} ${formatDate(c.promisedDue)}` : ''}
                          {hasRunningClock(c) && c.warning !== 'normal'
                            ? ` · ${t(`case.warning.${c.warning}`)}`
                            : ''}
                        </span>
                      </Link>
                      <MobileStateTag state={c.state} label={c.stateLabel} />
                    </List.Item>
                  ))}
                </List>
                {data.items.length < data.total && (
                  <Button block className="m-more" onClick={() => setPageSize(pageSize + PAGE_SIZE)}>
                    {t('mobile.loadMore')}
                  </Button>
                )}
              </>
            )
          }
        </MobileQueryState>
      </section>
      <p>
        <Link to="/m/progress">{t('progress.title')}</Link>
      </p>
      <Button
        block
        loading={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSuccess: () => navigate('/m') })}
      >
        {t('account.logout')}
      </Button>
    </div>
  );
}

export default function MobileMyCasesPage() {
  useDocumentTitle(t('myCases.title'));
  return (
    <MobileRequireCitizen>
      <MyCases />
    </MobileRequireCitizen>
  );
}
