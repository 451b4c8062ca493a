// 特别程序, 中介服务, 结果与送达, 渠道与网办深度, 服务对象与主题, 常见问题, 关键词.
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { t } from '../../../app/i18n.ts';
import {
  CardList,
  CheckboxGroupField,
  FileField,
  LimitItems,
  LongText,
  maxLen,
  required,
} from './form-parts.tsx';
import { ENUM_OPTIONS, fieldLabel } from './guide-labels.ts';

const L = fieldLabel;
const pick = (label: string) => ({ required: true, message: t('admin.form.required', { label }) });

export function SpecialProceduresSection() {
  return (
    <CardList
      name={['specialProcedures']}
      noun={t('admin.form.specialNoun')}
      max={20}
      newItem={() => ({ name: '', maxDuration: { amount: 1, unit: 'workday' }, basis: '' })}
    >
      {(field) => (
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item
              label={L('specialProcedures[].name')}
              name={[field.name, 'name']}
              rules={[required(L('specialProcedures[].name')), maxLen(200)]}
            >
              <Input />
            </Form.Item>
          </Col>
          <LimitItems name={[field.name, 'maxDuration']} pattern="specialProcedures[].maxDuration" />
          <Col span={24}>
            <Form.Item
              label={L('specialProcedures[].basis')}
              name={[field.name, 'basis']}
              rules={[required(L('specialProcedures[].basis'))]}
            >
              <LongText rows={2} />
            </Form.Item>
          </Col>
        </Row>
      )}
    </CardList>
  );
}

export function IntermediariesSection() {
  return (
    <CardList
      name={['intermediaries']}
      noun={t('admin.form.intermediaryNoun')}
      max={20}
      newItem={() => ({ name: '', basis: '' })}
    >
      {(field) => (
        <>
          <Form.Item
            label={L('intermediaries[].name')}
            name={[field.name, 'name']}
            rules={[required(L('intermediaries[].name')), maxLen(200)]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            label={L('intermediaries[].basis')}
            name={[field.name, 'basis']}
            rules={[required(L('intermediaries[].basis'))]}
          >
            <LongText rows={2} />
          </Form.Item>
        </>
      )}
    </CardList>
  );
}

export function ResultSection() {
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item label={L('result.name')} name={['result', 'name']} rules={[required(L('result.name'))]}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={L('result.kind')} name={['result', 'kind']} rules={[pick(L('result.kind'))]}>
          <Select options={ENUM_OPTIONS.resultKind} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item label={L('result.sample')} name={['result', 'sample']}>
          <FileField what={L('result.sample')} />
        </Form.Item>
        <Form.Item label={L('delivery')} name="delivery">
          <CheckboxGroupField label={L('delivery')} options={ENUM_OPTIONS.delivery} />
        </Form.Item>
      </Col>
    </Row>
  );
}

export function ChannelsSection() {
  return (
    <Row gutter={16}>
      <Col span={24}>
        <Form.Item label={L('channels')} name="channels">
          <CheckboxGroupField label={L('channels')} options={ENUM_OPTIONS.channel} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label={L('maturity')} name="maturity" rules={[pick(L('maturity'))]}>
          <Select options={ENUM_OPTIONS.maturity} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          label={L('visits')}
          name="visits"
          rules={[{ required: true, type: 'number', min: 0, max: 2, message: t('admin.form.visitsRange') }]}
        >
          <InputNumber min={0} max={2} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label={L('crossRegion')} name="crossRegion" rules={[pick(L('crossRegion'))]}>
          <Select options={ENUM_OPTIONS.crossRegion} />
        </Form.Item>
      </Col>
    </Row>
  );
}

const tagRules = (max: number, each: number) => [
  {
    validator: (_: unknown, values: string[] | undefined) => {
      if ((values?.length ?? 0) > max) return Promise.reject(new Error(t('admin.form.tooMany', { n: max })));
      if (values?.some((v) => v.length > each))
        return Promise.reject(new Error(t('admin.form.tagTooLong', { n: each })));
      return Promise.resolve();
    },
  },
];

export function AudienceSection() {
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          label={L('audience')}
          name="audience"
          rules={[{ required: true, type: 'array', min: 1, message: t('admin.form.pickAudience') }]}
        >
          <CheckboxGroupField label={L('audience')} options={ENUM_OPTIONS.audience} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={L('windowCategory')} name="windowCategory" rules={[pick(L('windowCategory'))]}>
          <Select options={ENUM_OPTIONS.windowCategory} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          label={L('themes')}
          name="themes"
          rules={tagRules(20, 40)}
          extra={t('admin.form.tagsHelp')}
        >
          <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} />
        </Form.Item>
      </Col>
    </Row>
  );
}

export function FaqsSection() {
  return (
    <CardList
      name={['faqs']}
      noun={t('admin.form.faqNoun')}
      titleField="question"
      max={50}
      newItem={() => ({ question: '', answer: '' })}
    >
      {(field) => (
        <>
          <Form.Item
            label={L('faqs[].question')}
            name={[field.name, 'question']}
            rules={[required(L('faqs[].question')), maxLen(300)]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            label={L('faqs[].answer')}
            name={[field.name, 'answer']}
            rules={[required(L('faqs[].answer'))]}
          >
            <LongText rows={2} />
          </Form.Item>
        </>
      )}
    </CardList>
  );
}

export function KeywordsSection() {
  return (
    <Form.Item
      label={L('keywords')}
      name="keywords"
      rules={tagRules(30, 40)}
      extra={t('admin.form.tagsHelp')}
    >
      <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} />
    </Form.Item>
  );
}
