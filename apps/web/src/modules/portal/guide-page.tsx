// The guide as a citizen reads it: every element, with print and 一次性告知单 download at the top, 在线申请
// (or why the item is done at the window) below the title, and a table of contents beside it (not in 长辈版,
// which keeps one column).
import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Anchor, Breadcrumb, Button, Col, Row } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../app/api.ts';
import { t } from '../../app/i18n.ts';
import { noticeUrl, useItem } from '../shared/public-api.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { ApplyOnline } from './apply-online.tsx';
import { GuideSectionView, guideSections } from './guide-sections.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { QueryError, QueryLoading } from './query-state.tsx';

export function GuidePage({ elderMode }: { elderMode: boolean }) {
  const { id } = useParams();
  const navigate = useNavigate();
  const item = useItem(id);
  useDocumentTitle(item.data?.guide.name);

  if (item.isPending) {
    return (
      <div className="portal-page">
        <QueryLoading rows={12} />
      </div>
    );
  }
  if (item.isError) {
    if (item.error instanceof ApiError && (item.error.status === 404 || item.error.status === 400)) {
      return <NotFoundPage message={t('portal.guide.notFound')} />;
    }
    return (
      <div className="portal-page">
        <QueryError error={item.error} onRetry={() => void item.refetch()} />
      </div>
    );
  }

  const data = item.data;
  const demo = data.isDemo || data.org.isDemo;
  const sections = guideSections(data, { simple: elderMode, print: false });
  return (
    <div className="portal-page portal-guide">
      <Breadcrumb
        className="portal-breadcrumb"
        aria-label={t('portal.guide.breadcrumb')}
        items={[
          { key: 'home', title: <Link to="/">{t('nav.home')}</Link> },
          { key: 'search', title: <Link to="/search">{t('portal.nav.search')}</Link> },
          { key: 'item', title: <span aria-current="page">{data.guide.name}</span> },
        ]}
      />
      {demo && <Alert type="warning" showIcon className="portal-demo-banner" title={t('app.demoBanner')} />}
      <div className="portal-guide-head">
        <h1 className="portal-page-title">
          {data.guide.name}
          {demo && <span className="msb-demo-tag">{t('common.demoTag')}</span>}
        </h1>
        <p className="portal-guide-org">
          {data.org.name} · {data.region.name}
        </p>
        <div className="portal-guide-actions">
          <Button
            icon={<PrinterOutlined aria-hidden="true" />}
            onClick={() => navigate(`/items/${data.id}/print`)}
          >
            {t('guide.print')}
          </Button>
          <Button
            type="primary"
            icon={<FilePdfOutlined aria-hidden="true" />}
            href={noticeUrl(data.id)}
            download
          >
            {t('guide.notice')}
          </Button>
        </div>
      </div>
      <ApplyOnline item={data} />
      <Row gutter={24} wrap={false} className="portal-guide-body">
        <Col flex="auto" className="portal-guide-main">
          {sections.map((section) => (
            <GuideSectionView key={section.id} section={section} />
          ))}
        </Col>
        {!elderMode && (
          <Col flex="200px" className="portal-guide-toc">
            <nav aria-label={t('portal.guide.toc')}>
              <p className="portal-toc-title" aria-hidden="true">
                {t('portal.guide.toc')}
              </p>
              <Anchor
                offsetTop={16}
                items={sections.map((s) => ({ key: s.id, href: `#guide-${s.id}`, title: s.title }))}
              />
            </nav>
          </Col>
        )}
      </Row>
    </div>
  );
}
