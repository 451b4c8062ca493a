// The print layout of a guide: no site navigation, every section expanded, the full materials list with
// its conditions; `@media print` in portal.css hides the two buttons at the top.
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { Link, useParams } from 'react-router';
import { t } from '../../app/i18n.ts';
import { useItem } from '../shared/public-api.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { GuideSectionView, guideSections } from './guide-sections.tsx';
import { QueryError, QueryLoading } from './query-state.tsx';

export function GuidePrintPage() {
  const { id } = useParams();
  const item = useItem(id);
  useDocumentTitle(item.data ? `${item.data.guide.name} · ${t('guide.print')}` : undefined);
  const data = item.data;
  const demo = data ? data.isDemo || data.org.isDemo : false;

  return (
    <div className="portal-print">
      <nav className="portal-print-tools" aria-label={t('portal.guide.actions')}>
        <Link to={`/items/${id ?? ''}`}>{t('guide.backToGuide')}</Link>
        <Button type="primary" icon={<PrinterOutlined aria-hidden="true" />} onClick={() => window.print()}>
          {t('guide.printNow')}
        </Button>
      </nav>
      <main className="portal-print-main">
        {item.isPending && <QueryLoading rows={12} />}
        {item.isError && <QueryError error={item.error} onRetry={() => void item.refetch()} />}
        {data && (
          <article>
            <header className="portal-print-head">
              <p className="portal-print-brand">{t('common.platform')}</p>
              <h1 className="portal-page-title">
                {data.guide.name}
                {demo && <span className="msb-demo-tag">{t('common.demoTag')}</span>}
              </h1>
              <p>
                {data.org.name} · {data.region.name}
              </p>
              {demo && <Alert type="warning" className="portal-demo-banner" title={t('app.demoBanner')} />}
            </header>
            {guideSections(data, { simple: false, print: true }).map((section) => (
              <GuideSectionView key={section.id} section={section} />
            ))}
            <footer className="portal-print-foot">
              <p>{t('guide.printSource')}</p>
              <p>{t('guide.printedAt', { time: new Date().toLocaleString('zh-CN') })}</p>
            </footer>
          </article>
        )}
      </main>
    </div>
  );
}
