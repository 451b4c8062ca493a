// /admin/work/bundle-cases/:id — one 一件事 for whoever works on it: the window checks the materials once and
// accepts once (or issues one correction notice, or refuses); the lead department sees every member's state
// and due date; the output window hands everything finished over at once. The merged form is read-only.
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { BUNDLE_OUTPUT_LABELS } from '@msb/contracts';
import { Alert, Button, Col, Descriptions, Result, Row, Space, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../../app/api.ts';
import { t } from '../../../../app/i18n.ts';
import { bundleReceiptUrl, useBundleCase } from '../../../bundles/bundle-api.ts';
import {
  bundleStatusTone,
  correctionLines,
  deliverableMembers,
  memberNames,
} from '../../../bundles/bundle-rules.ts';
import { PageTitle } from '../../shell/admin-layout.tsx';
import { formatDateTime, ToneTag } from '../../shell/status-tag.tsx';
import { useMe } from '../../shell/use-session.ts';
import { Section } from '../case/section.tsx';
import { formatDate, formEntries } from '../case-format.ts';
import { WarningTag } from '../case-tags.tsx';
import { workbenchHome } from '../workbench-roles.ts';
import { DeliverButton } from './bundle-deliver.tsx';
import { adminTone } from './bundle-desk.ts';
import { ExtendButton } from './bundle-extend.tsx';
import { BundleIntakePanel } from './bundle-intake-panel.tsx';
import { BundleMembersTable } from './bundle-members-table.tsx';

export default function BundleCasePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const me = useMe();
  const query = useBundleCase(id);
  const view = query.data;
  useEffect(() => {
    const name = view ? `${view.bundleName} ${view.caseNumber ?? ''}` : t('admin.bundle.case.title');
    document.title = `${name} · ${t('admin.appName')}`;
  }, [view]);

  if (query.isPending) {
    return (
      <div role="status" style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
        <span style={{ marginLeft: 8 }}>{t('admin.common.loading')}</span>
      </div>
    );
  }
  if (query.isError || !view) {
    return (
      <Result
        status={query.error instanceof ApiError && query.error.status === 403 ? '403' : 'warning'}
        title={t('admin.work.case.loadFailed')}
        subTitle={query.error?.message}
        extra={<Link to={workbenchHome(me.data) ?? '/admin/'}>{t('admin.work.case.toList')}</Link>}
      />
    );
  }
  const intake = view.actions.some((a) => a === 'accept' || a === 'request_correction' || a === 'refuse');
  const deliverable = deliverableMembers(view);
  const form = formEntries(view.plan.form.schema, view.formData);
  const corrections = correctionLines(view);
  return (
    <>
      <PageTitle
        extra={
          <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate(-1)}>
            {t('admin.work.case.back')}
          </Button>
        }
      >
        <Space size={8} wrap>
          <span>{view.bundleName}</span>
          <ToneTag tone={adminTone(bundleStatusTone(view.status))}>{view.statusLabel}</ToneTag>
        </Space>
      </PageTitle>
      {intake ? (
        <Section title={t('admin.bundle.intake.title')}>
          <BundleIntakePanel key={view.id} view={view} />
        </Section>
      ) : null}
      {view.actions.includes('deliver') ? (
        <Section title={t('admin.bundle.deliver.title')}>
          <p>
            {t('admin.bundle.deliver.ready', {
              n: deliverable.length,
              members: memberNames(
                deliverable.map((m) => m.key),
                view.members,
              ),
            })}
          </p>
          <DeliverButton bundleCaseId={view.id} />
        </Section>
      ) : null}
      {corrections.length > 0 && view.status === 'awaiting_correction' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('admin.bundle.case.correctionAsked')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {corrections.flatMap((c) =>
                c.items.map((item) => <li key={`${c.memberKey}:${item}`}>{`${c.itemName}：${item}`}</li>),
              )}
            </ul>
          }
        />
      ) : null}
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Section title={t('admin.bundle.case.members', { n: view.members.length })}>
            <BundleMembersTable view={view} />
          </Section>
          <Section title={t('admin.bundle.case.form')}>
            <Descriptions
              size="small"
              bordered
              column={1}
              items={form.map((f) => {
                const asked = view.plan.form.provenance.find((p) => p.key === f.key)?.members ?? [];
                return {
                  key: f.key,
                  label: f.label,
                  children: (
                    <>
                      {f.value}
                      {asked.length > 0 ? (
                        <div style={{ color: 'rgba(0,0,0,0.62)', fontSize: 12 }}>
                          {t('bundle.form.askedBy', { members: memberNames(asked, view.plan.members) })}
                        </div>
                      ) : null}
                    </>
                  ),
                };
              })}
            />
          </Section>
          {!intake ? (
            <Section title={t('admin.bundle.case.materials')}>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {view.plan.materials.map((m) => {
                  const files = view.materials.find((x) => x.materialId === m.materialId)?.files ?? [];
                  return (
                    <li key={m.materialId}>
                      {m.name}（
                      {t('bundle.material.usedBy', { members: memberNames(m.members, view.plan.members) })}）
                      {files.length > 0 ? `：${files.map((f) => f.fileName).join('、')}` : ''}
                    </li>
                  );
                })}
              </ul>
            </Section>
          ) : null}
        </Col>
        <Col xs={24} xl={8}>
          <Section title={t('admin.work.summary.title')}>
            <Descriptions
              size="small"
              bordered
              column={1}
              items={[
                {
                  key: 'number',
                  label: t('admin.work.col.caseNumber'),
                  children: view.caseNumber ?? t('admin.work.noNumber'),
                },
                { key: 'applicant', label: t('admin.work.col.applicant'), children: view.applicantName },
                { key: 'mobile', label: t('admin.work.summary.mobile'), children: view.contactMobile },
                { key: 'intake', label: t('admin.bundle.case.intakeState'), children: view.intakeStateLabel },
                {
                  key: 'received',
                  label: t('admin.work.col.receivedAt'),
                  children: formatDateTime(view.receivedAt),
                },
                {
                  key: 'accepted',
                  label: t('admin.work.summary.acceptedOn'),
                  children: formatDate(view.acceptedOn),
                },
                {
                  key: 'due',
                  label: t('admin.work.col.promisedDue'),
                  children: (
                    <Space size={4} wrap>
                      <span>{formatDate(view.promisedDue)}</span>
                      {view.status === 'in_progress' && view.warning ? (
                        <WarningTag warning={view.warning} remaining={null} />
                      ) : null}
                    </Space>
                  ),
                },
                ...(view.extensions.length > 0
                  ? [
                      {
                        key: 'extensions',
                        label: t('admin.bundle.extend.label'),
                        children: (
                          <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                            {view.extensions.map((e) => (
                              <li key={`${e.approvedOn}:${e.amount}:${e.approval}`}>
                                {t('admin.bundle.extend.line', {
                                  on: e.approvedOn,
                                  n: e.amount,
                                  reason: e.reason,
                                  approval: e.approval,
                                })}
                              </li>
                            ))}
                          </ul>
                        ),
                      },
                    ]
                  : []),
                { key: 'lead', label: t('bundle.facts.lead'), children: view.leadOrg.name },
                {
                  key: 'output',
                  label: t('bundle.output.mode'),
                  children: `${BUNDLE_OUTPUT_LABELS[view.outputMode]}${view.outputMode === 'post' && view.postalAddress ? `：${view.postalAddress}` : ''}`,
                },
                { key: 'window', label: t('bundle.facts.outputWindow'), children: view.outputWindow },
              ]}
            />
          </Section>
          {view.actions.includes('extend') ? (
            <Section title={t('admin.bundle.extend.title')}>
              <Typography.Paragraph type="secondary">{t('admin.bundle.extend.basis')}</Typography.Paragraph>
              <ExtendButton view={view} />
            </Section>
          ) : null}
          {view.intakeState === 'accepted' ? (
            <Section title={t('admin.work.documents.title')}>
              <Button
                href={bundleReceiptUrl(view.id)}
                target="_blank"
                rel="noopener"
                icon={<PrinterOutlined aria-hidden />}
              >
                {t('admin.bundle.case.receipt')}
              </Button>
            </Section>
          ) : null}
        </Col>
      </Row>
    </>
  );
}
