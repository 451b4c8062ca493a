// 申请材料 on the phone: the 情形 questions (native radios and checkboxes in fieldsets), then one card per
// material with its facts and the form download buttons.
import type { Guide } from '@msb/contracts';
import { applicableMaterials, hasAnswers, type SituationAnswers } from '@msb/contracts';
import { Button, Checkbox, Radio, Space, Tag } from 'antd-mobile';
import { useState } from 'react';
import { t } from '../../app/i18n.ts';
import { formatCounts, label } from '../shared/guide-format.ts';
import { fileUrl } from '../shared/public-api.ts';

type Material = Guide['materials'][number];

function MaterialCard({ material }: { material: Material }) {
  return (
    <li className="m-material">
      <h3 className="m-material-name">
        {material.name}
        {material.allowMissing && <Tag className="m-tag-missing">{t('guide.material.allowMissing')}</Tag>}
        {material.commitmentAllowed && <Tag className="m-tag-commit">{t('guide.material.commitment')}</Tag>}
      </h3>
      <dl className="m-material-facts">
        <dt>{t('guide.material.requirement')}</dt>
        <dd>
          {label('requirement', material.requirement)}
          {material.condition && (
            <span className="m-note">{t('guide.material.condition', { text: material.condition })}</span>
          )}
        </dd>
        <dt>{t('guide.material.source')}</dt>
        <dd>
          {label('source', material.source)}
          {material.issuer && <span className="m-note">{material.issuer}</span>}
        </dd>
        <dt>{t('guide.material.counts')}</dt>
        <dd>{formatCounts(material)}</dd>
        <dt>{t('guide.material.media')}</dt>
        <dd>{label('media', material.media)}</dd>
      </dl>
      {material.licenceType && (
        <p className="m-note">{t('guide.material.licence', { type: material.licenceType })}</p>
      )}
      {material.requirements && (
        <p className="m-note">{t('guide.material.requirements', { text: material.requirements })}</p>
      )}
      {(material.blankForm || material.sampleForm) && (
        <div className="m-downloads">
          {material.blankForm && (
            <a
              className="m-button-link"
              href={fileUrl(material.blankForm)}
              download
              aria-label={t('guide.material.downloadBlank', { name: material.name })}
            >
              {t('guide.material.blankForm')}
            </a>
          )}
          {material.sampleForm && (
            <a
              className="m-button-link"
              href={fileUrl(material.sampleForm)}
              download
              aria-label={t('guide.material.downloadSample', { name: material.name })}
            >
              {t('guide.material.sampleForm')}
            </a>
          )}
        </div>
      )}
    </li>
  );
}

export function MaterialsPanel({ guide }: { guide: Guide }) {
  const [answers, setAnswers] = useState<SituationAnswers>({});
  const shown = applicableMaterials(guide, answers);
  const set = (id: string, chosen: string[]) => setAnswers({ ...answers, [id]: chosen });
  if (guide.materials.length === 0) return <p>{t('guide.material.none')}</p>;
  return (
    <>
      {guide.situations.length > 0 && (
        <div className="m-situations">
          <p>{t('guide.situations.intro')}</p>
          {guide.situations.map((s) => (
            <fieldset key={s.id} className="m-situation">
              <legend>{s.question}</legend>
              {s.multiple ? (
                <Checkbox.Group value={[...(answers[s.id] ?? [])]} onChange={(v) => set(s.id, v.map(String))}>
                  <Space direction="vertical">
                    {s.options.map((o) => (
                      <Checkbox key={o.id} value={o.id}>
                        {o.label}
                      </Checkbox>
                    ))}
                  </Space>
                </Checkbox.Group>
              ) : (
                <Radio.Group value={answers[s.id]?.[0] ?? null} onChange={(v) => set(s.id, [String(v)])}>
                  <Space direction="vertical">
                    {s.options.map((o) => (
                      <Radio key={o.id} value={o.id}>
                        {o.label}
                      </Radio>
                    ))}
                  </Space>
                </Radio.Group>
              )}
            </fieldset>
          ))}
          <Button size="small" onClick={() => setAnswers({})}>
            {t('guide.situations.reset')}
          </Button>
        </div>
      )}
      <p role="status" className="m-count">
        {hasAnswers(answers)
          ? t('guide.material.filtered', { n: shown.length, total: guide.materials.length })
          : t('guide.material.total', { n: guide.materials.length })}
      </p>
      <ol className="m-materials">
        {shown.map((m) => (
          <MaterialCard key={m.id} material={m} />
        ))}
      </ol>
    </>
  );
}
