// Results: the query and filters live in the page address; the region defaults to the remembered one.
import { Button, Col, Empty, Pagination, Row } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { t } from '../../app/i18n.ts';
import {
  readSearchFilters,
  type SearchFilters,
  searchQueryString,
  useRegionDetail,
  useSearch,
} from '../shared/public-api.ts';
import { currentRegion, type RegionChoice, setRegionPath, useRegionPath } from '../shared/region-store.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { QueryError, QueryLoading } from './query-state.tsx';
import { SearchFiltersPanel } from './search-filters.tsx';
import { SearchForm } from './search-form.tsx';
import { SearchHitList } from './search-hit-list.tsx';

const PAGE_SIZE = 10;

/** The region path to show for the region in the address: the remembered one, or looked up. */
function useShownRegionPath(code: string): readonly RegionChoice[] {
  const remembered = useRegionPath();
  const isRemembered = currentRegion(remembered).code === code;
  const detail = useRegionDetail(isRemembered ? undefined : code);
  if (isRemembered) return remembered;
  return detail.data?.map((r) => ({ code: r.code, name: r.name })) ?? [{ code, name: code }];
}

export function SearchPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const remembered = currentRegion(useRegionPath());
  const filters: SearchFilters = { ...readSearchFilters(params) };
  filters.region ??= remembered.code;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const regionPath = useShownRegionPath(filters.region);
  const results = useSearch(filters, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  useDocumentTitle(filters.q ? t('portal.search.queryFor', { q: filters.q }) : t('portal.search.title'));

  const go = (next: SearchFilters, nextPage = 1) => {
    const query = searchQueryString(next);
    navigate(`/search?${query}${nextPage > 1 ? `&page=${nextPage}` : ''}`);
  };
  const change = (patch: SearchFilters) => go({ ...filters, ...patch });
  const changeRegion = (path: RegionChoice[]) => {
    setRegionPath(path);
    go({ ...filters, region: path.at(-1)?.code, org: undefined });
  };
  const clear = () => go({ q: filters.q, region: filters.region });
  const hasFilters = ['org', 'type', 'audience', 'theme', 'maturity', 'channel'].some(
    (key) => filters[key as keyof SearchFilters],
  );

  return (
    <div className="portal-page">
      <h1 className="portal-page-title">{t('portal.search.title')}</h1>
      <SearchForm
        id="results-search"
        initialQuery={filters.q ?? ''}
        onSearch={(q) => change({ q: q || undefined })}
      />
      <Row gutter={[24, 24]} className="portal-results-layout">
        <Col xs={24} lg={7} xl={6} className="portal-col">
          <section aria-labelledby="filters-title" className="portal-panel">
            <h2 id="filters-title" className="portal-section-title">
              {t('portal.search.filters')}
            </h2>
            <SearchFiltersPanel
              filters={filters}
              regionPath={regionPath}
              onRegionChange={changeRegion}
              onChange={change}
              onClear={clear}
            />
          </section>
        </Col>
        <Col xs={24} lg={17} xl={18} className="portal-col">
          <section aria-labelledby="results-title" className="portal-panel">
            <h2 id="results-title" className="portal-section-title">
              {filters.q ? t('portal.search.queryFor', { q: filters.q }) : t('portal.search.hotFor')}
            </h2>
            {results.isPending && <QueryLoading rows={8} />}
            {results.isError && <QueryError error={results.error} onRetry={() => void results.refetch()} />}
            {results.data && (
              <>
                <p role="status" className="portal-result-count">
                  {t('search.resultCount', { n: results.data.total })}
                </p>
                {results.data.total === 0 ? (
                  <Empty
                    className="portal-empty"
                    description={
                      <>
                        <strong className="portal-empty-title">{t('search.noResult')}</strong>
                        <span className="portal-empty-hint">{t('portal.search.noResultHint')}</span>
                      </>
                    }
                  >
                    {hasFilters && <Button onClick={clear}>{t('portal.search.clearFilters')}</Button>}
                  </Empty>
                ) : (
                  <>
                    <SearchHitList hits={results.data.items} />
                    <nav aria-label={t('portal.search.pagination')} className="portal-pagination">
                      <Pagination
                        current={page}
                        pageSize={PAGE_SIZE}
                        total={results.data.total}
                        showSizeChanger={false}
                        hideOnSinglePage
                        onChange={(next) => go(filters, next)}
                      />
                    </nav>
                  </>
                )}
              </>
            )}
          </section>
        </Col>
      </Row>
    </div>
  );
}
