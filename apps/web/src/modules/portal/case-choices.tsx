// The applicant's choices besides the form: the situation questions (情形) that decide which materials
// apply, and how the result is delivered (with the postal address for 邮寄).
import { Checkbox, Input, Radio } from 'antd';
import { t } from '../../app/i18n.ts';
import type { CaseView, DeliveryMethod } from '../cases/case-api.ts';

export function CaseSituations({
  situations,
  value,
  onChange,
  problems,
}: {
  situations: CaseView['situations'];
  value: Record<string, string[]>;
  onChange: (next: Record<string, string[]>) => void;
  problems: string[];
}) {
  if (situations.length === 0) return null;
  return (
    <section aria-labelledby="case-situations" className="case-block">
      <h2 id="case-situations" className="portal-subtitle">
        {t('case.situations')}
      </h2>
      <p>{t('case.situationsIntro')}</p>
      {problems.map((p) => (
        <p key={p} className="case-field-error" role="alert">
          {p}
        </p>
      ))}
      {situations.map((s) => (
        <fieldset key={s.id} className="case-fieldset">
          <legend>{s.question}</legend>
          {s.multiple ? (
            <Checkbox.Group
              value={value[s.id] ?? []}
              options={s.options.map((o) => ({ value: o.id, label: o.label }))}
              onChange={(ids) => onChange({ ...value, [s.id]: ids.map(String) })}
            />
          ) : (
            <Radio.Group
              value={value[s.id]?.[0]}
              options={s.options.map((o) => ({ value: o.id, label: o.label }))}
              onChange={(e) => onChange({ ...value, [s.id]: [String(e.target.value)] })}
            />
          )}
        </fieldset>
      ))}
    </section>
  );
}

export function CaseDelivery({
  options,
  value,
  postalAddress,
  onChange,
  problems,
}: {
  options: CaseView['deliveryOptions'];
  value: DeliveryMethod | null;
  postalAddress: string;
  onChange: (patch: { delivery?: DeliveryMethod; postalAddress?: string }) => void;
  problems: { delivery: string[]; postalAddress: string[] };
}) {
  if (options.length === 0) return <p>{t('case.deliveryNone')}</p>;
  return (
    <div className="case-block">
      <fieldset
        className="case-fieldset"
        aria-describedby={problems.delivery.length ? 'case-delivery-error' : undefined}
      >
        <legend>{t('case.deliveryIntro')}</legend>
        <Radio.Group
          value={value ?? undefined}
          onChange={(e) => onChange({ delivery: e.target.value as DeliveryMethod })}
          options={options.map((o) => ({ value: o.value, label: o.label }))}
        />
        {problems.delivery.length > 0 && (
          <p id="case-delivery-error" className="case-field-error" role="alert">
            {problems.delivery.join(t('text.listSeparator'))}
          </p>
        )}
      </fieldset>
      {value === 'post' && (
        <div className="case-postal">
          <label htmlFor="case-postal-address" className="case-label">
            <span aria-hidden="true" className="case-required-mark">
              *
            </span>
            {t('case.postalAddress')}
          </label>
          <Input.TextArea
            id="case-postal-address"
            value={postalAddress}
            maxLength={300}
            rows={3}
            aria-required
            aria-invalid={problems.postalAddress.length > 0}
            aria-describedby="case-postal-help"
            status={problems.postalAddress.length > 0 ? 'error' : undefined}
            onChange={(e) => onChange({ postalAddress: e.target.value })}
          />
          <p id="case-postal-help" className="case-help">
            {problems.postalAddress.length > 0
              ? problems.postalAddress.join(t('text.listSeparator'))
              : t('case.postalAddressHelp')}
          </p>
        </div>
      )}
    </div>
  );
}
