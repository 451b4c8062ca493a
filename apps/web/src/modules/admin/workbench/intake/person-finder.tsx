// Find a walk-in applicant by ID number, or record them when the platform does not know them yet.
import { SearchOutlined, UserAddOutlined } from '@ant-design/icons';
import { normaliseIdNumber } from '@msb/contracts';
import { Alert, Button, Descriptions, Form, Input } from 'antd';
import { useState } from 'react';
import { t } from '../../../../app/i18n.ts';
import { useServerProblem } from '../../shell/server-problem.tsx';
import { type DeskApplicant, findPerson, type PersonView, recordPerson } from '../desk-api.ts';
import { ProblemAlert } from '../problem-alert.tsx';
import { idRule, type Lookup, MOBILE, requiredText } from './applicant-rules.ts';

interface PersonValues {
  idNumber: string;
  name?: string;
  mobile?: string;
}

export function PersonFinder({ onPick }: { onPick: (applicant: DeskApplicant) => void }) {
  const [form] = Form.useForm<PersonValues>();
  const [lookup, setLookup] = useState<Lookup<PersonView>>({ state: 'idle' });
  const [busy, setBusy] = useState(false);
  const { problem, report, clear } = useServerProblem(form, ['idNumber', 'name', 'mobile']);

  const search = async () => {
    const { idNumber } = await form.validateFields(['idNumber']);
    clear();
    setBusy(true);
    try {
      const person = await findPerson(normaliseIdNumber(idNumber));
      setLookup(person ? { state: 'found', record: person } : { state: 'new' });
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };
  const record = async () => {
    const values = await form.validateFields();
    clear();
    setBusy(true);
    try {
      const person = await recordPerson({
        name: values.name?.trim() ?? '',
        idNumber: normaliseIdNumber(values.idNumber),
        mobile: values.mobile?.trim() || null,
      });
      onPick({ kind: 'person', person });
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<PersonValues>
      form={form}
      layout="vertical"
      name="person"
      style={{ maxWidth: 560 }}
      onValuesChange={(changed: Partial<PersonValues>) => {
        if ('idNumber' in changed) setLookup({ state: 'idle' });
      }}
    >
      <ProblemAlert problem={problem} onClose={clear} />
      <Form.Item
        label={t('admin.work.applicant.idNumber')}
        name="idNumber"
        rules={[idRule]}
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
              { key: 'name', label: t('admin.work.applicant.name'), children: lookup.record.name },
              {
                key: 'id',
                label: t('admin.work.applicant.idNumber'),
                children: lookup.record.idNumberMasked,
              },
              {
                key: 'mobile',
                label: t('admin.work.applicant.mobile'),
                children: lookup.record.mobile ?? '—',
              },
              {
                key: 'real',
                label: t('admin.work.applicant.realName'),
                children: lookup.record.realNameLabel,
              },
            ]}
          />
          <Button
            type="primary"
            style={{ marginTop: 12 }}
            onClick={() => onPick({ kind: 'person', person: lookup.record })}
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
            title={t('admin.work.applicant.notFound')}
            style={{ marginBottom: 16 }}
          />
          <Form.Item
            label={t('admin.work.applicant.name')}
            name="name"
            rules={requiredText(t('admin.work.applicant.nameRequired'))}
          >
            <Input maxLength={64} autoComplete="off" />
          </Form.Item>
          <Form.Item
            label={t('admin.work.applicant.mobileOptional')}
            name="mobile"
            rules={[{ pattern: MOBILE, message: t('admin.work.applicant.mobileInvalid') }]}
          >
            <Input maxLength={11} autoComplete="off" inputMode="numeric" />
          </Form.Item>
          <Button
            type="primary"
            icon={<UserAddOutlined aria-hidden />}
            loading={busy}
            onClick={() => void record()}
          >
            {t('admin.work.applicant.record')}
          </Button>
        </>
      ) : null}
    </Form>
  );
}
