// /admin/catalog/new (事项编辑, 系统管理员): claim a base item (基本目录事项) for a department in the editor's
// scope. The first draft copies the template implementation's latest guide (place and phones cleared) or
// starts blank; after it is created the editor continues in the guide editor.
import { FileAddOutlined, PlusOutlined } from '@ant-design/icons';
import { ITEM_TYPE_LABELS, labelOf } from '@msb/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Breadcrumb, Button, Card, Descriptions, Form, Input, Select } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../../app/api.ts';
import { t, tLabel } from '../../../app/i18n.ts';
import { required } from '../guide-form/form-parts.tsx';
import { useOrgList } from '../orgs/orgs-api.ts';
import { useRegion } from '../regions/regions-api.ts';
import { PageTitle } from '../shell/admin-layout.tsx';
import { ServerProblemAlert, useServerProblem } from '../shell/server-problem.tsx';
import { useMe } from '../shell/use-session.ts';
import { BaseItemModal } from './base-item-modal.tsx';
import {
  type BaseItemRow,
  fetchTemplate,
  useBaseItems,
  useCreateImplementation,
  useTemplate,
} from './claim-api.ts';
import { blankGuide, guideFromTemplate, suggestImplementationCode } from './starting-guide.ts';

interface ClaimValues {
  baseItemId: string;
  orgId: string;
  regionCode: string;
  code: string;
}

const FIELDS = ['baseItemId', 'orgId', 'regionCode', 'code'] as const;
const baseLabel = (item: BaseItemRow) => `${item.name}（${item.code}）`;

