// Situation questions with their options (情形: id, question, single or multiple choice, at least two options), one
// card each: an item guide's 情形 and a 一件事's 情形问题 are edited alike. Options are found by their number and
// their question's ("删除问题 1 的选项 2"); where a problem summary leads to a list, it gets an id.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Switch } from 'antd';
import { t } from '../../../app/i18n.ts';
import { CardList, ListErrors, maxLen, type NamePath, PLAIN_FIELDSET, required } from './form-parts.tsx';

/** What the fields are called where the editor is used. */
export interface SituationTexts {
  /** one card: 情形 / 问题 */
  noun: string;
  question: string;
  id: string;
  multiple: string;
  options: string;
  optionLabel: string;
  optionId: string;
  optionIdHelp: string;
  /** the message when a question has fewer than two options */
  twoOptions: string;
}

const stamp = () => Date.now().toString(36);
const MONOSPACE = { fontFamily: 'monospace' } as const;

function OptionList({
  question,
  texts,
  id,
}: {
  question: number;
  texts: SituationTexts;
  id: string | undefined;
}) {
  return (
    <Form.List
      name={[question, 'options']}
      rules={[
        {
          validator: (_, options: unknown[] | undefined) =>
            (options?.length ?? 0) >= 2 ? Promise.resolve() : Promise.reject(new Error(texts.twoOptions)),
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <fieldset id={id} tabIndex={id ? -1 : undefined} style={PLAIN_FIELDSET}>
          <legend style={{ fontSize: 14, fontWeight: 600, marginBottom: 8 }}>{texts.options}</legend>
          {fields.map((field, index) => (
            <Row gutter={8} key={field.key} align="top">
              <Col xs={24} md={10}>
                <Form.Item
                  label={`${texts.optionLabel} ${index + 1}`}
                  name={[field.name, 'label']}
                  rules={[required(texts.optionLabel), maxLen(200)]}
                >
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  label={`${texts.optionId} ${index + 1}`}
                  name={[field.name, 'id']}
                  rules={[required(texts.optionId), maxLen(60)]}
                  extra={index === 0 ? texts.optionIdHelp : undefined}
                >
                  <Input style={MONOSPACE} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6} style={{ paddingTop: 30 }}>
                <Button
                  danger
                  type="text"
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('admin.form.removeOption', {
                    noun: texts.noun,
                    q: question + 1,
                    n: index + 1,
                  })}
                  onClick={() => remove(field.name)}
                >
                  {t('admin.form.remove')}
                </Button>
              </Col>
            </Row>
          ))}
          <ListErrors errors={errors} />
          <Button
            type="dashed"
            size="small"
            icon={<PlusOutlined aria-hidden />}
            disabled={fields.length >= 20}
            onClick={() => add({ id: `opt-${stamp()}`, label: '' })}
          >
            {t('admin.form.add', { noun: texts.options })}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}

export function SituationCards({
  name,
  texts,
  idPrefix,
  listId,
  optionsId,
  grouped = false,
}: {
  name: NamePath;
  texts: SituationTexts;
  /** a new question's id starts so: s-… (情形), q-… (问题) */
  idPrefix: string;
  /** the list's place, for a problem summary to lead to */
  listId?: string;
  /** each question's options' place, likewise */
  optionsId?: (question: number) => string;
  /** each card a named group, so that its fields are found by its name */
  grouped?: boolean;
}) {
  return (
    <CardList
      name={name}
      id={listId}
      grouped={grouped}
      noun={texts.noun}
      titleField="question"
      max={20}
      newItem={() => ({
        id: `${idPrefix}-${stamp()}`,
        question: '',
        multiple: false,
        options: [
          { id: `opt-${stamp()}-a`, label: '' },
          { id: `opt-${stamp()}-b`, label: '' },
        ],
      })}
    >
      {(field) => (
        <>
          <Row gutter={16}>
            <Col xs={24} md={14}>
              <Form.Item
                label={texts.question}
                name={[field.name, 'question']}
                rules={[required(texts.question), maxLen(300)]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label={texts.id} name={[field.name, 'id']} rules={[required(texts.id), maxLen(60)]}>
                <Input style={MONOSPACE} />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item label={texts.multiple} name={[field.name, 'multiple']} valuePropName="checked">
                <Switch checkedChildren={t('admin.form.yes')} unCheckedChildren={t('admin.form.no')} />
              </Form.Item>
            </Col>
          </Row>
          <OptionList question={field.name} texts={texts} id={optionsId?.(field.name)} />
        </>
      )}
    </CardList>
  );
}
