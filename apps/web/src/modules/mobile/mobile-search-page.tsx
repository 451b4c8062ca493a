// Phone results: the query and filters from the address, a list with highlighted names, 加载更多.
import { Button, List } from 'antd-mobile';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { t } from '../../app/i18n.ts';
import { label } from '../shared/guide-format.ts';
import { HighlightText } from '../shared/highlight-text.tsx';
import { readSearchFilters, searchQueryString, useSearchPages } from '../shared/public-api.ts';
import { currentRegion, useRegionPath } from '../shared/region-store.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { MobileError, MobileLoading } from './mobile-query-state.tsx';
import { MobileSearchBox } from './mobile-search-box.tsx';

const PAGE_SIZE = 20;

export function MobileSearchPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const region = currentRegion(useRegionPath());
  const filters = readSearchFilters(params);
  filters.region ??= region.code;
  const pages = useSearchPages(filters, PAGE_SIZE);
  const title = filters.q
    ? t('portal.search.queryFor', { q: filters.q })
    : (filters.theme ?? t('mobile.results'));
  useDocumentTitle(title);
  const hits = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;

  return (
    <div className="m-page">
      <h1 className="m-page-title">{title}</h1>
      <MobileSearchBox
        initialQuery={filters.q ?? ''}
        onSearch={(q) => navigate(`/m/search?${searchQueryString({ ...filters, q: q || undefined })}`)}
      />
      {pages.isPending && <MobileLoading />}
      {pages.isError && <MobileError error={pages.error} onRetry={() => void pages.refetch()} />}
      {pages.data && (
        <section aria-labelledby="m-results" className="m-card">
          <h2 id="m-results" className="m-section-title">
            {t('mobile.results')}
          </h2>
          <p role="status" className="m-count">
            {t('search.resultCount', { n: total })}
          </p>
          {total === 0 ? (
            <div className="m-empty">
              <p className="m-empty-title">{t('search.noResult')}</p>
              <p>{t('portal.search.noResultHint')}</p>
            </div>
          ) : (
            <List className="m-list">
              {hits.map((hit) => (
                <List.Item key={hit.id} arrowIcon={false}>
                  <Link className="m-list-link" to={`/m/items/${hit.id}`}>
                    <span className="m-list-title">
                      <HighlightText text={hit.name} ranges={hit.highlights} />
                    </span>
                    <span className="m-list-desc">
                      {hit.orgName} · {label('maturity', hit.maturity)}
                    </span>
                  </Link>
                </List.Item>
              ))}
            </List>
          )}
          {pages.hasNextPage ? (
            <Button
              block
              className="m-more"
              loading={pages.isFetchingNextPage}
              onClick={() => void pages.fetchNextPage()}
            >
              {t('mobile.loadMore')}
            </Button>
          ) : (
            total > 0 && <p className="m-count">{t('mobile.noMore', { n: total })}</p>
          )}
        </section>
      )}
    </div>
  );
}
