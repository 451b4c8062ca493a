// 基本信息, 时限与办件类型, 办理地点与时间.
import { Col, Form, Input, Row, Select, Switch } from 'antd';
import { t } from '../../../app/i18n.ts';
import { CardList, CheckboxGroupField, LimitItems, LongText, maxLen, required } from './form-parts.tsx';
import { ENUM_OPTIONS, fieldLabel } from './guide-labels.ts';

const L = fieldLabel;

export function BasicSection() {
  return (
    <Row gutter={16}>
      <Col xs={24} md={16}>
        <Form.Item label={L('name')} name="name" rules={[required(L('name')), maxLen(200)]}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label={L('baseCode')} name="baseCode" rules={[required(L('baseCode')), maxLen(60)]}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label={L('itemType')}
          name="itemType"
          rules={[{ required: true, message: t('admin.form.required', { label: L('itemType') }) }]}
        >
          <Select options={ENUM_OPTIONS.itemType} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={L('businessKind')} name="businessKind">
          <Select options={ENUM_OPTIONS.businessKind} allowClear placeholder={t('admin.form.none')} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item label={L('basis')} name="basis" rules={[required(L('basis'))]}>
          <LongText />
        </Form.Item>
        <Form.Item label={L('conditions')} name="conditions" rules={[required(L('conditions'))]}>
          <LongText rows={4} />
        </Form.Item>
      </Col>
    </Row>
  );
}

export function LimitsSection() {
  return (
    <Row gutter={16}>
      <LimitItems name={['legalLimit']} pattern="legalLimit" />
      <LimitItems name={['promisedLimit']} pattern="promisedLimit" />
      <Col xs={24} md={12}>
        <Form.Item
          label={L('instant')}
          name="instant"
          valuePropName="checked"
          extra={t('admin.form.instantHelp')}
        >
          <Switch
            checkedChildren={t('admin.form.instantYes')}
            unCheckedChildren={t('admin.form.instantNo')}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={L('acceptOnReceipt')} name="acceptOnReceipt" valuePropName="checked">
          <Switch checkedChildren={t('admin.form.yes')} unCheckedChildren={t('admin.form.no')} />
        </Form.Item>
      </Col>
    </Row>
  );
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function LocationSection() {
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={L('location.address')}
            name={['location', 'address']}
            rules={[required(L('location.address'))]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          <Form.Item
            label={L('location.doorNumber')}
            name={['location', 'doorNumber']}
            rules={[required(L('location.doorNumber'))]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          <Form.Item
            label={L('location.room')}
            name={['location', 'room']}
            rules={[required(L('location.room'))]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          <Form.Item
            label={L('location.window')}
            name={['location', 'window']}
            rules={[required(L('location.window'))]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={L('consultPhone')}
            name="consultPhone"
            rules={[required(L('consultPhone')), maxLen(200)]}
          >
            <Input inputMode="tel" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={L('complaintPhone')}
            name="complaintPhone"
            rules={[required(L('complaintPhone')), maxLen(200)]}
          >
            <Input inputMode="tel" />
          </Form.Item>
        </Col>
      </Row>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontSize: 16, fontWeight: 600, marginBottom: 8 }}>{L('hours')}</legend>
        <CardList
          name={['hours']}
          noun={t('admin.form.hoursNoun')}
          titleField="start"
          max={14}
          newItem={() => ({ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' })}
        >
          {(field) => (
            <Row gutter={16}>
              <Col xs={24} lg={12}>
                <Form.Item
                  label={L('hours[].days')}
                  name={[field.name, 'days']}
                  rules={[{ required: true, type: 'array', min: 1, message: t('admin.form.pickDays') }]}
                >
                  <CheckboxGroupField label={L('hours[].days')} options={ENUM_OPTIONS.weekday} />
                </Form.Item>
              </Col>
              <Col xs={12} lg={6}>
                <Form.Item
                  label={L('hours[].start')}
                  name={[field.name, 'start']}
                  rules={[{ required: true, pattern: HH_MM, message: t('admin.form.timeFormat') }]}
                >
                  <Input type="time" />
                </Form.Item>
              </Col>
              <Col xs={12} lg={6}>
                <Form.Item
                  label={L('hours[].end')}
                  name={[field.name, 'end']}
                  dependencies={[['hours', field.name, 'start']]}
                  rules={[
                    { required: true, pattern: HH_MM, message: t('admin.form.timeFormat') },
                    ({ getFieldValue }) => ({
                      validator: (_, end: string) => {
                        const start: unknown = getFieldValue(['hours', field.name, 'start']);
                        return typeof start === 'string' && end && end <= start
                          ? Promise.reject(new Error(t('admin.form.endAfterStart')))
                          : Promise.resolve();
                      },
                    }),
                  ]}
                >
                  <Input type="time" />
                </Form.Item>
              </Col>
            </Row>
          )}
        </CardList>
      </fieldset>
      <Form.Item label={L('hoursNote')} name="hoursNote" style={{ marginTop: 16 }}>
        <Input placeholder={t('admin.form.hoursNotePlaceholder')} />
      </Form.Item>
    </>
  );
}
