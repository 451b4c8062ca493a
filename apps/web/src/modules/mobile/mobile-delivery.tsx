// How the result is delivered, on the phone: a case's delivery methods or a 一件事's output modes as radios,
// with the postal address when 邮寄 is chosen.
import { Radio, Space, TextArea } from 'antd-mobile';
import { t } from '../../app/i18n.ts';

export function MobileDelivery<D extends string>({
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
  if (options.length === 0) return <p className="m-text">{t('case.deliveryNone')}</p>;
  return (
    <>
      <fieldset className="m-situation">
        <legend>{legend}</legend>
        <Radio.Group value={value} onChange={(v) => onChange({ delivery: v as D })}>
          <Space direction="vertical">
            {options.map((o) => (
              <Radio key={o.value} value={o.value}>
                {o.label}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
        {problems.delivery.map((p) => (
          <p key={p} className="m-field-errors" role="alert">
            {p}
          </p>
        ))}
      </fieldset>
      {value === 'post' && (
        <div className={`m-field${problems.postalAddress.length ? ' m-field-error' : ''}`}>
          <label htmlFor="m-postal" className="m-field-label">
            {t('case.postalAddress')}
            <span className="m-field-required" aria-hidden="true">
              *
            </span>
          </label>
          <TextArea
            id="m-postal"
            className="m-field-input"
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={300}
            value={postalAddress}
            onChange={(next) => onChange({ postalAddress: next })}
          />
          <p className="m-field-help">
            {problems.postalAddress.length
              ? problems.postalAddress.join(t('text.listSeparator'))
              : t('case.postalAddressHelp')}
          </p>
        </div>
      )}
    </>
  );
}
