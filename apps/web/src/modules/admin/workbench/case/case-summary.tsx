// 申请信息: the applicant (ID masked; the full number only through the audited reveal), the case's facts,
// the situation answers and the application form under its field titles.
import { Descriptions, type DescriptionsProps, Space } from 'antd';
import { t } from '../../../../app/i18n.ts';
import type { CaseView } from '../../../cases/case-api.ts';
import { formatDateTime } from '../../shell/status-tag.tsx';
import { formatDate, formEntries, situationEntries } from '../case-format.ts';
import { Art32Tag, StateTag } from '../case-tags.tsx';
import { RevealIdButton } from './reveal-id-button.tsx';
import { Section } from './section.tsx';

type Items = NonNullable<DescriptionsProps['items']>;

function deliveryText(view: CaseView): string {
  const delivery = (view.delivery ?? {}) as { signedReceipt?: string; trackingNumber?: string };
  if (!view.deliveryMethod) return '—';
  const method = t(`admin.work.delivery.${view.deliveryMethod}`);
  if (delivery.signedReceipt)
    return t('admin.work.summary.deliveredWindow', { method, who: delivery.signedReceipt });
  if (delivery.trackingNumber)
    return t('admin.work.summary.deliveredPost', { method, no: delivery.trackingNumber });
  return method;
}

export function CaseSummary({ view }: { view: CaseView }) {
  const applicant = view.applicant;
  const preference = view.deliveryOptions.find((o) => o.value === view.deliveryPreference)?.label;
  const items: Items = [
    {
      key: 'number',
      label: t('admin.work.col.caseNumber'),
      children: view.caseNumber ?? t('admin.work.noNumber'),
    },
    {
      key: 'state',
      label: t('admin.work.col.state'),
      children: (
        <Space size={4} wrap>
          <StateTag state={view.state} label={view.stateLabel} />
          <Art32Tag overdue={view.art32Overdue} deemed={view.deemedAccepted} />
        </Space>
      ),
    },
    { key: 'item', label: t('admin.work.col.item'), children: view.itemName },
    { key: 'org', label: t('admin.work.summary.org'), children: view.org.name },
    {
      key: 'applicant',
      label: t('admin.work.col.applicant'),
      children: `${applicant.name}（${t(`admin.work.applicantKind.${applicant.kind}`)}）${view.filedByAgent ? t('admin.work.summary.byAgent') : ''}`,
    },
    applicant.kind === 'enterprise'
      ? { key: 'credit', label: t('admin.work.summary.creditCode'), children: applicant.creditCode ?? '—' }
      : {
          key: 'id',
          label: t('admin.work.summary.idNumber'),
          children: (
            <Space wrap>
              <span>{applicant.idNumberMasked ?? '—'}</span>
              {applicant.personId ? (
                <RevealIdButton personId={applicant.personId} name={applicant.name} />
              ) : null}
            </Space>
          ),
        },
    { key: 'mobile', label: t('admin.work.summary.mobile'), children: view.contactMobile },
    { key: 'channel', label: t('admin.work.col.channel'), children: view.channelLabel },
    { key: 'received', label: t('admin.work.col.receivedAt'), children: formatDateTime(view.receivedAt) },
    { key: 'accepted', label: t('admin.work.summary.acceptedOn'), children: formatDate(view.acceptedOn) },
    { key: 'preference', label: t('admin.work.summary.preference'), children: preference ?? '—' },
    ...(view.postalAddress
      ? [{ key: 'postal', label: t('admin.work.summary.postalAddress'), children: view.postalAddress }]
      : []),
    {
      key: 'assignee',
      label: t('admin.work.col.assignee'),
      children: view.assignee?.name || t('admin.work.col.unassigned'),
    },
    {
      key: 'step',
      label: t('admin.work.summary.step'),
      children:
        view.step.count > 0 && view.acceptedOn
          ? t('admin.work.summary.stepOf', {
              n: view.step.index + 1,
              count: view.step.count,
              name: view.step.name ?? '',
            })
          : '—',
    },
    ...(view.decision
      ? [
          {
            key: 'decision',
            label: t('admin.work.summary.decision'),
            children: `${t(view.decision === 'approved' ? 'admin.work.decision.approved' : 'admin.work.decision.denied')}${view.decisionReasons ? `：${view.decisionReasons}` : ''}`,
          },
        ]
      : []),
    ...(view.deliveredAt
      ? [{ key: 'delivered', label: t('admin.work.summary.delivered'), children: deliveryText(view) }]
      : []),
  ];
  const situation = situationEntries(view);
  const form = formEntries(view.form.schema, view.formData);
  return (
    <Section title={t('admin.work.summary.title')}>
      <Descriptions
        size="small"
        bordered
        column={2}
        items={items}
        styles={{ label: { whiteSpace: 'nowrap' } }}
      />
      {situation.length > 0 ? (
        <Descriptions
          style={{ marginTop: 16 }}
          title={<h3 style={{ fontSize: 15, margin: 0 }}>{t('admin.work.summary.situation')}</h3>}
          size="small"
          bordered
          column={1}
          items={situation.map((s) => ({ key: s.key, label: s.label, children: s.value }))}
        />
      ) : null}
      <Descriptions
        style={{ marginTop: 16 }}
        title={<h3 style={{ fontSize: 15, margin: 0 }}>{t('admin.work.summary.form')}</h3>}
        size="small"
        bordered
        column={2}
        items={form.map((f) => ({ key: f.key, label: f.label, children: f.value }))}
      />
    </Section>
  );
}
