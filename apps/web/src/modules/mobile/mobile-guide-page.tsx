// Phone guide: name, demo banner, 在线申请, then tabs — 基本信息, 申请材料, 办理流程, 地点与时间, 常见问题.
import { NoticeBar, Tabs } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { t } from '../../app/i18n.ts';
import { noticeUrl, useItem } from '../shared/public-api.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { MobileApplyButton } from './mobile-apply-button.tsx';
import { MobileCollapse } from './mobile-collapse.tsx';
import { BasicPanel, PlacePanel, ProcessPanel } from './mobile-guide-panels.tsx';
import { MaterialsPanel } from './mobile-materials-panel.tsx';
import { MobileError, MobileLoading } from './mobile-query-state.tsx';

export function MobileGuidePage() {
  const { id } = useParams();
  const item = useItem(id);
  useDocumentTitle(item.data?.guide.name);
  if (item.isPending) return <MobileLoading />;
  if (item.isError) {
    return (
      <div className="m-page">
        <h1 className="m-page-title">{t('common.notFound')}</h1>
        <MobileError error={item.error} onRetry={() => void item.refetch()} />
      </div>
    );
  }
  const data = item.data;
  const { guide } = data;
  const demo = data.isDemo || data.org.isDemo;
  const panel = (key: string, title: string, body: ReactNode) => (
    <Tabs.Tab key={key} title={title}>
      <section aria-labelledby={`m-tab-${key}`} className="m-panel">
        <h2 id={`m-tab-${key}`} className="msb-visually-hidden">
          {title}
        </h2>
        {body}
      </section>
    </Tabs.Tab>
  );
  return (
    <div className="m-page m-guide">
      {demo && <NoticeBar className="m-demo-banner" color="alert" wrap content={t('app.demoBanner')} />}
      <div className="m-guide-head">
        <h1 className="m-page-title">
          {guide.name}
          {demo && <span className="msb-demo-tag">{t('common.demoTag')}</span>}
        </h1>
        <p className="m-guide-org">
          {data.org.name} · {data.region.name}
        </p>
        <a className="m-button-link m-button-primary" href={noticeUrl(data.id)} download>
          {t('guide.notice')}
        </a>
        <MobileApplyButton item={data} />
      </div>
      <Tabs className="m-tabs" aria-label={t('mobile.guideTabs')}>
        {panel('basic', t('mobile.tab.basic'), <BasicPanel item={data} />)}
        {panel('materials', t('mobile.tab.materials'), <MaterialsPanel guide={guide} />)}
        {panel('process', t('mobile.tab.process'), <ProcessPanel steps={guide.steps} />)}
        {panel('place', t('mobile.tab.place'), <PlacePanel guide={guide} />)}
        {panel(
          'faqs',
          t('mobile.tab.faqs'),
          guide.faqs.length === 0 ? (
            <p>{t('mobile.faqsEmpty')}</p>
          ) : (
            <MobileCollapse
              entries={guide.faqs.map((faq, index) => ({
                key: String(index),
                title: faq.question,
                content: <p className="m-text">{faq.answer}</p>,
              }))}
            />
          ),
        )}
      </Tabs>
    </div>
  );
}
