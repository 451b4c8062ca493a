// 添加嘎查村/社区 under the chosen township. The code is suggested (first 9 digits of the township and the
// next free 3) and checked here; the server's refusal (422 code or parent, 403 outside the admin's region,
// 409 code taken) is shown under the field or above the form.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input } from 'antd';
import type { Rule } from 'antd/es/form';
import { useEffect } from 'react';
import { t } from '../../../app/i18n.ts';
import { required } from '../guide-form/form-parts.tsx';
import { ServerProblemAlert, useServerProblem } from '../shell/server-problem.tsx';
import {
  type RegionNode,
  suggestVillageCode,
  useAddVillage,
  useRegionChildren,
  villagePrefix,
} from './regions-api.ts';

interface VillageValues {
  code: string;
  name: string;
}

const FIELDS = ['code', 'name'] as const;

function codeRule(prefix: string): Rule {
  return {
    validator: async (_, value: unknown) => {
      const code = typeof value === 'string' ? value.trim() : '';
      if (!code) return;
      if (!/^\d{12}$/.test(code)) throw new Error(t('admin.common.regionPattern'));
      if (!code.startsWith(prefix)) throw new Error(t('admin.regions.codePrefix', { prefix }));
      if (code.endsWith('000')) throw new Error(t('admin.regions.codeNotZero'));
    },
  };
}

export function VillageForm({
  township,
  onAdded,
}: {
  township: RegionNode;
  onAdded: (village: RegionNode) => void;
}) {
  const [form] = Form.useForm<VillageValues>();
  const { message } = App.useApp();
  const villages = useRegionChildren(township.code);
  const add = useAddVillage();
  const { problem, report, clear } = useServerProblem(form, FIELDS);
  const prefix = villagePrefix(township.code);
  const suggestion = villages.data ? suggestVillageCode(township.code, villages.data) : '';

  useEffect(() => {
    if (suggestion && !form.isFieldTouched('code')) form.setFieldsValue({ code: suggestion });
  }, [suggestion, form]);

  const onFinish = async (values: VillageValues) => {
    clear();
    try {
      const village = await add.mutateAsync({
        code: values.code.trim(),
        name: values.name.trim(),
        parentCode: township.code,
      });
      void message.success(t('admin.regions.added', { name: village.name, code: village.code }));
      form.resetFields();
      // the next free code, counting the village just added
      form.setFieldsValue({ code: suggestVillageCode(township.code, [...(villages.data ?? []), village]) });
      onAdded(village);
    } catch (error) {
      report(error);
    }
  };

  const title = t('admin.regions.addTitle', { name: township.name });
  return (
    <section aria-label={title}>
      <h3 style={{ fontSize: 15, marginTop: 0 }}>{title}</h3>
      <ServerProblemAlert problem={problem} onClose={clear} />
      <Form<VillageValues>
        form={form}
        name="village"
        layout="vertical"
        aria-label={title}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item
          label={t('admin.regions.field.code')}
          name="code"
          extra={t('admin.regions.codeHelp', { prefix })}
          rules={[required(t('admin.regions.field.code')), codeRule(prefix)]}
        >
          <Input maxLength={12} inputMode="numeric" autoComplete="off" style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item
          label={t('admin.regions.field.name')}
          name="name"
          extra={t('admin.regions.nameHelp')}
          rules={[
            required(t('admin.regions.field.name')),
            { min: 2, max: 60, message: t('admin.common.lengthBetween', { min: 2, max: 60 }) },
          ]}
        >
          <Input maxLength={60} autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<PlusOutlined aria-hidden />} loading={add.isPending}>
          {t('admin.regions.add')}
        </Button>
      </Form>
    </section>
  );
}
