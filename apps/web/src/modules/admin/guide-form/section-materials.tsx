// 申请材料: every Material field; conditional materials pick the situation options they apply to;
// blank and sample forms are uploaded and kept by sha256.
import type { Guide } from '@msb/contracts';
import { Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { t } from '../../../app/i18n.ts';
import { CardList, FileField, LongText, maxLen, required, requiredNumber } from './form-parts.tsx';
import { ENUM_OPTIONS, fieldLabel } from './guide-labels.ts';
import { ObligationSettings } from './section-obligations.tsx';

const L = (key: string) => fieldLabel(`materials[].${key}`);
const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

export const newMaterial = (): Guide['materials'][number] => ({
  id: `m-${Date.now().toString(36)}`,
  name: '',
  requirement: 'required',
  source: 'applicant',
  issuer: '',
  originals: 1,
  copies: 0,
  certifiedCopies: 0,
  media: 'paper',
  isForm: false,
  allowMissing: false,
  commitmentAllowed: false,
});

/** Situation options as select groups: 「情形问题」→ options. */
function useSituationOptions() {
  const form = Form.useFormInstance();
  const situations: Guide['situations'] | undefined = Form.useWatch('situations', { form, preserve: true });
  return (situations ?? []).filter(Boolean).map((situation, index) => ({
    label: situation.question || t('admin.form.situationN', { n: index + 1 }),
    title: situation.question,
    options: (situation.options ?? [])
      .filter(Boolean)
      .map((option) => ({ value: option.id, label: option.label || option.id })),
  }));
}

function Count({ name, label }: { name: (string | number)[]; label: string }) {
  return (
    <Col xs={8} md={4}>
      <Form.Item label={label} name={name} rules={[requiredNumber(label)]}>
        <InputNumber min={0} max={99} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
}

function Flag({ name, label }: { name: (string | number)[]; label: string }) {
  return (
    <Col xs={12} md={6}>
      <Form.Item label={label} name={name} valuePropName="checked">
        <Switch checkedChildren={t('admin.form.yes')} unCheckedChildren={t('admin.form.no')} />
      </Form.Item>
    </Col>
  );
}

function MaterialFields({ index }: { index: number }) {
  const form = Form.useFormInstance();
  const requirement: unknown = Form.useWatch(['materials', index, 'requirement'], { form, preserve: true });
  const isForm: unknown = Form.useWatch(['materials', index, 'isForm'], { form, preserve: true });
  const situationOptions = useSituationOptions();
  return (
    <Row gutter={16}>
      <Col xs={24} md={16}>
        <Form.Item label={L('name')} name={[index, 'name']} rules={[required(L('name')), maxLen(200)]}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          label={L('id')}
          name={[index, 'id']}
          rules={[required(L('id')), maxLen(60), { pattern: ID_PATTERN, message: t('admin.form.idPattern') }]}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label={L('requirement')} name={[index, 'requirement']} rules={[{ required: true }]}>
          <Select options={ENUM_OPTIONS.requirement} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label={L('source')} name={[index, 'source']} rules={[{ required: true }]}>
          <Select options={ENUM_OPTIONS.source} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label={L('media')} name={[index, 'media']} rules={[{ required: true }]}>
          <Select options={ENUM_OPTIONS.media} />
        </Form.Item>
      </Col>
      {requirement === 'conditional' ? (
        <>
          <Col xs={24} md={12}>
            <Form.Item
              label={L('whenOptions')}
              name={[index, 'whenOptions']}
              rules={[{ required: true, type: 'array', min: 1, message: t('admin.form.pickWhen') }]}
              extra={situationOptions.length === 0 ? t('admin.form.noSituations') : undefined}
            >
              <Select mode="multiple" options={situationOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={L('condition')} name={[index, 'condition']}>
              <Input />
            </Form.Item>
          </Col>
        </>
      ) : null}
      <Col xs={24} md={12}>
        <Form.Item label={L('issuer')} name={[index, 'issuer']} rules={[required(L('issuer'))]}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={L('licenceType')} name={[index, 'licenceType']}>
          <Input />
        </Form.Item>
      </Col>
      <Count name={[index, 'originals']} label={L('originals')} />
      <Count name={[index, 'copies']} label={L('copies')} />
      <Count name={[index, 'certifiedCopies']} label={L('certifiedCopies')} />
      <Col xs={0} md={12} />
      <Flag name={[index, 'isForm']} label={L('isForm')} />
      <Flag name={[index, 'allowMissing']} label={L('allowMissing')} />
      <Flag name={[index, 'commitmentAllowed']} label={L('commitmentAllowed')} />
      {isForm === true ? (
        <>
          <Col xs={24} md={12}>
            <Form.Item label={L('blankForm')} name={[index, 'blankForm']}>
              <FileField what={L('blankForm')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={L('sampleForm')} name={[index, 'sampleForm']}>
              <FileField what={L('sampleForm')} />
            </Form.Item>
          </Col>
        </>
      ) : null}
      <Col span={24}>
        <Form.Item label={L('requirements')} name={[index, 'requirements']}>
          <LongText rows={2} />
        </Form.Item>
        <Form.Item label={L('basis')} name={[index, 'basis']}>
          <LongText rows={2} />
        </Form.Item>
      </Col>
    </Row>
  );
}

export function MaterialsSection() {
  return (
    <>
      <CardList name={['materials']} noun={t('admin.form.materialNoun')} max={100} newItem={newMaterial}>
        {(field) => <MaterialFields index={field.name} />}
      </CardList>
      <ObligationSettings />
    </>
  );
}
