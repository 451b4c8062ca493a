// 容缺材料与告知承诺 on the staff case page: the materials accepted as missing with their due dates and what
// they hold back (a clerk checks in what the applicant supplies), the signed commitment with its PDF, the
// 事后核查 task, and the applicant's credit marks that the window weighs for 容缺 and 告知承诺.
import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Form, Input, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../../../../app/i18n.ts';
import type { CaseView } from '../../../cases/case-api.ts';
import { formatDate, formatDateTime } from '../../../cases/case-format.ts';
import { type MissingMaterialView, useSupplyMissing } from '../../../cases/obligation-api.ts';
import type { ServerProblem } from '../../shell/server-problem.tsx';
import { type Tone, ToneTag } from '../../shell/status-tag.tsx';
import { hasAnyRole, useMe } from '../../shell/use-session.ts';
import { ProblemAlert, toProblem } from '../problem-alert.tsx';
import { Section } from './section.tsx';

const CHECKERS = ['window_clerk', 'approver', 'chief_representative'];
const ENDED = ['refused', 'withdrawn', 'terminated', 'revoked'];

const STATUS_TONE: Record<MissingMaterialView['status'], Tone> = {
  open: 'orange',
  uploaded: 'blue',
  supplied: 'green',
  expired: 'red',
};

export function CaseObligations({ view }: { view: CaseView }) {
  const me = useMe();
  const { message } = App.useApp();
  const supply = useSupplyMissing(view.id);
  const [open, setOpen] = useState<MissingMaterialView | null>(null);
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const [form] = Form.useForm<{ note?: string }>();
  const { missingMaterials, commitment, verification, creditMarks } = view;
  if (missingMaterials.length === 0 && !commitment && !verification && creditMarks.length === 0) return null;
  const mayCheck = hasAnyRole(me.data, CHECKERS) && !ENDED.includes(view.state);
  const names = new Map(view.checklist.map((c) => [c.materialId, c.name]));

  const confirm = async (values: { note?: string }) => {
    if (!open) return;
    setProblem(null);
    try {
      await supply.mutateAsync({ materialId: open.materialId, note: values.note?.trim() || undefined });
      void message.success(t('obligation.missing.supplied'));
      setOpen(null);
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  return (
    <Section title={t('obligation.section')}>
      {creditMarks.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('obligation.credit.title')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {creditMarks.map((m) => (
                <li key={`${m.recordedAt}-${m.caseId ?? ''}`}>
                  {t('obligation.credit.item', {
                    label: m.label,
                    date: formatDate(m.recordedAt),
                    note: m.note,
                  })}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      {missingMaterials.length > 0 ? (
        <>
          <Typography.Title level={3} style={{ fontSize: 14 }}>
            {t('obligation.missing.title')}
          </Typography.Title>
          <Table<MissingMaterialView>
            rowKey="materialId"
            size="small"
            pagination={false}
            dataSource={missingMaterials}
            columns={[
              {
                title: t('obligation.missing.name'),
                key: 'name',
                render: (_, m) => (
                  <Space orientation="vertical" size={2}>
                    <span>{m.name}</span>
                    <Typography.Text type="secondary">
                      {t(
                        m.holdUntil === 'decision'
                          ? 'obligation.missing.holdDecision'
                          : 'obligation.missing.holdResult',
                      )}
                      {t('common.listSeparator')}
                      {t(`obligation.missing.expiry.${m.onExpiry}`)}
                    </Typography.Text>
                  </Space>
                ),
              },
              {
                title: t('obligation.missing.due'),
                key: 'due',
                render: (_, m) =>
                  t('obligation.missing.dueText', { date: formatDate(m.dueOn), n: m.dueWorkdays }),
              },
              {
                title: t('obligation.missing.status'),
                key: 'status',
                render: (_, m) => <ToneTag tone={STATUS_TONE[m.status]}>{m.statusLabel}</ToneTag>,
              },
              {
                title: '',
                key: 'action',
                render: (_, m) =>
                  mayCheck && m.status !== 'supplied' ? (
                    <Button
                      size="small"
                      aria-label={t('obligation.missing.supplyOf', { name: m.name })}
                      onClick={() => {
                        setProblem(null);
                        setOpen(m);
                      }}
                    >
                      {t('obligation.missing.supply')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        </>
      ) : null}
      {commitment || verification ? (
        <Descriptions
          size="small"
          column={1}
          style={{ marginTop: missingMaterials.length > 0 ? 12 : 0 }}
          items={[
            ...(commitment
              ? [
                  {
                    key: 'commitment',
                    label: t('obligation.commitment.title'),
                    children: (
                      <Space wrap>
                        <span>
                          {t('obligation.commitment.signed', {
                            name: commitment.signerName,
                            role: t(`obligation.commitment.role.${commitment.signerRole}`),
                            at: formatDateTime(commitment.signedAt),
                          })}
                        </span>
                        <Button
                          size="small"
                          href={commitment.pdfUrl}
                          target="_blank"
                          rel="noopener"
                          icon={<FilePdfOutlined aria-hidden />}
                        >
                          {t('obligation.commitment.pdf')}
                        </Button>
                      </Space>
                    ),
                  },
                  {
                    key: 'covers',
                    label: t('obligation.commitment.materials'),
                    children:
                      commitment.materialIds
                        .map((id) => names.get(id) ?? id)
                        .join(t('common.listSeparator')) || t('common.none'),
                  },
                ]
              : []),
            ...(verification
              ? [
                  {
                    key: 'verification',
                    label: t('obligation.verification.title'),
                    children: (
                      <Space wrap>
                        <ToneTag
                          tone={
                            verification.status === 'false'
                              ? 'red'
                              : verification.status === 'open'
                                ? 'orange'
                                : 'green'
                          }
                        >
                          {verification.statusLabel}
                        </ToneTag>
                        <span>
                          {t('obligation.verification.due', { date: formatDate(verification.dueOn) })}
                        </span>
                        {verification.overdue ? (
                          <ToneTag tone="red">{t('obligation.verification.overdue')}</ToneTag>
                        ) : null}
                        {verification.findings ? <span>{verification.findings}</span> : null}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      ) : null}
      <Modal
        open={open !== null}
        title={t('obligation.missing.supplyTitle')}
        okText={t('obligation.missing.supply')}
        cancelText={t('admin.common.cancel')}
        okButtonProps={{ loading: supply.isPending }}
        onCancel={() => setOpen(null)}
        onOk={() => void form.validateFields().then(confirm)}
        destroyOnHidden
      >
        <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
        <Typography.Paragraph>{open?.name}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('obligation.missing.supplyHelp')}</Typography.Paragraph>
        <Form form={form} layout="vertical" name="supply-missing" preserve={false}>
          <Form.Item label={t('obligation.missing.supplyNote')} name="note">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </Section>
  );
}
