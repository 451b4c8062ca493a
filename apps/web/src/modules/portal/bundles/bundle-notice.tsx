// 一次告知单 on screen: the members that apply (and those the answers leave out, with why), the handling
// stages (members of a stage are handled in parallel), the materials listed once with the members that use
// each, the promised limit, and the PDF of the same notice.
import { FilePdfOutlined } from '@ant-design/icons';
import type { BundlePlanView } from '@msb/contracts';
import { Table } from 'antd';
import { t } from '../../../app/i18n.ts';
import { materialCounts, memberNames } from '../../bundles/bundle-rules.ts';
import { noticeLines } from '../../bundles/bundle-texts.ts';
import { REQUIREMENT_TONE } from '../../cases/material-rules.ts';
import { formatLimit, label } from '../../shared/guide-format.ts';
import { ToneTag } from '../case-tags.tsx';

export function BundleNotice({
  plan,
  pdfUrl,
  headingLevel = 2,
}: {
  plan: BundlePlanView;
  pdfUrl?: string;
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const lines = noticeLines(plan);
  return (
    <section aria-labelledby="bundle-notice-title" className="bundle-notice">
      <H id="bundle-notice-title" className="portal-section-title">
        {t('bundle.notice.title')}
      </H>
      <p>
        {t('bundle.notice.intro', {
          n: plan.members.length,
          limit: formatLimit(plan.promisedLimit),
        })}
      </p>
      {pdfUrl && (
        <p>
          <a href={pdfUrl} download>
            <FilePdfOutlined aria-hidden="true" /> {t('bundle.notice.pdf')}
          </a>
        </p>
      )}
      <Sub className="portal-subtitle case-block">{t('bundle.notice.members')}</Sub>
      <ol className="bundle-members">
        {lines.members.map((m) => (
          <li key={m.key}>
            <strong>{m.itemName}</strong>
            <span className="case-help"> {m.orgName}</span>
            {m.after && <span className="case-help"> {m.after}</span>}
          </li>
        ))}
      </ol>
      {lines.skipped.length > 0 && (
        <>
          <Sub className="portal-subtitle case-block">{t('bundle.notice.skipped')}</Sub>
          <ul className="bundle-members">
            {lines.skipped.map((m) => (
              <li key={m.key}>{m.text}</li>
            ))}
          </ul>
        </>
      )}
      <Sub className="portal-subtitle case-block">{t('bundle.notice.stages')}</Sub>
      <ol className="bundle-stages">
        {lines.stages.map((stage) => (
          <li key={stage.key}>{stage.text}</li>
        ))}
      </ol>
      <Sub className="portal-subtitle case-block">
        {t('bundle.notice.materials', { n: plan.materials.length })}
      </Sub>
      <p className="case-help">{t('bundle.notice.materialsIntro')}</p>
      <Table
        rowKey="materialId"
        size="small"
        pagination={false}
        dataSource={plan.materials}
        columns={[
          {
            key: 'name',
            title: t('bundle.material.name'),
            render: (_, m) => (
              <>
                {m.name}{' '}
                <ToneTag tone={REQUIREMENT_TONE[m.requirement]}>
                  {label('requirement', m.requirement)}
                </ToneTag>
                {m.allowMissing && <ToneTag tone="progress">{t('case.material.allowMissing')}</ToneTag>}
                {m.requirements && <p className="case-help">{m.requirements}</p>}
              </>
            ),
          },
          { key: 'counts', title: t('bundle.material.counts'), render: (_, m) => materialCounts(m) },
          { key: 'media', title: t('bundle.material.media'), render: (_, m) => label('media', m.media) },
          {
            key: 'members',
            title: t('bundle.material.members'),
            render: (_, m) => memberNames(m.members, plan.members),
          },
        ]}
      />
    </section>
  );
}
