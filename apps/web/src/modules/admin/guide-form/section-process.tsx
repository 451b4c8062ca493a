// 情形 (situations with their options) and 办理流程 (steps).
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Row, Space, Switch } from 'antd';
import { t } from '../../../app/i18n.ts';
import { CardList, LimitItems, LongText, maxLen, required } from './form-parts.tsx';
import { fieldLabel } from './guide-labels.ts';

const S = (key: string) => fieldLabel(`situations[].${key}`);
const P = (key: string) => fieldLabel(`steps[].${key}`);
const stamp = () => Date.now().toString(36);

function OptionList({ situation }: { situation: number }) {
  const idLabel = S('options[].id');
  const textLabel = S('options[].label');
  return (
    <Form.List
      name={[situation, 'options']}
      rules={[
        {
          validator: (_, options: unknown[] | undefined) =>
            (options?.length ?? 0) >= 2
              ? Promise.resolve()
              : Promise.reject(new Error(t('admin.form.twoOptions'))),
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 14, fontWeight: 600, marginBottom: 8 }}>{S('options')}</legend>
          {fields.map((field, index) => (
            <Row gutter={8} key={field.key} align="top">
              <Col xs={24} md={9}>
                <Form.Item
                  label={`${textLabel} ${index + 1}`}
                  name={[field.name, 'label']}
                  rules={[required(textLabel), maxLen(200)]}
                >
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={9}>
                <Form.Item
                  label={`${idLabel} ${index + 1}`}
                  name={[field.name, 'id']}
                  rules={[required(idLabel), maxLen(60)]}
                  extra={index === 0 ? t('admin.form.optionIdHelp') : undefined}
                >
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={6} style={{ paddingTop: 30 }}>
                <Button
                  danger
                  type="text"
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('admin.form.removeItem', { item: `${S('options')} ${index + 1}` })}
                  onClick={() => remove(field.name)}
                >
                  {t('admin.form.remove')}
                </Button>
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            size="small"
            icon={<PlusOutlined aria-hidden />}
            disabled={fields.length >= 20}
            onClick={() => add({ id: `opt-${stamp()}`, label: '' })}
          >
            {t('admin.form.add', { noun: S('options') })}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}

export function SituationsSection() {
  return (
    <CardList
      name={['situations']}
      noun={t('admin.form.situationNoun')}
      titleField="question"
      max={20}
      newItem={() => ({
        id: `s-${stamp()}`,
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
                label={S('question')}
                name={[field.name, 'question']}
                rules={[required(S('question')), maxLen(300)]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label={S('id')} name={[field.name, 'id']} rules={[required(S('id')), maxLen(60)]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item label={S('multiple')} name={[field.name, 'multiple']} valuePropName="checked">
                <Switch checkedChildren={t('admin.form.yes')} unCheckedChildren={t('admin.form.no')} />
              </Form.Item>
            </Col>
          </Row>
          <OptionList situation={field.name} />
        </>
      )}
    </CardList>
  );
}

export function StepsSection() {
  return (
    <CardList
      name={['steps']}
      noun={t('admin.form.stepNoun')}
      max={30}
      newItem={() => ({
        name: '',
        handlerRole: '',
        limit: { amount: 1, unit: 'workday' },
        standard: '',
        result: '',
        applicantAttends: false,
      })}
    >
      {(field) => (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label={P('name')}
              name={[field.name, 'name']}
              rules={[required(P('name')), maxLen(200)]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={P('handlerRole')}
              name={[field.name, 'handlerRole']}
              rules={[required(P('handlerRole'))]}
            >
              <Input />
            </Form.Item>
          </Col>
          <LimitItems name={[field.name, 'limit']} pattern="steps[].limit" span={6} />
          <Col xs={12} md={6}>
            <Form.Item label={P('waitMinutes')} name={[field.name, 'waitMinutes']}>
              <InputNumber min={0} max={600} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={P('counterMinutes')} name={[field.name, 'counterMinutes']}>
              <InputNumber min={0} max={600} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              label={P('standard')}
              name={[field.name, 'standard']}
              rules={[required(P('standard'))]}
            >
              <LongText rows={2} />
            </Form.Item>
            <Form.Item label={P('result')} name={[field.name, 'result']} rules={[required(P('result'))]}>
              <LongText rows={2} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Space>
              <Form.Item
                label={P('applicantAttends')}
                name={[field.name, 'applicantAttends']}
                valuePropName="checked"
              >
                <Switch checkedChildren={t('admin.form.yes')} unCheckedChildren={t('admin.form.no')} />
              </Form.Item>
            </Space>
          </Col>
        </Row>
      )}
    </CardList>
  );
}
