// Tab contents of the phone guide: 基本信息 (with conditions, fees, special procedures, result, basis),
// 办理流程 and 地点与时间.
import type { Guide } from '@msb/contracts';
import { List, Steps } from 'antd-mobile';
import type { ReactNode } from 'react';
import { t } from '../../app/i18n.ts';
import { formatFee, formatHours, formatLimit, formatVisits, label, labels } from '../shared/guide-format.ts';
import type { ItemView } from '../shared/public-api.ts';

function Field({ title, children }: { title: string; children: ReactNode }) {
  return (
    <List.Item title={title} className="m-field">
      {children}
    </List.Item>
  );
}

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="m-block">
      <h3 className="m-block-title">{title}</h3>
      {children}
    </div>
  );
}

export function BasicPanel({ item }: { item: ItemView }) {
  const { guide } = item;
  return (
    <>
      <List className="m-fields">
        <Field title={t('guide.field.org')}>{item.org.name}</Field>
        <Field title={t('guide.field.itemType')}>{label('itemType', guide.itemType)}</Field>
        <Field title={t('guide.field.instant')}>
          {guide.instant ? t('guide.instant.yes') : t('guide.instant.no')}
        </Field>
        <Field title={t('guide.field.legalLimit')}>{formatLimit(guide.legalLimit)}</Field>
        <Field title={t('guide.field.promisedLimit')}>{formatLimit(guide.promisedLimit)}</Field>
        <Field title={t('guide.field.visits')}>{formatVisits(guide.visits)}</Field>
        <Field title={t('guide.field.maturity')}>
          {label('maturity', guide.maturity)}
          <span className="m-note">{label('maturityMeaning', guide.maturity)}</span>
        </Field>
        <Field title={t('guide.field.channels')}>{labels('channel', guide.channels)}</Field>
        <Field title={t('guide.field.acceptOnReceipt')}>
          {guide.acceptOnReceipt ? t('common.yes') : t('common.no')}
        </Field>
        <Field title={t('guide.field.crossRegion')}>{label('crossRegion', guide.crossRegion)}</Field>
        <Field title={t('guide.field.audience')}>{labels('audience', guide.audience)}</Field>
      </List>
      <Block title={t('guide.section.conditions')}>
        <p className="m-text">{guide.conditions}</p>
      </Block>
      <Block title={t('guide.section.fees')}>
        {guide.fees.free || guide.fees.items.length === 0 ? (
          <p>{t('guide.fees.free')}</p>
        ) : (
          <ul className="m-plain-list">
            {guide.fees.items.map((fee) => (
              <li key={fee.name}>
                {fee.name}：{formatFee(fee)}
                {fee.basis && <span className="m-note">{t('guide.fees.basis', { text: fee.basis })}</span>}
              </li>
            ))}
          </ul>
        )}
      </Block>
      <Block title={t('guide.section.special')}>
        {guide.specialProcedures.length === 0 ? (
          <p>{t('common.none')}</p>
        ) : (
          <>
            <p className="m-note">{t('guide.special.note')}</p>
            <ul className="m-plain-list">
              {guide.specialProcedures.map((p) => (
                <li key={p.name}>
                  {p.name}：{t('guide.special.maxDuration', { limit: formatLimit(p.maxDuration) })}
                </li>
              ))}
            </ul>
          </>
        )}
      </Block>
      <Block title={t('guide.section.intermediaries')}>
        <p>
          {guide.intermediaries.length === 0
            ? t('common.none')
            : guide.intermediaries.map((s) => s.name).join('、')}
        </p>
      </Block>
      <Block title={t('guide.section.result')}>
        <p>
          {guide.result.name}（{label('resultKind', guide.result.kind)}）
        </p>
      </Block>
      <Block title={t('guide.section.delivery')}>
        <p>{labels('delivery', guide.delivery)}</p>
      </Block>
      <Block title={t('guide.section.basis')}>
        <p className="m-text">{guide.basis}</p>
      </Block>
    </>
  );
}

export function ProcessPanel({ steps }: { steps: Guide['steps'] }) {
  if (steps.length === 0) return <p>{t('guide.step.none')}</p>;
  return (
    <Steps direction="vertical" current={steps.length} className="m-steps">
      {steps.map((step, index) => (
        <Steps.Step
          // biome-ignore lint/suspicious/noArrayIndexKey: steps are an ordered list; names may repeat
          key={`${index}-${step.name}`}
          status="process"
          title={step.name}
          description={
            <dl className="m-step-facts">
              <dt>{t('guide.step.handler')}</dt>
              <dd>{step.handlerRole}</dd>
              <dt>{t('guide.step.limit')}</dt>
              <dd>{formatLimit(step.limit)}</dd>
              <dt>{t('guide.step.standard')}</dt>
              <dd>{step.standard}</dd>
              <dt>{t('guide.step.result')}</dt>
              <dd>{step.result}</dd>
              {step.applicantAttends && (
                <>
                  <dt>{t('guide.step.attend')}</dt>
                  <dd>
                    {[
                      step.waitMinutes !== undefined ? t('guide.step.wait', { n: step.waitMinutes }) : '',
                      step.counterMinutes !== undefined
                        ? t('guide.step.counter', { n: step.counterMinutes })
                        : '',
                    ]
                      .filter(Boolean)
                      .join('、') || t('common.yes')}
                  </dd>
                </>
              )}
            </dl>
          }
        />
      ))}
    </Steps>
  );
}

export function PlacePanel({ guide }: { guide: Guide }) {
  const hours = formatHours(guide.hours);
  return (
    <List className="m-fields">
      <Field title={t('guide.location.address')}>{guide.location.address}</Field>
      <Field title={t('guide.location.doorNumber')}>{guide.location.doorNumber || t('common.none')}</Field>
      <Field title={t('guide.location.room')}>{guide.location.room || t('common.none')}</Field>
      <Field title={t('guide.location.window')}>{guide.location.window || t('common.none')}</Field>
      <Field title={t('guide.section.hours')}>
        {hours.length === 0
          ? t('guide.noHours')
          : hours.map((line) => (
              <span key={line} className="m-line">
                {line}
              </span>
            ))}
        {guide.hoursNote && <span className="m-note">{guide.hoursNote}</span>}
      </Field>
      <Field title={t('guide.consultPhone')}>
        <a href={`tel:${guide.consultPhone}`}>{guide.consultPhone}</a>
      </Field>
      <Field title={t('guide.complaintPhone')}>
        <a href={`tel:${guide.complaintPhone}`}>{guide.complaintPhone}</a>
      </Field>
    </List>
  );
}