export function ClaimPage() {
  const me = useMe();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<ClaimValues>();
  const { problem, report, clear } = useServerProblem(form, FIELDS);
  const [q, setQ] = useState('');
  const baseItems = useBaseItems(q);
  const [base, setBase] = useState<BaseItemRow | null>(null);
  // 设定依据 of base items created here: the list does not carry it, a blank guide needs it
  const [basisOf, setBasisOf] = useState<Record<string, string>>({});
  const [modalOpen, setModalOpen] = useState(false);
  const [preparing, setPreparing] = useState(false);
  const create = useCreateImplementation();
  const template = useTemplate(base?.templateId);

  const actorOrg = me.data?.orgId ?? null;
  const orgList = useOrgList(me.data?.regionCode);
  // a department-bound editor claims for their own department only
  const orgs = useMemo(
    () => (orgList.data ?? []).filter((o) => !actorOrg || o.id === actorOrg),
    [orgList.data, actorOrg],
  );
  const orgId: string | undefined = Form.useWatch('orgId', form);
  const regionCode: string | undefined = Form.useWatch('regionCode', form);
  const org = orgs.find((o) => o.id === orgId);
  const region = useRegion(regionCode);

  useEffect(() => {
    document.title = `${t('admin.claim.title')} · ${t('admin.appName')}`;
  }, []);

  useEffect(() => {
    if (actorOrg && !form.getFieldValue('orgId')) form.setFieldsValue({ orgId: actorOrg });
  }, [actorOrg, form]);

  // the region follows the department; the code follows both until the editor types their own
  const lastSuggestion = useRef('');
  useEffect(() => {
    if (!org) return;
    form.setFieldsValue({ regionCode: org.regionCode });
    if (!base) return;
    const current: string = form.getFieldValue('code') ?? '';
    const next = suggestImplementationCode(org, base.code);
    if (!current || current === lastSuggestion.current) form.setFieldsValue({ code: next });
    lastSuggestion.current = next;
  }, [org, base, form]);

  const options = useMemo(() => {
    const rows = baseItems.data ?? [];
    const all = base && !rows.some((r) => r.id === base.id) ? [base, ...rows] : rows;
    return all.map((item) => ({ value: item.id, label: baseLabel(item), item }));
  }, [baseItems.data, base]);

  const templateGuide = template.data?.latest?.guide;
  const startingGuide = async (item: BaseItemRow) => {
    if (item.templateId) {
      try {
        const found = template.data ?? (await fetchTemplate(client, item.templateId));
        if (found.latest) return guideFromTemplate(found.latest.guide);
      } catch (error) {
        // a template in another region is not the editor's to read (404): start from a blank guide
        if (!(error instanceof ApiError && error.status === 404)) throw error;
      }
    }
    return blankGuide({ ...item, basis: basisOf[item.id] ?? template.data?.base.basis ?? '' });
  };

  const onFinish = async (values: ClaimValues) => {
    if (!base || !org) return;
    clear();
    setPreparing(true);
    try {
      const guide = await startingGuide(base);
      const created = await create.mutateAsync({
        baseItemId: base.id,
        code: values.code.trim(),
        regionCode: org.regionCode,
        orgId: org.id,
        guide,
      });
      void message.success(t('admin.claim.created', { name: guide.name, org: org.name }));
      navigate(`/admin/catalog/${created.id}`);
    } catch (error) {
      report(error);
    } finally {
      setPreparing(false);
    }
  };

  const onBaseCreated = (item: BaseItemRow, basis: string) => {
    setBasisOf((prev) => ({ ...prev, [item.id]: basis }));
    setBase(item);
    form.setFieldsValue({ baseItemId: item.id });
  };

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/admin/catalog">{t('admin.nav.catalog')}</Link> },
          { title: t('admin.claim.title') },
        ]}
      />
      <PageTitle
        extra={
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setModalOpen(true)}>
            {t('admin.claim.newBase')}
          </Button>
        }
      >
        {t('admin.claim.title')}
      </PageTitle>
      <Card size="small" style={{ maxWidth: 880 }}>
        <ServerProblemAlert problem={problem} onClose={clear} />
        <Form<ClaimValues>
          form={form}
          name="claim"
          layout="vertical"
          aria-label={t('admin.claim.title')}
          onFinish={(values) => void onFinish(values)}
        >
          <Form.Item
            label={t('admin.claim.field.base')}
            name="baseItemId"
            extra={t('admin.claim.baseHelp')}
            rules={[{ required: true, message: t('admin.claim.pickBase') }]}
          >
            <Select
              virtual={false}
              showSearch={{ filterOption: false, onSearch: (value) => setQ(value.trim()) }}
              loading={baseItems.isFetching}
              placeholder={t('admin.claim.basePlaceholder')}
              notFoundContent={baseItems.isFetching ? t('admin.common.loading') : t('admin.claim.noBase')}
              options={options}
              onChange={(id: string) => setBase(options.find((o) => o.value === id)?.item ?? null)}
            />
          </Form.Item>
          {base ? <BaseFacts item={base} /> : null}
          {base ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={
                templateGuide && template.data
                  ? t('admin.claim.fromTemplate', {
                      org: template.data.org.name,
                      n: template.data.latest?.versionNo ?? 1,
                    })
                  : base.templateId && template.isPending
                    ? t('admin.common.loading')
                    : t('admin.claim.fromBlank')
              }
            />
          ) : null}
          <Form.Item
            label={t('admin.claim.field.org')}
            name="orgId"
            extra={actorOrg ? t('admin.claim.ownOrgOnly') : t('admin.claim.orgHelp')}
            rules={[{ required: true, message: t('admin.claim.pickOrg') }]}
          >
            <Select
              virtual={false}
              showSearch={{ optionFilterProp: 'label' }}
              loading={orgList.isFetching}
              placeholder={t('admin.claim.orgPlaceholder')}
              options={orgs.map((o) => ({ value: o.id, label: o.name }))}
            />
          </Form.Item>
          <Form.Item
            label={t('admin.claim.field.region')}
            name="regionCode"
            extra={region.data ? region.data.name : t('admin.claim.regionHelp')}
          >
            <Input readOnly placeholder={t('admin.claim.regionHelp')} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
          <Form.Item
            label={t('admin.claim.field.code')}
            name="code"
            extra={t('admin.claim.codeHelp')}
            rules={[
              required(t('admin.claim.field.code')),
              { pattern: /^[0-9A-Za-z-]+$/, message: t('admin.claim.codePattern') },
              { min: 4, max: 80, message: t('admin.common.lengthBetween', { min: 4, max: 80 }) },
            ]}
          >
            <Input maxLength={80} autoComplete="off" style={{ fontFamily: 'monospace' }} />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<FileAddOutlined aria-hidden />}
            loading={preparing || create.isPending}
          >
            {t('admin.claim.submit')}
          </Button>
        </Form>
      </Card>
      <BaseItemModal open={modalOpen} onClose={() => setModalOpen(false)} onCreated={onBaseCreated} />
    </>
  );
}

function BaseFacts({ item }: { item: BaseItemRow }) {
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 3 }}
      style={{ marginBottom: 12 }}
      items={[
        {
          key: 'type',
          label: t('admin.claim.field.itemType'),
          children: tLabel(labelOf(ITEM_TYPE_LABELS, item.itemType)),
        },
        { key: 'dept', label: t('admin.claim.field.competentDept'), children: item.competentDept },
        {
          key: 'count',
          label: t('admin.claim.existing'),
          children: t('admin.claim.existingCount', { n: item.implementations }),
        },
      ]}
    />
  );
}
