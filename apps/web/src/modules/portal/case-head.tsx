// The head of an application's page on the portal, for a single case and a 一件事 alike: the breadcrumb
// (首页 › 我的办件 › the number), the title (with 网上申请 while a draft), then the state and who handles it,
// with the number once given.
import { Breadcrumb } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { t } from '../../app/i18n.ts';

export function CaseHead({
  title,
  sub,
  caseNumber,
  meta,
}: {
  title: string;
  /** after the title while a draft */
  sub?: string;
  caseNumber: string | null;
  /** the state tag and who handles it */
  meta: ReactNode;
}) {
  return (
    <>
      <Breadcrumb
        className="portal-breadcrumb"
        aria-label={t('portal.guide.breadcrumb')}
        items={[
          { key: 'home', title: <Link to="/">{t('nav.home')}</Link> },
          { key: 'mine', title: <Link to="/my/cases">{t('myCases.title')}</Link> },
          { key: 'case', title: <span aria-current="page">{caseNumber ?? t('case.draftState')}</span> },
        ]}
      />
      <h1 className="portal-page-title">
        {title}
        {sub && <span className="case-title-sub">{sub}</span>}
      </h1>
      <p className="case-title-meta">
        {meta}
        {caseNumber && (
          <>
            {' · '}
            {t('text.labelValue', { label: t('case.number'), value: caseNumber })}
          </>
        )}
      </p>
    </>
  );
}
