// The remaining guide elements: fees, 特别程序, 中介服务, place, hours, contacts, result, delivery, FAQs.
import type { Guide } from '@msb/contracts';
import { Collapse, Descriptions } from 'antd';
import { t } from '../../app/i18n.ts';
import { formatFee, formatHours, formatLimit, label, labels } from '../shared/guide-format.ts';
import { fileUrl, type ItemView } from '../shared/public-api.ts';

export function GuideText({ text }: { text: string }) {
  return <p className="portal-guide-text">{text || t('common.none')}</p>;
}

export function GuideFees({ fees }: { fees: Guide['fees'] }) {
  if (fees.free || fees.items.length === 0)
    return <p className="portal-strong-line">{t('guide.fees.free')}</p>;
  return (
    <ul className="portal-plain-list">
      {fees.items.map((fee) => (
        <li key={fee.name}>
          <strong>{fee.name}</strong>：{formatFee(fee)}
          {fee.basis && (
            <span className="portal-field-note">{t('guide.fees.basis', { text: fee.basis })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function GuideSpecialProcedures({ procedures }: { procedures: Guide['specialProcedures'] }) {
  if (procedures.length === 0) return <p>{t('common.none')}</p>;
  return (
    <>
      <p className="portal-field-note">{t('guide.special.note')}</p>
      <ul className="portal-plain-list">
        {procedures.map((p) => (
          <li key={p.name}>
            <strong>{p.name}</strong>：{t('guide.special.maxDuration', { limit: formatLimit(p.maxDuration) })}
            {p.basis && (
              <span className="portal-field-note">{t('guide.special.basis', { text: p.basis })}</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export function GuideIntermediaries({ intermediaries }: { intermediaries: Guide['intermediaries'] }) {
  if (intermediaries.length === 0) return <p>{t('common.none')}</p>;
  return (
    <ul className="portal-plain-list">
      {intermediaries.map((s) => (
        <li key={s.name}>
          <strong>{s.name}</strong>
          {s.basis && (
            <span className="portal-field-note">{t('guide.intermediaries.basis', { text: s.basis })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function GuideLocation({ location }: { location: Guide['location'] }) {
  return (
    <Descriptions
      bordered
      column={1}
      size="small"
      items={[
        { key: 'address', label: t('guide.location.address'), children: location.address },
        {
          key: 'door',
          label: t('guide.location.doorNumber'),
          children: location.doorNumber || t('common.none'),
        },
        { key: 'room', label: t('guide.location.room'), children: location.room || t('common.none') },
        { key: 'window', label: t('guide.location.window'), children: location.window || t('common.none') },
      ]}
    />
  );
}

export function GuideHours({ guide }: { guide: Guide }) {
  const lines = formatHours(guide.hours);
  return (
    <>
      <ul className="portal-plain-list">
        {lines.length === 0 ? <li>{t('guide.noHours')}</li> : lines.map((line) => <li key={line}>{line}</li>)}
      </ul>
      {guide.hoursNote && <p className="portal-field-note">{guide.hoursNote}</p>}
    </>
  );
}

export function GuideContacts({ item }: { item: ItemView }) {
  const { guide } = item;
  return (
    <Descriptions
      bordered
      column={1}
      size="small"
      items={[
        {
          key: 'consult',
          label: t('guide.consultPhone'),
          children: <a href={`tel:${guide.consultPhone}`}>{guide.consultPhone}</a>,
        },
        {
          key: 'complaint',
          label: t('guide.complaintPhone'),
          children: <a href={`tel:${guide.complaintPhone}`}>{guide.complaintPhone}</a>,
        },
      ]}
    />
  );
}

export function GuideResult({ result }: { result: Guide['result'] }) {
  return (
    <Descriptions
      bordered
      column={1}
      size="small"
      items={[
        { key: 'name', label: t('guide.result.name'), children: result.name },
        { key: 'kind', label: t('guide.result.kind'), children: label('resultKind', result.kind) },
        ...(result.sample
          ? [
              {
                key: 'sample',
                label: t('guide.result.sample'),
                children: (
                  <a href={fileUrl(result.sample)} download>
                    {t('guide.result.downloadSample', { name: result.name })}
                  </a>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

export function GuideDelivery({ delivery }: { delivery: Guide['delivery'] }) {
  return <p>{labels('delivery', delivery)}</p>;
}

export function GuideFaqs({ faqs, expanded }: { faqs: Guide['faqs']; expanded: boolean }) {
  if (faqs.length === 0) return <p>{t('common.none')}</p>;
  if (expanded) {
    return (
      <dl className="portal-faq-list">
        {faqs.map((faq) => (
          <div key={faq.question}>
            <dt>{faq.question}</dt>
            <dd>{faq.answer}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <Collapse
      items={faqs.map((faq, index) => ({
        key: String(index),
        label: faq.question,
        children: <p className="portal-guide-text">{faq.answer}</p>,
      }))}
    />
  );
}
