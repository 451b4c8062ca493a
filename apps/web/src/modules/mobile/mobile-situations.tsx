// Situation questions (情形) on the phone: one radio group or checkbox group per question, each a fieldset
// with the question as its legend — for a case's application and a 一件事's questionnaire alike.
import { Checkbox, Radio, Space } from 'antd-mobile';
import type { SituationView } from '../cases/case-api.ts';

export function MobileSituationQuestions({
  situations,
  value,
  onChange,
}: {
  situations: readonly SituationView[];
  value: Record<string, string[]>;
  onChange: (next: Record<string, string[]>) => void;
}) {
  return situations.map((s) => (
    <fieldset key={s.id} className="m-situation">
      <legend>{s.question}</legend>
      {s.multiple ? (
        <Checkbox.Group
          value={value[s.id] ?? []}
          onChange={(v) => onChange({ ...value, [s.id]: v.map(String) })}
        >
          <Space direction="vertical">
            {s.options.map((o) => (
              <Checkbox key={o.id} value={o.id}>
                {o.label}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      ) : (
        <Radio.Group
          value={value[s.id]?.[0] ?? null}
          onChange={(v) => onChange({ ...value, [s.id]: [String(v)] })}
        >
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
  ));
}
