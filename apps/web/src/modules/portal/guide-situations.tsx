// 情形引导: one question per situation (single or multiple choice), each in a fieldset with its legend.
import type { Guide, SituationAnswers } from '@msb/contracts';
import { Button, Checkbox, Radio } from 'antd';
import { t } from '../../app/i18n.ts';

type Props = {
  situations: Guide['situations'];
  answers: SituationAnswers;
  onChange: (answers: SituationAnswers) => void;
};

export function GuideSituations({ situations, answers, onChange }: Props) {
  const set = (id: string, chosen: string[]) => onChange({ ...answers, [id]: chosen });
  return (
    <div className="portal-situations">
      <h3 className="portal-subtitle">{t('guide.section.situations')}</h3>
      <p>{t('guide.situations.intro')}</p>
      {situations.map((situation) => (
        <fieldset key={situation.id} className="portal-situation">
          <legend>{situation.question}</legend>
          {situation.multiple ? (
            <Checkbox.Group
              value={[...(answers[situation.id] ?? [])]}
              options={situation.options.map((o) => ({ value: o.id, label: o.label }))}
              onChange={(values) => set(situation.id, values.map(String))}
            />
          ) : (
            <Radio.Group
              value={answers[situation.id]?.[0]}
              options={situation.options.map((o) => ({ value: o.id, label: o.label }))}
              onChange={(event) => set(situation.id, [String(event.target.value)])}
            />
          )}
        </fieldset>
      ))}
      <Button onClick={() => onChange({})}>{t('guide.situations.reset')}</Button>
    </div>
  );
}
