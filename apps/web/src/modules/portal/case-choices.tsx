// The applicant's choices besides the form: the situation questions (情形) that decide which materials
// apply, and how the result is delivered (with the postal address for 邮寄). The 一件事 pages use them too:
// the questionnaire's fieldsets and the output mode.
import { Checkbox, Input, Radio } from 'antd';
import { t } from '../../app/i18n.ts';
import type { CaseView, DeliveryMethod, SituationView } from '../cases/case-api.ts';

/** The situation questions as fieldsets (one radio group or checkbox group each), without a heading. */
export function SituationQuestions({
  situations,
  value,
  onChange,
}: {
  situations: readonly SituationView[];
  value: Record<string, string[]>;
  onChange: (next: Record<string, string[]>) => void;
}) {
  return situations.map((s) => (
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
  ));
}

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
      <SituationQuestions situations={situations} value={value} onChange={onChange} />
    </section>
  );
}

/** How the result is delivered: a case's delivery methods or a 一件事's output modes, with the address for post. */
export function CaseDelivery<D extends string = DeliveryMethod>({
  options,
  value,
  postalAddress,
  onChange,
  problems,
  legend = t('case.deliveryIntro'),
}: {
  options: readonly { value: D; label: string }[];
  value: D | null;
  postalAddress: string;
  onChange: (patch: { delivery?: D; postalAddress?: string }) => void;
  problems: { delivery: string[]; postalAddress: string[] };
  legend?: string;
}) {
  if (options.length === 0) return <p>{t('case.deliveryNone')}</p>;
  return (
    <div className="case-block">
      <fieldset
        className="case-fieldset"
        aria-describedby={problems.delivery.length ? 'case-delivery-error' : undefined}
      >
        <legend>{legend}</legend>
        <Radio.Group
          value={value ?? undefined}
          onChange={(e) => onChange({ delivery: e.target.value as D })}
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
