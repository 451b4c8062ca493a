// 告知承诺 and 容缺受理 settings of the item (optional Guide elements): the commitment text applicants sign
// and when it is verified, and what 容缺 materials hold back and what their expiry does. A guide with a
// material marked 可告知承诺 is published only with a commitment text (seed 001: 明确承诺内容).
import { Card, Col, Form, InputNumber, Row, Select, Switch } from 'antd';
import { t } from '../../../app/i18n.ts';
import { LongText, maxLen } from './form-parts.tsx';
import { ENUM_OPTIONS, fieldLabel } from './guide-labels.ts';

export function ObligationSettings() {
  const form = Form.useFormInstance();
  const text: unknown = Form.useWatch(['commitment', 'text'], { form, preserve: true });
  const hasText = typeof text === 'string' && text.trim() !== '';
  return (
    <Card size="small" title={t('obligation.section')} style={{ marginTop: 16 }}>
      <Form.Item label={fieldLabel('commitment.text')} name={['commitment', 'text']} rules={[maxLen(4000)]}>
        <LongText rows={4} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={fieldLabel('commitment.verifyWithinWorkdays')}
            name={['commitment', 'verifyWithinWorkdays']}
            rules={
              hasText
                ? [
                    {
                      required: true,
                      type: 'number',
                      message: t('admin.form.required', {
                        label: fieldLabel('commitment.verifyWithinWorkdays'),
                      }),
                    },
                  ]
                : []
            }
          >
            <InputNumber min={1} max={250} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={fieldLabel('commitment.excludeBrokenCommitment')}
            name={['commitment', 'excludeBrokenCommitment']}
            valuePropName="checked"
          >
            <Switch checkedChildren={t('admin.form.yes')} unCheckedChildren={t('admin.form.no')} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item
            label={fieldLabel('missingMaterialRules.dueWorkdays')}
            name={['missingMaterialRules', 'dueWorkdays']}
          >
            <InputNumber min={1} max={60} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            label={fieldLabel('missingMaterialRules.holdUntil')}
            name={['missingMaterialRules', 'holdUntil']}
          >
            <Select allowClear options={ENUM_OPTIONS.missingHold} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            label={fieldLabel('missingMaterialRules.onExpiry')}
            name={['missingMaterialRules', 'onExpiry']}
          >
            <Select allowClear options={ENUM_OPTIONS.missingExpiry} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            label={fieldLabel('missingMaterialRules.excludeBadCredit')}
            name={['missingMaterialRules', 'excludeBadCredit']}
            valuePropName="checked"
          >
            <Switch checkedChildren={t('admin.form.yes')} unCheckedChildren={t('admin.form.no')} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
