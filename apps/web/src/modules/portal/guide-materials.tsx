// 申请材料: the standard list with necessity, source, copies, paper/electronic, 容缺/告知承诺 and the form
// downloads; the 情形 questionnaire above it narrows the list to what applies to this applicant.
import { DownloadOutlined } from '@ant-design/icons';
import type { Guide } from '@msb/contracts';
import { applicableMaterials, hasAnswers, type SituationAnswers } from '@msb/contracts';
import { Descriptions, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { t } from '../../app/i18n.ts';
import { formatCounts, label } from '../shared/guide-format.ts';
import { fileUrl } from '../shared/public-api.ts';
import { GuideSituations } from './guide-situations.tsx';

type Material = Guide['materials'][number];

export function FormLinks({ material }: { material: Material }) {
  if (!material.blankForm && !material.sampleForm)
    return <span aria-hidden="true">{t('guide.material.noForm')}</span>;
  return (
    <span className="portal-form-links">
      {material.blankForm && (
        <a
          href={fileUrl(material.blankForm)}
          download
          aria-label={t('guide.material.downloadBlank', { name: material.name })}
        >
          <DownloadOutlined aria-hidden="true" /> {t('guide.material.blankForm')}
        </a>
      )}
      {material.sampleForm && (
        <a
          href={fileUrl(material.sampleForm)}
          download
          aria-label={t('guide.material.downloadSample', { name: material.name })}
        >
          <DownloadOutlined aria-hidden="true" /> {t('guide.material.sampleForm')}
        </a>
      )}
    </span>
  );
}

function MaterialName({ material }: { material: Material }) {
  return (
    <>
      <strong>{material.name}</strong>
      {(material.allowMissing || material.commitmentAllowed) && (
        <span className="portal-material-tags">
          {material.allowMissing && (
            <Tag className="portal-tag-missing">{t('guide.material.allowMissing')}</Tag>
          )}
          {material.commitmentAllowed && (
            <Tag className="portal-tag-commit">{t('guide.material.commitment')}</Tag>
          )}
        </span>
      )}
      {material.licenceType && (
        <span className="portal-field-note">
          {t('guide.material.licence', { type: material.licenceType })}
        </span>
      )}
      {material.requirements && (
        <span className="portal-field-note">
          {t('guide.material.requirements', { text: material.requirements })}
        </span>
      )}
    </>
  );
}

function Necessity({ material }: { material: Material }) {
  return (
    <>
      {label('requirement', material.requirement)}
      {material.condition && (
        <span className="portal-field-note">
          {t('guide.material.condition', { text: material.condition })}
        </span>
      )}
    </>
  );
}

function Source({ material }: { material: Material }) {
  return (
    <>
      {label('source', material.source)}
      {material.issuer && <span className="portal-field-note">{material.issuer}</span>}
    </>
  );
}

const materialColumns = (): TableColumnsType<Material> => [
  { key: 'index', title: t('guide.material.index'), width: 64, render: (_v, _m, index) => index + 1 },
  { key: 'name', title: t('guide.material.name'), render: (_v, m) => <MaterialName material={m} /> },
  {
    key: 'requirement',
    title: t('guide.material.requirement'),
    width: 150,
    render: (_v, m) => <Necessity material={m} />,
  },
  {
    key: 'source',
    title: t('guide.material.source'),
    width: 170,
    render: (_v, m) => <Source material={m} />,
  },
  { key: 'counts', title: t('guide.material.counts'), width: 130, render: (_v, m) => formatCounts(m) },
  { key: 'media', title: t('guide.material.media'), width: 100, render: (_v, m) => label('media', m.media) },
  {
    key: 'forms',
    title: t('guide.material.forms'),
    width: 130,
    render: (_v, m) => <FormLinks material={m} />,
  },
];

export function MaterialsTable({ materials, print = false }: { materials: Material[]; print?: boolean }) {
  return (
    <Table<Material>
      rowKey="id"
      columns={materialColumns()}
      dataSource={materials}
      pagination={false}
      size="middle"
      bordered
      scroll={print ? undefined : { x: 900 }}
      className="portal-materials-table"
    />
  );
}

/** 长辈版: one card per material instead of a seven-column table. */
function MaterialCards({ materials }: { materials: Material[] }) {
  return (
    <ol className="portal-material-cards">
      {materials.map((m) => (
        <li key={m.id}>
          <Descriptions
            bordered
            column={1}
            title={<MaterialName material={m} />}
            items={[
              {
                key: 'requirement',
                label: t('guide.material.requirement'),
                children: <Necessity material={m} />,
              },
              { key: 'source', label: t('guide.material.source'), children: <Source material={m} /> },
              { key: 'counts', label: t('guide.material.counts'), children: formatCounts(m) },
              { key: 'media', label: t('guide.material.media'), children: label('media', m.media) },
              { key: 'forms', label: t('guide.material.forms'), children: <FormLinks material={m} /> },
            ]}
          />
        </li>
      ))}
    </ol>
  );
}

export function GuideMaterials({ guide, simple }: { guide: Guide; simple: boolean }) {
  const [answers, setAnswers] = useState<SituationAnswers>({});
  if (guide.materials.length === 0) return <p>{t('guide.material.none')}</p>;
  const shown = applicableMaterials(guide, answers);
  return (
    <>
      {guide.situations.length > 0 && (
        <GuideSituations situations={guide.situations} answers={answers} onChange={setAnswers} />
      )}
      <p role="status" className="portal-material-count">
        {hasAnswers(answers)
          ? t('guide.material.filtered', { n: shown.length, total: guide.materials.length })
          : t('guide.material.total', { n: guide.materials.length })}
      </p>
      {simple ? <MaterialCards materials={shown} /> : <MaterialsTable materials={shown} />}
    </>
  );
}
