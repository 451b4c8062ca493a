// Find an applicant enterprise by its unified social credit code, or record it with its legal
// representative when it is new.
import { SearchOutlined, UserAddOutlined } from '@ant-design/icons';
import { normaliseCreditCode, normaliseIdNumber } from '@msb/contracts';
import { Alert, Button, Descriptions, Form, Input } from 'antd';
import { useState } from 'react';
import { t } from '../../../../app/i18n.ts';
import { useServerProblem } from '../../shell/server-problem.tsx';
import { type DeskApplicant, type EnterpriseView, findEnterprise, recordEnterprise } from '../desk-api.ts';
import { ProblemAlert } from '../problem-alert.tsx';
import { creditRule, idRule, type Lookup, requiredText } from './applicant-rules.ts';

interface EnterpriseValues {
  creditCode: string;
  name?: string;
  legalRepName?: string;
  legalRepIdNumber?: string;
  address?: string;
}

export function EnterpriseFinder({ onPick }: { onPick: (applicant: DeskApplicant) => void }) {
  const [form] = Form.useForm<EnterpriseValues>();
  const [lookup, setLookup] = useState<Lookup<EnterpriseView>>({ state: 'idle' });
  const [busy, setBusy] = useState(false);
  const { problem, report, clear } = useServerProblem(form, [
    'creditCode',
    'name',
    'legalRepName',
    'legalRepIdNumber',
    'address',
  ]);

  const search = async () => {
    const { creditCode } = await form.validateFields(['creditCode']);
    clear();
    setBusy(true);
    try {
      const found = await findEnterprise(normaliseCreditCode(creditCode));
      setLookup(found ? { state: 'found', record: found } : { state: 'new' });
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };
  const record = async () => {
    const v = await form.validateFields();
    clear();
    setBusy(true);
    try {
      const enterprise = await recordEnterprise({
        name: v.name?.trim() ?? '',
        creditCode: normaliseCreditCode(v.creditCode),
        legalRepName: v.legalRepName?.trim() ?? '',
        legalRepIdNumber: normaliseIdNumber(v.legalRepIdNumber ?? ''),
        address: v.address?.trim() || null,
      });
      onPick({ kind: 'enterprise', enterprise });
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<EnterpriseValues>
      form={form}
      layout="vertical"
      name="enterprise"
      style={{ maxWidth: 560 }}
      onValuesChange={(changed: Partial<EnterpriseValues>) => {
        if ('creditCode' in changed) setLookup({ state: 'idle' });
      }}
    >
      <ProblemAlert problem={problem} onClose={clear} />
      <Form.Item
        label={t('admin.work.applicant.creditCode')}
        name="creditCode"
        rules={[creditRule]}
        validateDebounce={300}
      >
        <Input.Search
          maxLength={18}
          autoComplete="off"
          enterButton={
            <>
              <SearchOutlined aria-hidden /> {t('admin.work.applicant.find')}
            </>
          }
          loading={busy && lookup.state === 'idle'}
          onSearch={() => void search()}
        />
      </Form.Item>
      {lookup.state === 'found' ? (
        <>
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              { key: 'name', label: t('admin.work.applicant.enterpriseName'), children: lookup.record.name },
              {
                key: 'code',
                label: t('admin.work.applicant.creditCode'),
                children: lookup.record.creditCode,
              },
              {
                key: 'rep',
                label: t('admin.work.applicant.legalRepName'),
                children: lookup.record.legalRepName,
              },
            ]}
          />
          <Button
            type="primary"
            style={{ marginTop: 12 }}
            onClick={() => onPick({ kind: 'enterprise', enterprise: lookup.record })}
          >
            {t('admin.work.applicant.use')}
          </Button>
        </>
      ) : null}
      {lookup.state === 'new' ? (
        <>
          <Alert
            type="info"
            showIcon
            role="status"
            title={t('admin.work.applicant.enterpriseNotFound')}
            style={{ marginBottom: 16 }}
          />
          <Form.Item
            label={t('admin.work.applicant.enterpriseName')}
            name="name"
            rules={requiredText(t('admin.work.applicant.enterpriseNameRequired'))}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            label={t('admin.work.applicant.legalRepName')}
            name="legalRepName"
            rules={requiredText(t('admin.work.applicant.nameRequired'))}
          >
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item
            label={t('admin.work.applicant.legalRepIdNumber')}
            name="legalRepIdNumber"
            rules={[idRule]}
            validateDebounce={300}
          >
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
          <Form.Item label={t('admin.work.applicant.address')} name="address">
            <Input maxLength={200} />
          </Form.Item>
          <Button
            type="primary"
            icon={<UserAddOutlined aria-hidden />}
            loading={busy}
            onClick={() => void record()}
          >
            {t('admin.work.applicant.recordEnterprise')}
          </Button>
        </>
      ) : null}
    </Form>
  );
}
